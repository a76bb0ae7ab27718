// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import i18n from '../../src/app/i18n';
import { LanguageSwitch } from '../../src/app/language-switch';

describe('LanguageSwitch', () => {
  beforeEach(async () => {
    await i18n.changeLanguage('en');
  });

  afterEach(() => {
    cleanup();
  });

  it('offers Spanish, named in Spanish, while the page is in English', () => {
    render(<LanguageSwitch />);
    const button = screen.getByRole('button', { name: 'Español' });
    expect(button.getAttribute('lang')).toBe('es');
    expect(document.documentElement.lang).toBe('en');
  });

  it('switches to Spanish and back, updating <html lang>', async () => {
    render(<LanguageSwitch />);

    fireEvent.click(screen.getByRole('button', { name: 'Español' }));
    const back = await screen.findByRole('button', { name: 'English' });
    expect(back.getAttribute('lang')).toBe('en');
    expect(i18n.language).toBe('es');
    expect(document.documentElement.lang).toBe('es');
    expect(screen.queryByRole('button', { name: 'Español' })).toBeNull();

    fireEvent.click(back);
    await screen.findByRole('button', { name: 'Español' });
    expect(document.documentElement.lang).toBe('en');
  });
});

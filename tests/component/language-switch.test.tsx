// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import i18n from '../../src/app/i18n';
import { LanguageSwitch } from '../../src/app/language-switch';
import { useCaseStore } from '../../src/state/case-store';

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

  it('keeps the focus on the switch, which then names the other language', async () => {
    render(<LanguageSwitch />);
    const button = screen.getByRole('button', { name: 'Español' });
    button.focus();
    fireEvent.click(button);
    const back = await screen.findByRole('button', { name: 'English' });
    expect(document.activeElement).toBe(back);
    expect(back.getAttribute('lang')).toBe('en');
  });

  it('saves the choice through i18next only: the store follows i18next, never the other way round', async () => {
    render(<LanguageSwitch />);
    fireEvent.click(screen.getByRole('button', { name: 'Español' }));
    await screen.findByRole('button', { name: 'English' });
    expect(useCaseStore.getState().language).toBe('es');

    // Any change of i18next's language is saved, whoever asked for it.
    await i18n.changeLanguage('en');
    expect(useCaseStore.getState().language).toBe('en');

    // Writing the store does not change the page language.
    useCaseStore.setState({ language: 'es' });
    await Promise.resolve();
    expect(i18n.language).toBe('en');
    expect(screen.getByRole('button', { name: 'Español' })).toBeTruthy();
  });
});

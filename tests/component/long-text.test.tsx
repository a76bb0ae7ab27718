// @vitest-environment jsdom
/** The long-text field says how much of a paste it could not keep (the browser cuts it at the limit). */
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import i18n from '../../src/app/i18n';
import { LongText } from '../../src/ui/form/long-text';

beforeAll(async () => {
  await i18n.changeLanguage('en');
  await i18n.loadNamespaces(['common', 'pages']);
});
afterEach(cleanup);

function field(value: string) {
  render(<LongText id="story" label="Your story" hint="In your own words." value={value} max={10} onChange={() => {}} />);
  return screen.getByRole('textbox', { name: 'Your story' }) as HTMLTextAreaElement;
}

const paste = (el: HTMLTextAreaElement, text: string) =>
  fireEvent.paste(el, { clipboardData: { getData: () => text } });

describe('LongText', () => {
  it('says how many pasted characters were not kept, tied to the field', () => {
    const el = field('abcd');
    el.setSelectionRange(4, 4);
    paste(el, '1234567890');
    const note = screen.getByRole('status');
    expect(note.textContent).toContain('The last 4 characters were not kept');
    expect(el.getAttribute('aria-describedby')).toContain(note.id);
  });

  it('says nothing when the paste fits, and the note goes once the person types on', () => {
    const el = field('abcd');
    el.setSelectionRange(4, 4);
    paste(el, '123');
    expect(screen.queryByRole('status')).toBeNull();
    paste(el, '1234567890');
    fireEvent.change(el, { target: { value: 'abcd123456' } });
    expect(screen.getByRole('status')).toBeTruthy();
    fireEvent.change(el, { target: { value: 'abcd12345' } });
    expect(screen.queryByRole('status')).toBeNull();
  });
});

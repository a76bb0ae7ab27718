// @vitest-environment jsdom
/**
 * The letter page checks, as the person types, every character the PDF will draw against the
 * PDF font's table, and says so before any download: next to the box, in a notice linking to the
 * question for an answer from the questions, and in a summary above the download. The words are
 * quoted as typed, in <bdi>, with the code points as a detail. No false alarm for text it can print.
 */
import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import i18n from '../../src/app/i18n';
import { stepOf } from '../../src/domain';
import { stepUrl } from '../../src/ui/paths';
import { CHECK_DELAY_MS } from '../../src/features/letter/unsupported-characters';
import { wipeAllStorage } from '../../src/state/device-storage';
import { inCourtBaseline } from '../unit/domain/walk';
import { renderPage, seed } from './support/pages';
import type * as UnsupportedWordsModule from '../../src/pdf/unsupported-words';

/** The page's heading each time the live check read the letter (the check's only call of unsupportedWords). */
const checkedWith = vi.hoisted(() => [] as (string | null)[]);
vi.mock('../../src/pdf/unsupported-words', async (importOriginal) => {
  const real = await importOriginal<typeof UnsupportedWordsModule>();
  return {
    ...real,
    unsupportedWords: (...args: Parameters<typeof real.unsupportedWords>) => {
      checkedWith.push(document.querySelector('h1')?.textContent ?? null);
      return real.unsupportedWords(...args);
    },
  };
});

const withOffice = { letter: { office: { kind: 'listed' as const, id: 'opla-chicago' } } };

beforeEach(async () => {
  localStorage.clear();
  wipeAllStorage();
  await i18n.changeLanguage('en');
  // jsdom lays nothing out, so it has no scrolling.
  Element.prototype.scrollIntoView = vi.fn();
});

afterEach(cleanup);

/** Lets the check's delay pass. */
const pause = (ms = CHECK_DELAY_MS + 150) => act(() => new Promise((resolve) => setTimeout(resolve, ms)));

const summary = () => screen.queryByRole('region', { name: 'Some words cannot be printed in the PDF' });

async function story() {
  return (await screen.findByRole('textbox', { name: 'Your story' })) as HTMLTextAreaElement;
}

describe('the live check of characters the PDF cannot print', () => {
  it('reads the letter as loaded once, when the page is on screen: not while its first frame is made', async () => {
    seed(inCourtBaseline, withOffice);
    checkedWith.length = 0;
    renderPage('/letter');
    await screen.findByRole('heading', { level: 1, name: 'Your letter to the ICE attorneys' });
    await pause(CHECK_DELAY_MS + 500);
    expect(checkedWith).toEqual(['Your letter to the ICE attorneys']);
  });

  it('shows a message on the box as the person types, before any download, and clears it when the word goes', async () => {
    seed(inCourtBaseline, withOffice);
    renderPage('/letter');
    const box = await story();
    expect(summary()).toBeNull();

    fireEvent.change(box, { target: { value: 'My daughter calls me แม่ every day.' } });
    // Not at each keystroke: a moment after the last one.
    expect(box.getAttribute('aria-invalid')).toBeNull();
    await pause();

    expect(box.getAttribute('aria-invalid')).toBe('true');
    const error = document.getElementById('story-error')!;
    expect(box.getAttribute('aria-describedby')!.split(' ')).toContain('story-error');
    expect(error.textContent).toBe('Error: The PDF cannot print “แม่”. Write it with the letters A to Z. Accents like á or ñ are fine. (Character codes: U+0E41 U+0E21 U+0E48)');
    expect(error.querySelector('bdi')!.textContent).toBe('แม่');
    // It is announced when it appears (the box keeps focus while the person types).
    expect(error.parentElement!.getAttribute('aria-live')).toBe('polite');

    // Above the download: the same words, with a link that takes the person to the box.
    const list = summary()!;
    expect(list.compareDocumentPosition(screen.getByRole('button', { name: 'Download the letter (PDF)' })) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(within(list).getByRole('listitem').textContent).toBe('In your story: “แม่”. Change your story (Character codes: U+0E41 U+0E21 U+0E48)');
    fireEvent.click(within(list).getByRole('link', { name: 'Change your story' }));
    expect(document.activeElement).toBe(box);
    // No download was tried.
    expect(screen.queryByRole('alert')).toBeNull();

    fireEvent.change(box, { target: { value: 'My daughter calls me Mom every day.' } });
    await pause();
    expect(box.getAttribute('aria-invalid')).toBeNull();
    expect(document.getElementById('story-error')).toBeNull();
    expect(summary()).toBeNull();
  });

  it('raises no alarm for text the PDF prints: accents, Vietnamese, curly quotes, dashes, the euro sign', async () => {
    seed({ ...inCourtBaseline, 'person.fullName': 'Nguyễn Thị Ánh' }, withOffice);
    renderPage('/letter');
    const box = await story();
    fireEvent.change(box, { target: { value: 'José Núñez “Peña” — Łódź, Straße, Ștefan, 20 € ½ Nguyễn… ‘ok’' } });
    await pause();
    expect(box.getAttribute('aria-invalid')).toBeNull();
    expect(summary()).toBeNull();
  });

  it('quotes a name in Arabic as written, links to its question, and says to write it as on the papers', async () => {
    seed({ ...inCourtBaseline, 'person.fullName': 'محمد علي' }, withOffice);
    renderPage('/letter');
    await screen.findByRole('heading', { level: 1, name: 'Your letter to the ICE attorneys' });
    // For the letter as loaded, once the page is on screen: no typing, no download.
    await waitFor(() => expect(document.querySelector('.letter-preview .unsupported-answers')).not.toBeNull());
    const notice = document.querySelector('.letter-preview .unsupported-answers')!;
    expect(notice.textContent).toBe(
      'The PDF cannot print “محمد علي” in your full name. Write it with the letters A to Z, the way it is on your immigration papers. Change your full name',
    );
    expect([...notice.querySelectorAll('bdi')].map((b) => b.textContent)).toEqual(['محمد علي']);
    const link = within(notice as HTMLElement).getByRole('link', { name: 'Change your full name' });
    expect(link.getAttribute('href')).toBe(stepUrl(stepOf('person.fullName').id, true));
    const item = within(summary()!).getByRole('listitem');
    expect(item.textContent).toBe('In your full name: “محمد علي”. Change your full name (Character codes: U+0645 U+062D U+062F U+0639 U+0644 U+064A)');
  });

  it('lists the words of one field in the order they appear, and more than five as a count', async () => {
    seed(inCourtBaseline, withOffice);
    renderPage('/letter');
    const box = await story();
    // English words around them: Spanish ones would make the story ask about its language first.
    fireEvent.change(box, { target: { value: 'one ١ two ٢ three ٣ four ٤ five ٥ six ٦ seven ٧ ١' } });
    await pause();
    const error = document.getElementById('story-error')!;
    expect([...error.querySelectorAll('bdi')].map((b) => b.textContent)).toEqual(['١', '٢', '٣', '٤', '٥']);
    expect(error.textContent).toContain('“٥” and 2 more.');
  });

  it('speaks Spanish on a Spanish page', async () => {
    await i18n.changeLanguage('es');
    seed({ ...inCourtBaseline, 'person.fullName': 'สมชาย ใจดี' }, withOffice);
    renderPage('/letter');
    await screen.findByRole('heading', { level: 1 });
    const list = await screen.findByRole('region', { name: 'Algunas palabras no se pueden imprimir en el PDF' });
    expect(within(list).getByRole('listitem').textContent).toMatch(/^En su nombre completo: «สมชาย ใจดี»\. Cambiar su nombre completo \(Códigos de los caracteres: U\+0E2A /);
    const box = (await screen.findByRole('textbox', { name: 'Su historia' })) as HTMLTextAreaElement;
    fireEvent.change(box, { target: { value: 'My name is สมชาย.' } });
    await pause();
    expect(document.getElementById('story-error')!.textContent).toMatch(/^Error: El PDF no puede imprimir «สมชาย»\. Escríbalo con las letras de la A a la Z\./);
  });
});

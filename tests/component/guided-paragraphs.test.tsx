// @vitest-environment jsdom
/**
 * The letter page's guided paragraphs (issue 14 §1) and the story language notice (§5): facts typed
 * here reach the preview; a rewrite is kept, can go back to the suggestion, and is held for review
 * when the answers change; a Spanish story is not put in the letter until the person chooses.
 */
import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import i18n from '../../src/app/i18n';
import { useCaseStore } from '../../src/state/case-store';
import { wipeAllStorage } from '../../src/state/device-storage';
import { inCourtBaseline } from '../unit/domain/walk';
import { renderPage, seed } from './support/pages';

const createPdfDocument = vi.hoisted(() => vi.fn(async () => new Uint8Array([0x25, 0x50, 0x44, 0x46])));
vi.mock('../../src/pdf', () => ({ createPdfDocument, UnsupportedCharactersError: class extends Error {} }));

const worker = { ...inCourtBaseline, 'favourable.work': 'yes', 'favourable.taxes': 'yes' } as const;
const preview = () => screen.getByRole('article', { name: 'Your letter' });
const paragraphBox = () => screen.getByRole('textbox', { name: 'The paragraph about your work and taxes, as the letter prints it (in English)' }) as HTMLTextAreaElement;

beforeEach(async () => {
  localStorage.clear();
  wipeAllStorage();
  await i18n.changeLanguage('en');
});
afterEach(() => cleanup());

describe('guided paragraphs', () => {
  it('asks the facts of the person\'s factors, and puts them in the suggested paragraph and the preview', async () => {
    seed(worker);
    renderPage('/letter');
    await screen.findByRole('heading', { level: 3, name: 'Your work and taxes' });
    // Found afresh for each step, in case the page rendered again in between.
    const part = () => screen.getByRole('heading', { level: 3, name: 'Your work and taxes' }).parentElement!;
    // Only the facts of this person's factors: no family or health questions.
    expect(screen.queryByRole('textbox', { name: /children's names/ })).toBeNull();
    fireEvent.change(within(part()).getByRole('textbox', { name: 'Your job (optional)' }), { target: { value: 'a cook ' } });
    fireEvent.change(within(part()).getByRole('textbox', { name: 'Who you work for (optional)' }), { target: { value: 'Casa Lupe' } });
    fireEvent.change(within(part()).getByRole('textbox', { name: 'Which years did you file U.S. taxes? (optional)' }), { target: { value: '2016 to 2025' } });
    const expected = 'I have worked as a cook for Casa Lupe. I have filed U.S. tax returns for 2016 to 2025.';
    await waitFor(() => expect(paragraphBox().value).toBe(expected));
    expect(within(preview()).getByText(expected)).toBeTruthy();
    // Typed as it comes (a space may start the next word); the letter trims.
    expect(useCaseStore.getState().caseData.letter.details?.jobTitle).toBe('a cook ');
  });

  it('keeps a rewrite as the person\'s words, and goes back to the suggested text on request', async () => {
    seed(worker);
    renderPage('/letter');
    await screen.findByRole('heading', { level: 3, name: 'Your work and taxes' });
    const mine = 'I have cooked at Casa Lupe for ten years, and I pay my taxes every year.';
    fireEvent.change(paragraphBox(), { target: { value: mine } });
    expect(useCaseStore.getState().caseData.letter.paragraphEdits?.work).toEqual({ text: mine, factors: ['employment_history', 'tax_compliance'] });
    expect(within(preview()).getByText(mine)).toBeTruthy();
    expect(screen.getByText('You changed this paragraph. The letter prints it as you wrote it.')).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Go back to the suggested text' }));
    expect(useCaseStore.getState().caseData.letter.paragraphEdits?.work).toBeUndefined();
    expect(paragraphBox().value).toBe('I have worked steadily in the United States. I have filed U.S. tax returns.');
  });

  it('holds a rewrite back for review when an answer removes one of its factors, and lets the person choose', async () => {
    seed(worker, { letter: { paragraphEdits: { work: { text: 'I work and I pay my taxes.', factors: ['employment_history', 'tax_compliance'] } } } });
    renderPage('/letter');
    await screen.findByRole('heading', { level: 3, name: 'Your work and taxes' });
    expect(within(preview()).getByText('I work and I pay my taxes.')).toBeTruthy();

    act(() => useCaseStore.getState().answer({ 'favourable.taxes': 'no' }));
    // The page follows the store from an effect that may run just after the heading shows; it reads
    // the answers again when it starts, so the change shows either way.
    const review = (await screen.findByText('Check this paragraph: your answers changed')).parentElement!;
    expect(within(review).getByText(/no longer in your answers/)).toBeTruthy();
    expect(within(review).getByText('I work and I pay my taxes.')).toBeTruthy();
    // Not printed, and the letter says what is true; the page lists it as something to fix.
    expect(within(preview()).queryByText('I work and I pay my taxes.')).toBeNull();
    expect(within(preview()).getByText('I have worked steadily in the United States.')).toBeTruthy();
    expect(screen.getByRole('link', { name: /Check a paragraph you rewrote/ })).toBeTruthy();

    fireEvent.click(within(review).getByRole('button', { name: 'Keep my paragraph' }));
    expect(useCaseStore.getState().caseData.letter.paragraphEdits?.work?.factors).toEqual(['employment_history']);
    expect(within(preview()).getByText('I work and I pay my taxes.')).toBeTruthy();
    expect(screen.queryByText('Check this paragraph: your answers changed')).toBeNull();
  });
});

describe('a story not in English', () => {
  const spanish = 'Llegué a este país en 2010 con mis dos hijos. Trabajo en un restaurante y vamos a la iglesia todos los domingos.';

  it('is not put in the letter until the person chooses, and becomes a declaration at its own tab', async () => {
    seed(worker);
    renderPage('/letter');
    fireEvent.change(await screen.findByRole('textbox', { name: 'Your story' }), { target: { value: spanish } });
    expect(screen.getByText('Your story seems to be in Spanish')).toBeTruthy();
    expect(within(preview()).queryByText(spanish)).toBeNull();

    fireEvent.click(screen.getByRole('button', { name: 'Make it a separate declaration' }));
    expect(useCaseStore.getState().caseData.letter.storyAs).toBe('declaration');
    expect(screen.getByText('Your story will be a separate declaration, at Tab A. Print it, sign it and date it.')).toBeTruthy();
    expect(within(preview()).getByText(/I have written a declaration about my situation in Spanish, which I have signed\..* See Tab A\./)).toBeTruthy();
    expect(within(preview()).queryByText(spanish)).toBeNull();

    fireEvent.click(screen.getByRole('button', { name: 'Put my story in the letter instead' }));
    expect(within(preview()).getByText(spanish)).toBeTruthy();
  });

  it('can be kept in the letter when the guess is wrong', async () => {
    seed(worker, { letter: { story: spanish } });
    renderPage('/letter');
    fireEvent.click(await screen.findByRole('button', { name: 'It is in English: put it in the letter' }));
    expect(within(preview()).getByText(spanish)).toBeTruthy();
    expect(screen.getByText('Your story goes in the letter exactly as you wrote it.')).toBeTruthy();
  });

  it('in a script the PDF cannot print, says to write the declaration by hand, and raises no character error', async () => {
    seed(worker, { letter: { story: 'جئت إلى الولايات المتحدة في عام 2010 مع أطفالي، وأعمل في مطعم منذ ذلك الوقت.', storyAs: 'declaration' } });
    renderPage('/letter');
    expect(await screen.findByText(/Write your declaration by hand/)).toBeTruthy();
    await new Promise((r) => setTimeout(r, 400));
    expect(document.getElementById('story-error')).toBeNull();
  });

  it('is explained in Spanish', async () => {
    await i18n.changeLanguage('es');
    seed(worker, { letter: { story: spanish } });
    renderPage('/letter');
    expect(await screen.findByText('Parece que su historia está en español')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Hacer una declaración aparte' })).toBeTruthy();
    expect(screen.getByRole('heading', { level: 3, name: 'Su trabajo y sus impuestos' })).toBeTruthy();
  });
});

describe('checks before download', () => {
  const spanish = 'Llegué a este país en 2010 con mis dos hijos. Trabajo en un restaurante y vamos a la iglesia todos los domingos.';

  it.each(['en', 'es'] as const)('blocks the letter while a story not in English or a rewrite under review waits for a choice (%s)', async (lang) => {
    await i18n.changeLanguage(lang);
    createPdfDocument.mockClear();
    URL.createObjectURL = vi.fn(() => 'blob:pdf');
    URL.revokeObjectURL = vi.fn();
    seed({ ...worker, 'favourable.taxes': 'no' }, { letter: { story: spanish, office: { kind: 'listed', id: 'opla-chicago' },
      paragraphEdits: { work: { text: 'I work and I pay my taxes.', factors: ['employment_history', 'tax_compliance'] } } } });
    renderPage('/letter');
    const button = await screen.findByRole('button', { name: lang === 'en' ? 'Download the letter (PDF)' : /Descargar la carta/ });
    fireEvent.click(button);
    const alert = await screen.findByRole('alert');
    const names = within(alert).getAllByRole('link').map((a) => a.textContent);
    expect(names).toEqual(lang === 'en'
      ? ['Check the paragraph you rewrote: your answers changed since you wrote it. Keep it, or go back to the suggested text.',
        'Choose what to do with your story: it does not seem to be in English.']
      : ['Revise el párrafo que usted cambió: sus respuestas cambiaron desde que lo escribió. Déjelo o vuelva al texto sugerido.',
        'Elija qué hacer con su historia: parece que no está en inglés.']);
    expect(createPdfDocument).not.toHaveBeenCalled();

    // Each link takes the person to the choice, which shows its own message.
    fireEvent.click(within(alert).getAllByRole('link')[1]!);
    expect(document.activeElement?.id).toBe('story-language');
    expect(document.getElementById('story-language-error')?.textContent).toMatch(lang === 'en' ? /Choose: a separate declaration/ : /Elija: una declaración aparte/);
    fireEvent.click(within(alert).getAllByRole('link')[0]!);
    expect(document.activeElement?.id).toBe('paragraph-work-review');

    // Choosing clears both, and the letter downloads.
    fireEvent.click(screen.getByRole('button', { name: lang === 'en' ? 'Make it a separate declaration' : 'Hacer una declaración aparte' }));
    fireEvent.click(screen.getByRole('button', { name: lang === 'en' ? 'Keep my paragraph' : 'Dejar mi párrafo' }));
    fireEvent.click(button);
    await waitFor(() => expect(createPdfDocument).toHaveBeenCalledTimes(1));
    expect(screen.queryByRole('alert')).toBeNull();
  });
});

// @vitest-environment jsdom
/**
 * Checks before download on the letter page (GOV.UK error summary pattern): a letter with a
 * required part missing is not downloaded (the PDF code is not even called); the summary takes
 * focus and links to each part; each field on the page shows its own error until it is fixed;
 * once everything is there, the download happens.
 */
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import enCatalog from '../../locales/en/catalog.json';
import enPages from '../../locales/en/pages.json';
import esCatalog from '../../locales/es/catalog.json';
import esPages from '../../locales/es/pages.json';
import { assess, checklist, CURRENT_SCHEMA_VERSION, letterModel, restoreCase, saveCase, stepOf } from '../../src/domain';
import i18n from '../../src/app/i18n';
import { downloadProblems, DownloadErrorSummary, type DownloadChecks } from '../../src/features/letter/download-checks';
import { useCaseStore } from '../../src/state/case-store';
import { wipeAllStorage } from '../../src/state/device-storage';
import { stepUrl } from '../../src/ui/paths';
import { inCourtBaseline, walk } from '../unit/domain/walk';
import { incompleteLetter } from '../fixtures/personas';
import { renderPage, seed } from './support/pages';

const createPdfDocument = vi.hoisted(() => vi.fn(async () => new Uint8Array([0x25, 0x50, 0x44, 0x46])));
vi.mock('../../src/pdf', () => ({ createPdfDocument, UnsupportedCharactersError: class extends Error {} }));

/** A final letter with every blocking part on this page missing (tests/fixtures/personas.ts). */
const incomplete = { ...inCourtBaseline, ...incompleteLetter };

const fill = (template: string, values: Record<string, string>) => template.replace(/\{\{(\w+)\}\}/g, (_m, k: string) => values[k] ?? '');

beforeEach(async () => {
  localStorage.clear();
  wipeAllStorage();
  await i18n.changeLanguage('en');
  createPdfDocument.mockClear();
  URL.createObjectURL = vi.fn(() => 'blob:pdf');
  URL.revokeObjectURL = vi.fn();
});

afterEach(() => {
  cleanup();
});

const links = (alert: HTMLElement) => within(alert).getAllByRole('link').map((a) => a.textContent);

describe.each([
  ['en', enPages, enCatalog],
  ['es', esPages, esCatalog],
] as const)('checks before download (%s)', (lang, pages, catalog) => {
  const checks = pages.letter.checks;
  const concern = (title: string) => fill(checks.summary.concern, { concern: title });
  const expected = [
    checks.summary.office,
    checks.summary['humanitarian-not-described'],
    checks.summary['what-is-new'],
    concern(catalog.redFlags.rf_competency.title),
    concern(catalog.factors.border_apprehension.title),
  ];

  it('blocks the download, lists each missing part with a link, and shows each field\'s error until it is fixed', async () => {
    await i18n.changeLanguage(lang);
    seed(incomplete);
    renderPage('/letter');
    const button = await screen.findByRole('button', { name: pages.letter.pdf.button });
    // Nothing is shown as an error before the person tries to download.
    expect(screen.queryByRole('alert')).toBeNull();
    expect(document.querySelectorAll('[aria-invalid="true"]')).toHaveLength(0);

    fireEvent.click(button);
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByRole('heading', { level: 2 }).textContent).toBe(lang === 'en' ? 'There is a problem' : 'Hay un problema');
    expect(alert.getAttribute('aria-labelledby')).toBe('download-checks-title');
    await waitFor(() => expect(document.activeElement).toBe(alert));
    expect(links(alert)).toEqual(expected);
    await waitFor(() => expect(document.title).toBe(`Error: ${pages.letter.documentTitle} – PD Helper`));
    expect(createPdfDocument).not.toHaveBeenCalled();
    expect(screen.queryByText(pages.letter.pdf.workingLetter)).toBeNull();

    // Each field on this page carries its own message (tied to it, marked invalid).
    const errorOf = (id: string) => {
      const field = document.getElementById(id)!;
      expect(field.getAttribute('aria-invalid'), id).toBe('true');
      const errorId = field.getAttribute('aria-describedby')!.split(' ').find((x) => x.endsWith('-error'))!;
      return document.getElementById(errorId)!.textContent;
    };
    // The visually hidden "Error:" prefix (the same word in both languages) comes first.
    const prefix = 'Error: ';
    expect(errorOf('office-select')).toBe(`${prefix}${checks.inline.office}`);
    expect(errorOf('story')).toBe(`${prefix}${checks.inline['humanitarian-not-described']}`);
    expect(errorOf('what-is-new')).toBe(`${prefix}${checks.inline['what-is-new']}`);
    expect(errorOf('concern-rf_competency')).toBe(`${prefix}${checks.inline.concern}`);
    expect(errorOf('concern-border_apprehension')).toBe(`${prefix}${checks.inline.concern}`);

    // A link moves focus to its field.
    fireEvent.click(within(alert).getByRole('link', { name: concern(catalog.factors.border_apprehension.title) }));
    expect(document.activeElement?.id).toBe('concern-border_apprehension');
    fireEvent.click(within(alert).getByRole('link', { name: checks.summary.office }));
    expect(document.activeElement?.id).toBe('office-select');

    // Fixing a part removes its entry and its error; focus stays where the person is.
    fireEvent.change(screen.getByRole('combobox'), { target: { value: 'opla-new-york' } });
    expect(links(alert)).toEqual(expected.slice(1));
    expect(document.getElementById('office-select')!.getAttribute('aria-invalid')).toBeNull();
    const story = document.getElementById('story')!;
    story.focus();
    fireEvent.change(story, { target: { value: 'My mother is very sick and I care for her.' } });
    expect(links(alert)).toEqual(expected.slice(2));
    expect(document.activeElement).toBe(story);
    fireEvent.change(document.getElementById('what-is-new')!, { target: { value: 'My son was born in 2025.' } });
    fireEvent.change(document.getElementById('concern-rf_competency')!, { target: { value: 'I have a doctor now.' } });
    expect(links(alert)).toEqual(expected.slice(4));
    fireEvent.change(document.getElementById('concern-border_apprehension')!, { target: { value: 'I was 19 and afraid.' } });
    expect(screen.queryByRole('alert')).toBeNull();
    expect(document.querySelectorAll('[aria-invalid="true"]')).toHaveLength(0);
    await waitFor(() => expect(document.title).toBe(`${pages.letter.documentTitle} – PD Helper`));

    // Everything is there: the download happens.
    fireEvent.click(button);
    await waitFor(() => expect(createPdfDocument).toHaveBeenCalledTimes(1));
    await waitFor(() => expect(document.getElementById('pdf-status')!.textContent).toMatch(/\.pdf/));
    expect(screen.queryByRole('alert')).toBeNull();
    // After a download that passed, a part emptied again is not an error until the next press.
    fireEvent.change(document.getElementById('what-is-new')!, { target: { value: '' } });
    expect(screen.queryByRole('alert')).toBeNull();
    expect(document.getElementById('what-is-new')!.getAttribute('aria-invalid')).toBeNull();
    fireEvent.click(button);
    expect(links(await screen.findByRole('alert'))).toEqual([checks.summary['what-is-new']]);
    expect(createPdfDocument).toHaveBeenCalledTimes(1);
  }, 20_000);

  it('says at its box and before sending when an explanation is not in English, and still downloads', async () => {
    await i18n.changeLanguage(lang);
    seed(incomplete, { letter: {
      office: { kind: 'listed', id: 'opla-new-york' },
      story: 'My mother is very sick and I care for her every day.',
      whatIsNew: 'My son was born in 2025.',
      concernExplanations: {
        rf_competency: 'I have a doctor now, and I take my medicine every day.',
        border_apprehension: 'Tenía 19 años y tenía miedo. No sabía las reglas y desde entonces las he seguido.',
      },
    } });
    renderPage('/letter');
    const box = await screen.findByLabelText(new RegExp(catalog.factors.border_apprehension.title.slice(0, 12)), { selector: 'textarea' });
    const errorId = box.getAttribute('aria-describedby')?.split(' ').find((id) => id.endsWith('-error'));
    expect(document.getElementById(errorId!)?.textContent).toContain(pages.letter.notInEnglish);
    // English explanations get no such message.
    expect(document.getElementById('concern-rf_competency')!.getAttribute('aria-invalid')).toBeNull();
    // Before sending: listed, with a link to the box.
    const link = screen.getByRole('link', { name: catalog.letterGaps['not-in-english'] });
    expect(link.getAttribute('href')).toBe('#concern-border_apprehension');
    // Advice, not a block: the guess can be wrong, and the translation is the person's to arrange.
    fireEvent.click(screen.getByRole('button', { name: pages.letter.pdf.button }));
    await waitFor(() => expect(createPdfDocument).toHaveBeenCalledTimes(1));
  }, 20_000);

  it('moves focus to the summary again on each blocked press', async () => {
    await i18n.changeLanguage(lang);
    seed(incomplete);
    renderPage('/letter');
    const button = await screen.findByRole('button', { name: pages.letter.pdf.button });
    fireEvent.click(button);
    const alert = await screen.findByRole('alert');
    await waitFor(() => expect(document.activeElement).toBe(alert));
    button.focus();
    fireEvent.click(button);
    await waitFor(() => expect(document.activeElement).toBe(alert));
    expect(createPdfDocument).not.toHaveBeenCalled();
  });
});

describe('checks before download: the questions and old saved cases', () => {
  it('sends the name, A-number and address to their questions (and back to the letter)', async () => {
    const { c } = walk(inCourtBaseline);
    const missing = { ...c, person: { ...c.person, fullName: undefined, aNumber: undefined, address: undefined } };
    const a = assess(missing, { asOf: '2026-11-23' });
    const model = letterModel(missing, a, checklist(missing, a))!;
    const problems = downloadProblems(model, 'request');
    expect(problems).toEqual([
      { gap: 'full-name', to: stepUrl(stepOf('person.fullName').id, true) },
      { gap: 'a-number', to: stepUrl(stepOf('person.aNumber').id, true) },
      { gap: 'address', to: stepUrl(stepOf('person.address').id, true) },
    ]);
    // "I don't know" is an answer: the letter says so, and nothing blocks.
    const unknown = { ...c, person: { ...c.person, aNumber: 'unknown' } };
    const b = assess(unknown, { asOf: '2026-11-23' });
    expect(downloadProblems(letterModel(unknown, b, checklist(unknown, b))!, 'request')).toEqual([]);

    const checks: DownloadChecks = { problems, shown: true, focusKey: 1, check: () => false, errorFor: () => null };
    const router = createMemoryRouter([{ path: '/letter', element: <DownloadErrorSummary checks={checks} /> }], { initialEntries: ['/letter'] });
    // The three go to one question page: React must still tell the entries apart (no two with one key).
    const consoleError = vi.spyOn(console, 'error');
    render(<RouterProvider router={router} />);
    const alert = await screen.findByRole('alert');
    expect(consoleError.mock.calls.flat().join(' ')).not.toMatch(/same key/);
    consoleError.mockRestore();
    expect(within(alert).getAllByRole('link').map((l) => [l.textContent, l.getAttribute('href')])).toEqual([
      [enPages.letter.checks.summary['full-name'], stepUrl(stepOf('person.fullName').id, true)],
      [enPages.letter.checks.summary['a-number'], stepUrl(stepOf('person.aNumber').id, true)],
      [enPages.letter.checks.summary.address, stepUrl(stepOf('person.address').id, true)],
    ]);
    expect(document.activeElement).toBe(alert);
  });

  it('opens a case saved with the one concerns box: the text is shown, printed, and counts for every concern', async () => {
    // As the earlier app saved it: one text for all the concerns, no box per concern.
    const { c } = walk({ ...inCourtBaseline, 'history.stoppedAtBorder': 'yes', 'favourable.competencyConcern': 'yes' });
    const old = { ...c, letter: { concernsExplanation: 'I was stopped in 2015.\nI see a doctor now.' } };
    const envelope = JSON.parse(JSON.stringify(saveCase(old, { appVersion: '0.1.0', savedAt: '2026-11-30T10:00:00.000Z' }))) as { schemaVersion: number };
    expect(envelope.schemaVersion).toBe(CURRENT_SCHEMA_VERSION);
    const restored = restoreCase(JSON.stringify(envelope));
    if (!restored.ok) throw new Error(restored.error);
    expect(restored.data.letter).toEqual({ concernsExplanation: 'I was stopped in 2015.\nI see a doctor now.' });
    useCaseStore.setState({ caseData: restored.data, loadError: null });
    renderPage('/letter');

    const general = (await screen.findByRole('textbox', { name: enPages.letter.words.concernsGeneralLabel })) as HTMLTextAreaElement;
    expect(general.value).toBe('I was stopped in 2015.\nI see a doctor now.');
    const preview = screen.getByRole('article', { name: 'Your letter' });
    expect(within(preview).getByText((_, el) => el?.tagName === 'P' && el.textContent === 'I was stopped in 2015.\nI see a doctor now.')).toBeTruthy();
    // The boxes per concern are there, but not needed.
    expect(screen.getByRole('textbox', { name: fill(enPages.letter.words.concernLabel, { concern: enCatalog.factors.border_apprehension.title }) })).toBeTruthy();
    expect(screen.queryByRole('link', { name: /Explain the concerns/ })).toBeNull();

    fireEvent.click(screen.getByRole('button', { name: enPages.letter.pdf.button }));
    await waitFor(() => expect(createPdfDocument).toHaveBeenCalledTimes(1));
    expect(screen.queryByRole('alert')).toBeNull();

    // Emptying it keeps the box on the page (no field vanishes under the cursor) and the concerns are needed again.
    fireEvent.change(general, { target: { value: '' } });
    expect(screen.getByRole('textbox', { name: enPages.letter.words.concernsGeneralLabel })).toBeTruthy();
    expect(screen.getByRole('link', { name: enCatalog.letterGaps['concerns-not-explained'] })).toBeTruthy();
  });
});

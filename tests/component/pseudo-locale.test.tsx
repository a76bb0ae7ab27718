// @vitest-environment jsdom
/**
 * Adding a language is one entry in the language list and one `locales/<code>/` folder
 * (docs/adr/0006-translations-and-languages.md). The proof: a throw-away pseudo-locale, `xx`,
 * added here as one more entry of the real list, its strings made from the English ones
 * (accented and bracketed, so an English string left on the page stands out) and fed through the
 * app's own loader, as a `locales/xx/` folder would be. Nothing is written to locales/.
 *
 * Its locale is de-DE and it is right-to-left on purpose: dates, numbers and `<html dir>` that
 * follow the list look different from those of English and Spanish.
 */
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import enCommon from '../../locales/en/common.json';
import enPages from '../../locales/en/pages.json';
import { enQuestions as q } from '../fixtures/question-strings';
import { assess, checklist, emptyCase, type LanguageCode, LANGUAGES, letterModel } from '../../src/domain';
import i18n from '../../src/app/i18n';
import type * as LocaleFiles from '../../src/app/locale-files';
import type * as Languages from '../../src/domain/languages';
import { buildPdfInput } from '../../src/features/letter/pdf-input';
import { buildPlan } from '../../src/pdf/plan';
import { useCaseStore } from '../../src/state/case-store';
import { formatDate, formatNumber, uiLocale } from '../../src/ui/format';
import { loadLanguageNamespaces } from '../../src/ui/load-language';
import { inCourtBaseline, walk } from '../unit/domain/walk';
import { renderApp } from './render-app';
import { stepUrl } from '../../src/ui/paths';
import { wipeAllStorage } from '../../src/state/device-storage';

const { PSEUDO, pseudo, pseudoStrings } = vi.hoisted(() => {
  const PSEUDO = { code: 'xx', label: 'Pseudo', locale: 'de-DE', dateOrder: 'dmy', dir: 'rtl' } as const;
  const ACCENTS: Record<string, string> = {
    a: 'á', e: 'é', i: 'í', o: 'ó', u: 'ú', y: 'ý', c: 'ç', n: 'ñ', A: 'Á', E: 'É', I: 'Í', O: 'Ó', U: 'Ú', C: 'Ç', N: 'Ñ',
  };
  /** "Continue" → "[Çóñtíñúé]"; {{variables}} and $t(nestings) stay as they are. */
  const pseudo = (s: string): string =>
    `[${s
      .split(/(\{\{[^}]*\}\}|\$t\([^)]*\))/)
      .map((part, i) => (i % 2 === 1 ? part : [...part].map((ch) => ACCENTS[ch] ?? ch).join('')))
      .join('')}]`;
  const pseudoStrings = (value: unknown): unknown => {
    if (typeof value === 'string') return pseudo(value);
    if (Array.isArray(value)) return value.map(pseudoStrings);
    if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, pseudoStrings(v)]));
    return value;
  };
  return { PSEUDO, pseudo, pseudoStrings };
});

// The one entry: appended to the real list, so the real helpers (isLanguageCode, languageInfo…) read it.
vi.mock('../../src/domain/languages', async (importOriginal) => {
  const real = await importOriginal<typeof Languages>();
  const list = real.LANGUAGES as unknown as { code: string }[];
  if (!list.some((l) => l.code === PSEUDO.code)) list.push(PSEUDO);
  return { ...real };
});

// The one folder: what locales/xx/<namespace>.json would hold, through the app's loader.
vi.mock('../../src/app/locale-files', async (importOriginal) => {
  const real = await importOriginal<typeof LocaleFiles>();
  return {
    ...real,
    loadLocale: (lng: string, ns: string) =>
      lng === PSEUDO.code ? real.loadLocale('en', ns).then((s) => pseudoStrings(s) as Record<string, unknown>) : real.loadLocale(lng, ns),
  };
});

const XX = PSEUDO.code as LanguageCode;
const KEY = 'pd-helper:case';

beforeEach(async () => {
  localStorage.clear();
  // Also forget what this tab last saved (else the empty storage reads as "deleted in another tab").
  wipeAllStorage();
  useCaseStore.setState({ caseData: emptyCase(), loadError: null });
  await i18n.changeLanguage('en');
});
afterEach(() => cleanup());

describe('a pseudo-locale added as one list entry and one folder of strings', () => {
  it('is in the list the app reads', () => {
    expect(LANGUAGES.map((l) => l.code)).toEqual(['en', 'es', 'xx']);
    expect(i18n.options.supportedLngs).toContain('xx');
  });

  it('is offered by the switch, named in itself; switching to it saves its code and keeps the focus on the button pressed', async () => {
    await renderApp('/');
    await screen.findByRole('heading', { level: 1, name: enCommon.start.title });
    // Three languages: every one, in a list labelled in the page language, the current one marked.
    const list = screen.getByRole('list', { name: enCommon.app.languages });
    const buttons = () => within(list).getAllByRole('button');
    expect(buttons().map((b) => [b.textContent, b.getAttribute('lang'), b.getAttribute('dir'), b.getAttribute('aria-current')])).toEqual([
      ['English', 'en', 'ltr', 'true'],
      ['Español', 'es', 'ltr', null],
      ['Pseudo', 'xx', 'rtl', null],
    ]);

    const pressed = within(list).getByRole('button', { name: 'Pseudo' });
    pressed.focus();
    fireEvent.click(pressed);
    await screen.findByRole('heading', { level: 1, name: pseudo(enCommon.start.title) });
    expect(document.documentElement.lang).toBe('xx');
    expect(document.documentElement.dir).toBe('rtl');
    await waitFor(() => expect(document.title).toContain(pseudo(enCommon.app.name)));
    expect(useCaseStore.getState().language).toBe('xx');

    // The same list, now labelled in the new language; the button pressed is still there, marked
    // and focused, so a screen reader stays on it.
    expect(screen.getByRole('list', { name: pseudo(enCommon.app.languages) })).toBe(list);
    expect(buttons().map((b) => [b.textContent, b.getAttribute('aria-current')])).toEqual([['English', null], ['Español', null], ['Pseudo', 'true']]);
    expect(document.activeElement).toBe(pressed);
    expect(pressed.isConnected).toBe(true);

    // Pressing the current language again changes nothing.
    fireEvent.click(pressed);
    expect(document.documentElement.lang).toBe('xx');

    fireEvent.click(within(list).getByRole('button', { name: 'English' }));
    await screen.findByRole('heading', { level: 1, name: enCommon.start.title });
    expect(document.documentElement.dir).toBe('ltr');
    expect(useCaseStore.getState().language).toBe('en');
  });

  it('shows a question page, its buttons and its error summary in its strings', async () => {
    await renderApp(stepUrl('detained'), undefined, XX);
    await screen.findByRole('heading', { level: 1, name: pseudo(q.fields.posture.detained.label) });
    expect(screen.getByRole('radio', { name: pseudo(q.options.yesNo.yes) })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: pseudo(enCommon.actions.continue) }));
    const summary = await screen.findByRole('alert');
    expect(within(summary).getByRole('heading', { name: pseudo(enCommon.errors.summaryTitle) })).toBeTruthy();
  });

  it('reads typed dates in its date order and writes dates and numbers in its locale', async () => {
    const { router } = await renderApp(stepUrl('entry-date'), walk(inCourtBaseline).c, XX);
    const date = await screen.findByLabelText(pseudo(q.fields.history.entryDate.label));
    fireEvent.change(date, { target: { value: '14/3/2012' } }); // day first (dmy)
    fireEvent.click(screen.getAllByRole('checkbox', { name: pseudo(enCommon.answers.dontKnow) })[1]!);
    fireEvent.click(screen.getByRole('button', { name: pseudo(enCommon.actions.continue) }));
    await waitFor(() => expect(router.state.location.pathname).toBe(stepUrl('entry-manner')));
    expect(useCaseStore.getState().caseData.history.entryDate).toBe('2012-03-14');

    cleanup();
    await renderApp('/review', useCaseStore.getState().caseData, XX);
    await screen.findByRole('heading', { level: 1, name: pseudo(enPages.review.title) });
    expect(screen.getByText('14. März 2012')).toBeTruthy();
    expect(uiLocale('xx')).toBe('de-DE');
    expect(formatNumber(1234.5, uiLocale('xx'))).toBe('1.234,5');
    expect(formatDate('2026-11-23', uiLocale('xx'))).toBe('23. November 2026');
  });

  it('is saved with the case, and the saved case loads again through the case schema', async () => {
    await i18n.changeLanguage(XX);
    useCaseStore.getState().answer({ 'posture.detained': 'no', 'posture.receivedNta': 'yes' });
    const saved = JSON.parse(localStorage.getItem(KEY) ?? '{}') as { state: { settings: unknown } };
    expect(saved.state.settings).toEqual({ language: 'xx', storageMode: 'device' });

    // A new store reads it back: the envelope through restoreCase (zod), the language through the list.
    vi.resetModules();
    const { useCaseStore: again, whenSavedAnswersLoaded } = await import('../../src/state/case-store');
    await whenSavedAnswersLoaded();
    expect(again.getState().loadError).toBeNull();
    expect(again.getState().language).toBe('xx');
    expect(again.getState().caseData).toEqual(useCaseStore.getState().caseData);
  });

  it("puts the PDF's sending sheet and checklist in its strings, marked with its code", async () => {
    await i18n.changeLanguage(XX);
    await loadLanguageNamespaces(i18n, 'xx', ['catalog', 'pages']);
    await loadLanguageNamespaces(i18n, 'es', ['catalog', 'pages']);
    const c = walk(inCourtBaseline).c;
    const a = assess(c, { asOf: '2026-12-01' });
    const list = checklist(c, a);
    const model = letterModel(c, a, list)!;
    const input = buildPdfInput(model, list, { es: i18n.getFixedT('es'), ui: i18n.getFixedT(XX), uiLanguage: XX }, {
      appVersion: '0.1.0',
      letterFileName: 'PD-request-2026-12-01.pdf',
    });
    expect(input.sendingSheet).toMatchObject({ lang: 'xx', title: pseudo(enPages.pdf.sending.title) });
    expect(input.checklistPage).toMatchObject({ lang: 'xx', title: pseudo(enPages.pdf.checklist.title) });
    // The letter stays in U.S. English; the Spanish page stays Spanish.
    expect(input.spanishPage.lang).toBe('es');
    const plans = buildPlan(input);
    const langs = (kind: 'toSend' | 'forYou') => plans[kind].ops.flatMap((op) => (op.kind === 'page' ? [op.lang] : []));
    expect(new Set(langs('toSend'))).toEqual(new Set(['en']));
    expect(langs('forYou')).toEqual(['es', 'xx', 'xx']);
    // Its page furniture too: the guide is an xx document whose pages say "page X of Y" in xx.
    expect(plans.forYou.lang).toBe('xx');
    expect((plans.forYou.furniture as Record<string, { pageOf: { text: string } }>).xx?.pageOf.text).toBe(pseudo(enPages.pdf.furniture.pageOf).replace('{{page}}', '{page}').replace('{{total}}', '{total}'));
  });
});

/**
 * Shared helpers for the journey, privacy, hosting and layout e2e tests: the app's own strings
 * (imported from the locale files, never hard-coded), waiting on headings and URLs (never on
 * timeouts), answering a given number of questions, and reading what the app keeps in the browser.
 */
import type { Browser, Page } from 'playwright-core';
import { expect } from 'vitest';
import type enCatalog from '../../../locales/en/catalog.json';
import type enCommon from '../../../locales/en/common.json';
import type enPages from '../../../locales/en/pages.json';
import { type enQuestions, mergeQuestions } from '../../fixtures/question-strings';
import { type CaseData, findStep, LANGUAGES, type LanguageCode, type RouteId, saveCase } from '../../../src/domain';
import { stepUrl } from '../../../src/ui/paths';
import type { Answers } from '../../unit/domain/walk';
import { assertOnlySameOrigin, openPage, type OpenPageOptions, type RecordedPage } from './browser';
import { currentStepId, fillStep } from './journey';

export type Lang = LanguageCode;

/** Every locale file, read when this module loads. */
const localeFiles = import.meta.glob<Record<string, unknown>>('../../../locales/*/*.json', { eager: true, import: 'default' });

interface Strings {
  common: typeof enCommon;
  questions: typeof enQuestions;
  catalog: typeof enCatalog;
  pages: typeof enPages;
}

/** One language's strings, typed like English's (tests/unit/locale-parity.test.ts checks they have the same keys). */
function stringsOf(code: string): Strings {
  const file = (ns: string) => {
    const strings = localeFiles[`../../../locales/${code}/${ns}.json`];
    if (!strings) throw new Error(`no locales/${code}/${ns}.json`);
    return strings;
  };
  return {
    common: file('common') as Strings['common'],
    questions: mergeQuestions(file('questions'), file('questions-later')) as Strings['questions'],
    catalog: file('catalog') as Strings['catalog'],
    pages: file('pages') as Strings['pages'],
  };
}

/** The app's strings in every language of the list, from its locales/<code>/ folder. */
export const strings = Object.fromEntries(LANGUAGES.map((l) => [l.code, stringsOf(l.code)])) as Record<Lang, Strings>;

/** How long to wait for something the app does at once (a render, a navigation). Generous for slow CI. */
export const WAIT = 20_000;

export function routeTitle(route: RouteId, lang: Lang = 'en'): string {
  return strings[lang].catalog.routes[route].title;
}

/** Label of a question (e.g. 'posture.inProceedings'), from the questions namespace. */
export function fieldLabel(path: string, lang: Lang = 'en'): string {
  const [part, key] = path.split('.') as [string, string];
  const fields = strings[lang].questions.fields as unknown as Record<string, Record<string, { label: string }>>;
  const label = fields[part]?.[key]?.label;
  if (!label) throw new Error(`no label for ${path}`);
  return label;
}

/** i18next-style interpolation of a template from the locale files. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{\{(\w+)\}\}/g, (_m, k: string) => String(values[k] ?? ''));
}

/** Waits until the page's one h1 reads exactly `text`. */
export async function expectH1(page: Page, text: string, timeout = WAIT): Promise<void> {
  try {
    await page.getByRole('heading', { level: 1, name: text, exact: true }).waitFor({ timeout });
  } catch (error) {
    throw new Error(`no h1 "${text}" after ${timeout} ms. ${await whereIs(page)}`, { cause: error });
  }
  expect(await page.locator('h1').allTextContents()).toEqual([text]);
}

/** Where a page is, for a failure message: its address, its h1s and the start of its main text. */
export async function whereIs(page: Page): Promise<string> {
  try {
    const seen = await page.evaluate(() => ({
      url: location.href,
      h1: [...document.querySelectorAll('h1')].map((h) => h.textContent ?? ''),
      main: (document.querySelector('main') ?? document.body)?.innerText.replace(/\s+/g, ' ').slice(0, 300) ?? '',
      controlled: navigator.serviceWorker?.controller !== null,
    }));
    return `The page was ${seen.url} (service worker in control: ${seen.controlled}), h1 ${JSON.stringify(seen.h1)}, text: "${seen.main}"`;
  } catch (error) {
    return `The page could not be read: ${String(error)}`;
  }
}

/** The hash of a question page, as the app writes it (neutral: #/questions/q7, never the step's id). */
export function questionHash(stepId: string, fromReview = false): string {
  return `#${stepUrl(stepId, fromReview)}`;
}

export async function waitForHash(page: Page, hash: string | RegExp): Promise<void> {
  await page.waitForFunction(
    ([source, flags]) => new RegExp(source!, flags).test(location.hash),
    typeof hash === 'string'
      ? [`^${hash.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`, '']
      : [hash.source, hash.flags],
    { timeout: WAIT },
  );
}

/**
 * From the start page: "Start now", then the saving choice (nothing is chosen in advance): "Yes,
 * save them on this device" unless `mode` says "session", then the task list's "Start the
 * questions". Ends on the first question.
 */
export async function pressStart(page: Page, lang: Lang = 'en', mode: 'device' | 'session' = 'device'): Promise<void> {
  const common = strings[lang].common;
  await page.getByRole('button', { name: common.actions.start, exact: true }).click();
  await expectH1(page, common.saving.legend);
  await page.getByLabel(common.saving[mode], { exact: true }).check();
  await page.getByRole('button', { name: common.actions.continue, exact: true }).click();
  await startFromTaskList(page, lang);
}

/** On "Your questions" (the task list) of a new case: press "Start the questions", wait for the first one. */
export async function startFromTaskList(page: Page, lang: Lang = 'en'): Promise<void> {
  const common = strings[lang].common;
  await waitForHash(page, '#/questions');
  await expectH1(page, common.taskList.title);
  await page.getByRole('link', { name: common.taskList.start, exact: true }).click();
  await waitForHash(page, questionHash('detained'));
}

export async function startWizard(page: Page, lang: Lang = 'en', mode: 'device' | 'session' = 'device'): Promise<void> {
  await expectH1(page, strings[lang].common.start.title);
  await pressStart(page, lang, mode);
  await expectH1(page, fieldLabel('posture.detained', lang));
}

/** From "Check your answers": press "See your result" and wait for the route's title. */
export async function openResult(page: Page, route: RouteId, lang: Lang = 'en'): Promise<void> {
  await expectH1(page, strings[lang].pages.review.title);
  await page.getByRole('link', { name: strings[lang].pages.review.submit, exact: true }).click();
  await waitForHash(page, '#/result');
  await expectH1(page, routeTitle(route, lang));
}

/** The page's title for a step: a lone simple question is its own heading, else the step title. */
export async function currentH1(page: Page): Promise<string> {
  return (await page.locator('h1').first().textContent()) ?? '';
}

/**
 * Answers exactly `count` questions from the current question page (filling the step's fields
 * from `answers`, pressing Continue, waiting for the URL to change). Returns the steps answered.
 */
export async function answerSteps(page: Page, answers: Answers, count: number, lang: Lang = 'en'): Promise<string[]> {
  const done: string[] = [];
  for (let n = 0; n < count; n++) {
    await page.waitForFunction(() => /#\/questions\/[a-z0-9-]+/.test(location.hash), undefined, { timeout: WAIT });
    const id = currentStepId(page);
    const step = id ? findStep(id) : undefined;
    if (!id || !step) throw new Error(`not on a question page: ${page.url()}`);
    await page.locator('form button[type="submit"]').waitFor({ timeout: WAIT });
    await fillStep(page, id, answers, lang);
    const before = page.url();
    await page.locator('form button[type="submit"]').click();
    await page.waitForFunction((u) => location.href !== u, before, { timeout: WAIT });
    done.push(id);
  }
  return done;
}

export interface StoredKeys {
  local: Record<string, string>;
  session: Record<string, string>;
  idb: string[];
}

/** What the page's origin keeps: every localStorage / sessionStorage entry and the IndexedDB names. */
export function storedKeys(page: Page): Promise<StoredKeys> {
  return page.evaluate(async () => {
    const dump = (s: Storage) => Object.fromEntries(Object.keys(s).map((k) => [k, s.getItem(k) ?? '']));
    const dbs = typeof indexedDB.databases === 'function' ? await indexedDB.databases() : [];
    return { local: dump(localStorage), session: dump(sessionStorage), idb: dbs.map((d) => d.name ?? '') };
  });
}

export const pdKeys = (area: Record<string, string>) => Object.keys(area).filter((k) => k.startsWith('pd-helper'));

/**
 * Opens `url` in a new context, runs `body`, then checks there were no console errors and no
 * request to another origin (other than `allowedForeign`, which must then each have happened).
 */
export async function withApp(
  browser: Browser,
  url: string,
  body: (app: RecordedPage) => Promise<void>,
  options: OpenPageOptions & { allowedForeign?: string[] } = {},
): Promise<void> {
  const app = await openPage(browser, url, options);
  try {
    await body(app);
    expect(app.errors).toEqual([]);
    const allowed = new Set(options.allowedForeign ?? []);
    assertOnlySameOrigin(app.requests.filter((r) => !allowed.has(r)), url);
  } finally {
    await app.context.close();
  }
}

/** Texts of the item titles in one card of the result page (by the card heading's id). */
export function cardTitles(page: Page, headingId: string): Promise<string[]> {
  return page.locator(`section[aria-labelledby="${headingId}"] .item__title`).allTextContents();
}

/** Titles of every concern on the result page: the red flags' card and the things-to-explain card. */
export function concernTitles(page: Page): Promise<string[]> {
  return page.locator('section[aria-labelledby="flags-title"] .item__title, section[aria-labelledby="explain-title"] .item__title').allTextContents();
}

export function helpPhones(page: Page): Promise<string[]> {
  return page.locator('.help-list__phone').allTextContents();
}

/**
 * Puts `text` in localStorage as the app's saved state, reloads so the store reads it, and only
 * then opens `hash` (opening it first would let the empty store redirect to the first question).
 */
export async function seedSaved(page: Page, text: string, hash: string): Promise<void> {
  await page.evaluate((v) => localStorage.setItem('pd-helper:case', v), text);
  await page.reload();
  // Setting location.hash takes effect at once. No wait for it to read `hash` afterwards: the app
  // may already have moved on (e.g. from #/review to a question an upgrade asks again).
  await page.evaluate((h) => { location.hash = h; }, hash);
}

const envelope = (c: CaseData) => saveCase(c, { appVersion: '0.1.0', savedAt: new Date().toISOString() });

/** A saved case the way the app saves it today (store version 2, src/state/case-store.ts). */
export async function seedCase(page: Page, c: CaseData, hash: string, language: Lang | null = null): Promise<void> {
  const saved = { state: { envelope: envelope(c), settings: { language, storageMode: 'device' }, hasData: true }, version: 2 };
  await seedSaved(page, JSON.stringify(saved), hash);
}

/** A saved case the way app 0.1.0 saved it (store version 1: the language at the top level). */
export async function seedCaseV1(page: Page, c: CaseData, hash: string, language: Lang | null = null): Promise<void> {
  const saved = { state: { envelope: envelope(c), language, hasData: true }, version: 1 };
  await seedSaved(page, JSON.stringify(saved), hash);
}

/** Waits until a service worker is active and controls the page (reloading once if it is not). */
export async function waitForServiceWorker(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  const controlled = () => page.evaluate(() => navigator.serviceWorker.controller !== null);
  if (!(await controlled())) {
    // clientsClaim should make the first visit controlled; if the claim raced the load, reload once.
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 3000 }).catch(async () => {
      await page.reload();
    });
  }
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: WAIT });
}

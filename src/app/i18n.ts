/**
 * i18next with every string built into the app (no HTTP backend, nothing from another origin):
 * each locale file is its own small chunk, loaded from the app's own origin with a dynamic
 * `import()` (and precached by the service worker, so it works offline). Only the current
 * language is loaded: at start, its `common` and `questions` strings (the start page and the
 * questions); `catalog` and `pages` come with the pages that use them (review page on; see
 * `src/app/app.tsx`); another language only when the person switches (docs/adr/0004-bundle-budget.md).
 * The languages are the domain's list (src/domain/languages.ts; docs/adr/0006-translations-and-languages.md).
 * Keeps <html lang>, <html dir> and the default document title in step with the chosen language.
 */
import i18n, { type BackendModule } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { isLanguageCode, LANGUAGES, type LanguageCode, languageInfo, preferredLanguage } from '../domain';
import { savedLanguage, useCaseStore } from '../state/case-store';
import { CHOSEN_LANGUAGE_ATTRIBUTE, LANGUAGE_CHOSEN_EVENT } from './first-paint-signals';
import { loadLocale } from './locale-files';

export const defaultNS = 'common';
export const namespaces = ['common', 'questions', 'catalog', 'pages', 'clinic', 'learn'] as const;
export type Namespace = (typeof namespaces)[number];
/** What the start page and the question pages read: loaded before the first render. */
export const startNamespaces = ['common', 'questions'] as const satisfies readonly Namespace[];
/** What only the review, result, checklist, letter and delete pages read. */
export const pageNamespaces = ['catalog', 'pages'] as const satisfies readonly Namespace[];
/** Clinic mode and case files (the locked screen, the case list, export and import). */
export const clinicNamespaces = ['clinic'] as const satisfies readonly Namespace[];
/** The learn pages: their own words, plus the sources' notes and the help list (catalog, pages). */
export const learnNamespaces = ['learn', 'catalog', 'pages'] as const satisfies readonly Namespace[];

// Keys are built from domain ids (steps, factors, fields), so they are not typed literally;
// tests check that every id has its strings in every language instead.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: typeof defaultNS;
  }
}

/**
 * The `questions` namespace is kept in two files per language: `questions.json` (the shared
 * words and the first section's questions: all the first question needs) and
 * `questions-later.json` (every later question, same key layout). The later part is merged into
 * `questions` once something asks for it (`loadLaterQuestions`): the question pages after the
 * first section, every other page, and a prefetch once the person starts answering
 * (docs/adr/0004-bundle-budget.md). tests/unit/question-strings.test.ts checks which file each
 * question's words are in.
 */
const LATER_QUESTIONS = 'questions-later';
let laterQuestionsWanted = false;
/** Languages whose `questions` bundle holds the later part too. */
const laterQuestionsIn = new Set<string>();

function deepMerge(target: Record<string, unknown>, source: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = { ...target };
  for (const [key, value] of Object.entries(source)) {
    const current = out[key];
    out[key] = isPlainObject(current) && isPlainObject(value) ? deepMerge(current, value) : value;
  }
  return out;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function readNamespace(lng: string, ns: string): Promise<Record<string, unknown>> {
  if (ns !== 'questions' || !laterQuestionsWanted) return loadLocale(lng, ns);
  return Promise.all([loadLocale(lng, ns), loadLocale(lng, LATER_QUESTIONS)]).then(([first, later]) => {
    laterQuestionsIn.add(lng);
    return deepMerge(first, later);
  });
}

/** An i18next backend that reads the bundled locale chunks (never the network). */
const bundledLocales: BackendModule = {
  type: 'backend',
  init() {},
  read(lng, ns, callback) {
    readNamespace(lng, ns).then(
      (data) => callback(null, data),
      (error: unknown) => callback(error instanceof Error ? error : new Error(String(error)), false),
    );
  },
};

let laterQuestions: Promise<void> | null = null;
let laterQuestionsVersion = 0;
const laterQuestionsListeners = new Set<() => void>();

function laterQuestionsChanged(): void {
  laterQuestionsVersion++;
  for (const listener of laterQuestionsListeners) listener();
}

/** For useSyncExternalStore: changes when the later questions arrive or a language's strings load. */
export function subscribeLaterQuestions(listener: () => void): () => void {
  laterQuestionsListeners.add(listener);
  return () => laterQuestionsListeners.delete(listener);
}

export function laterQuestionsSnapshot(): number {
  return laterQuestionsVersion;
}

/**
 * Makes every question's words available, in each language whose `questions` are loaded (and,
 * from now on, in any language loaded later). The same promise while it runs; resolves at once
 * when done. A failed load (the chunk could not be fetched) is tried again on the next call.
 */
export function loadLaterQuestions(): Promise<void> {
  laterQuestionsWanted = true;
  const missing = LANGUAGES.map((l) => l.code).filter((lng) => i18n.hasResourceBundle(lng, 'questions') && !laterQuestionsIn.has(lng));
  if (missing.length === 0 && laterQuestions) return laterQuestions;
  const run = Promise.all(
    missing.map((lng) =>
      loadLocale(lng, LATER_QUESTIONS).then((later) => {
        i18n.addResourceBundle(lng, 'questions', later, true, true);
        laterQuestionsIn.add(lng);
        laterQuestionsChanged();
      }),
    ),
  ).then(() => undefined);
  laterQuestions = run;
  run.catch(() => {
    if (laterQuestions === run) laterQuestions = null;
  });
  return run;
}

/** True when the later questions' words are in for the current language. */
export function laterQuestionsLoaded(): boolean {
  const lng = i18n.resolvedLanguage ?? i18n.language;
  return laterQuestionsIn.has(lng) && i18n.hasResourceBundle(lng, 'questions');
}

/**
 * Loads `nss` in the current language, and remembers them so a language switch loads them too.
 * Resolves at once when they are already there.
 */
export function loadNamespaces(nss: readonly Namespace[]): Promise<void> {
  return i18n.loadNamespaces([...nss]);
}


function applyToDocument(lng: string): void {
  // The build renders the start page without a document (src/app/start-markup.tsx).
  if (typeof document === 'undefined') return;
  document.documentElement.lang = lng;
  document.documentElement.dir = languageInfo(lng).dir;
  // The app's name is the title until a page sets its own ("Start – PD Helper", painted from the
  // HTML or set by the page once the browser is idle, in the new language too). A page's title is
  // kept meanwhile: the tab showed the bare name for a moment at every start.
  const appName = i18n.t('app.name', { lng });
  if (!document.title.endsWith(appName)) document.title = appName;
}

/**
 * The language flows one way, i18next → store: changing it is `i18n.changeLanguage` (the switch),
 * and this listener is the only writer of the store's `language`, which is the person's saved
 * choice. The store is read once, at start (`startLanguage`). The language i18next starts in is
 * not a choice (it may be the browser's): init announces it before `isInitialized`, so it is not
 * saved, and a first visit leaves nothing on the device. Unless the person picked it on the start
 * page painted from the HTML before the app had started (src/app/first-paint.ts): that is a choice.
 */
function rememberLanguage(lng: string): void {
  // A language picked on the start page painted before the app had started is a choice too.
  if (!isLanguageCode(lng) || (!i18n.isInitialized && lng !== chosenBeforeStart())) return;
  const store = useCaseStore.getState();
  if (store.language !== lng) store.setLanguage(lng);
}

i18n.on('languageChanged', applyToDocument);
i18n.on('languageChanged', rememberLanguage);
i18n.on('languageChanged', laterQuestionsChanged);
i18n.on('loaded', laterQuestionsChanged);

/**
 * The saved language (if any) wins over the browser's preference, so only one language loads.
 * The only read of the store's language: after this, the store follows i18next.
 */
function startLanguage(): LanguageCode {
  const saved = savedLanguage();
  if (isLanguageCode(saved)) return saved;
  return chosenBeforeStart() ?? preferredLanguage(typeof navigator === 'undefined' ? [] : navigator.languages);
}

/** A language picked on the start page painted from the HTML, before the app had started (src/app/first-paint.ts). */
function chosenBeforeStart(): LanguageCode | null {
  if (typeof document === 'undefined') return null;
  const chosen = document.documentElement.getAttribute(CHOSEN_LANGUAGE_ATTRIBUTE);
  return isLanguageCode(chosen) ? chosen : null;
}

const started = i18n
  .use(bundledLocales)
  .use(initReactI18next)
  .init({
    lng: startLanguage(),
    // No fallback language: it would load English too for a Spanish page. Every language has
    // every key (tests/unit/locale-parity.test.ts).
    fallbackLng: false,
    supportedLngs: LANGUAGES.map((l) => l.code),
    ns: [...startNamespaces],
    defaultNS,
    initAsync: false,
    interpolation: { escapeValue: false },
    // i18next's defaults, given: then it does not test every key for looking like a sentence
    // (a regular expression and a few arrays per string, many times a page; issue 17).
    keySeparator: '.',
    nsSeparator: ':',
  });

// A language picked on the start page painted from the HTML after the strings had started (a
// moment before the app's first page) switches as the app's own button does.
let pickedBeforeStart: Promise<unknown> | null = null;
if (typeof window !== 'undefined') {
  window.addEventListener(LANGUAGE_CHOSEN_EVENT, (event) => {
    const chosen = (event as CustomEvent<unknown>).detail;
    if (isLanguageCode(chosen)) pickedBeforeStart = i18n.changeLanguage(chosen);
  });
}

/**
 * Resolves once the start language's first strings are in, and those of a language picked on the
 * page painted from the HTML meanwhile. The app's first page renders after it (main.tsx): it then
 * replaces that page whole, in one go, never with the loading line or the other language between.
 * It resolves too if the strings cannot load: the page then says so (PageBoundary).
 */
export async function whenStartStringsLoaded(): Promise<void> {
  await started;
  while (pickedBeforeStart) {
    const picked = pickedBeforeStart;
    await picked;
    if (picked === pickedBeforeStart) pickedBeforeStart = null;
  }
}

export default i18n;

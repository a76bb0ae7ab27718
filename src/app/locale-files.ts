/**
 * Where the strings come from: every `locales/<code>/<namespace>.json` is its own small chunk
 * (vite turns each file the glob finds into a lazy JS module), loaded from the app's own origin.
 * A language's folder is found by its code in the language list (src/domain/languages.ts).
 */

/** One lazy chunk per locale file. */
const localeFiles = import.meta.glob<Record<string, unknown>>('../../locales/*/*.json', { import: 'default' });

/** The strings of one namespace in one language, from the app's own bundle. */
export function loadLocale(lng: string, ns: string): Promise<Record<string, unknown>> {
  const load = localeFiles[`../../locales/${lng}/${ns}.json`];
  return load ? load() : Promise.reject(new Error(`PD Helper: no strings for ${lng}/${ns}`));
}

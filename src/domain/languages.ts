/**
 * The languages the app's pages can be read in: one list, read by the translations setup, the
 * store, the language switch, the date and number formatters, the date inputs and the PDF.
 * Adding a language is one entry here and one `locales/<code>/` folder with every key
 * (tests/unit/locale-parity.test.ts; docs/adr/0006-translations-and-languages.md).
 *
 * The letter is not in a page language: it is always U.S. English (`LETTER_LANGUAGE`).
 */
import type { DateOrder } from './partial-date';

export interface LanguageInfo {
  /** BCP 47 language tag: the i18next language, the `locales/<code>/` folder, `<html lang>`, what is saved. */
  readonly code: string;
  /** The language's name in itself ("Español"): the switch shows it, so a person who cannot read the page finds theirs. */
  readonly label: string;
  /** The locale dates, numbers and lists are written in (Intl). */
  readonly locale: string;
  /** The order a typed date is read in: 3/14/2019 (mdy) or 14/3/2019 (dmy). */
  readonly dateOrder: DateOrder;
  /** `<html dir>`. */
  readonly dir: 'ltr' | 'rtl';
}

export const LANGUAGES = [
  { code: 'en', label: 'English', locale: 'en-US', dateOrder: 'mdy', dir: 'ltr' },
  { code: 'es', label: 'Español', locale: 'es-US', dateOrder: 'dmy', dir: 'ltr' },
] as const satisfies readonly LanguageInfo[];

export type Language = (typeof LANGUAGES)[number];
export type LanguageCode = Language['code'];
export type LanguageLocale = Language['locale'];

/** The page language when neither a saved choice nor the browser's preferences name one in the list. */
export const DEFAULT_LANGUAGE: LanguageCode = 'en';

/** The letter (and the exhibit index) is written for ICE in U.S. English, whatever the page language. */
export const LETTER_LANGUAGE = { code: 'en', locale: 'en-US' } as const;

export function isLanguageCode(value: unknown): value is LanguageCode {
  return typeof value === 'string' && LANGUAGES.some((l) => l.code === value);
}

/** The entry for a code in the list; for anything else (undefined, 'fr', 'cimode'), the default language's. */
export function languageInfo(code: unknown): Language {
  const found = LANGUAGES.find((l) => l.code === code) ?? LANGUAGES.find((l) => l.code === DEFAULT_LANGUAGE);
  if (!found) throw new Error(`PD Helper: the default language ${DEFAULT_LANGUAGE} is not in LANGUAGES`);
  return found;
}

/** The code for a value that may not be a language of the list (i18next's resolvedLanguage): the default language's if not. */
export function languageCode(value: unknown): LanguageCode {
  return languageInfo(value).code;
}

/**
 * The first language of the list in the browser's preference list (matched on the primary
 * subtag, so es-MX finds es), else the default language.
 */
export function preferredLanguage(preferences: readonly string[]): LanguageCode {
  for (const tag of preferences) {
    const lower = tag.toLowerCase();
    const match = LANGUAGES.find((l) => l.code.toLowerCase() === lower) ?? LANGUAGES.find((l) => l.code.toLowerCase() === lower.split('-')[0]);
    if (match) return match.code;
  }
  return DEFAULT_LANGUAGE;
}

/** Dates, numbers and lists in the page language. The letter itself stays in U.S. English (domain). */
import { languageInfo, type LanguageLocale } from '../domain';

const FULL = /^(\d{4})-(\d{2})-(\d{2})$/;
const MONTH = /^(\d{4})-(\d{2})$/;

/** The locale of a page language (src/domain/languages.ts). */
export type UiLocale = LanguageLocale;

/** The locale of a page language; of the default language for anything not in the list. */
export function uiLocale(language: string | undefined): UiLocale {
  return languageInfo(language).locale;
}

/**
 * One formatter per locale and kind, made once: making an Intl formatter costs about a
 * millisecond, and the answers page and the result format many dates (a CPU profile of the
 * question pages showed it, issue 17).
 */
const formatters = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat | Intl.ListFormat>();
function formatter<F extends Intl.DateTimeFormat | Intl.NumberFormat | Intl.ListFormat>(key: string, make: () => F): F {
  let f = formatters.get(key) as F | undefined;
  if (!f) {
    f = make();
    formatters.set(key, f);
  }
  return f;
}

/**
 * "2026-11-23" → "November 23, 2026" / "23 de noviembre de 2026"; "2020-11" → "November 2020";
 * a year or any other text (e.g. "undated, ~2025") is shown as it is.
 */
export function formatDate(value: string, locale: UiLocale): string {
  const full = FULL.exec(value);
  if (full) return dayFormat(locale).format(Date.UTC(Number(full[1]), Number(full[2]) - 1, Number(full[3])));
  const month = MONTH.exec(value);
  if (month) return monthFormat(locale).format(Date.UTC(Number(month[1]), Number(month[2]) - 1, 1));
  return value;
}

const dayFormat = (locale: UiLocale) => formatter(`day ${locale}`, () => new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }));
const monthFormat = (locale: UiLocale) => formatter(`month ${locale}`, () => new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'long', timeZone: 'UTC' }));

/**
 * Makes `formatDate`'s formatters ahead, for a moment when nothing else is happening. A page's
 * first date formatter costs about 20 ms on a desktop and 80 ms at 4× CPU, whatever its locale
 * and options (the browser loads its calendar data then; the next ones cost about 1 ms): the
 * answers page paid it when it opened, after the last question (issue 17).
 */
export function prepareDateFormats(locale: UiLocale): void {
  dayFormat(locale);
  monthFormat(locale);
}

export function formatNumber(n: number, locale: UiLocale): string {
  return formatter(`number ${locale}`, () => new Intl.NumberFormat(locale)).format(n);
}

export function formatList(items: string[], locale: UiLocale): string {
  return formatter(`list ${locale}`, () => new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' })).format(items);
}

/** "1-800-898-7180" → "+18008987180"; short numbers such as 211 stay as they are. */
export function telHref(phone: string): string {
  const digits = phone.replace(/\D/g, '');
  if (digits.length === 11 && digits.startsWith('1')) return `tel:+${digits}`;
  if (digits.length === 10) return `tel:+1${digits}`;
  return `tel:${digits}`;
}

/** What a URL looks like as text: without the scheme and a trailing slash. */
export function displayUrl(url: string): string {
  return url.replace(/^https?:\/\//, '').replace(/\/$/, '');
}

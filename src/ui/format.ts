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
 * "2026-11-23" → "November 23, 2026" / "23 de noviembre de 2026"; "2020-11" → "November 2020";
 * a year or any other text (e.g. "undated, ~2025") is shown as it is.
 */
export function formatDate(value: string, locale: UiLocale): string {
  const full = FULL.exec(value);
  if (full) {
    const ms = Date.UTC(Number(full[1]), Number(full[2]) - 1, Number(full[3]));
    return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(ms);
  }
  const month = MONTH.exec(value);
  if (month) {
    const ms = Date.UTC(Number(month[1]), Number(month[2]) - 1, 1);
    return new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'long', timeZone: 'UTC' }).format(ms);
  }
  return value;
}

export function formatNumber(n: number, locale: UiLocale): string {
  return new Intl.NumberFormat(locale).format(n);
}

export function formatList(items: string[], locale: UiLocale): string {
  return new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' }).format(items);
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

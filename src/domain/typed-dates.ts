/**
 * Dates as the person types them, and the checks on dates that must agree: only the pages'
 * checks use these (they load after the first question), so they are apart from partial-date.ts,
 * which the first question's code needs (docs/adr/0004-bundle-budget.md).
 */
import { completeYearsBetween, type DateOrder, formatIsoPartialDate, ISO_PARTIAL, isValidPartialDate, type PartialDate, partialDateBounds } from './partial-date';

/**
 * Why a typed date could not be read: not written as a date, a year out of range, no such day or
 * month; or, read day first, no such date but a real one month first ("12/23/2026", copied from a
 * notice in English).
 */
export type TypedDateProblem = 'format' | 'year' | 'no-such-date' | 'month-first';

/**
 * Reads what people type: "2019", "03/2019", "3/14/2019" (US order) or "14/3/2019" (day first,
 * common in Spanish), and ISO forms. Returns the ISO partial date, or why it could not.
 */
export function readTypedDate(input: string, order: DateOrder = 'mdy'): { iso: string } | { problem: TypedDateProblem } {
  const text = input.trim();
  let d: PartialDate | null = null;
  const iso = ISO_PARTIAL.exec(text);
  if (iso) {
    d = { year: Number(iso[1]), ...(iso[2] === undefined ? {} : { month: Number(iso[2]) }), ...(iso[3] === undefined ? {} : { day: Number(iso[3]) }) };
  } else {
    const parts = text.split(/[/.\-\s]+/).filter((p) => p !== '');
    if (parts.some((p) => !/^\d+$/.test(p))) return { problem: 'format' };
    if (parts.length === 1 && parts[0]!.length === 4) {
      d = { year: Number(parts[0]) };
    } else if (parts.length === 2 && parts[1]!.length === 4) {
      d = { year: Number(parts[1]), month: Number(parts[0]) };
    } else if (parts.length === 3 && parts[2]!.length === 4) {
      const [a, b] = [Number(parts[0]), Number(parts[1])];
      d = order === 'mdy' ? { year: Number(parts[2]), month: a, day: b } : { year: Number(parts[2]), month: b, day: a };
    }
  }
  if (!d) return { problem: 'format' };
  const value = formatIsoPartialDate(d);
  if (isValidPartialDate(value)) return { iso: value };
  if (d.year < 1900 || d.year > 2200) return { problem: 'year' };
  if (order === 'dmy' && d.day !== undefined) {
    const monthFirst = readTypedDate(text, 'mdy');
    if ('iso' in monthFirst) return { problem: 'month-first' };
  }
  return { problem: 'no-such-date' };
}

/** The ISO partial date of what was typed, or null when it cannot be read (see `readTypedDate`). */
export function parseTypedDate(input: string, order: DateOrder = 'mdy'): string | null {
  const read = readTypedDate(input, order);
  return 'iso' in read ? read.iso : null;
}

/**
 * The date, however much of it is known, surely comes after `asOf`: even its first possible day
 * does ("2027" on 2026-12-03; "2026-12" does not). A date that must be in the past and is not
 * was mistyped, most often its year.
 */
export function surelyAfter(value: string, asOf: string): boolean {
  const bounds = partialDateBounds(value);
  return bounds !== null && bounds.earliest > asOf;
}

/** Dates a person gave that cannot all be true: an arrival before birth, or an age at arrival older than the dates allow. */
export type DateDisagreement = 'entry-before-birth' | 'age-does-not-match';

/**
 * Checks the date of birth, the date of arrival in the U.S. and the age at arrival against each
 * other, each as far as it is known (a year alone counts as any day of it). The letter states all
 * three; if they cannot all be true, it would contradict itself (reference.md §11.4).
 */
export function datesDisagree(p: { dateOfBirth?: string; entryDate?: string; ageAtEntry?: number | 'unknown' }): DateDisagreement[] {
  const birth = p.dateOfBirth && p.dateOfBirth !== 'unknown' ? partialDateBounds(p.dateOfBirth) : null;
  const entry = p.entryDate && p.entryDate !== 'unknown' ? partialDateBounds(p.entryDate) : null;
  if (!birth || !entry) return [];
  if (entry.latest < birth.earliest) return ['entry-before-birth'];
  if (typeof p.ageAtEntry !== 'number') return [];
  // The age is asked for the first time the person came, the date for the last time: a younger age
  // is a first arrival before the last one. An older age than the person can have been on the last
  // arrival (given how much of each date is known) cannot be.
  const oldest = completeYearsBetween(birth.earliest, entry.latest) ?? Number.POSITIVE_INFINITY;
  return p.ageAtEntry > oldest ? ['age-does-not-match'] : [];
}

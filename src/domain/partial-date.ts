/**
 * Partial dates: people often know only the year, or the month and year, of an entry or an
 * arrest. Stored as ISO-like strings "YYYY", "YYYY-MM" or "YYYY-MM-DD".
 */

export interface PartialDate {
  year: number;
  month?: number;
  day?: number;
}

/** "YYYY", "YYYY-MM" or "YYYY-MM-DD", each part captured (not checked: see parseIsoPartialDate). */
export const ISO_PARTIAL = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function parseIsoPartialDate(value: string): PartialDate | null {
  const m = ISO_PARTIAL.exec(value);
  if (!m) return null;
  const year = Number(m[1]);
  if (year < 1900 || year > 2200) return null;
  if (m[2] === undefined) return { year };
  const month = Number(m[2]);
  if (month < 1 || month > 12) return null;
  if (m[3] === undefined) return { year, month };
  const day = Number(m[3]);
  if (day < 1 || day > daysInMonth(year, month)) return null;
  return { year, month, day };
}

export function isValidPartialDate(value: string): boolean {
  return parseIsoPartialDate(value) !== null;
}

export function formatIsoPartialDate(d: PartialDate): string {
  const y = String(d.year).padStart(4, '0');
  if (d.month === undefined) return y;
  const m = String(d.month).padStart(2, '0');
  if (d.day === undefined) return `${y}-${m}`;
  return `${y}-${m}-${String(d.day).padStart(2, '0')}`;
}

export type DateOrder = 'mdy' | 'dmy';

/**
 * Today as "YYYY-MM-DD" on the device's own calendar; the only place the domain reads the clock,
 * and only when asked. Not the UTC date: on a U.S. evening UTC is already tomorrow, which dated
 * the letter a day ahead and closed a 30-day appeal window on its last day.
 */
export function isoToday(now: Date = new Date()): string {
  return formatIsoPartialDate({ year: now.getFullYear(), month: now.getMonth() + 1, day: now.getDate() });
}

/**
 * Whole years that have surely passed between `from` and `to` (lower bound). A partial `from`
 * is taken at its latest possible day, so "2019" to "2021-06-01" counts 1 year, not 2: the
 * product must never overstate presence (the two-year line matters for expedited removal).
 */
export function completeYearsBetween(from: string, to: string): number | null {
  const a = parseIsoPartialDate(from);
  const b = parseIsoPartialDate(to);
  if (!a || !b) return null;
  const aMonth = a.month ?? 12;
  const aDay = a.day ?? daysInMonth(a.year, aMonth);
  const bMonth = b.month ?? 1;
  const bDay = b.day ?? 1;
  let years = b.year - a.year;
  if (bMonth < aMonth || (bMonth === aMonth && bDay < aDay)) years -= 1;
  return years;
}

/** Compare on the earliest possible day of each; used only to sort. */
export function comparePartialDates(a: string, b: string): number {
  const pa = parseIsoPartialDate(a);
  const pb = parseIsoPartialDate(b);
  if (!pa || !pb) return 0;
  return (
    pa.year - pb.year || (pa.month ?? 1) - (pb.month ?? 1) || (pa.day ?? 1) - (pb.day ?? 1)
  );
}

const MONTHS = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
];

/** U.S. English form used in the letter: "March 14, 2019", "March 2019", "2019". */
export function formatPartialDateUsEnglish(value: string): string {
  const d = parseIsoPartialDate(value);
  if (!d) return value;
  if (d.month === undefined) return String(d.year);
  const month = MONTHS[d.month - 1]!;
  if (d.day === undefined) return `${month} ${d.year}`;
  return `${month} ${d.day}, ${d.year}`;
}

/**
 * A date after its preposition in a sentence: "on March 14, 2019", but "in March 2019" and
 * "in 2019" for a month or a year alone ("born on 1990" is not English).
 */
export function onPartialDateUsEnglish(value: string): string {
  const d = parseIsoPartialDate(value);
  return `${d && d.day === undefined ? 'in' : 'on'} ${formatPartialDateUsEnglish(value)}`;
}

/** The earliest and the latest day a partial date can mean, as "YYYY-MM-DD" ("2019-03" → 03-01 … 03-31). */
export function partialDateBounds(value: string): { earliest: string; latest: string } | null {
  const d = parseIsoPartialDate(value);
  if (!d) return null;
  const first = { year: d.year, month: d.month ?? 1, day: d.day ?? 1 };
  const lastMonth = d.month ?? 12;
  const last = { year: d.year, month: lastMonth, day: d.day ?? daysInMonth(d.year, lastMonth) };
  return { earliest: formatIsoPartialDate(first), latest: formatIsoPartialDate(last) };
}

function utcDay(iso: string): number {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return Date.UTC(y, m - 1, d) / 86_400_000;
}

/** Whole days from one full date to another (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round(utcDay(to) - utcDay(from));
}

/** A full date plus a number of days, as "YYYY-MM-DD". */
export function addDays(iso: string, days: number): string {
  return new Date((utcDay(iso) + days) * 86_400_000).toISOString().slice(0, 10);
}


/**
 * A calendar file (.ics, RFC 5545) for the next hearing, made on the device. An all-day event
 * (the app never asks the hour) with two reminders, a week and a day before.
 *
 * Privacy: the file ends up in calendars that sync to other devices and accounts, show on lock
 * screens and may be shared with family. So the title is neutral ("Appointment", in the person's
 * language), and the file holds no court, no name, no A-number and no place: the person knows
 * what the appointment is, and anyone else who sees it learns nothing.
 */
import type { CaseData } from './case-schema';
import { addDays } from './partial-date';

const FULL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The next hearing's date, when it is a full date from `asOf` on; null otherwise (a month, unknown, or past). */
export function hearingForCalendar(c: CaseData, asOf: string): string | null {
  const date = c.posture.nextHearingDate;
  if (!date || !FULL_DATE.test(date) || date < asOf) return null;
  return date;
}

/** TEXT value escaping (RFC 5545 §3.3.11). */
function escapeText(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');
}

/** UTF-8 bytes of one code point (the domain runs without DOM types, so no TextEncoder). */
function utf8Length(cp: number): number {
  return cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
}

/** Lines of at most 75 octets, continued with CRLF and a space (§3.1), never splitting a character. */
function fold(line: string): string {
  const out: string[] = [];
  let current = '';
  let size = 0;
  for (const ch of line) {
    const n = utf8Length(ch.codePointAt(0)!);
    const limit = out.length === 0 ? 75 : 74;
    if (size + n > limit) {
      out.push(current);
      current = '';
      size = 0;
    }
    current += ch;
    size += n;
  }
  out.push(current);
  return out.join('\r\n ');
}

const basic = (iso: string) => iso.replace(/-/g, '');

/** "20261130T171500Z" */
function utcStamp(now: Date): string {
  return now.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
}

export interface CalendarWords {
  /** The event's title: neutral ("Appointment"). */
  title: string;
  /** What the reminders say (neutral too). */
  reminder: string;
}

/** The .ics text for an all-day event on `date` (YYYY-MM-DD), with reminders 7 days and 1 day before. */
export function calendarFile(date: string, words: CalendarWords, now: Date = new Date()): string {
  const alarm = (trigger: string) => ['BEGIN:VALARM', 'ACTION:DISPLAY', `DESCRIPTION:${escapeText(words.reminder)}`, `TRIGGER:${trigger}`, 'END:VALARM'];
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//PD Helper//Calendar//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    'BEGIN:VEVENT',
    // The same date gives the same UID: importing again updates the event instead of adding one.
    `UID:appointment-${basic(date)}@pd-helper.invalid`,
    `DTSTAMP:${utcStamp(now)}`,
    `DTSTART;VALUE=DATE:${basic(date)}`,
    `DTEND;VALUE=DATE:${basic(addDays(date, 1))}`,
    `SUMMARY:${escapeText(words.title)}`,
    'TRANSP:TRANSPARENT',
    ...alarm('-P7D'),
    ...alarm('-P1D'),
    'END:VEVENT',
    'END:VCALENDAR',
  ];
  return `${lines.map(fold).join('\r\n')}\r\n`;
}

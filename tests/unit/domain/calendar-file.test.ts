import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { calendarFile, caseDataSchema, hearingForCalendar } from '../../../src/domain';

const words = { title: 'Appointment', reminder: 'Appointment soon' };
const NOW = new Date('2026-11-30T17:15:00.000Z');

function parse(text: string) {
  const cal = new ICAL.Component(ICAL.parse(text));
  const vevent = cal.getFirstSubcomponent('vevent')!;
  return { cal, vevent, event: new ICAL.Event(vevent) };
}

describe('calendar file for the next hearing', () => {
  it('is a valid iCalendar all-day event with reminders a week and a day before', () => {
    const text = calendarFile('2027-02-15', words, NOW);
    const { cal, vevent, event } = parse(text);
    expect(cal.getFirstPropertyValue('version')).toBe('2.0');
    expect(event.summary).toBe('Appointment');
    expect(event.startDate.isDate).toBe(true);
    expect(event.startDate.toString()).toBe('2027-02-15');
    expect(event.endDate.toString()).toBe('2027-02-16');
    expect(event.uid).toBe('appointment-20270215@pd-helper.invalid');
    expect(vevent.getFirstPropertyValue('dtstamp')!.toString()).toBe('2026-11-30T17:15:00Z');
    const alarms = vevent.getAllSubcomponents('valarm');
    expect(alarms.map((a) => a.getFirstPropertyValue('trigger')!.toString())).toEqual(['-P7D', '-P1D']);
    expect(alarms.map((a) => a.getFirstPropertyValue('action'))).toEqual(['DISPLAY', 'DISPLAY']);
    expect(alarms.map((a) => a.getFirstPropertyValue('description'))).toEqual(['Appointment soon', 'Appointment soon']);
    // CRLF line ends, as RFC 5545 asks.
    expect(text.split('\r\n').every((l) => !l.includes('\n'))).toBe(true);
  });

  it('says nothing about court or immigration, and holds no place, name or number', () => {
    const text = calendarFile('2027-02-15', words, NOW);
    expect(text).not.toMatch(/court|immigra|ICE|LOCATION|DESCRIPTION:(?!Appointment soon)|A-?\d/i);
  });

  it('escapes and folds long or special titles (Spanish words, commas), and parses back to the same text', () => {
    const long = { title: 'Cita, importante; señal\\ 📅 '.repeat(5).trim(), reminder: 'Cita pronto' };
    const text = calendarFile('2027-02-15', long, NOW);
    for (const l of text.split('\r\n')) expect(new TextEncoder().encode(l).length).toBeLessThanOrEqual(75);
    expect(parse(text).event.summary).toBe(long.title);
  });

  it('is offered only for a full hearing date from today on', () => {
    const withDate = (nextHearingDate: string) => caseDataSchema.parse({ posture: { nextHearingDate } });
    expect(hearingForCalendar(withDate('2027-02-15'), '2026-11-30')).toBe('2027-02-15');
    expect(hearingForCalendar(withDate('2026-11-30'), '2026-11-30')).toBe('2026-11-30');
    expect(hearingForCalendar(withDate('2026-11-29'), '2026-11-30')).toBeNull();
    expect(hearingForCalendar(withDate('2027-02'), '2026-11-30')).toBeNull();
    expect(hearingForCalendar(withDate('unknown'), '2026-11-30')).toBeNull();
    expect(hearingForCalendar(caseDataSchema.parse({}), '2026-11-30')).toBeNull();
  });
});

// @vitest-environment jsdom
/**
 * The calendar file on the after-sending page: offered for a full hearing date from today on,
 * saved with a neutral name and title in the page's language, parsed back with ical.js.
 */
import { fireEvent, screen } from '@testing-library/react';
import ICAL from 'ical.js';
import { beforeEach, describe, expect, it } from 'vitest';
import { addDays, isoToday } from '../../src/domain';
import { inCourtBaseline, walk } from '../unit/domain/walk';
import { renderApp } from './render-app';
import { startEachTestAfresh } from './support/fresh-page';
import { captureSavedFiles, type SavedFile } from './support/saved-files';

/** What the page saved: each file's name and bytes. */
const saved: SavedFile[] = [];

startEachTestAfresh();
beforeEach(() => captureSavedFiles(saved));

const withHearing = (date: string) => walk({ ...inCourtBaseline, 'posture.nextHearingDate': date }).c;

describe('the calendar file for the next hearing', () => {
  it.each([
    ['en', 'Download the calendar file (.ics)', 'Appointment'],
    ['es', 'Descargar el archivo de calendario (.ics)', 'Cita'],
  ] as const)('saves a neutral all-day event with two reminders (%s)', async (lang, button, title) => {
    const date = addDays(isoToday(), 40);
    await renderApp('/after-sending', withHearing(date), lang);
    fireEvent.click(await screen.findByRole('button', { name: button }));
    expect(saved.map((f) => f.name)).toEqual([`appointment-${date}.ics`]);
    expect(saved[0]!.blob.type).toBe('text/calendar;charset=utf-8');
    const event = new ICAL.Event(new ICAL.Component(ICAL.parse(await saved[0]!.blob.text())).getFirstSubcomponent('vevent')!);
    expect(event.summary).toBe(title);
    expect(event.startDate.toString()).toBe(date);
    expect(event.component.getAllSubcomponents('valarm').map((a) => a.getFirstPropertyValue('trigger')!.toString())).toEqual(['-P7D', '-P1D']);
    expect(screen.getByText(`${lang === 'en' ? 'Saved as' : 'Se guardó como'} appointment-${date}.ics`, { exact: false })).toBeTruthy();
  });

  it('is not offered when only the month of the hearing is known (a past date: see the domain test)', async () => {
    await renderApp('/after-sending', withHearing(addDays(isoToday(), 40).slice(0, 7)));
    expect(await screen.findByRole('heading', { level: 1, name: 'After you send your request' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Download the calendar file (.ics)' })).toBeNull();
  });
});

/**
 * A date that must have happened (a birth, an arrival in the U.S., an order, a decision, an earlier
 * request, an arrest) is refused when it comes after today, with a message that says to check the
 * month and the year: otherwise a mistyped year went into the letter ("I came to the United
 * States in 2062") and the checks (an appeal window, two years in the U.S.). A hearing date is
 * not refused: one that has passed is asked about.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { type FieldPath, surelyAfter } from '../../src/domain';
import { fieldFormSchema } from '../../src/ui/form/field-forms';
import { fieldWidgets } from '../../src/ui/form/field-specs';
import { issues, typed } from '../fixtures/field-form-issues';

describe('surelyAfter', () => {
  it('is true only when even the first day the date can mean is after the given day', () => {
    expect(surelyAfter('2027', '2026-12-03')).toBe(true);
    expect(surelyAfter('2026-12-04', '2026-12-03')).toBe(true);
    expect(surelyAfter('2027-01', '2026-12-03')).toBe(true);
    expect(surelyAfter('2026', '2026-12-03')).toBe(false);
    expect(surelyAfter('2026-12', '2026-12-03')).toBe(false);
    expect(surelyAfter('2026-12-03', '2026-12-03')).toBe(false);
    expect(surelyAfter('2019-03-14', '2026-12-03')).toBe(false);
    expect(surelyAfter('not a date', '2026-12-03')).toBe(false);
  });
});

describe('a date that must be in the past', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] });
    // Noon on December 3, 2026, on the device's calendar.
    vi.setSystemTime(new Date(2026, 11, 3, 12));
  });
  afterEach(() => vi.useRealTimers());

  const past: FieldPath[] = ['person.dateOfBirth', 'posture.finalOrderDate', 'posture.decisionDate', 'history.entryDate', 'history.priorPdDate'];

  it('is every date question but the next hearing', () => {
    const dates = Object.entries(fieldWidgets).filter(([, w]) => w.kind === 'date');
    expect(dates.filter(([, w]) => w.kind === 'date' && w.past).map(([p]) => p).sort()).toEqual([...past].sort());
    expect(dates.filter(([, w]) => w.kind === 'date' && !w.past).map(([p]) => p)).toEqual(['posture.nextHearingDate']);
  });

  it.each(past)('%s: refused after today, kept up to today, the year alone and this month included', (path) => {
    expect(issues(path, typed('12/04/2026'))).toEqual([['future-date', '']]);
    expect(issues(path, typed('01/2027'))).toEqual([['future-date', '']]);
    expect(issues(path, typed('2062'))).toEqual([['future-date', '']]);
    for (const ok of ['12/03/2026', '12/2026', '2026', '03/14/2019']) expect(issues(path, typed(ok))).toEqual([]);
    expect(issues(path, { text: '', unknown: true })).toEqual([]);
    // A date that cannot be read keeps its own message.
    expect(issues(path, typed('02/31/2020'))).toEqual([['no-such-date', '']]);
    expect(issues(path, typed('last spring'))).toEqual([['date', '']]);
  });

  it('takes today when the page is checked, not when its rules were made', () => {
    const schema = fieldFormSchema('history.entryDate', 'mdy');
    expect(schema.safeParse(typed('12/04/2026')).success).toBe(false);
    vi.setSystemTime(new Date(2026, 11, 4, 0, 5));
    expect(schema.safeParse(typed('12/04/2026')).success).toBe(true);
  });

  it('is not asked of the next hearing, which may have passed or be ahead', () => {
    expect(issues('posture.nextHearingDate', typed('2027'))).toEqual([]);
    expect(issues('posture.nextHearingDate', typed('03/14/2019'))).toEqual([]);
  });

  it('refuses an arrest or a case after today at its row, with its own message', () => {
    const row = (date: string, kind = 'dui') => ({ kind, date: typed(date), outcome: 'convicted' });
    expect(issues('criminal.records', [row('03/2019'), row('06/2027')])).toEqual([['record-row-future', '1']]);
    expect(issues('criminal.records', [row('12/2026')])).toEqual([]);
    // A row with something else missing says what is missing first.
    expect(issues('criminal.records', [row('06/2027', '')])).toEqual([['record-row', '0']]);
    expect(issues('criminal.records', [row('')])).toEqual([['record-row', '0']]);
    // A date typed that cannot be read: the row says so, not that a choice is missing.
    expect(issues('criminal.records', [row('02/31/2020'), row('sometime')])).toEqual([['record-row-date', '0'], ['record-row-date', '1']]);
  });
});

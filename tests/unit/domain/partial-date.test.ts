import { afterEach, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  comparePartialDates,
  completeYearsBetween,
  formatIsoPartialDate,
  formatPartialDateUsEnglish,
  isValidPartialDate,
  isoToday,
  parseIsoPartialDate,
  parseTypedDate,
  readTypedDate,
  type DateOrder,
} from '../../../src/domain';

describe('parseIsoPartialDate', () => {
  it('reads a year, a month and a full date', () => {
    expect(parseIsoPartialDate('2019')).toEqual({ year: 2019 });
    expect(parseIsoPartialDate('2019-03')).toEqual({ year: 2019, month: 3 });
    expect(parseIsoPartialDate('2019-03-14')).toEqual({ year: 2019, month: 3, day: 14 });
  });

  it('does not add month or day keys that were not given', () => {
    expect(Object.keys(parseIsoPartialDate('2019')!)).toEqual(['year']);
    expect(Object.keys(parseIsoPartialDate('2019-03')!)).toEqual(['year', 'month']);
  });

  it('accepts Feb 29 only in leap years (including the century rules)', () => {
    expect(parseIsoPartialDate('2020-02-29')).toEqual({ year: 2020, month: 2, day: 29 });
    expect(parseIsoPartialDate('2000-02-29')).toEqual({ year: 2000, month: 2, day: 29 });
    expect(parseIsoPartialDate('2019-02-29')).toBeNull();
    expect(parseIsoPartialDate('1900-02-29')).toBeNull();
    expect(parseIsoPartialDate('2100-02-29')).toBeNull();
    expect(parseIsoPartialDate('2020-02-30')).toBeNull();
  });

  it('refuses month 0 and 13, day 0 and 32, and the 31st of a 30-day month', () => {
    expect(parseIsoPartialDate('2019-13')).toBeNull();
    expect(parseIsoPartialDate('2019-00')).toBeNull();
    expect(parseIsoPartialDate('2019-13-01')).toBeNull();
    expect(parseIsoPartialDate('2019-01-32')).toBeNull();
    expect(parseIsoPartialDate('2019-01-00')).toBeNull();
    expect(parseIsoPartialDate('2019-04-31')).toBeNull();
    expect(parseIsoPartialDate('2019-01-31')).toEqual({ year: 2019, month: 1, day: 31 });
    expect(parseIsoPartialDate('2019-12-31')).toEqual({ year: 2019, month: 12, day: 31 });
  });

  it('keeps the year between 1900 and 2200 inclusive', () => {
    expect(parseIsoPartialDate('1899')).toBeNull();
    expect(parseIsoPartialDate('1899-12-31')).toBeNull();
    expect(parseIsoPartialDate('1900')).toEqual({ year: 1900 });
    expect(parseIsoPartialDate('2200-12-31')).toEqual({ year: 2200, month: 12, day: 31 });
    expect(parseIsoPartialDate('2201')).toBeNull();
    expect(parseIsoPartialDate('0000')).toBeNull();
  });

  it('refuses anything that is not strictly YYYY, YYYY-MM or YYYY-MM-DD', () => {
    for (const bad of ['', '19', '20190', '2019-3', '2019-03-1', '2019/03/14', ' 2019', '2019 ', '2019-03-14T00:00', 'abcd', '２０１９']) {
      expect(parseIsoPartialDate(bad), bad).toBeNull();
      expect(isValidPartialDate(bad), bad).toBe(false);
    }
  });

  it('round-trips with formatIsoPartialDate for every valid date', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2200-12-31T00:00:00Z'), noInvalidDate: true }),
        fc.integer({ min: 1, max: 3 }),
        (date, precision) => {
          const iso = date.toISOString().slice(0, precision === 1 ? 4 : precision === 2 ? 7 : 10);
          const parsed = parseIsoPartialDate(iso);
          expect(parsed).not.toBeNull();
          expect(formatIsoPartialDate(parsed!)).toBe(iso);
        },
      ),
    );
  });
});

describe('formatIsoPartialDate', () => {
  it('pads month and day', () => {
    expect(formatIsoPartialDate({ year: 2019 })).toBe('2019');
    expect(formatIsoPartialDate({ year: 2019, month: 3 })).toBe('2019-03');
    expect(formatIsoPartialDate({ year: 2019, month: 3, day: 4 })).toBe('2019-03-04');
  });
});

describe('parseTypedDate', () => {
  it('reads a year alone', () => {
    expect(parseTypedDate('2019')).toBe('2019');
    expect(parseTypedDate('  2019  ')).toBe('2019');
  });

  it('reads month/year with or without a leading zero', () => {
    expect(parseTypedDate('03/2019')).toBe('2019-03');
    expect(parseTypedDate('3/2019')).toBe('2019-03');
    expect(parseTypedDate('12/2019')).toBe('2019-12');
    expect(parseTypedDate('3-2019')).toBe('2019-03');
    expect(parseTypedDate('3.2019')).toBe('2019-03');
    expect(parseTypedDate('3 / 2019')).toBe('2019-03');
  });

  it('reads month/day/year by default (US order)', () => {
    expect(parseTypedDate('3/14/2019')).toBe('2019-03-14');
    expect(parseTypedDate('03/04/2019')).toBe('2019-03-04');
    expect(parseTypedDate('3/4/2019', 'mdy')).toBe('2019-03-04');
  });

  it("reads day/month/year with 'dmy' (common in Spanish)", () => {
    expect(parseTypedDate('14/3/2019', 'dmy')).toBe('2019-03-14');
    expect(parseTypedDate('3/4/2019', 'dmy')).toBe('2019-04-03');
    expect(parseTypedDate('14.03.2019', 'dmy')).toBe('2019-03-14');
  });

  it('refuses a day-first date in US order and a month-first date in dmy order when the other number is above 12', () => {
    expect(parseTypedDate('14/3/2019')).toBeNull();
    expect(parseTypedDate('3/14/2019', 'dmy')).toBeNull();
  });

  it('passes valid ISO forms through and refuses invalid ones', () => {
    expect(parseTypedDate('2019-03')).toBe('2019-03');
    expect(parseTypedDate('2019-03-14')).toBe('2019-03-14');
    expect(parseTypedDate(' 2019-03-14 ')).toBe('2019-03-14');
    expect(parseTypedDate('2019-13')).toBeNull();
    expect(parseTypedDate('2019-02-29')).toBeNull();
  });

  it('refuses garbage, empty input, invalid months and days', () => {
    expect(parseTypedDate('abc')).toBeNull();
    expect(parseTypedDate('')).toBeNull();
    expect(parseTypedDate('   ')).toBeNull();
    expect(parseTypedDate('13/2019')).toBeNull();
    expect(parseTypedDate('0/2019')).toBeNull();
    expect(parseTypedDate('2/30/2019')).toBeNull();
    expect(parseTypedDate('2/29/2019')).toBeNull();
    expect(parseTypedDate('2/29/2020')).toBe('2020-02-29');
    expect(parseTypedDate('March 2019')).toBeNull();
    expect(parseTypedDate('3/14/19')).toBeNull();
    expect(parseTypedDate('19')).toBeNull();
    expect(parseTypedDate('1/2/3/2019')).toBeNull();
    expect(parseTypedDate('3/1899')).toBeNull();
  });

  it('only ever returns null or a valid ISO partial date', () => {
    fc.assert(
      fc.property(fc.string(), fc.constantFrom<'mdy' | 'dmy'>('mdy', 'dmy'), (s, order) => {
        const out = parseTypedDate(s, order);
        expect(out === null || isValidPartialDate(out)).toBe(true);
      }),
    );
  });
});

describe('completeYearsBetween', () => {
  it('takes a year-only "from" at its last day, so it never overstates', () => {
    expect(completeYearsBetween('2019', '2021-06-01')).toBe(1);
    expect(completeYearsBetween('2019', '2021-12-30')).toBe(1);
    expect(completeYearsBetween('2019', '2021-12-31')).toBe(2);
  });

  it('takes a month-only "from" at the last day of that month', () => {
    expect(completeYearsBetween('2019-05', '2021-05-30')).toBe(1);
    expect(completeYearsBetween('2019-05', '2021-05-31')).toBe(2);
    expect(completeYearsBetween('2020-02', '2022-02-28')).toBe(1);
    expect(completeYearsBetween('2020-02', '2022-03-01')).toBe(2);
  });

  it('counts a full year on the anniversary itself, not the day before', () => {
    expect(completeYearsBetween('2019-05-10', '2021-05-09')).toBe(1);
    expect(completeYearsBetween('2019-05-10', '2021-05-10')).toBe(2);
    expect(completeYearsBetween('2019-05-10', '2021-05-11')).toBe(2);
    expect(completeYearsBetween('2019-05-10', '2019-05-10')).toBe(0);
  });

  it('takes a partial "to" at its first day', () => {
    expect(completeYearsBetween('2019-01-01', '2021')).toBe(2);
    expect(completeYearsBetween('2019-01-02', '2021')).toBe(1);
    expect(completeYearsBetween('2019-06-01', '2021-06')).toBe(2);
    expect(completeYearsBetween('2019-06-02', '2021-06')).toBe(1);
  });

  it('handles a Feb 29 start', () => {
    expect(completeYearsBetween('2020-02-29', '2021-02-28')).toBe(0);
    expect(completeYearsBetween('2020-02-29', '2021-03-01')).toBe(1);
    expect(completeYearsBetween('2020-02-29', '2024-02-29')).toBe(4);
  });

  it('returns null for invalid or unknown dates', () => {
    expect(completeYearsBetween('unknown', '2021-01-01')).toBeNull();
    expect(completeYearsBetween('2019', 'unknown')).toBeNull();
    expect(completeYearsBetween('2019-13', '2021-01-01')).toBeNull();
  });

  it('never counts more than the exact years between the earliest possible start and the end', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('1950-01-01T00:00:00Z'), max: new Date('2100-12-31T00:00:00Z'), noInvalidDate: true }),
        fc.date({ min: new Date('1950-01-01T00:00:00Z'), max: new Date('2100-12-31T00:00:00Z'), noInvalidDate: true }),
        fc.constantFrom(4, 7, 10),
        (from, to, len) => {
          const full = from.toISOString().slice(0, 10);
          const partial = full.slice(0, len);
          const end = to.toISOString().slice(0, 10);
          const fromPartial = completeYearsBetween(partial, end)!;
          const fromFull = completeYearsBetween(full, end)!;
          // The partial date contains the full one, and is taken at its latest day.
          expect(fromPartial).toBeLessThanOrEqual(fromFull);
        },
      ),
    );
  });
});

describe('comparePartialDates', () => {
  it('compares on the earliest possible day of each', () => {
    expect(comparePartialDates('2019', '2019-01-01')).toBe(0);
    expect(comparePartialDates('2019-03', '2019-03-01')).toBe(0);
    expect(comparePartialDates('2019-03', '2019-03-02')).toBeLessThan(0);
    expect(comparePartialDates('2019-12-31', '2020')).toBeLessThan(0);
    expect(comparePartialDates('2020', '2019-12-31')).toBeGreaterThan(0);
    expect(comparePartialDates('2019-04', '2019-03-31')).toBeGreaterThan(0);
  });

  it('treats an invalid date as equal (0) so sorting never throws', () => {
    expect(comparePartialDates('unknown', '2019')).toBe(0);
    expect(comparePartialDates('2019', 'garbage')).toBe(0);
  });

  it('sorts a list chronologically', () => {
    const dates = ['2021-02', '2019', '2019-03-14', '2020-12-31', '2019-03'];
    expect([...dates].sort(comparePartialDates)).toEqual(['2019', '2019-03', '2019-03-14', '2020-12-31', '2021-02']);
  });
});

describe('formatPartialDateUsEnglish', () => {
  it('writes the U.S. English form at each precision', () => {
    expect(formatPartialDateUsEnglish('2019-03-14')).toBe('March 14, 2019');
    expect(formatPartialDateUsEnglish('2019-01-05')).toBe('January 5, 2019');
    expect(formatPartialDateUsEnglish('2019-12')).toBe('December 2019');
    expect(formatPartialDateUsEnglish('2019-03')).toBe('March 2019');
    expect(formatPartialDateUsEnglish('2019')).toBe('2019');
  });

  it('returns an invalid value unchanged', () => {
    expect(formatPartialDateUsEnglish('unknown')).toBe('unknown');
    expect(formatPartialDateUsEnglish('2019-13')).toBe('2019-13');
  });
});

describe('isoToday', () => {
  const zoneBefore = process.env.TZ;
  afterEach(() => {
    if (zoneBefore === undefined) delete process.env.TZ;
    else process.env.TZ = zoneBefore;
  });

  it('is the calendar day where the device is, not in UTC', () => {
    // 7 pm on December 3 in Los Angeles is already December 4 in UTC.
    process.env.TZ = 'America/Los_Angeles';
    expect(isoToday(new Date('2026-12-04T03:00:00Z'))).toBe('2026-12-03');
    expect(isoToday(new Date('2026-12-04T07:59:59.999Z'))).toBe('2026-12-03');
    expect(isoToday(new Date('2026-12-04T08:00:00Z'))).toBe('2026-12-04');
    process.env.TZ = 'Pacific/Guam';
    expect(isoToday(new Date('2026-12-03T14:00:00Z'))).toBe('2026-12-04');
    process.env.TZ = 'UTC';
    expect(isoToday(new Date('2026-11-23T23:59:59.999Z'))).toBe('2026-11-23');
    expect(isoToday(new Date('2026-11-24T00:00:00.000Z'))).toBe('2026-11-24');
  });

  it('pads the month and the day', () => {
    expect(isoToday(new Date(2027, 0, 5, 12))).toBe('2027-01-05');
  });
});

describe('readTypedDate', () => {
  it('says why a typed date cannot be read: not a date, a year out of range, or no such day or month', () => {
    expect(readTypedDate('03/14/2019', 'mdy')).toEqual({ iso: '2019-03-14' });
    expect(readTypedDate('14/03/2019', 'dmy')).toEqual({ iso: '2019-03-14' });
    expect(readTypedDate('last spring', 'mdy')).toEqual({ problem: 'format' });
    expect(readTypedDate('3/14/19', 'mdy')).toEqual({ problem: 'format' });
    expect(readTypedDate('', 'mdy')).toEqual({ problem: 'format' });
    expect(readTypedDate('02/31/2020', 'mdy')).toEqual({ problem: 'no-such-date' });
    expect(readTypedDate('31/02/2020', 'dmy')).toEqual({ problem: 'no-such-date' });
    // Day first, a date that is only real month first was copied from an English notice: said so.
    expect(readTypedDate('12/23/2026', 'dmy')).toEqual({ problem: 'month-first' });
    expect(readTypedDate('12/23/2026', 'mdy')).toEqual({ iso: '2026-12-23' });
    expect(readTypedDate('02/30/2026', 'dmy')).toEqual({ problem: 'no-such-date' });
    expect(readTypedDate('12/23/1850', 'dmy')).toEqual({ problem: 'year' });
    expect(readTypedDate('13/2019', 'mdy')).toEqual({ problem: 'no-such-date' });
    expect(readTypedDate('00/2019', 'mdy')).toEqual({ problem: 'no-such-date' });
    expect(readTypedDate('2019-02-30', 'mdy')).toEqual({ problem: 'no-such-date' });
    expect(readTypedDate('1899', 'mdy')).toEqual({ problem: 'year' });
    expect(readTypedDate('03/14/0019', 'mdy')).toEqual({ problem: 'year' });
  });

  it('gives a valid date or a reason, for anything typed, and reads back any date written the usual way', () => {
    fc.assert(fc.property(fc.string(), fc.constantFrom<DateOrder>('mdy', 'dmy'), (text, order) => {
      const read = readTypedDate(text, order);
      if ('iso' in read) expect(isValidPartialDate(read.iso)).toBe(true);
      else expect(['format', 'year', 'no-such-date']).toContain(read.problem);
    }));
    const day = fc.date({ min: new Date(Date.UTC(1900, 0, 1)), max: new Date(Date.UTC(2200, 11, 31)), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
    fc.assert(fc.property(day, fc.constantFrom<DateOrder>('mdy', 'dmy'), (iso, order) => {
      const [y, m, d] = iso.split('-');
      expect(readTypedDate(order === 'mdy' ? `${m}/${d}/${y}` : `${d}/${m}/${y}`, order)).toEqual({ iso });
      expect(readTypedDate(`${m}/${y}`, order)).toEqual({ iso: iso.slice(0, 7) });
    }));
  });
});

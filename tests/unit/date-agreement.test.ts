/**
 * The date of birth, the date of arrival in the U.S. and the age at arrival, checked against each
 * other: the letter states all three, and a person who typed one wrong ("1990" for "2009") got a
 * letter that contradicted itself ("born on March 15, 1994 … came in 1990, at the age of 10").
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { datesDisagree, emptyCase, setField, type CaseData, findStep } from '../../src/domain';
import { DATE_FIELDS, withDatesChecked } from '../../src/features/wizard/step-form-rules';
import { enQuestions, esQuestions } from '../fixtures/question-strings';

describe('datesDisagree', () => {
  it('finds an arrival before birth, however much of each date is known', () => {
    expect(datesDisagree({ dateOfBirth: '1994-03-15', entryDate: '1990' })).toEqual(['entry-before-birth']);
    expect(datesDisagree({ dateOfBirth: '1994-03-15', entryDate: '1994-03-14' })).toEqual(['entry-before-birth']);
    expect(datesDisagree({ dateOfBirth: '1994-03-15', entryDate: '1994-03' })).toEqual([]);
    expect(datesDisagree({ dateOfBirth: '1994', entryDate: '1994-01' })).toEqual([]);
    expect(datesDisagree({ dateOfBirth: 'unknown', entryDate: '1990' })).toEqual([]);
    expect(datesDisagree({ entryDate: '1990', ageAtEntry: 10 })).toEqual([]);
  });

  it('finds an age at arrival older than the two dates allow, and accepts each age they allow', () => {
    expect(datesDisagree({ dateOfBirth: '1994', entryDate: '2018-06', ageAtEntry: 40 })).toEqual(['age-does-not-match']);
    expect(datesDisagree({ dateOfBirth: '1994', entryDate: '2018-06', ageAtEntry: 25 })).toEqual(['age-does-not-match']);
    expect(datesDisagree({ dateOfBirth: '1994', entryDate: '2018-06', ageAtEntry: 24 })).toEqual([]);
    expect(datesDisagree({ dateOfBirth: '1994', entryDate: '2018-06', ageAtEntry: 23 })).toEqual([]);
    expect(datesDisagree({ dateOfBirth: '1994-03-15', entryDate: '2004-03-14', ageAtEntry: 9 })).toEqual([]);
    expect(datesDisagree({ dateOfBirth: '1994-03-15', entryDate: '2004-03-14', ageAtEntry: 10 })).toEqual(['age-does-not-match']);
    expect(datesDisagree({ dateOfBirth: '1994-03-15', entryDate: '2004-03-15', ageAtEntry: 10 })).toEqual([]);
    // The age is asked for the first arrival, the date for the last: a younger age is an earlier first arrival.
    expect(datesDisagree({ dateOfBirth: '1994', entryDate: '2018-06', ageAtEntry: 9 })).toEqual([]);
    expect(datesDisagree({ dateOfBirth: '1994-03-15', entryDate: '1994-05', ageAtEntry: 0 })).toEqual([]);
    expect(datesDisagree({ dateOfBirth: '1994-03-15', entryDate: '2004', ageAtEntry: 'unknown' })).toEqual([]);
  });

  it('never finds a disagreement in dates that are true together', () => {
    const day = fc.date({ min: new Date(Date.UTC(1920, 0, 1)), max: new Date(Date.UTC(2026, 0, 1)), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
    // How much of a date a person may know: the year, the month, or the day.
    const cut = (iso: string, k: number) => iso.slice(0, [4, 7, 10][k]!);
    fc.assert(fc.property(day, day, fc.nat(2), fc.nat(2), (a, b, ka, kb) => {
      const [birth, entry] = a <= b ? [a, b] : [b, a];
      const [by, bm, bd] = birth.split('-').map(Number) as [number, number, number];
      const [ey, em, ed] = entry.split('-').map(Number) as [number, number, number];
      const age = ey - by - (em < bm || (em === bm && ed < bd) ? 1 : 0);
      expect(datesDisagree({ dateOfBirth: cut(birth, ka), entryDate: cut(entry, kb), ageAtEntry: age })).toEqual([]);
    }));
  });
});

describe('the page checks (withDatesChecked)', () => {
  const ok = (values: Record<string, Record<string, unknown>>) => ({ values, errors: {} });
  const saved = (answers: Record<string, unknown>): CaseData =>
    Object.entries(answers).reduce((c, [path, v]) => setField(c, path as never, v), emptyCase());

  it('puts a disagreement at the question on this page, against the answers saved from the other page', () => {
    const entryStep = findStep('entry-date')!;
    const withBirth = saved({ 'person.dateOfBirth': '1994-03-15' });
    expect(withDatesChecked(entryStep, ok({ history: { entryDate: '1990', ageAtEntry: 10 } }), withBirth).errors)
      .toEqual({ history: { entryDate: { type: 'custom', message: 'entry-before-birth' } } });
    expect(withDatesChecked(entryStep, ok({ history: { entryDate: '2018-06', ageAtEntry: 40 } }), withBirth).errors)
      .toEqual({ history: { ageAtEntry: { type: 'custom', message: 'age-does-not-match' } } });
    const fine = ok({ history: { entryDate: '2018-06', ageAtEntry: 24 } });
    expect(withDatesChecked(entryStep, fine, withBirth)).toBe(fine);
    // No date of birth yet (it is asked later): nothing to check against.
    expect(withDatesChecked(entryStep, ok({ history: { entryDate: '1990', ageAtEntry: 10 } }), emptyCase()).errors).toEqual({});

    const aboutYou = findStep('personal-details')!;
    expect(aboutYou.fields.map((f) => f.path)).toContain('person.dateOfBirth');
    const withEntry = saved({ 'history.entryDate': '1990', 'history.ageAtEntry': 10 });
    expect(withDatesChecked(aboutYou, ok({ person: { fullName: 'Ana', dateOfBirth: '1994-03-15' } }), withEntry).errors)
      .toEqual({ person: { dateOfBirth: { type: 'custom', message: 'birth-after-entry' } } });
    expect(withDatesChecked(aboutYou, ok({ person: { fullName: 'Ana', dateOfBirth: '1985' } }), withEntry).errors)
      .toEqual({ person: { dateOfBirth: { type: 'custom', message: 'birth-does-not-match-age' } } });
    expect(withDatesChecked(aboutYou, ok({ person: { fullName: 'Ana', dateOfBirth: '1980' } }), withEntry).errors).toEqual({});
    // Born 1970, came (last) in 1990 at 20 at most: a first arrival at 10 fits.
    expect(withDatesChecked(aboutYou, ok({ person: { fullName: 'Ana', dateOfBirth: '1970' } }), withEntry).errors).toEqual({});
  });

  it('leaves a page with its own errors, or with none of the three dates, as it was', () => {
    const withErrors = { values: {}, errors: { history: { entryDate: { type: 'custom', message: 'date' } } } };
    expect(withDatesChecked(findStep('entry-date')!, withErrors as never, saved({ 'person.dateOfBirth': '1994' }))).toBe(withErrors);
    const other = ok({ posture: { detained: 'no' } });
    expect(withDatesChecked(findStep('detained')!, other, saved({ 'person.dateOfBirth': '1994', 'history.entryDate': '1990' }))).toBe(other);
  });
});

describe('the shared personas', () => {
  it('give dates that agree, as the wizard now requires', async () => {
    const personas = await import('../fixtures/personas');
    for (const [name, answers] of Object.entries(personas)) {
      if (typeof answers !== 'object' || answers === null) continue;
      const a = answers as Record<string, unknown>;
      expect(datesDisagree({
        dateOfBirth: a['person.dateOfBirth'] as string | undefined,
        entryDate: a['history.entryDate'] as string | undefined,
        ageAtEntry: a['history.ageAtEntry'] as number | undefined,
      }), name).toEqual([]);
    }
  });
});

describe('the messages of the dates checked against each other', () => {
  it('are each question\'s own, in English and Spanish', () => {
    for (const [path, messages] of Object.entries(DATE_FIELDS)) {
      const [part, key] = path.split('.') as [string, string];
      for (const message of (Object.values(messages) as (string | null)[]).filter((m): m is string => m !== null)) {
        for (const q of [enQuestions, esQuestions]) {
          const own = (q.fields as unknown as Record<string, Record<string, { errors?: Record<string, string> }>>)[part]![key]!.errors?.[message];
          expect(own, `${path} ${message}`).toMatch(/\.$/);
        }
      }
    }
  });
});

/**
 * A page's checks are made once per page, date order and set of questions asked (issue 17: they
 * run on every Continue, and after each change once the page showed errors), and still follow the
 * questions the page asks now.
 */
import { describe, expect, it } from 'vitest';
import { findStep } from '../../src/domain';
import { retypedDates, stepFormSchema, stepResolver } from '../../src/features/wizard/step-form-rules';

describe('page checks', () => {
  const step = findStep('representation')!;
  const kindOnly = step.fields.filter((f) => f.path === 'representation.kind');

  it('are made once for the same page, date order and questions', () => {
    expect(stepFormSchema(step, 'mdy', kindOnly)).toBe(stepFormSchema(step, 'mdy', [...kindOnly]));
    expect(stepResolver(step, 'mdy', kindOnly)).toBe(stepResolver(step, 'mdy', kindOnly));
    expect(stepFormSchema(step, 'dmy', kindOnly)).not.toBe(stepFormSchema(step, 'mdy', kindOnly));
  });

  it('check the questions asked now: a name shown under "a lawyer" is checked with it', () => {
    const withName = stepFormSchema(step, 'mdy', step.fields);
    expect(withName).not.toBe(stepFormSchema(step, 'mdy', kindOnly));
    expect(stepFormSchema(step, 'mdy', kindOnly).safeParse({ representation: { kind: 'none' } }).success).toBe(true);
    expect(withName.safeParse({ representation: { kind: 'attorney', name: 'x'.repeat(5000) } }).success).toBe(false);
  });
});

describe('retypedDates', () => {
  it('writes the dates typed in one language\'s order again in the other\'s, and leaves the rest as typed', () => {
    const entry = findStep('entry-date')!;
    const typed = (text: string, unknown = false) => ({ text, unknown });
    expect(retypedDates(entry, { history: { entryDate: typed('05/01/2019'), ageAtEntry: typed('9') } }, 'dmy', 'mdy'))
      .toEqual([['history.entryDate.text', '01/05/2019']]);
    expect(retypedDates(entry, { history: { entryDate: typed('01/05/2019') } }, 'mdy', 'dmy')).toEqual([['history.entryDate.text', '05/01/2019']]);
    // Nothing to swap in a month and year or a year, and nothing to read in "I don't know" or an unreadable text.
    for (const date of [typed('03/2019'), typed('2019'), typed('', true), typed('last spring'), typed('31/02/2019')]) {
      expect(retypedDates(entry, { history: { entryDate: date } }, 'dmy', 'mdy')).toEqual([]);
    }
    const records = findStep('criminal-records')!;
    expect(retypedDates(records, { criminal: { records: [
      { kind: 'dui', date: typed('20/03/2018'), outcome: 'convicted' },
      { kind: 'other', date: typed('', true), outcome: 'dismissed' },
    ] } }, 'dmy', 'mdy')).toEqual([['criminal.records.0.date.text', '03/20/2018']]);
  });
});

/**
 * A page's checks are made once per page, date order and set of questions asked (issue 17: they
 * run on every Continue, and after each change once the page showed errors), and still follow the
 * questions the page asks now.
 */
import { describe, expect, it } from 'vitest';
import { findStep } from '../../src/domain';
import { stepFormSchema, stepResolver } from '../../src/features/wizard/step-form-rules';

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

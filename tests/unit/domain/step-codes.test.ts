/** Question pages are named by neutral, stable codes (q1…): every step has one, and old links still work. */
import { describe, expect, it } from 'vitest';
import { findStepByCode, stepCode, stepNumber, steps } from '../../../src/domain';

describe('step codes', () => {
  it('give every step a code of its own, q and a number, that finds the step again', () => {
    const codes = steps.map((s) => stepCode(s.id));
    expect(new Set(codes).size).toBe(steps.length);
    for (const [i, s] of steps.entries()) {
      expect(codes[i]).toMatch(/^q\d+$/);
      expect(findStepByCode(codes[i]!)).toBe(s);
    }
  });

  it('are stable: the first and some later ones are the numbers saved links use', () => {
    expect(stepCode('detained')).toBe('q1');
    expect(stepCode('criminal-any')).toBe('q27');
    expect(stepCode('gang')).toBe('q32');
    expect(stepCode('contact')).toBe('q47');
  });

  it('still find a step by its id (links saved by older versions), and nothing for anything else', () => {
    for (const s of steps) expect(findStepByCode(s.id)).toBe(s);
    for (const bad of ['', 'q0', 'q999', 'Q1', 'q1 ', '__proto__', 'constructor']) expect(findStepByCode(bad)).toBeUndefined();
  });

  it('open the page that now asks the questions of a step that moved onto another page', () => {
    // q17 was "Were you stopped at the border?", q32 the gang question, q46 the A-number.
    expect(findStepByCode('q17')?.id).toBe('entry-manner');
    expect(findStepByCode('q32')?.id).toBe('serious-matters');
    expect(findStepByCode('q46')?.id).toBe('personal-details');
    expect(findStepByCode('border-stop')?.id).toBe('entry-manner');
    // New pages take new numbers; the old ones are never given to another question.
    expect(stepCode('serious-matters')).toBe('q48');
    expect(stepCode('school-and-work')).toBe('q49');
    // Every retired code opens the page that asks the fields its step asked.
    for (let n = 1; n <= 49; n += 1) expect(findStepByCode(`q${n}`), `q${n}`).toBeDefined();
  });

  it('number the steps for tab titles the same way for everyone', () => {
    expect(stepNumber('detained')).toEqual({ number: 1, total: steps.length });
    expect(stepNumber('contact')).toEqual({ number: steps.length, total: steps.length });
    expect(stepNumber('nope')).toBeNull();
  });
});

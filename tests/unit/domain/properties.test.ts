/** Property tests: for any schema-valid case, the domain never throws and keeps its promises. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  assess,
  caseDataSchema,
  checklist,
  getField,
  letterModel,
  prune,
  isFieldAsked,
  reachableSteps,
  restoreCase,
  saveCase,
  steps,
} from '../../../src/domain';
import { asOfArbitrary, caseArbitrary } from './arbitraries';
import { propertyRuns } from '../property-runs';

const RUNS = { numRuns: propertyRuns(1000) };

describe('assess, checklist and letterModel', () => {
  it('never throw for any schema-valid case, and give a coherent result', () => {
    fc.assert(
      fc.property(caseArbitrary, asOfArbitrary, (c, asOf) => {
        const a = assess(c, { asOf });
        const list = checklist(c, a);
        const letter = letterModel(c, a, list);
        // Coherence: a letter exists exactly when the route allows one; drafts only on lawyer-first.
        expect(letter === null).toBe(a.letter === 'none');
        if (a.route === 'lawyer-first') expect(a.letter).not.toBe('final');
        if (a.redFlags.some((r) => r.severity === 'stop') && a.letter !== 'none') expect(a.letter).toBe('draft');
        // Qualitative only: no factor carries a number.
        for (const f of [...a.favourable, ...a.unfavourable]) expect(typeof f.strength).toBe('string');
        // Verbatim: the person's words are never altered (in the letter, or in the declaration that goes with it).
        if (letter && c.letter.story?.trim()) {
          expect(letter.paragraphs.some((p) => p.verbatim && p.text === c.letter.story) || letter.declaration?.text === c.letter.story).toBe(true);
        }
      }),
      RUNS,
    );
  });
});

describe('prune', () => {
  it('is idempotent', () => {
    fc.assert(
      fc.property(caseArbitrary, asOfArbitrary, (c, asOf) => {
        const ctx = { asOf };
        const once = prune(c, ctx);
        expect(prune(once, ctx)).toEqual(once);
      }),
      RUNS,
    );
  });

  it('never leaves an answer to a question not asked, keeps every asked answer, and stays schema-valid', () => {
    fc.assert(
      fc.property(caseArbitrary, asOfArbitrary, (c, asOf) => {
        const ctx = { asOf };
        const pruned = prune(c, ctx);
        const reachable = new Set(reachableSteps(pruned, ctx).map((s) => s.id));
        expect(reachableSteps(c, ctx).map((s) => s.id)).toEqual([...reachable]);
        for (const step of steps) {
          for (const fs of step.fields) {
            // A conditional question is asked when the (kept) answers before it call for it.
            if (reachable.has(step.id) && isFieldAsked(fs, pruned)) expect(getField(pruned, fs.path)).toEqual(getField(c, fs.path));
            else expect(getField(pruned, fs.path)).toBeUndefined();
          }
        }
        expect(pruned.letter).toEqual(c.letter);
        expect(caseDataSchema.safeParse(pruned).success).toBe(true);
      }),
      RUNS,
    );
  });
});

describe('restoreCase', () => {
  it('never throws on arbitrary JSON values or JSON text', () => {
    fc.assert(
      fc.property(fc.oneof(fc.jsonValue(), fc.json(), fc.string()), (input) => {
        const r = restoreCase(input);
        expect(typeof r.ok).toBe('boolean');
      }),
      RUNS,
    );
  });

  it('never throws on envelopes carrying arbitrary data', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.oneof(fc.integer(), fc.constant(1), fc.string()), (data, schemaVersion) => {
        const r = restoreCase({ type: 'pd-helper-case', schemaVersion, appVersion: '0.1.0', policyVersion: 'x', savedAt: 'y', data });
        if (!r.ok) expect(r.error).toMatch(/^[a-z-]+$/);
      }),
      RUNS,
    );
  });

  it('round-trips what it saves, as an object and as JSON text', () => {
    fc.assert(
      fc.property(caseArbitrary, (c) => {
        const envelope = saveCase(c, { appVersion: '0.1.0', savedAt: '2026-11-23T18:00:00.000Z' });
        const fromObject = restoreCase(envelope);
        const fromText = restoreCase(JSON.stringify(envelope));
        expect(fromObject.ok && fromObject.data).toEqual(c);
        expect(fromText.ok && fromText.data).toEqual(c);
      }),
      RUNS,
    );
  });
});

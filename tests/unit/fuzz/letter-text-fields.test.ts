/**
 * Every free-text field's path into the letter, with hostile text (any Unicode, controls, bidi
 * marks, lone surrogates, HTML, 10,000 characters): within the schema limit it is accepted and
 * kept as typed, cleaned (the domain's text rule: no invisible, bidi or control characters, NFC),
 * the letter model keeps that (verbatim where the person's own words are printed as typed) and
 * never throws, and the PDF check either finds nothing or names this field and a character really
 * in it; over the limit the schema refuses it with 'too_big' (never truncates it). No PDF is drawn
 * here (see letter-pdf.test.ts), so every property runs 1,000 times.
 */
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { caseDataSchema, LIMITS, restoreCase, saveCase } from '../../../src/domain';
import { findUnsupportedCharacters, fontSupports } from '../../../src/pdf/render-letter-pdf';
import { codePointLabel } from '../../../src/pdf/text';
import { FONTS, letterFor, pdfInput } from '../pdf/support';
import { codePoints, hostileString, hostileUnit, runs, toShortText } from './hostile';
import { BASE, caseWith, comesFrom, drawn, fit, TEXT_FIELDS, type TextField } from './text-fields';
import { propertyRuns } from '../property-runs';

// Property tests: 1,000 runs can take longer than the default 5 s on a busy machine.
vi.setConfig({ testTimeout: 60_000 });

const RUNS = propertyRuns(1_000);
const supports = fontSupports(FONTS);
const baseLetter = letterFor(BASE)!;

/** Hostile text cut to the field's limit (once cleaned) the way a person could enter it. */
function within(field: TextField): fc.Arbitrary<string> {
  return hostileString().map((s) => fit(field, s));
}

/** Hostile text just over, or far over, the field's limit (in code points, after trimming for short texts). */
function over(field: TextField): fc.Arbitrary<string> {
  return fc.tuple(hostileString({ long: false }), hostileUnit, fc.nat(20)).map(([s, unit, extra]) => {
    const pad = unit.length > 0 ? unit : 'y';
    const body = pad.repeat(Math.ceil((field.max + 1) / codePoints(pad)));
    // Non-blank at both ends, so trimming cannot bring it back under the limit; and if cleaning
    // would (a body of invisible characters), visible letters over the limit are added.
    const value = `y${s}${body}${'y'.repeat(extra)}y`;
    return codePoints(field.clean(value)) > field.max ? value : `${value}${'y'.repeat(field.max + 1)}`;
  });
}

describe('hostile text cut to a field\'s limit', () => {
  // Found by the property below (seed 2025703760): characters that NFC makes three code points
  // long were cut to nothing, and an empty answer is not one a person could enter.
  it.each(['\uFB2C', '\u{1D160}', 'a\uFB2C'])('keeps something, within the limit, for text made of %j', (unit) => {
    for (const field of TEXT_FIELDS) {
      const v = fit(field, unit.repeat(field.max));
      expect(v.length, field.id).toBeGreaterThan(0);
      expect(codePoints(field.clean(v)), field.id).toBeLessThanOrEqual(field.max);
      expect(caseWith(field, v).success, field.id).toBe(true);
    }
  });
});

describe('sender lines are named by the answer they come from, not by their look', () => {
  const street = TEXT_FIELDS.find((f) => f.id === 'person.address.street')!;
  // A street with "@" once read as the email, one that looks like a phone number as the phone.
  const cases = ['Ա@', '@ก', '1234\u16805678'];
  const problemsFor = (value: string) => findUnsupportedCharacters(pdfInput(letterFor(caseWith(street, value).data!)!), supports);

  it.each(cases)('a street %j with a character the font lacks is named as the address', (value) => {
    const problems = problemsFor(value);
    expect(problems.length).toBeGreaterThan(0);
    for (const p of problems) expect(p.field).toBe('person.address');
  });
});

describe.each(TEXT_FIELDS.map((f) => [f.id, f] as const))('%s', (_id, field) => {
  it(`hostile text within the limit: accepted as typed, cleaned, kept in the letter, drawable or reported at ${field.pdfField ?? 'no field (never printed)'}`, () => {
    let reported = 0;
    fc.assert(
      fc.property(within(field), (value) => {
        const parsed = caseWith(field, value);
        expect(parsed.success, JSON.stringify(parsed.error?.issues.slice(0, 3))).toBe(true);
        const c = parsed.data!;
        const stored = field.clean(value);
        expect(field.stored(c)).toBe(stored);

        const letter = letterFor(c);
        expect(letter).not.toBeNull();
        field.inLetter(letter!, stored, baseLetter);

        const problems = findUnsupportedCharacters(pdfInput(letter!), supports);
        if (field.pdfField === null) {
          expect(problems).toEqual([]);
          return;
        }
        for (const p of problems) {
          expect(p.field).toBe(field.pdfField);
          expect(comesFrom(p.char, value), `${p.codePoint} is not in the field`).toBe(true);
          expect(supports(p.char.codePointAt(0)!)).toBe(false);
          expect(p.codePoint).toBe(codePointLabel(p.char.codePointAt(0)!));
        }
        if (problems.length > 0) reported += 1;
        // And every character the font lacks is reported (combining marks aside: they may compose).
        const printed = field.printed(stored);
        for (const ch of printed === null ? [] : drawn(printed)) {
          if (ch === '\n' || /\p{M}/u.test(ch) || supports(ch.codePointAt(0)!)) continue;
          expect(problems.some((p) => p.char === ch), `${codePointLabel(ch.codePointAt(0)!)} not reported`).toBe(true);
        }
      }),
      runs(RUNS),
    );
    if (field.pdfField !== null) expect(reported).toBeGreaterThan(RUNS / 20);
  });

  it(`hostile text over the limit (${field.max}) is refused with too_big at ${field.issuePath.join('.')}, never truncated`, () => {
    fc.assert(
      fc.property(over(field), (value) => {
        const parsed = caseWith(field, value);
        expect(parsed.success).toBe(false);
        expect(parsed.error!.issues).toContainEqual(expect.objectContaining({ code: 'too_big', path: field.issuePath }));
        // The same through a saved envelope: refused, naming the field and the reason.
        const envelope = { ...saveCase(BASE, { appVersion: '0.1.0', savedAt: 'now' }), data: field.put(value) };
        const restored = restoreCase(JSON.stringify(envelope));
        expect(restored.ok).toBe(false);
        if (!restored.ok) {
          expect(restored.error).toBe('invalid-data');
          expect(restored.issues).toContainEqual({ path: field.issuePath.join('.'), code: 'too_big' });
        }
      }),
      runs(RUNS),
    );
  });
});

describe('lists over their limit', () => {
  it(`more than ${LIMITS.listItems} other names are refused with too_big (${RUNS} runs)`, () => {
    fc.assert(
      fc.property(fc.array(hostileString({ long: false }).map((s) => toShortText(s, LIMITS.shortText)), { minLength: LIMITS.listItems + 1, maxLength: 60 }), (names) => {
        const parsed = caseDataSchema.safeParse({ ...BASE, person: { ...BASE.person, otherNames: names } });
        expect(parsed.success).toBe(false);
        expect(parsed.error!.issues).toContainEqual(expect.objectContaining({ code: 'too_big', path: ['person', 'otherNames'] }));
      }),
      runs(RUNS),
    );
  });
});

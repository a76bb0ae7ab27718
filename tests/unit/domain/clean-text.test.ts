/**
 * The one text rule (src/domain/clean-text.ts), over any Unicode and hostile text: idempotent,
 * NFC, nothing invisible, bidi or control left (line feed and tab only in long texts), ordinary
 * text untouched; and the case schema applies it to every free-text field, saved data included.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { caseDataSchema, cleanText, restoreCase, saveCase, type TextKind } from '../../../src/domain';
import { BIDI, CONTROLS, hostileString, INVISIBLE, LONE_SURROGATES, runs, WHITESPACE } from '../fuzz/hostile';
import { BASE } from '../fuzz/text-fields';
import { propertyRuns } from '../property-runs';

const RUNS = propertyRuns(2_000);
const kinds: TextKind[] = ['line', 'multiline'];

/** What must never be left: controls (but tab and line feed), format characters, lone surrogates, the fillers and selectors. */
// eslint-disable-next-line no-control-regex, no-misleading-character-class -- finding these characters is the point
const FORBIDDEN = /[\p{Cf}\p{Cs}\u0000-\u0008\u000b-\u001f\u007f-\u009f\u034f\u115f\u1160\u180b-\u180f\u2028\u2029\u3164\ufe00-\ufe0f\uffa0\u{e0100}-\u{e01ef}]/u;

const anyText = fc.oneof(
  { arbitrary: hostileString(), weight: 4 },
  { arbitrary: fc.string({ unit: 'binary', maxLength: 60 }), weight: 2 },
  { arbitrary: fc.string({ unit: 'grapheme', maxLength: 30 }), weight: 2 },
  { arbitrary: fc.string({ unit: fc.constantFrom(...BIDI, ...INVISIBLE, ...CONTROLS, ...WHITESPACE, ...LONE_SURROGATES, 'a', 'é', 'e\u0301', 'ễ'), maxLength: 40 }), weight: 2 },
);

/** Ordinary text as people type it: any letters with their accents (NFC), digits, punctuation, spaces. */
const ORDINARY = [
  'José Núñez Peña', 'María José Quispe', 'Nguyễn Thị Ánh', 'Łukasz Wróbel', 'Zoë Ångström', 'Ðặng Văn Đức',
  'Ciudad de México', 'São Paulo', 'Bogotá, D.C.', '8800 Bellaire Blvd, Apt 12B', 'Houston, TX 77036',
  'Tôi đã sống ở Houston từ năm 2008.', 'Llegué en 2015; trabajo en una panadería.', '(312) 555-0100',
  'anh.nguyen@example.org', 'Judge O’Brien – 2nd floor', '“Quoted” ¿Sí? ¡Claro! 50 % · 3/4 € $', 'Я', 'Ω', '中文', '😀',
];
const ordinaryLine = fc.array(fc.constantFrom(...ORDINARY), { minLength: 1, maxLength: 6 }).map((parts) => parts.join(' '));
const ordinaryText = fc.array(fc.oneof(ordinaryLine, fc.constantFrom('\n', '\n\n', '\t')), { maxLength: 8 }).map((p) => p.join(''));

describe('cleanText', () => {
  it.each(kinds)('%s: idempotent, NFC, no invisible, bidi or control characters left', (kind) => {
    fc.assert(
      fc.property(anyText, (text) => {
        const clean = cleanText(text, kind);
        expect(cleanText(clean, kind)).toBe(clean);
        expect(clean.normalize('NFC')).toBe(clean);
        expect(clean).not.toMatch(FORBIDDEN);
        expect(clean).not.toMatch(/\r/);
        if (kind === 'line') expect(clean).not.toMatch(/[\n\t]/);
        // Only removes (and turns line endings into \n, or into a space for one line): never adds a letter.
        const typed = new Set(text.normalize('NFD'));
        expect(Array.from(clean.normalize('NFD')).filter((ch) => !/\s/u.test(ch) && !typed.has(ch))).toEqual([]);
      }),
      runs(RUNS),
    );
  });

  it('leaves ordinary text exactly as typed: accents, Vietnamese, punctuation, spaces, line breaks and tabs', () => {
    fc.assert(
      fc.property(ordinaryText, (text) => {
        expect(cleanText(text, 'multiline')).toBe(text);
      }),
      runs(RUNS),
    );
    fc.assert(
      fc.property(ordinaryLine, (text) => {
        expect(cleanText(text, 'line')).toBe(text);
      }),
      runs(RUNS),
    );
  });

  it('keeps the line breaks and tabs of a long text, and makes one line of a short answer', () => {
    expect(cleanText('one\r\ntwo\rthree\u2028four\u2029five\u0085six\vseven\feight\tnine')).toBe('one\ntwo\nthree\nfour\nfive\nsix\nseven\neight\tnine');
    expect(cleanText('one\r\ntwo\tthree', 'line')).toBe('one two three');
  });

  it('removes what would make the screen read differently from the PDF', () => {
    // "born in \u202e0991 ,2 yraunaJ" shows as "born in January 2, 1990" on a screen, and backwards in a PDF.
    expect(cleanText('born in \u202e0991 ,2 yraunaJ')).toBe('born in 0991 ,2 yraunaJ');
    expect(cleanText('evil\u202egnp.exe')).toBe('evilgnp.exe');
    expect(cleanText('\u2067Ana\u2069 \u200eRuiz\u200f\u061c')).toBe('Ana Ruiz');
    expect(cleanText('Jo\u200bs\u200ce\u200d\u2060\ufeff')).toBe('Jose');
    expect(cleanText('a\u0000b\u0007c\u001bd\u007fe\u0085f', 'line')).toBe('abcde f');
    expect(cleanText('so\u00adft')).toBe('soft');
    expect(cleanText('\u3164\u115f\u1160\uffa0')).toBe('');
    expect(cleanText('x\ud800y\udfffz')).toBe('xyz');
  });

  it('composes to NFC, also where a removed mark stood between a letter and its accent', () => {
    expect(cleanText('Jose\u0301')).toBe('José');
    expect(cleanText('Jose\u200b\u0301')).toBe('José');
    expect(cleanText('Nguye\u0302\u0303n')).toBe('Nguyễn');
  });
});

describe('the case schema cleans every free-text field', () => {
  const hostile = 'A\u202e\u200bn\u0000a\u2066\r\nR\u0301\ufeff';

  it('as a page answer or an import gives it', () => {
    const parsed = caseDataSchema.parse({
      ...BASE,
      person: { ...BASE.person, fullName: hostile, otherNames: [hostile], countryOfBirth: hostile,
        address: { street: hostile, city: hostile, state: hostile, zip: '60611\u200b' }, phone: '(312)\u200e 555-0100' },
      representation: { kind: 'attorney', name: hostile },
      posture: { ...BASE.posture, courtCity: hostile, judge: hostile },
      letter: { ...BASE.letter, story: hostile, concernsExplanation: hostile, requestDetails: hostile, whatIsNew: hostile,
        concernExplanations: { rf_dui: hostile, border_apprehension: hostile }, office: { kind: 'typed', text: ` ${hostile} ` } },
    });
    const line = 'Ana R\u0301'.normalize('NFC');
    const lines = 'Ana\nR\u0301'.normalize('NFC');
    expect(parsed.person.fullName).toBe(line);
    expect(parsed.person.otherNames).toEqual([line]);
    expect(parsed.person.countryOfBirth).toBe(line);
    expect(parsed.person.address).toEqual({ street: line, city: line, state: line, zip: '60611' });
    expect(parsed.person.phone).toBe('(312) 555-0100');
    expect(parsed.representation.name).toBe(line);
    expect(parsed.posture.courtCity).toBe(line);
    expect(parsed.posture.judge).toBe(line);
    expect(parsed.letter).toMatchObject({ story: lines, concernsExplanation: lines, requestDetails: lines, whatIsNew: lines,
      concernExplanations: { rf_dui: lines, border_apprehension: lines }, office: { kind: 'typed', text: lines } });
  });

  it('when saved data is loaded (restoreCase), whatever version saved it', () => {
    const data = { ...BASE, person: { ...BASE.person, fullName: `\u202e${BASE.person.fullName!}\u200b` } };
    for (const schemaVersion of [1, 2]) {
      const envelope = { ...saveCase(BASE, { appVersion: '0.1.0', savedAt: 'now' }), schemaVersion, data };
      const restored = restoreCase(JSON.stringify(envelope));
      expect(restored.ok).toBe(true);
      if (restored.ok) expect(restored.data.person.fullName).toBe(BASE.person.fullName);
    }
  });

  it('a short answer that is only invisible characters is blank, and refused like one', () => {
    const parsed = caseDataSchema.safeParse({ ...BASE, person: { ...BASE.person, fullName: '\u200b\u202e ' } });
    expect(parsed.success).toBe(false);
    expect(parsed.error!.issues).toContainEqual(expect.objectContaining({ code: 'too_small', path: ['person', 'fullName'] }));
  });
});

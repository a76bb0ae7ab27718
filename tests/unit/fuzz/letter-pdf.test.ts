/**
 * The one PDF property: any case with a letter, drawn into the PDF. Two kinds of generated case,
 * each drawn once per run (each run renders a PDF and reads it back with pdf.js):
 * - hostile text (bidi, invisible, control characters, 10,000-character strings) in one free-text
 *   field of an ordinary in-court case;
 * - a random case forced into court (every answer the schema allows), with short drawable or
 *   awkward text in its names, places and letter texts.
 * renderDocuments (both files: the letter to send and the guide) either succeeds, and then every
 * text item of both sits inside the margins, every verbatim paragraph (story, concerns, request
 * details) and the hostile field's text are on the pages of the file to send (whitespace and
 * invisible marks aside); or it throws UnsupportedCharactersError naming only characters that were
 * really typed (for a hostile field, that field); never another error.
 */
import fc from 'fast-check';
import { PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { type CaseData, caseDataSchema } from '../../../src/domain';
import { drawnText } from '../../../src/pdf/text';
import { asOfArbitrary, caseArbitrary } from '../domain/arbitraries';
import { AS_OF, bodyText, extractPages, letterFor, marginViolations, pdfInput, renderOrRefusal, squash } from '../pdf/support';
import { BIDI, CONTROLS, hostileString, INVISIBLE, mostlyDrawable, runs } from './hostile';
import { caseWith, comesFrom, drawn, fit, TEXT_FIELDS, type TextField } from './text-fields';
import { propertyRuns } from '../property-runs';

const RUNS = propertyRuns(250);

/** Mostly text the font can draw (so about half the cases render), sometimes anything at all, sometimes 10,000 characters. */
function valueFor(field: TextField): fc.Arbitrary<string> {
  const raw = fc.oneof(
    { arbitrary: mostlyDrawable(field.trimmed ? 30 : 200), weight: 6 },
    { arbitrary: hostileString({ long: false }), weight: 2 },
    // 10,000 characters (cut to the limit of a short field).
    { arbitrary: mostlyDrawable(4).map((s) => (s || 'x').repeat(Math.ceil(10_000 / (s || 'x').length))), weight: 1 },
  );
  return raw.map((s) => fit(field, s));
}

interface PdfCase {
  c: CaseData;
  asOf: string;
  /** The one field given hostile text (the hostile kind only). */
  hostile?: { field: TextField; value: string };
}

const hostileCase: fc.Arbitrary<PdfCase> = fc.constantFrom(...TEXT_FIELDS)
  .chain((field) => valueFor(field).map((value) => ({ field, value })))
  .map(({ field, value }) => {
    const parsed = caseWith(field, value);
    // Within the limit, any text is accepted, cleaned (letter-text-fields.test.ts proves it too).
    if (!parsed.success) throw new Error(`${field.id}: ${parsed.error.message}`);
    return { c: parsed.data, asOf: AS_OF, hostile: { field, value } };
  });

// Text the font can draw, the clean-up must handle, or that forces character breaks ...
const unit = fc.constantFrom('a', 'Z', 'q', '7', ' ', '  ', '\n', '\n\n', 'é', 'ễ', 'Ł', 'ß', 'ș', 'ơ', 'ñ', '–', '’', '\t', '\r\n', '\r',
  '\u200b', '\u202e', '\ufeff', '\u00a0', '\u00ad', '\u0007', '\u2028', 'https://example.org/a/b/c?x=1&y=2', 'W'.repeat(90), 'Mississippi');
// ... mixed, now and then, with any Unicode at all (most of it not in Noto Sans).
const text = (maxLength: number) => fc.oneof(
  { arbitrary: fc.string({ unit, maxLength }), weight: 28 },
  { arbitrary: fc.string({ unit: 'grapheme', maxLength: 12 }), weight: 1 },
  { arbitrary: fc.string({ unit: 'binary', maxLength: 12 }), weight: 1 },
);
const short = text(30).filter((s) => s.trim().length > 0 && s.length <= 200);
const overrides = fc.record({
  fullName: short, otherNames: fc.array(short, { maxLength: 2 }), countryOfBirth: short, courtCity: short, judge: short,
  repName: short, street: short, office: short, story: text(120), concerns: text(60), requestDetails: text(30),
}, { requiredKeys: [] });

/** Posture forced into court, so every case has a letter (final or draft). */
const randomCase: fc.Arbitrary<PdfCase> = fc.tuple(caseArbitrary, overrides, asOfArbitrary).map(([c, o, asOf]) => ({ asOf, r: caseDataSchema.safeParse({
  ...c,
  person: { ...c.person,
    ...(o.fullName !== undefined ? { fullName: o.fullName } : {}),
    ...(o.otherNames?.length ? { otherNames: o.otherNames } : {}),
    ...(o.countryOfBirth !== undefined ? { countryOfBirth: o.countryOfBirth } : {}),
    ...(o.street !== undefined && c.person.address ? { address: { ...c.person.address, street: o.street } } : {}) },
  representation: o.repName !== undefined ? { kind: 'attorney', name: o.repName } : c.representation,
  // A case that is going on, with no missed hearing and no earlier request granted: the letter path.
  history: Object.fromEntries(Object.entries(c.history).filter(([k, v]) => !(k === 'priorPdResult' && v === 'granted'))),
  posture: { ...c.posture, detained: 'no', finalOrder: 'no', inProceedings: 'yes', courtStatus: 'active', attendedPastHearing: 'yes',
    ...(o.courtCity !== undefined ? { courtCity: o.courtCity } : {}), ...(o.judge !== undefined ? { judge: o.judge } : {}) },
  letter: { ...c.letter,
    ...(o.story !== undefined ? { story: o.story } : {}),
    ...(o.concerns !== undefined ? { concernsExplanation: o.concerns } : {}),
    ...(o.requestDetails !== undefined ? { requestDetails: o.requestDetails } : {}),
    ...(o.office !== undefined ? { office: { kind: 'typed', text: o.office } } : {}) },
}) })).filter(({ r }) => r.success).map(({ asOf, r }) => ({ c: r.data as CaseData, asOf }));

/** Every string in the case, joined: what the person typed (and chose) anywhere. */
function typedText(value: unknown): string {
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return value.map(typedText).join('\n');
  if (value && typeof value === 'object') return Object.values(value).map(typedText).join('\n');
  return '';
}

const invisibleOrControl = new RegExp(`[${[...BIDI, ...INVISIBLE, ...CONTROLS.filter((c) => c !== '\n')].map((c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`).join('')}]`, 'u');

describe('any case with a letter, drawn into the PDF', () => {
  it(`renders inside the margins with the typed text on the page, or reports only characters really typed (${RUNS} runs)`, async () => {
    const outcomes = { rendered: 0, refused: 0, randomRendered: 0 };
    const fieldsRendered = new Set<string>();
    await fc.assert(
      fc.asyncProperty(fc.oneof({ arbitrary: hostileCase, weight: 3 }, { arbitrary: randomCase, weight: 2 }), async ({ c, asOf, hostile }) => {
        const letter = letterFor(c, asOf);
        expect(letter).not.toBeNull();
        const outcome = await renderOrRefusal(pdfInput(letter!));
        if ('problems' in outcome) {
          for (const p of outcome.problems) {
            if (hostile) {
              expect(p.field).toBe(hostile.field.pdfField);
              expect(comesFrom(p.char, hostile.value), `${p.codePoint} is not in ${hostile.field.id}`).toBe(true);
            } else {
              expect(comesFrom(p.char, typedText(c)), `${p.codePoint} was not typed`).toBe(true);
            }
          }
          outcomes.refused += 1;
          return;
        }
        outcomes.rendered += 1;
        const { toSend: bytes, forYou } = outcome.docs;
        const pages = await extractPages(bytes);
        expect(marginViolations(pages)).toEqual([]);
        expect(marginViolations(await extractPages(forYou))).toEqual([]);
        // Nothing the person typed is lost: every verbatim paragraph is in the text, whitespace aside.
        const text = squash(bodyText(pages).normalize('NFKC'));
        for (const p of letter!.paragraphs.filter((x) => x.verbatim)) expect(text).toContain(squash(drawnText(p.text).normalize('NFKC')));
        if (!hostile) {
          outcomes.randomRendered += 1;
          return;
        }
        const { field, value } = hostile;
        fieldsRendered.add(field.id);
        const printed = field.printed(field.clean(value));
        if (printed !== null) expect(text).toContain(squash(drawn(printed).normalize('NFKC')));
        if (field.id === 'person.fullName') {
          // The PDF's own metadata (the author is the name) carries no invisible, bidi or control characters either.
          const doc = await PDFDocument.load(bytes, { updateMetadata: false });
          expect(doc.getAuthor() ?? '').not.toMatch(invisibleOrControl);
          expect(squash(doc.getAuthor() ?? '')).toBe(squash(drawn(value)));
        }
      }),
      // No shrinking: each step renders a PDF, and the first counterexample is readable enough.
      runs(RUNS, { endOnFailure: true }),
    );
    // Both outcomes are exercised, random cases really reach the margin check, and text of most
    // fields reaches a page (observed: about half of all cases render). Loose bounds, so a random
    // seed cannot make it flaky; the field count is only checked at the full count.
    expect(outcomes.rendered).toBeGreaterThan(RUNS / 4);
    expect(outcomes.refused).toBeGreaterThan(RUNS / 20);
    // About 1 case in 4 is random and rendered: 1 in 20 missed about once in 4,000 at 50 runs.
    expect(outcomes.randomRendered).toBeGreaterThan(RUNS / 40);
    if (RUNS >= 200) expect(fieldsRendered.size).toBeGreaterThanOrEqual(TEXT_FIELDS.length - 2);
  }, Math.max(120_000, RUNS * 800));
});

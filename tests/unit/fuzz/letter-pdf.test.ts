/**
 * Hostile text in every free-text field, all the way into the PDF: renderLetterPdf either
 * succeeds, and pdfjs finds the text in the page (whitespace and invisible marks aside), or throws
 * UnsupportedCharactersError naming this field and characters really in it; never another error.
 * Each step draws a PDF, so the property runs 200 times, shared over all the fields (about 15 s of
 * CPU on one core).
 */
import fc from 'fast-check';
import { PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { extractPages, letterFor, pdfInput, renderOrRefusal, squash } from '../pdf/support';
import { BIDI, CONTROLS, hostileString, INVISIBLE, mostlyDrawable, runs, toShortText } from './hostile';
import { caseWith, comesFrom, drawn, TEXT_FIELDS, type TextField } from './text-fields';
import { propertyRuns } from '../property-runs';

const RUNS = propertyRuns(200);

/** Mostly text the font can draw (so about half the cases render), sometimes anything at all, sometimes 10,000 characters. */
function valueFor(field: TextField): fc.Arbitrary<string> {
  const raw = fc.oneof(
    { arbitrary: mostlyDrawable(field.trimmed ? 30 : 200), weight: 6 },
    { arbitrary: hostileString({ long: false }), weight: 2 },
    // 10,000 characters (cut to the limit of a short field).
    { arbitrary: mostlyDrawable(4).map((s) => (s || 'x').repeat(Math.ceil(10_000 / (s || 'x').length))), weight: 1 },
  );
  return raw.map((s) => (field.trimmed ? toShortText(s, field.max) : Array.from(s).slice(0, field.max).join('')));
}

const caseArb = fc.constantFrom(...TEXT_FIELDS).chain((field) => valueFor(field).map((value) => ({ field, value })));

/** Body text only (no header, footer or draft banner), so a text running onto the next page reads on. */
const bodyText = (pages: Awaited<ReturnType<typeof extractPages>>) =>
  pages.flatMap((p) => p.items.filter((i) => i.y >= 72 && i.y <= 720).map((i) => i.str)).join('\n');

const invisibleOrControl = new RegExp(`[${[...BIDI, ...INVISIBLE, ...CONTROLS.filter((c) => c !== '\n')].map((c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`).join('')}]`, 'u');

describe('hostile text in every text field, drawn into the PDF', () => {
  it(`renders with the text on the page, or throws UnsupportedCharactersError for this field only (${RUNS} runs)`, async () => {
    const outcomes = { rendered: 0, refused: 0 };
    const fieldsRendered = new Set<string>();
    await fc.assert(
      fc.asyncProperty(caseArb, async ({ field, value }) => {
        const parsed = caseWith(field, value);
        expect(parsed.success).toBe(true);
        const letter = letterFor(parsed.data!);
        expect(letter).not.toBeNull();
        const input = pdfInput(letter!);

        const outcome = await renderOrRefusal(input);
        if ('problems' in outcome) {
          for (const p of outcome.problems) {
            expect(p.field).toBe(field.pdfField);
            expect(comesFrom(p.char, value), `${p.codePoint} is not in ${field.id}`).toBe(true);
          }
          outcomes.refused += 1;
          return;
        }
        outcomes.rendered += 1;
        fieldsRendered.add(field.id);
        const { bytes } = outcome;
        const pages = await extractPages(bytes);
        const printed = field.printed(value);
        if (printed !== null) {
          const text = squash(bodyText(pages).normalize('NFKC'));
          expect(text).toContain(squash(drawn(printed).normalize('NFKC')));
        }
        if (field.id === 'person.fullName') {
          // The PDF's own metadata (the author is the name) carries no invisible, bidi or control characters either.
          const doc = await PDFDocument.load(bytes, { updateMetadata: false });
          expect(doc.getAuthor() ?? '').not.toMatch(invisibleOrControl);
          expect(squash(doc.getAuthor() ?? '')).toBe(squash(drawn(value)));
        }
      }),
      runs(RUNS, { endOnFailure: true }),
    );
    // Both outcomes are exercised, and text of most fields really reaches a page.
    expect(outcomes.rendered).toBeGreaterThan(RUNS / 4);
    expect(outcomes.refused).toBeGreaterThan(RUNS / 10);
    expect(fieldsRendered.size).toBeGreaterThanOrEqual(TEXT_FIELDS.length - 2);
  }, 120_000);
});

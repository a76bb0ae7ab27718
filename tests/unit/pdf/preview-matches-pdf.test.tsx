/**
 * The letter preview reads exactly like the PDF: for ordinary cases and for cases whose answers
 * carry bidi overrides, zero-width and control characters, decomposed accents, tabs and odd line
 * endings, the text of the preview (the same component the letter page shows, rendered to HTML)
 * equals the text pdf.js extracts from the letter pages of the PDF, whitespace made single
 * spaces. Text cannot display one way and print another: it is cleaned once, when it comes in.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import type { LetterModel } from '../../../src/domain';
import { LetterText } from '../../../src/features/letter/letter-text';
import { STYLES } from '../../../src/pdf/plan';
import { renderDocument } from '../../../src/pdf/render-letter-pdf';
import { BIDI, CONTROLS, INVISIBLE, mostlyDrawable, runs } from '../fuzz/hostile';
import { caseWith, fit, TEXT_FIELDS } from '../fuzz/text-fields';
import { propertyRuns } from '../property-runs';
import { bodyText, extractPages, letterFor, pdfInput, personas, renderOrRefusal, spaced, squash } from './support';

vi.setConfig({ testTimeout: 60_000 });

const BLOCK = /<\/?(?:article|p|div|dl|dt|dd|ul|li|table|caption|thead|tbody|tr|th|td)\b[^>]*>|<span class="line">|<\/span>/g;
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#x27': "'", '#39': "'", nbsp: '\u00a0' };

function previewHtml(letter: LetterModel): string {
  return renderToStaticMarkup(<LetterText model={letter} labelledBy="preview-title" />);
}

/**
 * The preview's words in reading order, one block or line after another. The draft notice is
 * left out: the PDF draws it in the header band of every page, not in the body.
 */
function previewText(letter: LetterModel): string {
  const html = previewHtml(letter).replace(/<p class="letter__draft">[^<]*<\/p>/, '');
  const text = html
    .replace(BLOCK, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&(amp|lt|gt|quot|#x27|#39|nbsp);/g, (_m, e: string) => ENTITIES[e]!);
  return spaced(text.normalize('NFKC'));
}

/** The text of the file to send (the letter and its exhibit index), body only. */
async function pdfText(letter: LetterModel): Promise<string> {
  const pages = await extractPages(await renderDocument(pdfInput(letter), 'toSend'));
  return spaced(bodyText(pages).normalize('NFKC'));
}

/** Each hides what it says from one of the two: a right-to-left override, invisible letters, a NUL... */
const HOSTILE_LINES = [
  'born in \u202e0991 ,2 yraunaJ\u202c and more',
  'Jose\u0301 \u2067Nu\u0301n\u0303ez\u2069 Pe\u200bn\u0303a\ufeff',
  'To\u0302i\u00ad \u0111a\u0303\u200d so\u0302\u0301ng\u0007 o\u031b\u0309 Houston\u001b',
  'evil\u202egnp.exe \u2066x\u2069 \u061cy\u200e\u200f\u2060z',
  'A\u0000B\u0008C\u007fD\u0085E\u009bF \u3164G\u034fH\ufe0f',
];
const HOSTILE_TEXTS = [
  ...HOSTILE_LINES,
  'First line\r\n\tindented \u202eline\u202c\rthird\u2028fourth\u2029fifth\vsixth\fseventh',
];
const forbidden = new RegExp(`[${[...BIDI, ...INVISIBLE, ...CONTROLS].map((c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`).join('')}]`, 'u');

const printed = TEXT_FIELDS.filter((f) => f.pdfField !== null);

describe('the letter preview looks like the PDF', () => {
  // The e2e test tests/e2e/letter-preview.e2e.ts checks that Chromium really draws with them.
  it('is set in the font files the PDF embeds: the regular face for weight 400, the bold for 700, 11 on 15', () => {
    const css = readFileSync('src/features/letter/letter.css', 'utf8');
    const faces = [...css.matchAll(/@font-face\s*\{([^}]*)\}/g)].map((m) => ({
      url: /url\('([^']+)'\)/.exec(m[1]!)?.[1],
      weight: /font-weight:\s*(\d+)/.exec(m[1]!)?.[1],
    }));
    const embedded = [...readFileSync('src/pdf/pdf-jobs.ts', 'utf8').matchAll(/from '([^']+\.woff)\?url'/g)].map((m) => path.resolve('src/pdf', m[1]!));
    expect(faces).toEqual([
      { url: '../../pdf/fonts/NotoSans-Regular.woff', weight: '400' },
      { url: '../../pdf/fonts/NotoSans-Bold.woff', weight: '700' },
    ]);
    expect(embedded.sort()).toEqual(faces.map((f) => path.resolve('src/features/letter', f.url!)).sort());
    expect(STYLES.body).toEqual({ bold: false, size: 11, leading: 15 });
    expect(css).toMatch(/\.letter \{[^}]*line-height: calc\(15 \/ 11\);/);
  });
});

describe('the letter preview reads like the PDF', () => {
  it.each(personas().map((p) => [p.id, p] as const))('persona %s (whitespace aside: long words break by character in the PDF)', async (_id, persona) => {
    const letter = letterFor(persona.c)!;
    expect(squash(previewText(letter))).toBe(squash(await pdfText(letter)));
  });

  // All the hostile pieces at once in each printed field (one PDF each: drawing is the slow part).
  it.each(printed.map((f) => [f.id, f] as const))('%s with hostile text', async (_id, field) => {
    const value = field.trimmed && field.id !== 'letter.office' ? HOSTILE_LINES.join(' ') : HOSTILE_TEXTS.join('\n');
    const parsed = caseWith(field, value);
    expect(parsed.success).toBe(true);
    const letter = letterFor(parsed.data!)!;
    const preview = previewText(letter);
    expect(preview).toBe(await pdfText(letter));
    expect(preview).not.toMatch(forbidden);
    // The person's text is there, cleaned, and in a <bdi> of its own where it stands alone.
    const stored = field.clean(value);
    expect(squash(preview)).toContain(squash(stored.normalize('NFKC')));
    if (field.id === 'person.fullName') expect(previewHtml(letter)).toContain(`<bdi>${stored}</bdi>`);
  });

  const RUNS = propertyRuns(60);
  it(`for generated text in any field, whenever the PDF can be drawn (${RUNS} runs)`, async () => {
    let drawnCount = 0;
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...printed).chain((field) => mostlyDrawable(field.trimmed ? 20 : 80).map((s) => ({ field, value: fit(field, s) }))), async ({ field, value }) => {
        const parsed = caseWith(field, value);
        expect(parsed.success).toBe(true);
        const letter = letterFor(parsed.data!)!;
        const outcome = await renderOrRefusal(pdfInput(letter));
        if (!('docs' in outcome)) return;
        drawnCount += 1;
        const pages = await extractPages(outcome.docs.toSend);
        expect(squash(previewText(letter))).toBe(squash(bodyText(pages).normalize('NFKC')));
      }),
      runs(RUNS, { endOnFailure: true }),
    );
    expect(drawnCount).toBeGreaterThan(RUNS / 5);
  }, Math.max(60_000, RUNS * 1_000));
});

/**
 * The live check on the letter page: unsupportedWords(plan, fontCovers) over the plan the PDF
 * draws. It quotes the words in reading order (a name in Arabic stays one word, as typed), and it
 * finds exactly the characters the PDF renderer refuses: no false alarm, nothing missed.
 */
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { fontCovers } from '../../../src/pdf/font-coverage';
import { buildPlan } from '../../../src/pdf/plan';
import { MAX_WORD_LENGTH, unsupportedWords } from '../../../src/pdf/unsupported-words';
import { mostlyDrawable, runs } from '../fuzz/hostile';
import { caseWith, fit, TEXT_FIELDS } from '../fuzz/text-fields';
import { propertyRuns } from '../property-runs';
import { letterFor, pdfInput, renderOrRefusal } from './support';

vi.setConfig({ testTimeout: 60_000 });

const field = (id: string) => TEXT_FIELDS.find((f) => f.id === id)!;

function wordsFor(id: string, value: string) {
  const parsed = caseWith(field(id), value);
  expect(parsed.success).toBe(true);
  return unsupportedWords(buildPlan(pdfInput(letterFor(parsed.data!)!)), fontCovers);
}

describe('unsupportedWords', () => {
  it('quotes a name in Arabic as one run of words, its letters in the order typed', () => {
    const groups = wordsFor('person.fullName', 'محمد علي');
    expect(groups.map((g) => g.field)).toEqual(['person.fullName']);
    expect(groups[0]!.words).toEqual(['محمد علي']);
    expect(groups[0]!.chars).toEqual(['م', 'ح', 'د', 'ع', 'ل', 'ي']);
    expect(groups[0]!.codePoints).toEqual(['U+0645', 'U+062D', 'U+062F', 'U+0639', 'U+0644', 'U+064A']);
  });

  it('quotes only the words that need it, each once, in reading order, and no accented Latin', () => {
    const story = 'Me llamo José Nguyễn “Ánh”, en casa สมชาย.\nMi hija dice สมชาย y ❤ todos los días — 100 €.';
    const [g, ...rest] = wordsFor('letter.story', story);
    expect(rest).toEqual([]);
    expect(g!.field).toBe('letter.story');
    expect(g!.words).toEqual(['สมชาย', '❤']);
    expect(g!.chars).toEqual(['ส', 'ม', 'ช', 'า', 'ย', '❤']);
  });

  it('shortens a long run of another script, and quotes only the odd characters of a long word', () => {
    const thai = 'ก'.repeat(200);
    expect(wordsFor('letter.story', `I wrote ${thai} here`)[0]!.words).toEqual([`${'ก'.repeat(MAX_WORD_LENGTH)}…`]);
    const link = `https://example.org/${'a'.repeat(50)}/ש/${'b'.repeat(10)}/😀/end`;
    expect(wordsFor('letter.story', `See ${link}.`)[0]!.words).toEqual(['ש', '😀']);
  });

  it('finds nothing in a letter the PDF can draw', () => {
    expect(wordsFor('letter.story', 'Tôi đã sống ở Houston từ năm 2008. “Quotes” – and € and Łódź.')).toEqual([]);
  });

  const printed = TEXT_FIELDS.filter((f) => f.pdfField !== null);
  const RUNS = propertyRuns(100);
  it(`finds exactly the characters the PDF refuses, for generated text in any field (${RUNS} runs)`, async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...printed).chain((f) => mostlyDrawable(f.trimmed ? 20 : 80).map((s) => ({ f, value: fit(f, s) }))), async ({ f, value }) => {
        const parsed = caseWith(f, value);
        expect(parsed.success).toBe(true);
        const input = pdfInput(letterFor(parsed.data!)!);
        const groups = unsupportedWords(buildPlan(input), fontCovers);
        const outcome = await renderOrRefusal(input);
        const refused = 'problems' in outcome ? outcome.problems : [];
        const key = (fieldId: string, ch: string) => `${fieldId} ${ch}`;
        expect(new Set(groups.flatMap((g) => g.chars.map((ch) => key(g.field, ch))))).toEqual(new Set(refused.map((p) => key(p.field, p.char))));
        // Every character is inside a quoted word (unless a word was too long to quote whole).
        const cut = groups.some((g) => g.words.some((w) => w.endsWith('…')));
        for (const g of groups) for (const ch of g.chars) expect(cut || groups.some((h) => h.words.some((w) => w.includes(ch))), ch).toBe(true);
      }),
      runs(RUNS, { endOnFailure: true }),
    );
  }, Math.max(60_000, RUNS * 1_000));
});

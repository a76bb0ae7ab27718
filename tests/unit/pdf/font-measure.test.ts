/**
 * Issue 17: line wrapping adds up a table of advances for plain text instead of laying out each
 * candidate line. The widths must be exactly those of laying it out (what pdf-lib draws), or the
 * page breaks, and so the PDF, would change.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FONT_COVERAGE } from '../../../src/pdf/font-coverage';
import { STYLES } from '../../../src/pdf/plan';
import { fontMeasure, laidOutWidth } from '../../../src/pdf/render-letter-pdf';
import { propertyRuns } from '../property-runs';
import { FONTS, longStory } from './support';

const measure = fontMeasure(FONTS);
const covered = FONT_COVERAGE.flatMap(([a, b]) => Array.from({ length: b - a + 1 }, (_, i) => a + i)).filter((cp) => cp >= 0x20);
/** Combining marks: fontkit's layout can crash on some of them after a letter, so strings of them are left to the fixed texts below. */
const COMBINING = [[0x0300, 0x036f], [0x0483, 0x0489], [0x1ab0, 0x1aff], [0x1dc0, 0x1dff], [0x20d0, 0x20ff], [0xfe20, 0xfe2f]] as const;
const standalone = covered.filter((cp) => !COMBINING.some(([a, b]) => cp >= a && cp <= b));

function agrees(text: string): void {
  for (const style of [STYLES.body, STYLES.bold, STYLES.small, STYLES.title]) {
    expect(measure(style, text), `${JSON.stringify(text)} ${style.bold ? 'bold' : 'regular'} ${style.size}`)
      .toBeCloseTo(laidOutWidth(FONTS, style.bold, style.size, text), 9);
  }
}

describe('text widths for line wrapping', () => {
  it('are those of laying the text out, for every character the fonts draw', () => {
    for (const cp of covered) agrees(String.fromCodePoint(cp));
  });

  it('are those of laying the text out, for words and lines of any of those characters', () => {
    const char = fc.constantFrom(...standalone.map((cp) => String.fromCodePoint(cp)), ' ', ' ', 'e', 'a');
    fc.assert(fc.property(fc.array(char, { minLength: 1, maxLength: 40 }), (chars) => agrees(chars.join(''))), { numRuns: propertyRuns(300) });
  });

  it('are those of laying the text out, for real letter text with accents, marks and punctuation', () => {
    for (const text of [
      'Nguyễn Thị Ánh', 'José Núñez Peña', 'I have filed U.S. tax returns for 2016 to 2025.', '“con orgullo” — ¿sí?',
      'e\u0301 combining', 'Ǆemal ŀl ﬁ', ...longStory().split(/\s+/).slice(0, 200),
    ]) agrees(text);
  });
});

/**
 * The table the letter page checks typed text against (src/pdf/font-coverage.ts) is exactly what
 * the PDF's fonts draw: derived again here from NotoSans-Regular.ttf and NotoSans-Bold.ttf with
 * fontkit, the library that draws the PDF. If the font package changes, this fails until
 * `node tests/tools/font-coverage.mjs` is run again. The preview's WOFF2 faces cover the same.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FONT_COVERAGE, fontCovers } from '../../../src/pdf/font-coverage';
import { fontSupports } from '../../../src/pdf/render-letter-pdf';
import { coverageRanges, TABLE_FILE, tableModule } from '../../tools/font-coverage.mjs';
import { FONTS } from './support';

describe('the font coverage table', () => {
  it('is the file the generator writes from the PDF fonts', () => {
    const ranges = coverageRanges();
    expect(FONT_COVERAGE).toEqual(ranges);
    expect(readFileSync(TABLE_FILE, 'utf8')).toBe(tableModule(ranges));
  });

  it('answers like the PDF renderer for every code point', () => {
    const pdf = fontSupports(FONTS);
    const differ: string[] = [];
    for (let cp = 0; cp <= 0x10ffff; cp++) if (fontCovers(cp) !== pdf(cp)) differ.push(cp.toString(16));
    expect(differ).toEqual([]);
    expect(FONT_COVERAGE.length).toBeGreaterThan(10);
  });

  it('is the same for the WOFF2 faces the preview shows', () => {
    expect(coverageRanges(['NotoSans-Regular.woff2', 'NotoSans-Bold.woff2'])).toEqual(coverageRanges());
  });

  it.each([
    ['accented Latin', 'José Núñez Peña, Zoë, Łódź, Ærø, Straße'],
    ['Vietnamese', 'Nguyễn Thị Ánh, Tôi đã sống ở Houston'],
    ['punctuation', '“smart quotes” ‘single’ – — … € £ ¢ § ¶ ° ± × ÷'],
    ['Greek and Cyrillic', 'Ωμέγα Жанна Ґ'],
    ['spaces', ' \u00a0\u2009\u202f'],
  ])('draws %s', (_what, text) => {
    expect([...text].filter((ch) => !fontCovers(ch.codePointAt(0)!))).toEqual([]);
  });

  it.each([
    ['Arabic', 'محمد'],
    ['Hebrew', 'שלום'],
    ['Thai', 'สมชาย'],
    ['Devanagari', 'नमस्ते'],
    ['Chinese', '王小明'],
    ['Amharic', 'ሰላም'],
    ['emoji', '😀❤🙏'],
    ['arrows and ticks', '→✓'],
  ])('does not draw %s', (_what, text) => {
    expect([...text].filter((ch) => fontCovers(ch.codePointAt(0)!))).toEqual([]);
  });
});

/**
 * The table the letter page checks typed text against (src/pdf/font-coverage.ts) is exactly what
 * the PDF's fonts draw: derived again here from src/pdf/fonts/NotoSans-Regular.ttf and -Bold.ttf
 * with fontkit, the library that draws the PDF. Those files are Noto Sans cut to the charset
 * (src/pdf/font-charset.json): made again here, they must be the committed files, and draw every
 * character of the charset the full font draws. If the charset or the font package changes, this
 * fails until `node tests/tools/subset-fonts.mjs && node tests/tools/font-coverage.mjs` is run.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FONT_COVERAGE, fontCovers } from '../../../src/pdf/font-coverage';
import { fontSupports } from '../../../src/pdf/render-letter-pdf';
import path from 'node:path';
import fontkit from '@pdf-lib/fontkit';
import { coverageRanges, TABLE_FILE, tableModule } from '../../tools/font-coverage.mjs';
import { charsetCodePoints, FACES, SOURCE_DIR, SUBSET_DIR, subsetFace } from '../../tools/subset-fonts.mjs';
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

  it.each(FACES)('%s is Noto Sans cut to the charset, as subset-fonts.mjs makes it', async (face) => {
    const made = await subsetFace(face);
    expect(Buffer.compare(made, readFileSync(path.join(SUBSET_DIR, face)))).toBe(0);
  });

  it('draws every character of the charset that the full font draws, and nothing else', () => {
    const full = FACES.map((f) => fontkit.create(readFileSync(path.join(SOURCE_DIR, f))));
    const charset = new Set(charsetCodePoints());
    const lost = [...charset].filter((cp) => full.every((f) => f.hasGlyphForCodePoint(cp)) && !fontCovers(cp));
    expect(lost.map((cp) => cp.toString(16))).toEqual([]);
    const extra = FONT_COVERAGE.flatMap(([a, b]) => Array.from({ length: b - a + 1 }, (_, i) => a + i)).filter((cp) => !charset.has(cp));
    expect(extra.map((cp) => cp.toString(16))).toEqual([]);
  });

  it.each([
    ['accented Latin', 'José Núñez Peña, Zoë, Łódź, Ærø, Straße'],
    ['Vietnamese', 'Nguyễn Thị Ánh, Tôi đã sống ở Houston'],
    ['punctuation', '“smart quotes” ‘single’ – — … € £ ¢ § ¶ ° ± × ÷'],
    ['Romanian and Pinyin', 'Ștefan Țiriac, Lǚ Xiǎomíng'],
    ['spaces', ' \u00a0\u2009\u202f'],
  ])('draws %s', (_what, text) => {
    expect([...text].filter((ch) => !fontCovers(ch.codePointAt(0)!))).toEqual([]);
  });

  it.each([
    ['Greek and Cyrillic (not in the charset)', 'ΩμέγαЖаннаҐ'],
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

/**
 * true-type.ts reads the app's fonts in place of fontkit (issue 17). Checked against fontkit on
 * the same files: the glyph and advance of every character, the metrics pdf-lib writes into the
 * PDF, a subset fontkit can read back with the same outlines, and the same text in the PDFs.
 */
import fontkit from '@pdf-lib/fontkit';
import { describe, expect, it } from 'vitest';
import { FONT_COVERAGE } from '../../../src/pdf/font-coverage';
import { type FontKit } from '../../../src/pdf/draw-document';
import { renderDocuments } from '../../../src/pdf/render-letter-pdf';
import { readTrueType, TrueTypeFont } from '../../../src/pdf/true-type';
import { extractPages, FONTS, letterFor, pdfInput, personas } from './support';

const faces = [['regular', FONTS.regular], ['bold', FONTS.bold!]] as const;
const covered = FONT_COVERAGE.flatMap(([a, b]) => Array.from({ length: b - a + 1 }, (_, i) => a + i));

describe.each(faces)('Noto Sans %s', (_name, bytes) => {
  const ours = new TrueTypeFont(bytes);
  const theirs = fontkit.create(bytes);

  it('has the glyph and advance fontkit finds for every character of the charset, and none outside it', () => {
    for (const cp of covered) {
      expect(ours.hasGlyphForCodePoint(cp), `U+${cp.toString(16)}`).toBe(true);
      const [a, b] = [ours.glyphForCodePoint(cp), theirs.glyphForCodePoint(cp)];
      expect([a.id, a.advanceWidth], `U+${cp.toString(16)}`).toEqual([b.id, b.advanceWidth]);
    }
    for (const cp of [0x03a9, 0x042f, 0x0627, 0x4e2d, 0x1f600]) {
      expect(ours.hasGlyphForCodePoint(cp)).toBe(theirs.hasGlyphForCodePoint(cp));
      expect(ours.hasGlyphForCodePoint(cp)).toBe(false);
    }
  });

  it('has the metrics fontkit reads (what pdf-lib writes in the font descriptor)', () => {
    expect({
      unitsPerEm: ours.unitsPerEm, ascent: ours.ascent, descent: ours.descent, bbox: ours.bbox, italicAngle: ours.italicAngle,
      capHeight: ours.capHeight, xHeight: ours.xHeight, postscriptName: ours.postscriptName,
      familyClass: ours['OS/2']?.sFamilyClass, fixedPitch: ours.post.isFixedPitch, italic: ours.head.macStyle.italic,
    }).toEqual({
      unitsPerEm: theirs.unitsPerEm, ascent: theirs.ascent, descent: theirs.descent,
      bbox: { minX: theirs.bbox.minX, minY: theirs.bbox.minY, maxX: theirs.bbox.maxX, maxY: theirs.bbox.maxY },
      italicAngle: theirs.italicAngle, capHeight: theirs.capHeight, xHeight: theirs.xHeight, postscriptName: theirs.postscriptName,
      familyClass: theirs['OS/2'].sFamilyClass, fixedPitch: Boolean(theirs.post.isFixedPitch), italic: Boolean(theirs.head.macStyle.italic),
    });
  });

  it('writes a subset fontkit reads back: the same outlines and advances, composite glyphs with their parts', () => {
    const text = 'Nguyễn Thị Ánh — José Núñez Peña, Łukasz Wróbel, Zoë Ångström: ¿sí? 0123456789 ǅ ŀ';
    const subset = ours.createSubset();
    const used = ours.layout(text).glyphs;
    const newIds = used.map((g) => subset.includeGlyph(g));
    expect(newIds[0]).toBe(1); // 0 is .notdef
    const file = subset.encode();
    const back = fontkit.create(file);
    // A composite glyph (made of other glyphs: "ễ" is "e" with two marks) starts with a negative contour count.
    const composites = used.filter((g) => { const b = ours.glyphBytes(g.id); return b.length > 0 && new DataView(b.buffer).getInt16(0) < 0; });
    expect(composites.length, 'the sample has composite glyphs').toBeGreaterThan(0);
    expect(back.numGlyphs).toBeGreaterThan(new Set(newIds).size);
    used.forEach((g, i) => {
      const [a, b] = [theirs.getGlyph(g.id), back.getGlyph(newIds[i]!)];
      expect(b.advanceWidth).toBe(a.advanceWidth);
      expect(b.path.toSVG(), `glyph of ${String.fromCodePoint(g.codePoints[0]!)}`).toBe(a.path.toSVG());
    });
    expect(back.unitsPerEm).toBe(ours.unitsPerEm);
  });

  it('reads a font once per byte array, and refuses what is not a TrueType font', () => {
    expect(readTrueType(bytes)).toBe(readTrueType(bytes));
    expect(() => new TrueTypeFont(new Uint8Array([0x77, 0x4f, 0x46, 0x32, 0, 0, 0, 0, 0, 0, 0, 0]))).toThrow(/TrueType/);
  });
});

describe('the PDFs drawn with true-type.ts', () => {
  it('have the same text, page by page and line by line, as the PDFs fontkit drew', async () => {
    for (const p of personas()) {
      const input = pdfInput(letterFor(p.c)!, { sendingLang: p.sendingLang });
      const [ours, theirs] = await Promise.all([renderDocuments(input), renderDocuments(input, fontkit as unknown as FontKit)]);
      for (const kind of ['toSend', 'forYou'] as const) {
        const [a, b] = await Promise.all([extractPages(ours[kind]), extractPages(theirs[kind])]);
        expect(a.map((page) => page.text), `${p.id} ${kind}`).toEqual(b.map((page) => page.text));
        // And in the same places on the page.
        expect(a.map((page) => page.items.map((i) => [Math.round(i.x * 100), Math.round(i.y * 100)])))
          .toEqual(b.map((page) => page.items.map((i) => [Math.round(i.x * 100), Math.round(i.y * 100)])));
      }
    }
  }, 60_000);
});

/**
 * The app ships its fonts as WOFF (src/pdf/fonts/*.woff, issue 17): about half the bytes of the
 * .ttf files where a host does not compress them. The WOFF files must hold exactly the TrueType
 * tables of the .ttf files the tests and the coverage table read, and unpack (woff.ts) to a font
 * that reads the same; fontkit reads them too (a check of the packing by another decoder).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import fontkit from '@pdf-lib/fontkit';
import { describe, expect, it } from 'vitest';
import { TrueTypeFont } from '../../../src/pdf/true-type';
import { isWoff, woffToTrueType } from '../../../src/pdf/woff';
import { FACES, SUBSET_DIR, toWoff } from '../../tools/subset-fonts.mjs';

function tablesOf(ttf: Uint8Array): Map<string, string> {
  const view = new DataView(ttf.buffer, ttf.byteOffset, ttf.byteLength);
  const out = new Map<string, string>();
  for (let i = 0; i < view.getUint16(4); i++) {
    const at = 12 + i * 16;
    const tag = String.fromCharCode(...ttf.subarray(at, at + 4));
    const [offset, length] = [view.getUint32(at + 8), view.getUint32(at + 12)];
    const bytes = ttf.slice(offset, offset + length);
    if (tag === 'head') new DataView(bytes.buffer).setUint32(8, 0); // the whole-file checksum, recomputed
    out.set(tag, Buffer.from(bytes).toString('base64'));
  }
  return out;
}

describe.each(FACES)('%s as WOFF', (face) => {
  const ttf = new Uint8Array(readFileSync(path.join(SUBSET_DIR, face)));
  const woff = new Uint8Array(readFileSync(path.join(SUBSET_DIR, face.replace(/\.ttf$/, '.woff'))));

  it('holds exactly the tables of the .ttf file, in about half the bytes', async () => {
    expect(isWoff(woff)).toBe(true);
    expect(isWoff(ttf)).toBe(false);
    const unpacked = await woffToTrueType(woff);
    expect(tablesOf(unpacked)).toEqual(tablesOf(ttf));
    expect(woff.length).toBeLessThan(ttf.length * 0.6);
    // And the committed file is what subset-fonts.mjs packs from the .ttf (as it unpacks, at least).
    expect(tablesOf(await woffToTrueType(toWoff(ttf)))).toEqual(tablesOf(ttf));
  });

  it('unpacks to a font that reads the same, and fontkit reads the WOFF file too', async () => {
    const [a, b] = [new TrueTypeFont(await woffToTrueType(woff)), new TrueTypeFont(ttf)];
    for (const cp of [0x41, 0xe9, 0x1ec5, 0x2014, 0x20ac]) expect(a.glyphForCodePoint(cp)).toEqual(b.glyphForCodePoint(cp));
    expect(a.ascent).toBe(b.ascent);
    const viaFontkit = fontkit.create(woff as unknown as Buffer);
    expect(viaFontkit.numGlyphs).toBe(b.numGlyphs);
    expect(viaFontkit.glyphForCodePoint(0x1ec5).id).toBe(b.glyphForCodePoint(0x1ec5).id);
  });

  it('returns a TrueType file as it is, and refuses a damaged WOFF file', async () => {
    expect(await woffToTrueType(ttf)).toBe(ttf);
    const damaged = woff.slice();
    new DataView(damaged.buffer).setUint32(44 + 12, 999_999); // a table's unpacked length
    await expect(woffToTrueType(damaged)).rejects.toThrow();
  });
});

/**
 * Writes src/pdf/fonts/NotoSans-Regular.ttf and NotoSans-Bold.ttf, and the same as WOFF 1.0
 * (.woff, what the app ships: each table zlib-compressed, src/pdf/woff.ts): the Noto Sans faces of the
 * notosans-fontface package cut down to the characters of src/pdf/font-charset.json (hb-subset,
 * through subset-font), so a first visit downloads about a fifth of the font bytes (issue 17). The
 * PDF embeds these files and the letter preview shows them. tests/unit/pdf/font-subset.test.ts
 * makes them again and fails if the committed files differ; after changing the charset or the font
 * package run:  node tests/tools/subset-fonts.mjs && node tests/tools/font-coverage.mjs
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateSync } from 'node:zlib';
import subsetFont from 'subset-font';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const SOURCE_DIR = path.join(root, 'node_modules/notosans-fontface/fonts');
export const SUBSET_DIR = path.join(root, 'src/pdf/fonts');
export const FACES = ['NotoSans-Regular.ttf', 'NotoSans-Bold.ttf'];

/** The code points of src/pdf/font-charset.json, in order. */
export function charsetCodePoints() {
  const { ranges } = JSON.parse(readFileSync(path.join(root, 'src/pdf/font-charset.json'), 'utf8'));
  const out = [];
  for (const range of ranges) {
    const [first, last] = range.split('-').map((h) => parseInt(h, 16));
    for (let cp = first; cp <= last; cp++) out.push(cp);
  }
  return out;
}

/**
 * The OpenType features kept: those fontkit (the PDF) and browsers (the preview) apply to plain
 * text by default, so the text is shaped as before. Optional ones (small capitals, old-style
 * figures, stylistic sets...) go, with the many extra glyphs only they reach.
 */
export const LAYOUT_FEATURES = ['ccmp', 'locl', 'rlig', 'mark', 'mkmk', 'calt', 'clig', 'liga', 'rclt', 'curs', 'kern', 'rvrn'];

/** One face cut to the charset, as TrueType bytes. */
export async function subsetFace(file) {
  const text = String.fromCodePoint(...charsetCodePoints());
  return subsetFont(readFileSync(path.join(SOURCE_DIR, file)), text, { targetFormat: 'sfnt', keepFeatures: LAYOUT_FEATURES, noHinting: true });
}

/** A TrueType file as WOFF 1.0 (each table deflated with zlib where that makes it smaller). */
export function toWoff(ttf) {
  const view = new DataView(ttf.buffer, ttf.byteOffset, ttf.byteLength);
  const count = view.getUint16(4);
  const tables = [];
  for (let i = 0; i < count; i++) {
    const at = 12 + i * 16;
    const offset = view.getUint32(at + 8);
    const length = view.getUint32(at + 12);
    const data = ttf.subarray(offset, offset + length);
    const packed = deflateSync(data, { level: 9 });
    tables.push({ tag: ttf.subarray(at, at + 4), checksum: view.getUint32(at + 4), length, data: packed.length < length ? packed : data });
  }
  const pad = (n) => Math.ceil(n / 4) * 4;
  const headerLength = 44 + count * 20;
  const total = headerLength + tables.reduce((n, t) => n + pad(t.data.length), 0);
  const out = new Uint8Array(total);
  const w = new DataView(out.buffer);
  w.setUint32(0, 0x774f4646);
  w.setUint32(4, view.getUint32(0));
  w.setUint32(8, total);
  w.setUint16(12, count);
  w.setUint32(16, 12 + count * 16 + tables.reduce((n, t) => n + pad(t.length), 0));
  w.setUint16(20, 1);
  let offset = headerLength;
  tables.forEach((t, i) => {
    const at = 44 + i * 20;
    out.set(t.tag, at);
    w.setUint32(at + 4, offset);
    w.setUint32(at + 8, t.data.length);
    w.setUint32(at + 12, t.length);
    w.setUint32(at + 16, t.checksum);
    out.set(t.data, offset);
    offset += pad(t.data.length);
  });
  return out;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  for (const file of FACES) {
    const bytes = await subsetFace(file);
    writeFileSync(path.join(SUBSET_DIR, file), bytes);
    const woff = toWoff(new Uint8Array(bytes));
    const woffFile = file.replace(/\.ttf$/, '.woff');
    writeFileSync(path.join(SUBSET_DIR, woffFile), woff);
    console.log(`${path.relative(root, path.join(SUBSET_DIR, file))}: ${bytes.length} bytes (from ${readFileSync(path.join(SOURCE_DIR, file)).length}); ${woffFile}: ${woff.length} bytes`);
  }
}

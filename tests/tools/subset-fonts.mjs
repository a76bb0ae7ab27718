/**
 * Writes src/pdf/fonts/NotoSans-Regular.ttf and NotoSans-Bold.ttf: the Noto Sans faces of the
 * notosans-fontface package cut down to the characters of src/pdf/font-charset.json (hb-subset,
 * through subset-font), so a first visit downloads about a fifth of the font bytes (issue 17). The
 * PDF embeds these files and the letter preview shows them. tests/unit/pdf/font-subset.test.ts
 * makes them again and fails if the committed files differ; after changing the charset or the font
 * package run:  node tests/tools/subset-fonts.mjs && node tests/tools/font-coverage.mjs
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
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

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  for (const file of FACES) {
    const bytes = await subsetFace(file);
    writeFileSync(path.join(SUBSET_DIR, file), bytes);
    console.log(`${path.relative(root, path.join(SUBSET_DIR, file))}: ${bytes.length} bytes (from ${readFileSync(path.join(SOURCE_DIR, file)).length})`);
  }
}

// Size report for the built app (run `npm run bench`, which builds first).
// Prints each file in dist/assets with raw and gzip size, then the static initial JS total (the
// scripts and modulepreloads referenced by dist/index.html; what the browser really loads before
// the first question, locale chunks included, is measured in Chromium by app-timing.bench.ts).
// Starts a fresh tests/artifacts/bench-results.json; the bench project adds to it and
// tests/bench/summary.mjs prints every figure. Sizes are in kB (1 kB = 1000 bytes, as vite prints them).
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const dist = path.join(root, 'dist');
const outFile = path.join(root, 'tests', 'artifacts', 'bench-results.json');

const kB = (bytes) => Math.round(bytes / 10) / 100;

function measure(file) {
  const bytes = readFileSync(file);
  return { file: path.relative(dist, file).split(path.sep).join('/'), rawBytes: bytes.length, gzipBytes: gzipSync(bytes, { level: 9 }).length };
}

function listFiles(dir) {
  return readdirSync(dir)
    .flatMap((name) => {
      const full = path.join(dir, name);
      return statSync(full).isDirectory() ? listFiles(full) : [full];
    })
    .sort();
}

/** JS files index.html loads up front: <script src> and <link rel="modulepreload" href>. */
function initialScripts(html) {
  const refs = new Set();
  for (const m of html.matchAll(/<script\b[^>]*\bsrc=["']([^"']+)["']/gi)) refs.add(m[1]);
  for (const m of html.matchAll(/<link\b[^>]*>/gi)) {
    const tag = m[0];
    if (!/\brel=["']modulepreload["']/i.test(tag)) continue;
    const href = /\bhref=["']([^"']+)["']/i.exec(tag);
    if (href) refs.add(href[1]);
  }
  return [...refs]
    .filter((ref) => !/^[a-z]+:/i.test(ref) && ref.endsWith('.js'))
    .map((ref) => path.join(dist, ref.replace(/^\.?\//, '')));
}

let html;
try {
  html = readFileSync(path.join(dist, 'index.html'), 'utf8');
} catch {
  console.error('dist/index.html not found: run "npm run build" (or "npm run bench", which builds first).');
  process.exit(1);
}

const assets = listFiles(path.join(dist, 'assets')).map(measure);
const width = Math.max(...assets.map((a) => a.file.length), 10);
for (const a of assets) {
  console.log(`${a.file.padEnd(width)}  raw ${kB(a.rawBytes).toFixed(2).padStart(9)} kB  gzip ${kB(a.gzipBytes).toFixed(2).padStart(9)} kB`);
}

const initial = initialScripts(html).map(measure);
const initialRaw = initial.reduce((sum, f) => sum + f.rawBytes, 0);
const initialGzip = initial.reduce((sum, f) => sum + f.gzipBytes, 0);
console.log(`initial JS referenced by dist/index.html (${initial.map((f) => f.file).join(', ')}): raw ${kB(initialRaw).toFixed(2)} kB, gzip ${kB(initialGzip).toFixed(2)} kB`);

// The PDF code (pdf-lib, fontkit) and the font must stay out of what the first page loads.
const PDF_MARKERS = ['WinAnsiEncoding', 'PDFDocument', 'NotoSans-Regular', 'NotoSans-Bold'];
const leaked = initial.flatMap((f) => {
  const text = readFileSync(path.join(dist, f.file), 'utf8');
  return PDF_MARKERS.filter((m) => text.includes(m)).map((m) => `${f.file} contains "${m}"`);
});
console.log(leaked.length ? `PDF code in the initial bundle: ${leaked.join('; ')}` : 'initial bundle free of pdf-lib, fontkit and the font: yes');

const results = {
  generatedAt: new Date().toISOString(),
  unit: 'kB = 1000 bytes; gzip level 9',
  assets: assets.map((a) => ({ ...a, rawKB: kB(a.rawBytes), gzipKB: kB(a.gzipBytes) })),
  initialJsStatic: { files: initial.map((f) => f.file), rawKB: kB(initialRaw), gzipKB: kB(initialGzip), pdfCodeLeaked: leaked },
};
mkdirSync(path.dirname(outFile), { recursive: true });
writeFileSync(outFile, `${JSON.stringify(results, null, 2)}\n`);
console.log(`wrote ${path.relative(root, outFile)}`);
if (leaked.length) process.exit(1);

/**
 * Renders the app icon (src/app/app-icon.svg) to the PNGs the web app manifest lists:
 *   public/icons/icon-192.png, icon-512.png  (transparent corners, purpose "any")
 *   public/icons/icon-maskable-512.png       (full-bleed blue, drawing inside the 80% safe zone)
 * and to the page's favicon, src/app/app-icon-32.png (through the build, so it gets a hashed name).
 * The favicon is a small PNG, not the SVG: Chromium loads the tab's icon again each time the
 * address changes, and an SVG is drawn in a document of its own, 4–10 ms of the page's thread
 * after every question on a slow machine; a 32 px PNG decodes in a fraction of that (issue 17).
 * with headless Chromium (playwright-core + the Chromium tests/e2e/support/chromium.mjs finds, as the e2e tests do).
 * Run after changing the SVG:  node tests/bench/make-icons.mjs   (then look at the PNGs and commit them).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from '../e2e/support/chromium.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const dir = path.join(root, 'public', 'icons');
const favicon = path.join(root, 'src', 'app', 'app-icon-32.png');
const svg = readFileSync(path.join(root, 'src', 'app', 'app-icon.svg'), 'utf8');
/** The icon's own background colour (header blue), used to fill the maskable icon edge to edge. */
const BLUE = '#143a6b';

const outputs = [
  { file: 'icon-192.png', size: 192, maskable: false },
  { file: 'icon-512.png', size: 512, maskable: false },
  // Maskable: the platform may cut the icon to any shape inside a circle of 80% of its width,
  // so the drawing is scaled to 80% and the rest is the same blue as the icon's background.
  { file: 'icon-maskable-512.png', size: 512, maskable: true },
  { file: favicon, size: 32, maskable: false },
];

function page(size, maskable) {
  const inner = maskable ? Math.round(size * 0.8) : size;
  const sized = svg.replace(/width="\d+" height="\d+"/, `width="${inner}" height="${inner}"`);
  return `<!doctype html><html><head><style>
    html, body { margin: 0; width: ${size}px; height: ${size}px; overflow: hidden; background: ${maskable ? BLUE : 'transparent'}; }
    body { display: flex; align-items: center; justify-content: center; }
    svg { display: block; }
  </style></head><body>${sized}</body></html>`;
}

const found = await findChromium();
console.log(`browser: ${found.description}`);
const browser = await chromium.launch({ executablePath: found.executablePath, args: CHROMIUM_ARGS });
try {
  for (const { file, size, maskable } of outputs) {
    const context = await browser.newContext({ viewport: { width: size, height: size }, deviceScaleFactor: 1 });
    const tab = await context.newPage();
    await tab.setContent(page(size, maskable));
    const out = path.resolve(dir, file);
    await tab.screenshot({ path: out, omitBackground: !maskable, clip: { x: 0, y: 0, width: size, height: size } });
    await context.close();
    console.log(`wrote ${path.relative(root, out)} (${size}×${size}${maskable ? ', maskable' : ''})`);
  }
} finally {
  await browser.close();
}

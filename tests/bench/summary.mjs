// Last step of `npm run bench`: prints every figure of this run, one per line, from
// tests/artifacts/bench-results.json (written by bench.mjs and the bench project), and copies
// them to tests/bench/results.json, which is committed so a change can be compared with the last
// recorded run (git diff tests/bench/results.json). kB = 1000 bytes, gzip level 9.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const source = path.resolve(here, '../artifacts/bench-results.json');
const committed = path.resolve(here, 'results.json');

const r = JSON.parse(readFileSync(source, 'utf8'));
const kb = (x) => `${Number(x).toFixed(2)} kB`;
const lines = [];
const line = (label, value) => lines.push(`${label}: ${value}`);
const missing = [];
const need = (key) => {
  if (r[key] === undefined) missing.push(key);
  return r[key];
};

const chromium = need('browser');
if (chromium) line('browser the figures were taken in', `Chromium ${chromium.version} (${chromium.path})`);
const browser = need('initialJsBrowser');
if (browser) {
  const over = browser.gzipKB > browser.budgetKB;
  line('initial JS before the first question (Chromium), gzip', `${kb(browser.gzipKB)} (budget ${browser.budgetKB} kB${over ? ', OVER' : ''})`);
  line('initial JS before the first question (Chromium), raw', kb(browser.rawKB));
  line('initial JS before the first question (Chromium), transferred', kb(browser.transferKB));
  for (const f of browser.files) line(`  initial file ${f.file}`, `raw ${kb(f.rawKB)}, gzip ${kb(f.gzipKB)}`);
  line('start page: "Start now" to the first question painted', `${browser.startToFirstQuestionMs} ms`);
}
const stat = need('initialJsStatic');
if (stat) line('initial JS referenced by dist/index.html (static), gzip', `${kb(stat.gzipKB)} (raw ${kb(stat.rawKB)})`);
for (const c of need('lazyChunks') ?? []) line(`lazy chunk ${c.file}`, `raw ${kb(c.rawKB)}, gzip ${kb(c.gzipKB)}`);
const step = need('stepTiming');
if (step) {
  line('step time (Continue to next question painted, app installed), p50', `${step.p50Ms} ms${step.targetP50Ms ? ` (target ≤ ${step.targetP50Ms} ms)` : ''}`);
  line('step time (Continue to next question painted, app installed), p95', `${step.p95Ms} ms (target ≤ ${step.targetP95Ms} ms, ${step.steps} steps)`);
  if (step.toAnswersPage) line('Continue on the last question to the answers page, p50 / max', `${step.toAnswersPage.p50Ms} / ${step.toAnswersPage.maxMs} ms (${step.toAnswersPage.walks} walks)`);
}
// A fixed JS task timed before and after each step walk (app-timing.bench.ts): slower here, slower machine.
const reference = (key, label) => {
  const ref = r[key]?.machineReferenceMs;
  if (ref !== undefined) line(`machine reference before / after the ${label} (fixed JS task, full speed, median of 7)`, `${ref.before} / ${ref.after} ms`);
  const loop = r[key]?.pageLoopMs;
  if (loop !== undefined) line(`  the walk's page after each of the ${label} (fixed loop), p50 / p95`, `${loop.p50Ms} / ${loop.p95Ms} ms`);
};
// Each step's parts, and the same timer on a page that does nothing on Continue: the least any page
// scores here, most of it the wait for the display's next frame (app-timing.bench.ts, stepFloor).
const parts = (key, label) => {
  const p = r[key]?.parts;
  if (p !== undefined) line(`  ${label}: click to the new page in the DOM / the frame's style, layout and paint, p50`, `${p.domP50Ms} / ${p.frameP50Ms} ms (p95 ${p.domP95Ms} / ${p.frameP95Ms} ms)`);
  const floor = r[key]?.doNothingPage;
  if (floor !== undefined) line(`  ${label}: a page that does nothing on Continue, p50 / p95`, `${floor.p50Ms} / ${floor.p95Ms} ms`);
};
parts('stepTiming', 'desktop steps');
parts('stepTimingFirstVisit', 'first-visit steps');
parts('stepTimingMobile', '4x CPU steps');
reference('stepTiming', 'desktop steps');
reference('stepTimingFirstVisit', 'first-visit steps');
reference('stepTimingMobile', '4x CPU steps');
const first = need('stepTimingFirstVisit');
if (first) {
  line('step time on a first visit (service worker downloading the app), p50', `${first.p50Ms} ms`);
  line('step time on a first visit (service worker downloading the app), p95', `${first.p95Ms} ms (${first.steps} steps)`);
}
const pn = need('pdfNode');
if (pn) {
  line('PDF build in Node (large case), median', `${pn.medianMs} ms`);
  line('PDF build in Node (large case), max', `${pn.maxMs} ms`);
  line('PDF size (large case)', kb(pn.bytes / 1000));
}
const pc = need('pdfChromium');
if (pc) {
  line('PDF in Chromium, first click (loads PDF code + font)', `${pc.firstMs} ms`);
  line('PDF in Chromium, median', `${pc.medianMs} ms`);
  line('PDF in Chromium, max', `${pc.maxMs} ms`);
  if (pc.inPageFirstMs !== undefined) line('PDF in Chromium, in the page (click → file handed to the browser): first / median', `${pc.inPageFirstMs} / ${pc.inPageMedianMs} ms`);
}
const fq = need('firstQuestionMobile');
if (fq) line('4x CPU: "Start the questions" to the first question painted, median', `${fq.medianMs} ms`);
const fv = need('firstVisit');
if (fv) {
  line('first visit, everything downloaded until offline works, gzip', `${kb(fv.gzipKB)} (budget ${fv.budgetKB} kB${fv.gzipKB > fv.budgetKB ? ', OVER' : ''}, ${fv.files} files)`);
  line('first visit, raw', kb(fv.rawKB));
}
const sm = need('stepTimingMobile');
if (sm) line('step time at 4x CPU (390 x 844), p50 / p95', `${sm.p50Ms} / ${sm.p95Ms} ms (target p95 ≤ ${sm.targetP95Ms} ms, ${sm.steps} steps)`);
if (sm?.toAnswersPage) line('4x CPU: Continue on the last question to the answers page, p50 / max', `${sm.toAnswersPage.p50Ms} / ${sm.toAnswersPage.maxMs} ms (${sm.toAnswersPage.walks} walks)`);
const pcm = need('pdfChromiumMobile');
if (pcm) line('PDF at 4x CPU: first click / median / longest page task', `${pcm.firstMs} / ${pcm.medianMs} / ${pcm.longestTaskMs} ms (target ≤ 800 ms)${pcm.inPageFirstMs !== undefined ? `; in the page ${pcm.inPageFirstMs} / ${pcm.inPageMedianMs} ms` : ''}`);
if (pc?.longestTaskMs !== undefined) line('PDF in Chromium, longest task on the page\'s thread', `${pc.longestTaskMs} ms (target: none over 50 ms)`);
const prof = need('pdfProfileNode');
if (prof) {
  line('PDF build in Node, profiled (both files)', `${prof.msPerBuild} ms per build; largest self times:`);
  for (const t of prof.topSelf) lines.push(`  ${t}`);
}
const lh = need('lighthouse');
if (lh) {
  line(`Lighthouse ${lh.lighthouseVersion} mobile performance`, `${lh.performance} (target ≥ ${lh.targets.performance})`);
  line(`Lighthouse ${lh.lighthouseVersion} mobile accessibility`, `${lh.accessibility} (target ${lh.targets.accessibility})`);
}

const lp = need('lighthousePlain');
if (lp) line(`Lighthouse ${lp.lighthouseVersion} mobile performance, host without compression`, `${lp.performance} (target ≥ ${lp.targets.performance})`);

console.log('\n== bench figures ==');
console.log(lines.join('\n'));
mkdirSync(path.dirname(committed), { recursive: true });
writeFileSync(committed, `${JSON.stringify(r, null, 2)}\n`);
console.log(`wrote ${path.relative(process.cwd(), committed)}`);
if (missing.length) {
  console.error(`missing figures: ${missing.join(', ')}`);
  process.exit(1);
}

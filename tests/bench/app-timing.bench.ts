/**
 * App figures for `npm run bench` (docs/adr/0004-bundle-budget.md), in headless Chromium against
 * the built app:
 * - initial JS: what the browser loads before the first question (tests/e2e/support/initial-js.ts),
 *   and every other JS file of the build (lazy chunks) with its raw and gzip size;
 * - step time: from the click on Continue to the next question's heading painted (the heading is
 *   in the DOM, then one requestAnimationFrame and the task after it, i.e. after that frame),
 *   measured in the page with performance.now(), over real steps walked with the e2e answer
 *   tables; p50 / p95 (target p95 ≤ 50 ms);
 * - Lighthouse (lighthouse@12 on the system Chromium): mobile, performance and accessibility
 *   (targets ≥ 95 and 100). Only here, never in `npm test`.
 * Every figure goes to tests/artifacts/bench-results.json; tests/bench/summary.mjs prints them
 * and copies them to tests/bench/results.json.
 */
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import { findStep } from '../../src/domain';
import { pressStart } from '../e2e/support/app';
import { CHROMIUM_ARGS, chromiumPath, launchBrowser, openPage } from '../e2e/support/browser';
import { DIST, distFileSizes, INITIAL_JS_BUDGET_KB, kB, measureInitialJs } from '../e2e/support/initial-js';
import { currentStepId, fillField } from '../e2e/support/journey';
import { detained, duiInCourt, strongInCourt, unsureInProceedings } from '../e2e/support/personas';
import { type Answers, finalOrderBaseline, inCourtBaseline } from '../unit/domain/walk';
import { record } from './record';

const baseURL = inject('baseURL');
const ARTIFACTS = path.resolve(import.meta.dirname, '../artifacts');
const MIN_STEPS = 60;
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});


const percentile = (xs: number[], p: number) => {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
};
const round1 = (x: number) => Math.round(x * 10) / 10;

it('initial JS in Chromium, and the lazy chunks', async () => {
  const initial = await measureInitialJs(browser, baseURL);
  const loaded = new Set(initial.scripts.map((s) => s.file));
  const lazy = readdirSync(path.join(DIST, 'assets'))
    .filter((f) => f.endsWith('.js') && !loaded.has(`assets/${f}`))
    .map((f) => ({ file: `assets/${f}`, ...distFileSizes(`assets/${f}`) }))
    .sort((a, b) => a.file.localeCompare(b.file));
  console.log(
    `initial JS before the first question (Chromium): gzip ${kB(initial.gzipBytes).toFixed(2)} kB (budget ${INITIAL_JS_BUDGET_KB} kB), ` +
      `raw ${kB(initial.rawBytes).toFixed(2)} kB, ${initial.scripts.length} files`,
  );
  record('initialJsBrowser', {
    gzipKB: kB(initial.gzipBytes),
    rawKB: kB(initial.rawBytes),
    transferKB: kB(initial.transferBytes),
    decodedKB: kB(initial.decodedBytes),
    budgetKB: INITIAL_JS_BUDGET_KB,
    startToFirstQuestionMs: round1(initial.startToFirstQuestionMs),
    files: initial.scripts.map((s) => ({ file: s.file, rawKB: kB(s.rawBytes), gzipKB: kB(s.gzipBytes), transferKB: kB(s.transferBytes) })),
  });
  record('lazyChunks', lazy.map((c) => ({ file: c.file, rawKB: kB(c.rawBytes), gzipKB: kB(c.gzipBytes) })));
  expect(initial.scripts.length).toBeGreaterThan(0);
});

/** In the page: resolves with the time from the next click to a new h1 on a new URL, after one frame. */
function armStepTimer(page: Page): Promise<void> {
  return page.evaluate(() => {
    const w = window as unknown as { __pdStep?: Promise<{ ms: number; hash: string }> };
    const oldH1 = document.querySelector('h1');
    const oldHash = location.hash;
    w.__pdStep = new Promise((resolve) => {
      let t0 = 0;
      document.addEventListener('click', () => { t0 = performance.now(); }, { capture: true, once: true });
      const observer = new MutationObserver(() => {
        const h1 = document.querySelector('h1');
        if (!t0 || location.hash === oldHash || !h1 || h1 === oldH1) return;
        observer.disconnect();
        requestAnimationFrame(() => setTimeout(() => resolve({ ms: performance.now() - t0, hash: location.hash }), 0));
      });
      observer.observe(document.body, { childList: true, subtree: true, characterData: true });
    });
  });
}

async function readStepTimer(page: Page): Promise<{ ms: number; hash: string }> {
  const timeout = new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`no new page after Continue on ${page.url()}`)), 10_000));
  return Promise.race([page.evaluate(() => (window as unknown as { __pdStep: Promise<{ ms: number; hash: string }> }).__pdStep), timeout]);
}

/**
 * Walks one persona from the start page to the review page; returns the question-to-question
 * times. `installed`: wait first until the service worker has installed (it downloads and caches
 * the whole app, ~3 MB, PDF code and fonts included, once per device); otherwise the walk starts
 * at once, as on a person's very first visit, while that download competes for the CPU.
 */
async function walkTimed(answers: Answers, installed: boolean): Promise<{ ms: number; from: string }[]> {
  const { context, page } = await openPage(browser, baseURL, { serviceWorkers: 'allow' });
  const times: { ms: number; from: string }[] = [];
  try {
    if (installed) {
      await page.evaluate(async () => {
        await navigator.serviceWorker.ready;
      });
      await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 15_000 });
    }
    await pressStart(page);
    for (let n = 0; n < 80; n++) {
      await page.waitForFunction(() => /#\/(questions\/[a-z0-9-]+|review)/.test(location.hash));
      const id = currentStepId(page);
      if (id === null) return times;
      const step = findStep(id);
      if (!step) throw new Error(`unknown step in URL: ${page.url()}`);
      await page.locator('form button[type="submit"]').waitFor();
      for (const f of step.fields) if (f.path in answers) await fillField(page, f.path, answers[f.path], 'en');
      await armStepTimer(page);
      await page.locator('form button[type="submit"]').click();
      const { ms, hash } = await readStepTimer(page);
      if (hash.startsWith('#/questions/')) times.push({ ms, from: id });
    }
    throw new Error('too many steps');
  } finally {
    await context.close();
  }
}

async function stepTimes(installed: boolean): Promise<{ steps: { ms: number; from: string }[]; walked: string[] }> {
  const personas: [string, Answers][] = [
    ['inCourtBaseline', inCourtBaseline],
    ['strongInCourt', strongInCourt],
    ['duiInCourt', duiInCourt],
    ['finalOrderBaseline', finalOrderBaseline],
    ['unsureInProceedings', unsureInProceedings],
    ['detained', detained],
  ];
  const steps: { ms: number; from: string }[] = [];
  const walked: string[] = [];
  for (let i = 0; steps.length < MIN_STEPS; i++) {
    const [name, answers] = personas[i % personas.length]!;
    steps.push(...(await walkTimed(answers, installed)));
    walked.push(name);
    if (i > 20) throw new Error('the personas walk too few steps');
  }
  return { steps, walked };
}

function reportSteps(label: string, key: string, { steps, walked }: { steps: { ms: number; from: string }[]; walked: string[] }): void {
  const times = steps.map((s) => s.ms);
  const p50 = percentile(times, 50);
  const p95 = percentile(times, 95);
  console.log(`${label}: p50 ${round1(p50)} ms, p95 ${round1(p95)} ms, max ${round1(Math.max(...times))} ms over ${times.length} steps (${walked.join(', ')})`);
  // The slowest steps, to see where time goes when p95 moves.
  const slowest = [...steps].sort((a, b) => b.ms - a.ms).slice(0, 5).map((s) => `${s.from} ${round1(s.ms)} ms`);
  console.log(`${label}, slowest (Continue on): ${slowest.join(', ')}`);
  record(key, { p50Ms: round1(p50), p95Ms: round1(p95), maxMs: round1(Math.max(...times)), steps: times.length, personas: walked, targetP95Ms: 50, slowest });
  expect(times.length).toBeGreaterThanOrEqual(MIN_STEPS);
}

it(`step time: Continue to the next question painted, over ≥ ${MIN_STEPS} steps, app installed for offline use`, async () => {
  reportSteps('step time (installed)', 'stepTiming', await stepTimes(true));
});

it(`step time on a first visit, while the service worker downloads the app, over ≥ ${MIN_STEPS} steps`, async () => {
  reportSteps('step time (first visit)', 'stepTimingFirstVisit', await stepTimes(false));
});


interface LighthouseReport {
  lighthouseVersion: string;
  categories: Record<string, { score: number | null; auditRefs: { id: string; weight: number }[] }>;
  audits: Record<string, { numericValue?: number; score: number | null; title: string }>;
}

function runLighthouse(url: string, outFile: string): Promise<void> {
  const cli = path.resolve(import.meta.dirname, '../../node_modules/lighthouse/cli/index.js');
  const args = [
    cli,
    url,
    '--quiet',
    '--output=json',
    `--output-path=${outFile}`,
    '--only-categories=performance,accessibility',
    '--form-factor=mobile',
    `--chrome-flags=${CHROMIUM_ARGS.join(' ')}`,
  ];
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { env: { ...process.env, CHROME_PATH: chromiumPath() }, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => { stderr += d.toString(); });
    const timer = setTimeout(() => { child.kill('SIGKILL'); reject(new Error('lighthouse took over 150 s')); }, 150_000);
    child.on('exit', (code) => {
      clearTimeout(timer);
      if (code === 0) resolve();
      else reject(new Error(`lighthouse exited with ${code}:\n${stderr.slice(-2000)}`));
    });
  });
}

it('Lighthouse (mobile): performance and accessibility', { timeout: 180_000 }, async () => {
  const outFile = path.join(ARTIFACTS, 'lighthouse.json');
  rmSync(outFile, { force: true });
  await runLighthouse(baseURL, outFile);
  const report = JSON.parse(readFileSync(outFile, 'utf8')) as LighthouseReport;
  const score = (c: string) => Math.round((report.categories[c]?.score ?? 0) * 100);
  const metric = (a: string) => Math.round(report.audits[a]?.numericValue ?? NaN);
  /** The weighted audits of a category that did not get full marks (what to look at when below target). */
  const belowFull = (c: string) =>
    (report.categories[c]?.auditRefs ?? [])
      .filter((r) => r.weight > 0 && (report.audits[r.id]?.score ?? 1) < 1)
      .map((r) => `${r.id} (${report.audits[r.id]?.score})`);
  const result = {
    lighthouseVersion: report.lighthouseVersion,
    url: 'start page (#/)',
    formFactor: 'mobile',
    performance: score('performance'),
    accessibility: score('accessibility'),
    targets: { performance: 95, accessibility: 100 },
    metricsMs: {
      firstContentfulPaint: metric('first-contentful-paint'),
      largestContentfulPaint: metric('largest-contentful-paint'),
      totalBlockingTime: metric('total-blocking-time'),
      speedIndex: metric('speed-index'),
    },
    cumulativeLayoutShift: Math.round((report.audits['cumulative-layout-shift']?.numericValue ?? NaN) * 1000) / 1000,
    belowFullScore: { performance: belowFull('performance'), accessibility: belowFull('accessibility') },
  };
  console.log(`lighthouse ${result.lighthouseVersion} (mobile): performance ${result.performance}, accessibility ${result.accessibility}`);
  record('lighthouse', result);
  expect(result.performance).toBeGreaterThan(0);
});

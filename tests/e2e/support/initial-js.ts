/**
 * "Initial JS": every script the browser loads before the first question is on screen, measured
 * the way a person meets the app (docs/adr/0004-bundle-budget.md). A fresh browser context opens
 * the start page, presses "Start now", chooses where to save, presses "Start the questions" on the
 * task list and waits for the first question's heading to be painted;
 * the page's Resource Timing entries then list each .js file it had started to fetch by then
 * (entry chunk, shared chunks, locale chunks, anything loaded on the way). What the page fetches
 * once the first question is on screen (the page checks, when the browser is idle) is not
 * counted. Sizes: the bytes the browser received (transfer) and decoded, and the same file from
 * dist/ gzipped at level 9 (what a static host serves), in kB of 1000 bytes as vite prints them. The service worker's own downloads happen in
 * its own context and are not counted. Used by tests/e2e/budget.e2e.ts and the bench.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import { openPage } from './browser';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
export const DIST = path.join(root, 'dist');

/** The budget for initial JS, gzip (issue "quality gate"). */
export const INITIAL_JS_BUDGET_KB = 138;

export interface LoadedScript {
  /** Path inside dist/, e.g. "assets/index-abc123.js". */
  file: string;
  transferBytes: number;
  decodedBytes: number;
  rawBytes: number;
  gzipBytes: number;
}

export interface InitialJs {
  scripts: LoadedScript[];
  transferBytes: number;
  decodedBytes: number;
  rawBytes: number;
  gzipBytes: number;
  /** Milliseconds from pressing "Start the questions" on the task list (after "Start now" and the saving choice) to the first question painted (one sample). */
  startToFirstQuestionMs: number;
}

export const kB = (bytes: number) => Math.round(bytes / 10) / 100;

export function gzipSize(bytes: Buffer): number {
  return gzipSync(bytes, { level: 9 }).length;
}

/** Raw and gzip size of a file in dist/. */
export function distFileSizes(file: string): { rawBytes: number; gzipBytes: number } {
  const bytes = readFileSync(path.join(DIST, file));
  return { rawBytes: bytes.length, gzipBytes: gzipSize(bytes) };
}

/** The English start page heading, button and first question (from the locale files). */
const START_TITLE = (JSON.parse(readFileSync(path.join(root, 'locales/en/common.json'), 'utf8')) as { start: { title: string } }).start.title;
const COMMON = JSON.parse(readFileSync(path.join(root, 'locales/en/common.json'), 'utf8')) as {
  actions: { start: string; continue: string };
  saving: { legend: string; device: string };
  taskList: { title: string; start: string };
};
const START_BUTTON = COMMON.actions.start;
const SAVING_TITLE = COMMON.saving.legend;
const SAVING_DEVICE = COMMON.saving.device;
const CONTINUE_BUTTON = COMMON.actions.continue;
const TASK_LIST_TITLE = COMMON.taskList.title;
const TASK_LIST_START = COMMON.taskList.start;
const FIRST_QUESTION = (
  JSON.parse(readFileSync(path.join(root, 'locales/en/questions.json'), 'utf8')) as { fields: { posture: { detained: { label: string } } } }
).fields.posture.detained.label;

/** `cpu`: slow the page's CPU down by this factor once it has loaded (4 = a cheap phone, DevTools' "4x slowdown"). */
export async function measureInitialJs(browser: Browser, baseURL: string, { cpu = 1 }: { cpu?: number } = {}): Promise<InitialJs> {
  const { context, page } = await openPage(browser, baseURL);
  try {
    if (cpu > 1) await (await context.newCDPSession(page)).send('Emulation.setCPUThrottlingRate', { rate: cpu });
    await page.getByRole('heading', { level: 1, name: START_TITLE, exact: true }).waitFor({ timeout: 15_000 });
    const start = page.getByRole('button', { name: START_BUTTON, exact: true });
    await start.waitFor({ timeout: 15_000 });
    // "Start now", then the saving choice (in the first download too); timed from its "Continue".
    await start.click();
    await page.getByRole('heading', { level: 1, name: SAVING_TITLE, exact: true }).waitFor({ timeout: 15_000 });
    await page.getByLabel(SAVING_DEVICE, { exact: true }).check();
    await page.getByRole('button', { name: CONTINUE_BUTTON, exact: true }).click();
    // The task list ("Your questions"), then its "Start the questions", timed to the first question.
    await page.getByRole('heading', { level: 1, name: TASK_LIST_TITLE, exact: true }).waitFor({ timeout: 15_000 });
    const button = page.getByRole('link', { name: TASK_LIST_START, exact: true });
    // In the page: note the click, then wait for the first question's heading and one frame.
    await page.evaluate((heading) => {
      const w = window as unknown as { __pdFirstQuestion?: Promise<{ ms: number; paintedAt: number }> };
      w.__pdFirstQuestion = new Promise((resolve) => {
        let t0 = 0;
        document.addEventListener('click', () => { t0 = performance.now(); }, { capture: true, once: true });
        const done = () => requestAnimationFrame(() => setTimeout(() => resolve({ ms: performance.now() - t0, paintedAt: performance.now() }), 0));
        const check = () => {
          const h1 = document.querySelector('h1');
          if (t0 && h1?.textContent === heading) {
            observer.disconnect();
            done();
          }
        };
        const observer = new MutationObserver(check);
        observer.observe(document.body, { childList: true, subtree: true, characterData: true });
      });
    }, FIRST_QUESTION);
    await button.click();
    const firstQuestion = await page.evaluate(() => (window as unknown as { __pdFirstQuestion: Promise<{ ms: number; paintedAt: number }> }).__pdFirstQuestion);
    const startToFirstQuestionMs = firstQuestion.ms;
    await page.getByRole('heading', { level: 1, name: FIRST_QUESTION, exact: true }).waitFor({ timeout: 15_000 });

    const entries = await page.evaluate(() =>
      performance.getEntriesByType('resource').map((e) => {
        const r = e as PerformanceResourceTiming;
        return { name: r.name, startTime: r.startTime, transferSize: r.transferSize, decodedBodySize: r.decodedBodySize };
      }),
    );
    const base = new URL(baseURL);
    const seen = new Set<string>();
    const scripts: LoadedScript[] = [];
    for (const e of entries) {
      const url = new URL(e.name);
      if (url.origin !== base.origin || !url.pathname.endsWith('.js') || e.startTime > firstQuestion.paintedAt) continue;
      const file = decodeURIComponent(url.pathname.slice(base.pathname.length));
      if (seen.has(file)) continue;
      seen.add(file);
      scripts.push({ file, transferBytes: e.transferSize, decodedBytes: e.decodedBodySize, ...distFileSizes(file) });
    }
    scripts.sort((a, b) => b.gzipBytes - a.gzipBytes);
    const sum = (k: keyof Omit<LoadedScript, 'file'>) => scripts.reduce((s, f) => s + f[k], 0);
    return {
      scripts,
      transferBytes: sum('transferBytes'),
      decodedBytes: sum('decodedBytes'),
      rawBytes: sum('rawBytes'),
      gzipBytes: sum('gzipBytes'),
      startToFirstQuestionMs,
    };
  } finally {
    await context.close();
  }
}

/** One line per script, biggest first: "assets/x.js  raw 12.34 kB  gzip 4.56 kB". */
export function describeScripts(scripts: readonly LoadedScript[]): string {
  const width = Math.max(10, ...scripts.map((s) => s.file.length));
  return scripts
    .map((s) => `${s.file.padEnd(width)}  raw ${kB(s.rawBytes).toFixed(2).padStart(8)} kB  gzip ${kB(s.gzipBytes).toFixed(2).padStart(7)} kB`)
    .join('\n');
}

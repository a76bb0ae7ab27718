/**
 * "First visit": every file the browser downloads when a person opens the app for the first time,
 * until the service worker has stored the whole app for offline use (issue 17). A fresh context
 * with service workers allowed opens the start page and waits until the worker is active; every
 * response from the server with a body is counted (the page's and the worker's), at the size of
 * the file in dist/ gzipped at level 9, what a compressing static host sends. A file the worker
 * finds in the browser's HTTP cache (the page loaded it already) has no body and is not counted
 * again; one downloaded twice is counted twice. Used by tests/e2e/budget.e2e.ts and the bench.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { DIST, distFileSizes } from './initial-js';

/** The budget for the first visit, gzip (issue 17: 900 kB). */
export const FIRST_VISIT_BUDGET_KB = 900;

export interface Download {
  file: string;
  byWorker: boolean;
  rawBytes: number;
  gzipBytes: number;
}

export interface FirstVisit {
  downloads: Download[];
  rawBytes: number;
  gzipBytes: number;
  /** Files downloaded more than once (the page's first chunks fetched again by the worker, say), index.html apart. */
  twice: string[];
}

export async function measureFirstVisit(browser: Browser, baseURL: string): Promise<FirstVisit> {
  const context = await browser.newContext({ serviceWorkers: 'allow', viewport: { width: 390, height: 844 } });
  const pending: Promise<Download | null>[] = [];
  context.on('requestfinished', (request) => {
    pending.push((async () => {
      const url = new URL(request.url());
      if (!request.url().startsWith(baseURL)) throw new Error(`a request to another origin: ${request.url()}`);
      const sizes = await request.sizes();
      // No body: answered from the HTTP cache (or a 304), nothing downloaded.
      if (sizes.responseBodySize === 0) return null;
      const file = decodeURIComponent(url.pathname.slice(new URL(baseURL).pathname.length)) || 'index.html';
      if (!existsSync(path.join(DIST, file))) return null;
      return { file, byWorker: request.serviceWorker() !== null, ...distFileSizes(file) };
    })());
  });
  try {
    const page = await context.newPage();
    await page.goto(baseURL);
    await page.waitForFunction(async () => (await navigator.serviceWorker.ready).active?.state === 'activated', undefined, { timeout: 60_000 });
    // The last responses of the install are reported just after.
    await page.waitForTimeout(500);
  } finally {
    await context.close();
  }
  const downloads = (await Promise.all(pending)).filter((d): d is Download => d !== null).sort((a, b) => b.gzipBytes - a.gzipBytes);
  const seen = new Set<string>();
  // index.html is fetched again by the worker on purpose (it is the one file without a content
  // hash, so the worker checks it is current); it is counted both times.
  const twice = downloads.filter((d) => d.file !== 'index.html' && (seen.has(d.file) ? true : (seen.add(d.file), false))).map((d) => d.file);
  return {
    downloads,
    rawBytes: downloads.reduce((n, d) => n + d.rawBytes, 0),
    gzipBytes: downloads.reduce((n, d) => n + d.gzipBytes, 0),
    twice,
  };
}

/**
 * One headless Chromium per e2e worker, shared by the files that worker runs one after the other
 * (they share modules: `isolate: false` in vitest.config.ts). tests/e2e/support/setup.ts opens it
 * before a file's tests (at once if it is already up) and, after them, closes every context the
 * file left open, so no page of one file reaches the next. Starting a browser for each file cost
 * about 1 s of CPU each time. The browser ends with its worker: playwright stops the browsers it
 * started when the process exits, and Chromium stops by itself when its pipe to the worker closes.
 * `browser` is a live binding, set once the launch is done; a browser that crashed or was closed
 * is started again for the next file.
 */
import type { Browser } from 'playwright-core';
import { inject } from 'vitest';
import { launchBrowser } from './browser';

/** The preview server's address (tests/e2e/support/global-setup.ts). */
export const baseURL = inject('baseURL');

export let browser: Browser;

export async function openSharedBrowser(): Promise<void> {
  if (browser?.isConnected()) return;
  browser = await launchBrowser();
}

/** After a file: the contexts it did not close (a test that failed midway) go, the browser stays. */
export async function closeLeftoverContexts(): Promise<void> {
  if (!browser?.isConnected()) return;
  await Promise.all(browser.contexts().map((context) => context.close()));
}

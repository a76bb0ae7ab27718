/**
 * One headless Chromium per e2e test file, started before the file's tests and closed after them
 * by tests/e2e/support/setup.ts. `browser` is a live binding, set once the launch is done.
 */
import type { Browser } from 'playwright-core';
import { inject } from 'vitest';
import { launchBrowser } from './browser';

/** The preview server's address (tests/e2e/support/global-setup.ts). */
export const baseURL = inject('baseURL');

export let browser: Browser;

export async function openSharedBrowser(): Promise<void> {
  browser = await launchBrowser();
}

export async function closeSharedBrowser(): Promise<void> {
  await browser?.close();
}

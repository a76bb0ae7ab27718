/**
 * One headless Chromium per e2e test file: importing this module launches it before the file's
 * tests and closes it after them. `browser` is a live binding, set once the launch is done.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, inject } from 'vitest';
import { launchBrowser } from './browser';

/** The preview server's address (tests/e2e/support/global-setup.ts). */
export const baseURL = inject('baseURL');

export let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

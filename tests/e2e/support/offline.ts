/**
 * Checks that a page really is offline. Not with navigator.onLine: after a reload, Chromium 147
 * (the npm one, see chromium.mjs) reads true there although the context is still set offline.
 */
import type { Page } from 'playwright-core';
import { expect } from 'vitest';

/**
 * Fetches a file the service worker does not have (the server would answer 404) and expects the
 * fetch to fail with the network off. The probe's own traces, its failed request in `failed` and
 * the browser's "Failed to load resource" in `errors`, are checked and then taken out again, so
 * the test can still expect both lists to be otherwise empty.
 */
export async function expectNetworkOff(page: Page, recorded: { failed: string[]; errors: string[] }): Promise<void> {
  const probe = new URL(`offline-probe-${Date.now()}.txt`, page.url()).href;
  const failedBefore = recorded.failed.length;
  const errorsBefore = recorded.errors.length;
  const outcome = await page.evaluate(async (url) => {
    try {
      return `answered ${(await fetch(url, { cache: 'no-store' })).status}`;
    } catch (error) {
      return `failed: ${String(error)}`;
    }
  }, probe);
  expect(outcome).toMatch(/^failed: TypeError/);
  await expect.poll(() => recorded.failed.slice(failedBefore)).toEqual([`${probe} net::ERR_INTERNET_DISCONNECTED`]);
  await expect.poll(() => recorded.errors.slice(errorsBefore)).toEqual(['console.error: Failed to load resource: net::ERR_INTERNET_DISCONNECTED']);
  recorded.failed.splice(failedBefore);
  recorded.errors.splice(errorsBefore);
}

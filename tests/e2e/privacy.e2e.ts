/**
 * Privacy in the real browser: deleting the answers leaves nothing of the app in the browser's
 * storage; session-only mode keeps nothing in localStorage; "Exit this page" (button and Shift
 * three times) leaves for the neutral site and leaves no app page in the tab's history; and
 * unreadable saved data shows a recovery page, never a blank one.
 */
import type { Page, Request } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { STORAGE_KEY } from '../../src/state/device-storage';
import { EXIT_URL } from '../../src/ui/exit-button';
import {
  answerSteps,
  expectH1,
  fieldLabel,
  pdKeys,
  questionHash,
  startWizard,
  storedKeys,
  strings,
  waitForHash,
  WAIT,
  withApp,
} from './support/app';
import { foreignRequests, saveScreenshot } from './support/browser';
import { inCourtBaseline } from './support/personas';
import { baseURL, browser } from './support/shared-browser';

const en = strings.en;
const historyLength = (page: Page) => page.evaluate(() => history.length);

describe('deleting the answers', () => {
  it('"Delete my answers from this device" on a question page leaves no pd-helper storage behind', async () => {
    await withApp(browser, baseURL, async ({ page }) => {
      await startWizard(page);
      await answerSteps(page, inCourtBaseline, 3);
      // Also a language choice, which is saved with the case.
      await page.getByRole('button', { name: 'Español', exact: true }).click();
      await page.getByRole('button', { name: 'English', exact: true }).click();
      await expectH1(page, fieldLabel('posture.inProceedings'));
      const before = await storedKeys(page);
      expect(pdKeys(before.local)).toEqual([STORAGE_KEY]);
      expect(before.local[STORAGE_KEY]).toContain('"detained":"no"');

      await page.getByRole('link', { name: en.common.privacy.deleteLink, exact: true }).click();
      await waitForHash(page, '#/delete');
      await expectH1(page, en.pages.deletePage.title);
      // What it cannot delete, said plainly: the browser's history, and files in the Downloads folder.
      const main = page.locator('main');
      for (const text of [en.pages.deletePage.history, en.pages.deletePage.downloads]) expect(await main.getByText(text, { exact: true }).count()).toBe(1);
      await page.getByRole('button', { name: en.pages.deletePage.confirm, exact: true }).click();
      await expectH1(page, en.pages.deletePage.done);
      for (const text of [en.pages.deletePage.history, en.pages.deletePage.downloads]) expect(await main.getByText(text, { exact: true }).count()).toBe(1);
      // So does the Exit button's hint (its accessible description).
      expect(await page.locator('#exit-hint').textContent()).toBe(en.common.exit.hint);
      expect(en.common.exit.hint).toMatch(/History/);
      expect(en.common.exit.hint).toMatch(/Downloads folder/);

      const after = await storedKeys(page);
      expect(pdKeys(after.local)).toEqual([]);
      expect(pdKeys(after.session)).toEqual([]);
      expect(after.idb.filter((n) => n.startsWith('pd-helper'))).toEqual([]);
      expect(after.idb).toEqual([]);

      // And it stays deleted: after a reload the start page offers a fresh start.
      await page.getByRole('link', { name: en.pages.notFound.back, exact: true }).click();
      // The start page's address is written once the page is idle (src/app/hash-router.tsx).
      await waitForHash(page, '#/');
      await page.reload();
      await expectH1(page, en.common.start.title);
      expect(await page.getByRole('button', { name: en.common.actions.start, exact: true }).count()).toBe(1);
      expect(pdKeys((await storedKeys(page)).local)).toEqual([]);
    }, { serviceWorkers: 'allow' });
  });
});

describe('session-only mode', () => {
  it('"No, do not save them on this device" keeps the answers in this tab\'s memory only, warns before a reload loses them, and "Finish and delete" ends it', async () => {
    await withApp(browser, baseURL, async ({ page }) => {
      await expectH1(page, en.common.start.title);
      await startWizard(page, 'en', 'session');
      await answerSteps(page, inCourtBaseline, 2);
      await expectH1(page, fieldLabel('posture.finalOrder'));

      // Nothing of the answers in any storage: only the choice, for this tab.
      const saved = await storedKeys(page);
      expect(pdKeys(saved.local)).toEqual([]);
      expect(pdKeys(saved.session)).toEqual(['pd-helper:session-only']);
      expect(JSON.stringify(saved)).not.toContain('receivedNta');
      expect(await page.locator('.site-footer').textContent()).toContain(en.common.privacy.sessionOnly);

      // A reload would lose them: the browser asks first.
      const asked = new Promise<string>((resolve) => {
        page.once('dialog', (dialog) => {
          resolve(dialog.type());
          void dialog.dismiss();
        });
      });
      await page.evaluate(() => location.reload());
      expect(await asked).toBe('beforeunload');
      await expectH1(page, fieldLabel('posture.finalOrder'));

      // "Finish and delete": back at the start, nothing kept, and no question on leaving.
      await page.getByRole('button', { name: en.common.privacy.finishAndDelete, exact: true }).click();
      await expectH1(page, en.common.start.title);
      const after = await storedKeys(page);
      expect(pdKeys(after.local)).toEqual([]);
      expect(pdKeys(after.session)).toEqual([]);
    }, { serviceWorkers: 'allow' });
  });
});

describe('"Exit this page"', () => {
  /**
   * The app must take a single entry in the tab's history (every in-app navigation replaces it),
   * so that exit's location.replace() leaves no app page to go back to.
   */
  async function answerWhileWatchingHistory(page: Page): Promise<number> {
    await expectH1(page, en.common.start.title);
    // Let the service worker finish precaching the app first, so its downloads (same origin,
    // in the background) cannot come after the exit in the list of requests.
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    const entries = await historyLength(page);
    await startWizard(page);
    await answerSteps(page, inCourtBaseline, 5);
    await expectH1(page, en.questions.steps['court-details'].title);
    await page.getByRole('link', { name: en.common.actions.back, exact: true }).click();
    await waitForHash(page, questionHash('court-status'));
    expect(await historyLength(page)).toBe(entries);
    return entries;
  }

  /**
   * The test browser sends every other origin to a proxy that is not there (NOTHING_LEAVES), so
   * the neutral site is never really contacted: the navigation to EXIT_URL is the last request, the
   * only foreign one, and it fails there. Chromium then shows its error page in place of the app's entry.
   */
  async function expectExited(page: Page, requests: string[], failed: Promise<Request>, entries: number): Promise<void> {
    const request = await failed;
    expect(request.isNavigationRequest()).toBe(true);
    expect(request.failure()?.errorText).toBe('net::ERR_PROXY_CONNECTION_FAILED');
    // Chrome fetches the tab's icon on its own, whenever it gets to it: the one request of the app's
    // that may come after the exit, sent by the browser, not the app, and carrying nothing.
    expect(requests.filter((url) => !/\/assets\/app-icon-32-[\w-]+\.png$/.test(url)).at(-1)).toBe(EXIT_URL);
    expect(foreignRequests(requests, baseURL)).toEqual([EXIT_URL]);
    const appOrigin = new URL(baseURL).origin;
    await expect.poll(() => page.url(), { timeout: WAIT }).toMatch(/^chrome-error:/);
    // location.replace(): the exit took the app's entry instead of adding one.
    expect(await historyLength(page)).toBe(entries);
    // Back does not return to the app: the entry before the app is the new tab's blank page.
    await page.goBack({ timeout: WAIT });
    expect(page.url()).toBe('about:blank');
    expect(page.url().startsWith(appOrigin)).toBe(false);
    expect(await page.locator('#root').count()).toBe(0);
  }

  it('the button leaves for the neutral site, and Back does not show the app', async () => {
    await withApp(browser, baseURL, async ({ page, requests }) => {
      const entries = await answerWhileWatchingHistory(page);
      const failed = page.waitForEvent('requestfailed', { predicate: (r) => r.url() === EXIT_URL, timeout: WAIT });
      await page.getByRole('button', { name: en.common.exit.button, exact: true }).click();
      await expectExited(page, requests, failed, entries);
    }, { serviceWorkers: 'allow', allowedForeign: [EXIT_URL] });
  });

  it('pressing Shift three times does the same', async () => {
    await withApp(browser, baseURL, async ({ page, requests }) => {
      const entries = await answerWhileWatchingHistory(page);
      expect(foreignRequests(requests, baseURL)).toEqual([]);
      await page.keyboard.press('Shift');
      await page.keyboard.press('Shift');
      expect(page.url()).toContain(questionHash('court-status'));
      const failed = page.waitForEvent('requestfailed', { predicate: (r) => r.url() === EXIT_URL, timeout: WAIT });
      await page.keyboard.press('Shift');
      await expectExited(page, requests, failed, entries);
    }, { serviceWorkers: 'allow', allowedForeign: [EXIT_URL] });
  });
});

describe('saved data that cannot be read', () => {
  it('shows the "could not open" page with a download and a start-over button, never a blank page', async () => {
    await withApp(browser, baseURL, async ({ page }) => {
      await expectH1(page, en.common.start.title);
      await page.evaluate((key) => localStorage.setItem(key, '{broken'), STORAGE_KEY);
      await page.reload();

      await expectH1(page, en.pages.loadError.title);
      expect(await page.locator('main').textContent()).toContain(en.pages.loadError.codes.unreadable);
      await saveScreenshot(page, 'load-error');
      // Nothing was written over the damaged data.
      expect((await storedKeys(page)).local[STORAGE_KEY]).toBe('{broken');

      const [download] = await Promise.all([
        page.waitForEvent('download', { timeout: WAIT }),
        page.getByRole('button', { name: en.pages.loadError.download, exact: true }).click(),
      ]);
      expect(download.suggestedFilename()).toMatch(/^pd-case-saved-\d{4}-\d{2}-\d{2}\.pdcase\.json$/);
      expect(readFileSync(await download.path(), 'utf8')).toBe('{broken');

      await page.getByRole('button', { name: en.pages.loadError.startOver, exact: true }).click();
      await expectH1(page, en.common.start.title);
      expect(await page.getByRole('button', { name: en.common.actions.start, exact: true }).count()).toBe(1);
    }, { serviceWorkers: 'allow' });
  });
});

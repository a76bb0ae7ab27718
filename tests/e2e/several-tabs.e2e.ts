/**
 * The app in two tabs of one browser (two pages of one context, sharing storage), and a full
 * storage. A tab follows another tab's saves; when it cannot (it changed something before it
 * heard of the other save) it says so and lets the person choose; nothing is lost without a word.
 * The `storage` event is held back in tab B by a test hook to make that race happen on purpose.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import pagesEn from '../../locales/en/pages.json';
import { answerSteps, expectH1, fieldLabel, startWizard, WAIT, withApp } from './support/app';
import { axeViolations } from './support/axe';
import { inCourtBaseline } from './support/personas';
import { baseURL, browser } from './support/shared-browser';

const KEY = 'pd-helper:case';
const saved = (page: Page) => page.evaluate((key) => localStorage.getItem(key) ?? '', KEY);

async function noViolations(page: Page, screen: string) {
  expect(await axeViolations(page, screen)).toEqual([]);
}

describe('two tabs on one case', () => {
  it('a tab that changed something before hearing of the other tab\'s save asks which answers to keep', async () => {
    await withApp(browser, baseURL, async ({ context, page: a }) => {
      await startWizard(a);
      await answerSteps(a, inCourtBaseline, 1);

      const b = await context.newPage();
      // Test hook: while __holdStorageEvents is true, this tab does not hear other tabs' saves.
      await b.addInitScript(() => {
        const w = window as unknown as { __holdStorageEvents?: boolean };
        window.addEventListener('storage', (e) => {
          if (w.__holdStorageEvents) e.stopImmediatePropagation();
        }, true);
      });
      await b.goto(`${baseURL}#/questions/notice-to-appear`);
      await expectH1(b, fieldLabel('posture.receivedNta'));
      await b.evaluate(() => { (window as unknown as { __holdStorageEvents: boolean }).__holdStorageEvents = true; });

      // Tab A answers the next question (and saves); tab B answers it differently, unaware.
      await answerSteps(a, inCourtBaseline, 1);
      expect(await saved(a)).toContain('"receivedNta":"yes"');
      await answerSteps(b, { ...inCourtBaseline, 'posture.receivedNta': 'unknown' }, 1);

      const banner = b.getByRole('region', { name: pagesEn.saveStatus.conflict.title });
      await banner.waitFor({ timeout: WAIT });
      // Nothing was written over tab A's save.
      expect(await saved(b)).toContain('"receivedNta":"yes"');
      await noViolations(b, 'conflict banner');

      await banner.getByRole('button', { name: pagesEn.saveStatus.conflict.theirs, exact: true }).click();
      await banner.waitFor({ state: 'detached', timeout: WAIT });
      expect(await saved(b)).toContain('"receivedNta":"yes"');
      await b.close();
    });
  });

  it('a tab follows another tab\'s save when it has nothing of its own waiting', async () => {
    await withApp(browser, baseURL, async ({ context, page: a }) => {
      await startWizard(a);
      const b = await context.newPage();
      await b.goto(`${baseURL}#/review`);
      await answerSteps(a, inCourtBaseline, 2);
      // Tab B follows tab A's save (a storage event, then the saved answers read): once it has,
      // its review lists the question A answered. (Until then it may show the review with
      // nothing answered, or the first question it sends a tab with nothing to check to.)
      const nta = fieldLabel('posture.receivedNta');
      await expect.poll(async () => {
        await b.evaluate(() => {
          if (location.hash !== '#/review') location.hash = '#/review';
        });
        return b.getByText(nta, { exact: true }).count();
      }, { timeout: WAIT }).toBeGreaterThan(0);
      // Tab B has tab A's answers (it reloaded them from the save): its question shows A's choice.
      await b.evaluate(() => { location.hash = '#/questions/notice-to-appear'; });
      await expectH1(b, fieldLabel('posture.receivedNta'));
      await b.locator('input[type="radio"]:checked').waitFor({ timeout: WAIT });
      expect(await b.locator('input[type="radio"]:checked').getAttribute('value')).toBe('yes');
      await b.close();
    });
  });
});

describe('storage full', () => {
  it('says the answers are not being saved and offers a case file; the questions go on', async () => {
    await withApp(browser, baseURL, async ({ page }) => {
      await page.addInitScript(() => {
        const w = window as unknown as { __storageFull?: boolean };
        const setItem = Storage.prototype.setItem;
        Storage.prototype.setItem = function (this: Storage, key: string, value: string) {
          if (w.__storageFull && key === 'pd-helper:case') throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
          setItem.call(this, key, value);
        };
      });
      await page.reload();
      await startWizard(page);
      await page.evaluate(() => { (window as unknown as { __storageFull: boolean }).__storageFull = true; });
      await answerSteps(page, inCourtBaseline, 1);
      await expectH1(page, fieldLabel('posture.receivedNta'));
      const banner = page.getByRole('region', { name: pagesEn.saveStatus.failed.title });
      await banner.waitFor({ timeout: WAIT });
      expect(await banner.getByRole('link', { name: pagesEn.saveStatus.failed.caseFile, exact: true }).count()).toBe(1);
      await noViolations(page, 'storage full');

      // Room again: the next answer saves everything, and the note goes away.
      await page.evaluate(() => { (window as unknown as { __storageFull: boolean }).__storageFull = false; });
      await answerSteps(page, inCourtBaseline, 1);
      await banner.waitFor({ state: 'detached', timeout: WAIT });
      expect(await saved(page)).toContain('"receivedNta":"yes"');
    });
  });
});

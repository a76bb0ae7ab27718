/**
 * Layout on a very narrow phone (320 CSS px, the WCAG 1.4.10 reflow width): no page scrolls
 * sideways — the start page, a question page showing its error summary, the review page and the
 * result page (a "talk to a lawyer first" result, which carries the most content).
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { expectH1, fieldLabel, openResult, startWizard, strings, WAIT, withApp } from './support/app';
import { launchBrowser, saveScreenshot } from './support/browser';
import { answerQuestions } from './support/journey';
import { duiInCourt } from './support/personas';

const baseURL = inject('baseURL');
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const en = strings.en;
const WIDTH = 320;

/** The document is no wider than the viewport; on failure, names the elements that stick out. */
async function expectNoSidewaysScroll(page: Page): Promise<void> {
  const { scrollWidth, wide } = await page.evaluate(() => {
    const limit = document.documentElement.clientWidth;
    const wide = [...document.querySelectorAll('body *')]
      .filter((el) => el.getBoundingClientRect().right > limit + 0.5)
      .slice(0, 5)
      .map((el) => `${el.tagName.toLowerCase()}.${el.className} (right ${Math.round(el.getBoundingClientRect().right)})`);
    return { scrollWidth: document.documentElement.scrollWidth, wide };
  });
  expect(scrollWidth, `wider than the screen: ${wide.join(', ')}`).toBeLessThanOrEqual(WIDTH);
}

describe(`at ${WIDTH} px wide`, () => {
  it('the start, question (with errors), review and result pages do not scroll sideways', async () => {
    await withApp(browser, baseURL, async ({ page }) => {
      await expectH1(page, en.common.start.title);
      await expectNoSidewaysScroll(page);
      await saveScreenshot(page, 'narrow-320-start');

      await startWizard(page);
      await page.getByRole('button', { name: en.common.actions.continue, exact: true }).click();
      await page.locator('.error-summary').waitFor({ timeout: WAIT });
      expect(await page.locator('#error-summary-title').textContent()).toBe(en.common.errors.summaryTitle);
      expect(await page.locator('.error-summary li').textContent()).toBe(
        `${fieldLabel('posture.detained')}: ${en.common.errors.choose}`,
      );
      expect(await page.title()).toBe(`${en.common.errors.titlePrefix} ${fieldLabel('posture.detained')} – ${en.common.app.name}`);
      await expectNoSidewaysScroll(page);
      await saveScreenshot(page, 'narrow-320-question-error');

      await answerQuestions(page, duiInCourt);
      await expectH1(page, en.common.review.title);
      await expectNoSidewaysScroll(page);
      await saveScreenshot(page, 'narrow-320-review');

      await openResult(page, 'lawyer-first');
      await expectNoSidewaysScroll(page);
      await saveScreenshot(page, 'narrow-320-result');
    }, { viewport: { width: WIDTH, height: 800 } });
  });
});

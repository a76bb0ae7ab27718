/**
 * A move to another page starts where a page load would: at the top, with the focus on the new
 * page's heading (a screen reader reads it). Before, the focus was left on <body>, the pressed
 * button having gone with its page, and a long page opened scrolled down. Keyboard only.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { walk } from '../unit/domain/walk';
import { questionHash, seedCase, strings, WAIT, withApp } from './support/app';
import { inCourtBaseline } from './support/personas';
import { baseURL, browser } from './support/shared-browser';

const en = strings.en;

const focused = (page: Page) => page.evaluate(() => ({
  tag: document.activeElement?.tagName ?? '',
  text: document.activeElement?.textContent?.trim() ?? '',
  scrollY: Math.round(window.scrollY),
}));

describe('a move to another page', () => {
  it('starts at the top, with the focus on the new page\'s heading', async () => {
    await withApp(browser, baseURL, async ({ page }) => {
      const c = walk(inCourtBaseline).c;
      await seedCase(page, c, questionHash('presence'), 'en');
      const firstTitle = en.questions.steps.presence.title;
      await page.getByRole('heading', { level: 1, name: firstTitle }).waitFor({ timeout: WAIT });
      // Continue, reached and pressed from the keyboard at the foot of the page.
      const button = page.getByRole('button', { name: en.common.actions.continue });
      await button.focus();
      expect((await focused(page)).scrollY).toBeGreaterThan(0);
      const before = page.url();
      await page.keyboard.press('Enter');
      await page.waitForFunction((u) => location.href !== u, before, { timeout: WAIT });
      await page.locator('h1').filter({ hasNotText: firstTitle }).waitFor({ timeout: WAIT });
      // In the task after the frame that shows the page.
      await expect.poll(async () => (await focused(page)).tag, { timeout: WAIT }).toBe('H1');
      const next = await focused(page);
      expect(next.text).toBe(await page.locator('h1').textContent());
      expect(next.scrollY).toBe(0);

      // A page that loads on demand: the result, from the answers page's button.
      await page.evaluate(() => { location.hash = '#/review'; });
      await page.getByRole('heading', { level: 1, name: en.pages.review.title }).waitFor({ timeout: WAIT });
      await page.getByRole('link', { name: en.pages.review.submit }).focus();
      await page.keyboard.press('Enter');
      await page.waitForFunction(() => location.hash === '#/result', undefined, { timeout: WAIT });
      await expect.poll(async () => (await focused(page)).tag, { timeout: WAIT }).toMatch(/^(H1|MAIN)$/);
      expect((await focused(page)).scrollY).toBe(0);
    }, { viewport: { width: 390, height: 600 } });
  });

  it('returns to the changed answer after "Save and go back to your answers"', async () => {
    await withApp(browser, baseURL, async ({ page }) => {
      await seedCase(page, walk(inCourtBaseline).c, '#/review', 'en');
      await page.getByRole('heading', { level: 1, name: en.pages.review.title }).waitFor({ timeout: WAIT });
      // An answer far down the page, changed from the keyboard.
      const label = en.questions.fields.criminal.anyArrest.label;
      const change = page.getByRole('link', { name: `${en.common.actions.change} ${label}` });
      await change.focus();
      await page.keyboard.press('Enter');
      await page.locator('#f-criminal-anyArrest-no').check({ timeout: WAIT });
      await page.getByRole('button', { name: en.common.actions.saveAndReview }).focus();
      await page.keyboard.press('Enter');
      await page.getByRole('heading', { level: 1, name: en.pages.review.title }).waitFor({ timeout: WAIT });
      // The focus is on that answer's Change link, on screen, not on the heading at the top.
      await expect.poll(async () => (await focused(page)).text, { timeout: WAIT }).toBe(`${en.common.actions.change} ${label}`);
      const onScreen = await page.evaluate(() => {
        const r = document.activeElement!.getBoundingClientRect();
        return r.top >= 0 && r.bottom <= window.innerHeight;
      });
      expect(onScreen).toBe(true);
      expect((await focused(page)).scrollY).toBeGreaterThan(0);
    }, { viewport: { width: 390, height: 600 } });
  });
});

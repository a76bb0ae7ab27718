import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { assertOnlySameOrigin, launchBrowser, openPage, saveScreenshot } from './support/browser';
import { answerQuestions } from './support/journey';
import { inCourtBaseline } from '../unit/domain/walk';

const baseURL = inject('baseURL');
let browser: Browser;
beforeAll(async () => { browser = await launchBrowser(); });
afterAll(async () => { await browser?.close(); });

describe('wizard smoke', () => {
  it('walks an in-court persona to the review page', async () => {
    const { context, page, requests, errors } = await openPage(browser, baseURL);
    try {
      await page.getByRole('button', { name: 'Start now' }).click();
      const visited = await answerQuestions(page, inCourtBaseline);
      await saveScreenshot(page, 'review-en');
      expect(visited).toContain('court-details');
      await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Check your answers');
      expect(errors).toEqual([]);
      assertOnlySameOrigin(requests, baseURL);
    } finally {
      await context.close();
    }
  });
});

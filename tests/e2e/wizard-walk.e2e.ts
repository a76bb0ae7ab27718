import { describe, expect, it } from 'vitest';
import { assertOnlySameOrigin, openPage, saveScreenshot } from './support/browser';
import { answerQuestions } from './support/journey';
import { inCourtBaseline } from '../unit/domain/walk';
import { baseURL, browser } from './support/shared-browser';

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

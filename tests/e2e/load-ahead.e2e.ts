/**
 * In the built app: the answers page loads while the last question is read, the result while
 * the answers page is, the letter while the result is, and the checklist while the letter is, so
 * each shows at once, with no loading line (src/app/app.tsx,
 * `LoadAhead`). React shows a page that waited behind a loading line no sooner than 300 ms after
 * the line appeared: on a slow phone that was most of Continue on the last question (issue 17).
 */
import { expect, it } from 'vitest';
import { stepUrl } from '../../src/ui/paths';
import { inCourtBaseline, walk } from '../unit/domain/walk';
import { expectH1, seedCase, strings, waitForHash, withApp } from './support/app';
import { baseURL, browser } from './support/shared-browser';
import type { Page } from 'playwright-core';

const person = walk(inCourtBaseline).c;

/** Starts counting the loading lines that appear in the page from now on, however briefly. */
function watchLoadingLines(page: Page): Promise<void> {
  return page.evaluate(() => {
    const w = window as unknown as { __loadingLines: number };
    w.__loadingLines = 0;
    new MutationObserver((records) => {
      for (const r of records) {
        for (const n of r.addedNodes) if (n instanceof Element && (n.matches('.page-loading') || n.querySelector('.page-loading'))) w.__loadingLines++;
      }
    }).observe(document.body, { childList: true, subtree: true });
  });
}
const loadingLines = (page: Page) => page.evaluate(() => (window as unknown as { __loadingLines: number }).__loadingLines);

/**
 * Reads the page a moment (it loads the next ones once it is on screen and the browser is idle),
 * follows the link and waits for the next page: no loading line may have shown on the way.
 */
async function follow(page: Page, link: string, hash: string): Promise<void> {
  await page.waitForTimeout(1500);
  await page.getByRole('link', { name: link, exact: true }).first().click();
  await waitForHash(page, hash);
  await page.locator('h1').waitFor();
  expect(await loadingLines(page)).toBe(0);
}

it('shows the answers page after the last question, then the result, the letter and the checklist, with no loading line', async () => {
  await withApp(browser, baseURL, async ({ page }) => {
    await seedCase(page, person, `#${stepUrl('contact')}`, 'en');
    await page.locator('form button[type="submit"]').waitFor();
    await page.waitForTimeout(1500);
    await watchLoadingLines(page);
    await page.locator('form button[type="submit"]').click();
    await waitForHash(page, '#/review');
    await expectH1(page, strings.en.pages.review.title);
    expect(await loadingLines(page)).toBe(0);

    await follow(page, strings.en.pages.review.submit, '#/result');
    // The result's next step for this person, then from the letter the checklist.
    await follow(page, strings.en.pages.result.next.letter, '#/letter');
    await follow(page, strings.en.pages.letter.toChecklist, '#/checklist');
  });
});

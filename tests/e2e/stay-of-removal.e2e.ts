/**
 * The final-order route's stay of removal draft (issue 15 §3), in the built app: from the result
 * page to #/stay-of-removal, the details saved and kept after a reload, the DRAFT PDF downloaded
 * and read back, axe 0 in English and Spanish, and the page at 390 px, 1280 px and 200 % zoom.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { walk } from '../unit/domain/walk';
import { extractPages } from '../unit/pdf/support';
import { expectH1, type Lang, seedCase, strings, WAIT, withApp } from './support/app';
import { axeViolations } from './support/axe';
import { saveScreenshot } from './support/browser';
import { finalOrderBaseline } from './support/personas';
import { baseURL, browser } from './support/shared-browser';

async function expectNoSidewaysScroll(page: Page): Promise<void> {
  const { scrollWidth, clientWidth } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    clientWidth: document.documentElement.clientWidth,
  }));
  expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
}

describe.each<Lang>(['en', 'es'])('stay of removal draft (%s)', (lang) => {
  const s = strings[lang].pages.stayOfRemoval;

  it('walks from the result to the draft, saves the details and downloads the DRAFT PDF', async () => {
    await withApp(browser, baseURL, async ({ page }) => {
      await seedCase(page, walk({ ...finalOrderBaseline, 'favourable.work': 'yes' }).c, '#/result', lang);
      await page.getByRole('link', { name: s.link }).first().click({ timeout: WAIT });
      await expectH1(page, s.title);
      expect(await axeViolations(page, `${lang} stay of removal`)).toEqual([]);
      await expectNoSidewaysScroll(page);
      await saveScreenshot(page, `stay-${lang}-390`);

      await page.getByLabel(s.form.until).fill('6 months');
      await page.getByLabel(s.form.court).fill('Chicago');
      await page.getByRole('checkbox', { name: s.form.supervision }).check();
      await page.getByRole('button', { name: s.form.save }).click();
      await page.getByText(s.form.saved).waitFor({ timeout: WAIT });
      await page.reload();
      await expectH1(page, s.title);
      expect(await page.getByLabel(s.form.until).inputValue()).toBe('6 months');
      expect(await page.getByRole('checkbox', { name: s.form.supervision }).isChecked()).toBe(true);

      const [download] = await Promise.all([
        page.waitForEvent('download', { timeout: 30_000 }),
        page.getByRole('button', { name: s.download.button }).click(),
      ]);
      expect(download.suggestedFilename()).toMatch(/^DRAFT-stay-statement-.+\.pdf$/);
      await page.locator('#stay-draft-status .panel--done').waitFor({ timeout: WAIT });
      const pages = await extractPages(new Uint8Array(readFileSync((await download.path())!)));
      // The DRAFT banner on every page, in that page's language (the packet list is in the page language).
      for (const p of pages) {
        const pageText = p.text.replace(/\s+/g, ' ');
        expect(pageText).toContain(/Página \d/.test(pageText) ? strings.es.pages.stayOfRemoval.pdf.draftBanner : strings.en.pages.stayOfRemoval.pdf.draftBanner);
      }
      const text = pages.map((p) => p.text).join(' ').replace(/\s+/g, ' ');
      expect(text).toContain('to stay my removal for this period: 6 months.');
      expect(text).toContain('by the immigration court in Chicago.');
      expect(text).toContain('I am willing to follow the conditions of an Order of Supervision');
      expect(text).toContain(s.pdf.packetTitle);
      expect(text).toContain('101 W. Ida B. Wells Dr, Suite 4000, Chicago IL 60605');
      expect(await axeViolations(page, `${lang} stay of removal, saved`)).toEqual([]);

      await page.setViewportSize({ width: 1280, height: 900 });
      await saveScreenshot(page, `stay-${lang}-1280`);
      // 200 % zoom of a 1280×800 window: 640×400 CSS px, still no sideways scroll.
      await page.setViewportSize({ width: 640, height: 400 });
      await expectNoSidewaysScroll(page);
    }, { locale: lang === 'es' ? 'es-US' : 'en-US' });
  }, 90_000);
});

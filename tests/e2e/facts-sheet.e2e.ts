/**
 * The facts sheet of a detained person in the built app (issue 15 §4), in English and Spanish:
 * reached from the detained result page, details typed and saved with the keyboard, the one-page
 * PDF downloaded and read back; axe finds nothing at 390 and 1280 px, nothing scrolls sideways, and
 * the browser prints only the on-screen sheet.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { languageInfo } from '../../src/domain';
import { walk } from '../unit/domain/walk';
import { extractPages } from '../unit/pdf/support';
import { expectH1, type Lang, seedCase, strings, WAIT, waitForHash, withApp } from './support/app';
import { axeViolations } from './support/axe';
import { saveScreenshot } from './support/browser';
import { detained } from './support/personas';
import { baseURL, browser } from './support/shared-browser';

async function expectNoSidewaysScroll(page: Page): Promise<void> {
  const { scrollWidth, clientWidth } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    clientWidth: document.documentElement.clientWidth,
  }));
  expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
}

describe.each<Lang>(['en', 'es'])('facts sheet (%s)', (lang) => {
  const s = strings[lang].pages.factsSheet;

  it('opens from the detained result, saves the details, and downloads a one-page sheet', async () => {
    await withApp(browser, baseURL, async ({ page }) => {
      await seedCase(page, walk({ ...detained, 'posture.detainedPerson': 'someone_else' }).c, '#/result', lang);
      await page.getByRole('link', { name: s.link, exact: true }).click({ timeout: WAIT });
      await waitForHash(page, '#/facts-sheet');
      await expectH1(page, s.title);
      expect(await axeViolations(page, `${lang} facts sheet 390`)).toEqual([]);
      await expectNoSidewaysScroll(page);

      // A bad A-number: the error summary, then fixed and sent with Enter.
      await page.getByLabel(s.form.fullName).fill('José Núñez Peña');
      await page.getByLabel(s.form.aNumber).fill('12');
      await page.getByLabel(s.form.countryOfBirth).fill('Guatemala');
      await page.getByRole('button', { name: s.form.save }).click();
      await page.locator('.error-summary').waitFor({ timeout: WAIT });
      expect(await page.locator('.error-summary li').allTextContents()).toEqual([`${s.form.aNumber}: ${s.errors.aNumber}`]);
      expect(await axeViolations(page, `${lang} facts sheet, errors`)).toEqual([]);
      await page.getByLabel(s.form.aNumber).fill('012345678');
      await page.keyboard.press('Enter');
      await page.getByText(s.form.saved).waitFor({ timeout: WAIT });
      await saveScreenshot(page, `facts-sheet-390-${lang}`);

      const [download] = await Promise.all([
        page.waitForEvent('download', { timeout: 30_000 }),
        page.getByRole('button', { name: s.download.button }).click(),
      ]);
      expect(download.suggestedFilename()).toMatch(/^facts-sheet-José-Núñez-Peña-\d{4}-\d{2}-\d{2}\.pdf$/);
      const pages = await extractPages(new Uint8Array(readFileSync((await download.path())!)));
      expect(pages).toHaveLength(1);
      const text = pages[0]!.text.replace(/\s+/g, ' ');
      expect(text).toContain(s.pdf.title);
      expect(text).toContain('José Núñez Peña');
      expect(text).toContain('A-012-345-678');
      expect(text).toContain('Broadview Processing Center');
      expect(text).toContain(s.pdf.notKnown);
      await page.locator('#facts-sheet-status .panel--done').waitFor({ timeout: WAIT });
      expect(await axeViolations(page, `${lang} facts sheet, saved`)).toEqual([]);

      // The details stay with the case.
      await page.reload();
      await expectH1(page, s.title);
      expect(await page.getByLabel(s.form.countryOfBirth).inputValue()).toBe('Guatemala');

      await page.setViewportSize({ width: 1280, height: 900 });
      expect(await axeViolations(page, `${lang} facts sheet 1280`)).toEqual([]);
      await saveScreenshot(page, `facts-sheet-1280-${lang}`);

      // On paper, from the browser: only the sheet, starting with its title.
      await page.emulateMedia({ media: 'print' });
      const printed = await page.evaluate(() => {
        const shown = (el: Element) => el.getClientRects().length > 0;
        return {
          furniture: [...document.querySelectorAll('.site-header, .exit, .site-footer, .back-link, main h1, form, button, #help-title')].filter(shown).length,
          headings: [...document.querySelectorAll('main h1, main h2, main h3')].filter(shown).map((el) => el.textContent),
        };
      });
      expect(printed.furniture).toBe(0);
      expect(printed.headings[0]).toBe(s.pdf.title);
      await saveScreenshot(page, `facts-sheet-print-${lang}`);
    }, { locale: languageInfo(lang).locale });
  }, 90_000);
});

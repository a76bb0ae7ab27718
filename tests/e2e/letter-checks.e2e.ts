/**
 * Checks before download, in the real browser, in English and in Spanish: pressing Download on a
 * letter with required parts missing downloads nothing; the error summary takes focus and lists
 * each missing part; a link moves focus to its field; the blocked page has no axe violations, at
 * 390 px and at 1280 px; once every part is filled in, the PDF downloads.
 */
import { describe, expect, it } from 'vitest';
import { languageInfo } from '../../src/domain';
import { walk } from '../unit/domain/walk';
import { expectH1, fill, type Lang, seedCase, strings, withApp } from './support/app';
import { AxeAudit } from './support/axe';
import { saveScreenshot } from './support/browser';
import { inCourtBaseline } from './support/personas';
import { incompleteLetter } from '../fixtures/personas';
import { baseURL, browser } from './support/shared-browser';

/** A final letter with every blocking part on this page missing (tests/fixtures/personas.ts). */
const incomplete = { ...inCourtBaseline, ...incompleteLetter };

describe.each<Lang>(['en', 'es'])('checks before download (%s)', (lang) => {
  it('lists each missing part, links to its field, and downloads once everything is there', async () => {
    const { pages, catalog, common } = strings[lang];
    const checks = pages.letter.checks;
    const concern = (title: string) => fill(checks.summary.concern, { concern: title });
    const axe = new AxeAudit();
    await withApp(browser, baseURL, async ({ page }) => {
      await seedCase(page, walk(incomplete).c, '#/letter', lang);
      await expectH1(page, pages.letter.title);
      const button = page.getByRole('button', { name: pages.letter.pdf.button, exact: true });
      let downloads = 0;
      page.on('download', () => { downloads++; });

      await button.click();
      const alert = page.getByRole('alert').filter({ has: page.locator('#download-checks-title') });
      await alert.waitFor();
      expect(await alert.getByRole('heading', { level: 2 }).textContent()).toBe(common.errors.summaryTitle);
      await page.waitForFunction(() => document.activeElement?.getAttribute('role') === 'alert');
      expect(await alert.getByRole('link').allTextContents()).toEqual([
        checks.summary.office,
        checks.summary['humanitarian-not-described'],
        checks.summary['what-is-new'],
        concern(catalog.redFlags.rf_competency.title),
        concern(catalog.factors.border_apprehension.title),
      ]);
      // Each field shows its own message.
      for (const [id, message] of [['office-select', checks.inline.office], ['story', checks.inline['humanitarian-not-described']],
        ['what-is-new', checks.inline['what-is-new']], ['concern-border_apprehension', checks.inline.concern]] as const) {
        expect(await page.locator(`#${id}`).getAttribute('aria-invalid'), id).toBe('true');
        expect(await page.locator(`#${id}-error`).textContent(), id).toBe(`${common.errors.prefix} ${message}`);
      }
      // No PDF was asked for: the page's thread loaded no PDF code (at most the small entry and
      // the worker, warmed when the buttons came into view).
      const loaded = () => page.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name));
      expect((await loaded()).filter((u) => /\/assets\/pdf-[\w-]+\.js$/.test(u) && !/\/assets\/pdf-(worker-)?[\w-]{8}\.js$/.test(u))).toEqual([]);

      await axe.audit(page, `${lang} letter, download blocked (390 px)`);
      await saveScreenshot(page, `letter-checks-${lang}-390`);
      await page.setViewportSize({ width: 1280, height: 900 });
      await axe.audit(page, `${lang} letter, download blocked (1280 px)`);
      await saveScreenshot(page, `letter-checks-${lang}-1280`);

      // A link moves focus to its field.
      await alert.getByRole('link', { name: concern(catalog.factors.border_apprehension.title) }).click();
      await page.waitForFunction(() => document.activeElement?.id === 'concern-border_apprehension');
      expect(await page.evaluate(() => location.hash)).toBe('#/letter');

      // Fill in every part: each entry goes as its part is filled in.
      await alert.getByRole('link', { name: checks.summary.office }).click();
      await page.waitForFunction(() => document.activeElement?.id === 'office-select');
      await page.locator('#office-select').selectOption('opla-new-york');
      await expect.poll(() => alert.getByRole('link').count()).toBe(4);
      await page.locator('#story').fill('My mother is very sick, and I am the one who takes care of her.');
      await page.locator('#what-is-new').fill('My son was born in 2025.');
      await page.locator('#concern-rf_competency').fill('I see a doctor every month. My sister helps me with papers.');
      await expect.poll(() => alert.getByRole('link').allTextContents()).toEqual([concern(catalog.factors.border_apprehension.title)]);
      await page.locator('#concern-border_apprehension').fill('I was 19. I was afraid, and I told the officers the truth.');
      await expect.poll(() => alert.count()).toBe(0);
      expect(await page.locator('[aria-invalid="true"]').count()).toBe(0);
      expect(downloads).toBe(0);

      const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
      expect(download.suggestedFilename()).toMatch(/^PD-request-José-Núñez-Peña-\d{4}-\d{2}-\d{2}\.pdf$/);
      // The explanations are in the letter as typed, each concern in turn.
      const letter = (await page.locator('article.letter').textContent()) ?? '';
      expect(letter.indexOf('I see a doctor every month.')).toBeGreaterThan(-1);
      expect(letter.indexOf('I was 19.')).toBeGreaterThan(letter.indexOf('I see a doctor every month.'));
    }, { locale: languageInfo(lang).locale });
    expect(axe.violations).toEqual([]);
  });
});

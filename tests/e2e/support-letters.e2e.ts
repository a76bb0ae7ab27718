/**
 * The support-letter kit in the built app: reached from a letter on the checklist, the choices
 * are made with the keyboard and survive a reload, the kit downloads as a PDF with each writer's
 * pages in the chosen language; axe finds nothing, and the page fits a 390 px phone and 200 % zoom
 * (screenshots at 390 and 1280 px, EN and ES).
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { walk } from '../unit/domain/walk';
import { extractPages } from '../unit/pdf/support';
import { expectH1, type Lang, seedCase, strings, WAIT, withApp } from './support/app';
import { axeViolations } from './support/axe';
import { saveScreenshot } from './support/browser';
import { strongInCourt } from './support/personas';
import { baseURL, browser } from './support/shared-browser';

async function expectNoSidewaysScroll(page: Page): Promise<void> {
  const { scrollWidth, clientWidth } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    clientWidth: document.documentElement.clientWidth,
  }));
  expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
}

describe.each<Lang>(['en', 'es'])('letters of support (%s)', (lang) => {
  const s = strings[lang].pages.supportLetters;
  const items = strings[lang].catalog.checklist.items;
  const other: Lang = lang === 'en' ? 'es' : 'en';
  const otherLabel = other === 'es' ? 'Español' : 'English';

  it('from the checklist: choose writers and languages, keep them, download the kit', async () => {
    await withApp(browser, baseURL, async ({ page }) => {
      await seedCase(page, walk(strongInCourt).c, '#/checklist', lang);
      // The link's name ends with the item's title (hidden text, read by screen readers).
      const link = page.getByRole('link', { name: items['support-letter-employer'].title });
      expect(await link.textContent({ timeout: WAIT })).toBe(`${s.checklistLink}: ${items['support-letter-employer'].title}`);
      await link.click();
      await expectH1(page, s.title);
      expect(await axeViolations(page, `${lang} support letters`)).toEqual([]);
      await expectNoSidewaysScroll(page);
      await saveScreenshot(page, `support-letters-${lang}-390`);

      // With the keyboard: the doctor is not asked (Space on the box), the spouse's page is in the other language.
      await page.getByRole('checkbox', { name: s.kinds.doctor.name }).focus();
      await page.keyboard.press('Space');
      await page.getByRole('radio', { name: otherLabel }).first().focus();
      await page.keyboard.press('Space');
      expect(await page.getByRole('radio', { name: otherLabel }).first().isChecked()).toBe(true);
      expect(await axeViolations(page, `${lang} support letters, chosen`)).toEqual([]);

      await page.reload();
      await expectH1(page, s.title);
      expect(await page.getByRole('checkbox', { name: s.kinds.doctor.name }).isChecked()).toBe(false);
      const stored = await page.evaluate(() => localStorage.getItem('pd-helper:case') ?? '');
      expect(stored).toContain(`"supportLetters":{"doctor":{"ask":false},"spouse":{"lang":"${other}"}}`);

      const [download] = await Promise.all([
        page.waitForEvent('download', { timeout: 30_000 }),
        page.getByRole('button', { name: s.download.button }).click(),
      ]);
      expect(download.suggestedFilename()).toMatch(/^PD-support-letters-José-Núñez-Peña-\d{4}-\d{2}-\d{2}\.pdf$/);
      await page.locator('#support-kit-status .panel--done').waitFor({ timeout: WAIT });
      const pages = await extractPages(new Uint8Array(readFileSync((await download.path())!)));
      // Five writers (the doctor left out), two pages each; the spouse's in the other language.
      expect(pages).toHaveLength(10);
      const text = pages.map((p) => p.text.replace(/\s+/g, ' '));
      const spouse = strings[other].pages.supportLetters;
      expect(text[0]).toContain(spouse.kit.containsTitle);
      expect(text[0]).toContain(spouse.kinds.spouse.name);
      expect(text[2]).toContain(s.kit.containsTitle);
      expect(text.join(' ')).not.toContain(`(${s.kinds.doctor.name})`);
      expect(await axeViolations(page, `${lang} support letters, saved`)).toEqual([]);

      await page.setViewportSize({ width: 1280, height: 900 });
      await saveScreenshot(page, `support-letters-${lang}-1280`);
      // 200 % zoom of a 1280×800 window: 640×400 CSS px, still no sideways scroll.
      await page.setViewportSize({ width: 640, height: 400 });
      await expectNoSidewaysScroll(page);
    }, { locale: lang === 'es' ? 'es-US' : 'en-US' });
  }, 90_000);
});

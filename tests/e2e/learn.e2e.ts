/**
 * The learn pages in the built app (issue 16 §4): every page in every language has no axe
 * violation and does not scroll sideways on a 390 px phone, and loads no question's words; the rights cards print as
 * wallet-size cards (3.5 × 2 in), eight on one Letter sheet, with nothing else on the paper and
 * no text cut off.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { LANGUAGES, languageInfo, learnTopicIds } from '../../src/domain';
import { strings, withApp, type Lang } from './support/app';
import { AxeAudit } from './support/axe';
import { saveScreenshot } from './support/browser';
import { baseURL, browser } from './support/shared-browser';

async function go(page: Page, hash: string, h1: string): Promise<void> {
  await page.evaluate((h) => { location.hash = h; }, hash);
  await page.locator('h1', { hasText: h1 }).waitFor();
}

async function sidewaysOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

describe.each<Lang>(LANGUAGES.map((l) => l.code))('learn pages (%s)', (lang) => {
  const common = strings[lang].pages;

  it('the index and every topic: no axe violation, no sideways scroll at 390 px', async () => {
    await withApp(browser, `${baseURL}#/learn`, async ({ page, requests }) => {
      const axe = new AxeAudit();
      await page.locator('h1', { hasText: common.learn.title }).waitFor();
      expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
      await saveScreenshot(page, `learn-${lang}-390-index`);
      await axe.audit(page, `${lang} learn index`);
      for (const id of learnTopicIds) {
        await go(page, `#/learn/${id}`, common.learn.topics[id]!);
        // The cards page shows the cards in both languages once their words are in.
        if (id === 'rights-cards') await page.locator(`.rights-card[lang="${LANGUAGES.find((l) => l.code !== lang)!.code}"]`).first().waitFor();
        expect(await sidewaysOverflow(page), id).toBeLessThanOrEqual(0);
        await saveScreenshot(page, `learn-${lang}-390-${id}`);
        await axe.audit(page, `${lang} learn ${id}`);
      }
      expect(axe.violations).toEqual([]);
      // The learn pages name no question: the later questions' words (35 kB) are not loaded for them.
      expect(requests.filter((url) => /questions-later/.test(url))).toEqual([]);
    }, { locale: languageInfo(lang).locale });
  }, 150_000);
});

describe('learn pages at 1280 px and at 200 % zoom', () => {
  it('do not scroll sideways (screenshots for review)', async () => {
    for (const viewport of [{ width: 1280, height: 900 }, { width: 640, height: 400 }]) {
      await withApp(browser, `${baseURL}#/learn`, async ({ page }) => {
        await page.locator('h1').waitFor();
        for (const id of ['', '/rights-cards', '/timeline', '/glossary']) {
          await page.evaluate((h) => { location.hash = h; }, `#/learn${id}`);
          await page.locator('.learn-page').waitFor();
          await page.locator('.learn-section, .learn-index').first().waitFor();
          expect(await sidewaysOverflow(page), `${viewport.width} ${id}`).toBeLessThanOrEqual(0);
          await saveScreenshot(page, `learn-en-${viewport.width}${id.replace('/', '-') || '-index'}`);
        }
      }, { viewport });
    }
  }, 90_000);
});

describe('rights cards on paper', () => {
  it('print as eight 3.5 × 2 in cards with cut lines, EN and ES, on one Letter sheet, nothing cut off', async () => {
    await withApp(browser, `${baseURL}#/learn/rights-cards`, async ({ page }) => {
      await page.locator('.rights-card[lang="es"]').first().waitFor();
      // On screen: one of each card (no copies), wallet size.
      expect(await page.locator('.rights-card:visible').count()).toBe(4);
      await page.emulateMedia({ media: 'print' });
      const cards = await page.evaluate(() =>
        [...document.querySelectorAll<HTMLElement>('.rights-card')].map((card) => {
          const box = card.getBoundingClientRect();
          return {
            lang: card.lang,
            width: box.width,
            height: box.height,
            visible: box.width > 0 && getComputedStyle(card).display !== 'none',
            border: getComputedStyle(card).borderTopStyle,
            // Text that does not fit would be cut off on paper.
            overflow: card.scrollHeight - card.clientHeight,
          };
        }),
      );
      expect(cards).toHaveLength(8);
      for (const c of cards) {
        expect(c.visible).toBe(true);
        expect(c.border).toBe('dashed');
        // 96 CSS px per inch.
        expect(Math.abs(c.width - 3.5 * 96)).toBeLessThan(1);
        expect(Math.abs(c.height - 2 * 96)).toBeLessThan(1);
        expect(c.overflow, `${c.lang} card text is cut off`).toBeLessThanOrEqual(0);
      }
      expect(cards.filter((c) => c.lang === 'en')).toHaveLength(4);
      expect(cards.filter((c) => c.lang === 'es')).toHaveLength(4);
      // Only the cards are on paper: the page's heading, sections and help list are not.
      expect(await page.locator('h1').isVisible()).toBe(false);
      expect(await page.locator('.learn-section').first().isVisible()).toBe(false);
      await saveScreenshot(page, 'learn-rights-cards-print');
      // All eight fit on one US Letter sheet.
      const pdf = await page.pdf({ format: 'Letter', printBackground: true });
      const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? [];
      expect(pages).toHaveLength(1);
    }, { viewport: { width: 1280, height: 900 } });
  }, 60_000);
});

/**
 * The personal declaration in the built app, in English and Spanish: reached from the letter page,
 * written part by part with the keyboard, in the language chosen; the PDF holds what was typed
 * (a Spanish one with the English translation page and the certificate of translation); the
 * letter then cites it at Tab A; axe finds nothing, at 390 px, 1280 px and 200 % zoom.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { languageInfo } from '../../src/domain';
import { walk } from '../unit/domain/walk';
import { extractPages, squash } from '../unit/pdf/support';
import { expectH1, type Lang, seedCase, strings, WAIT, waitForHash, withApp } from './support/app';
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

const person = walk(strongInCourt, { letter: { office: { kind: 'listed', id: 'opla-chicago' } } }).c;

describe.each<Lang>(['en', 'es'])('the declaration (%s)', (lang) => {
  const s = strings[lang].pages.declaration;
  const spanish = lang === 'es';
  const origin = spanish ? 'Nací en Morelia, México, en 1985.' : 'I was born in Morelia, Mexico, in 1985.';
  const leaving = spanish ? 'Mi hija Ana tiene 7 años y me necesita.' : 'My daughter Ana is 7 and needs me.';

  it('is written from the letter page, saved as a PDF of what was typed, and cited by the letter', async () => {
    await withApp(browser, baseURL, async ({ page }) => {
      await seedCase(page, person, '#/letter', lang);
      await page.getByRole('link', { name: s.link, exact: true }).click();
      await waitForHash(page, '#/declaration');
      await expectH1(page, s.title);
      expect(await axeViolations(page, `${lang} declaration, empty`)).toEqual([]);

      if (spanish) await page.getByRole('radio', { name: s.languages.es }).check();
      await page.getByLabel(s.parts.origin.label, { exact: true }).fill(origin);
      // With the keyboard: Tab from one part to the hint-free next field, typing as a person would.
      await page.getByLabel(s.parts.leaving.label, { exact: true }).focus();
      await page.keyboard.type(leaving);
      await page.getByRole('radio', { name: s.closing.perjury }).check();
      await page.getByRole('button', { name: s.download.button }).waitFor({ timeout: WAIT });
      expect(await axeViolations(page, `${lang} declaration, written`)).toEqual([]);
      await expectNoSidewaysScroll(page);
      await saveScreenshot(page, `declaration-${lang}-390`);

      const [download] = await Promise.all([
        page.waitForEvent('download', { timeout: 30_000 }),
        page.getByRole('button', { name: s.download.button }).click(),
      ]);
      expect(download.suggestedFilename()).toMatch(/^Declaration-José-Núñez-Peña-\d{4}-\d{2}-\d{2}\.pdf$/);
      await page.locator('#declaration-download-status .panel--done').waitFor({ timeout: WAIT });
      const { readFileSync } = await import('node:fs');
      const pages = (await extractPages(new Uint8Array(readFileSync((await download.path())!)))).map((p) => squash(p.text));
      const all = pages.join(' ');
      expect(all).toContain(squash(origin));
      expect(all).toContain(squash(leaving));
      if (spanish) {
        expect(pages[0]).toContain(squash('Declaración de José Núñez Peña'));
        expect(all).toContain(squash('Declaro bajo pena de perjurio'));
        expect(all).toContain(squash('English Translation'));
        expect(pages.at(-1)).toContain(squash('Certificate of Translation'));
        expect(pages.at(-1)).toContain(squash('competent to translate from Spanish into English'));
      } else {
        expect(pages).toHaveLength(1);
        expect(all).toContain(squash('I declare under penalty of perjury under the laws of the United States of America'));
        expect(all).not.toContain(squash('Certificate of Translation'));
      }
      expect(await axeViolations(page, `${lang} declaration, saved`)).toEqual([]);

      await page.setViewportSize({ width: 1280, height: 900 });
      expect(await axeViolations(page, `${lang} declaration 1280`)).toEqual([]);
      await saveScreenshot(page, `declaration-${lang}-1280`);
      // 200 % zoom of a 1280×800 window: 640×400 CSS px, still no sideways scroll.
      await page.setViewportSize({ width: 640, height: 400 });
      await expectNoSidewaysScroll(page);

      // The letter cites it at Tab A, first in its exhibit index.
      await page.getByRole('link', { name: s.toLetter }).click();
      await waitForHash(page, '#/letter');
      const letter = page.locator('article.letter');
      await expect.poll(() => letter.textContent(), { timeout: WAIT }).toContain('I explain my situation in my declaration (Tab A).');
      expect(await letter.textContent()).toContain('Personal declaration of the respondent');
    }, { locale: languageInfo(lang).locale });
  }, 90_000);
});

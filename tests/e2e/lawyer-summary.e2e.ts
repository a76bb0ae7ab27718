/**
 * The summary for a lawyer in the built app, in English and Spanish: reached from the result page,
 * axe-clean at 390 and 1280 px, and on paper (print media) only the summary prints, name and date
 * first, on one Letter page.
 */
import { describe, expect, it } from 'vitest';
import { languageInfo } from '../../src/domain';
import { walk } from '../unit/domain/walk';
import { expectH1, type Lang, seedCase, strings, waitForHash, withApp } from './support/app';
import { axeViolations } from './support/axe';
import { saveScreenshot } from './support/browser';
import { duiInCourt } from './support/personas';
import { baseURL, browser } from './support/shared-browser';

/** After a DUI, not sure about drugs or the hearing date, a citizen child, two papers gathered. */
const person = walk(
  {
    ...duiInCourt,
    'criminal.drugs': 'unknown',
    'posture.nextHearingDate': 'unknown',
    'favourable.family': [{ relationship: 'child', status: 'citizen' }],
  },
  { checklist: { gathered: ['photo-id', 'certified-dispositions'], included: ['photo-id'] } },
).c;

/** Letter paper at 96 px per inch with Chromium's default 0.4 in print margins: what one page holds. */
const PRINT_AREA = { width: Math.floor((8.5 - 0.8) * 96), height: Math.floor((11 - 0.8) * 96) };

describe.each<Lang>(['en', 'es'])('summary for a lawyer (%s)', (lang) => {
  const s = strings[lang].pages.lawyerSummary;

  it('opens from the result page, passes axe at 390 and 1280 px, and prints alone on one page', async () => {
    await withApp(browser, baseURL, async ({ page }) => {
      await seedCase(page, person, '#/result', lang);
      await page.getByRole('link', { name: s.open, exact: true }).click();
      await waitForHash(page, '#/lawyer-summary');
      await expectH1(page, s.title);
      const main = (await page.locator('main').textContent()) ?? '';
      expect(main).toContain(s.questionUnknown.split('“')[0]);
      expect(main).toContain(s.documents);
      expect(await axeViolations(page, `${lang} lawyer summary 390`)).toEqual([]);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
      await saveScreenshot(page, `lawyer-summary-390-${lang}`);

      await page.setViewportSize({ width: 1280, height: 900 });
      expect(await axeViolations(page, `${lang} lawyer summary 1280`)).toEqual([]);
      await saveScreenshot(page, `lawyer-summary-1280-${lang}`);

      // On paper: only the summary, starting with the title, the name and the date.
      await page.setViewportSize(PRINT_AREA);
      await page.emulateMedia({ media: 'print' });
      const printed = await page.evaluate(() => {
        const shown = (sel: string) => [...document.querySelectorAll(sel)].filter((el) => el.getClientRects().length > 0).length;
        const summary = document.querySelector('.lawyer-summary')!;
        return {
          furniture: shown('.site-header, .skip-link, .exit, .site-footer, .back-link, .clinic-bar, button, .lead'),
          first: [...summary.querySelectorAll('h1, .lawyer-summary__meta')].map((el) => el.textContent),
          height: document.documentElement.scrollHeight,
        };
      });
      expect(printed.furniture).toBe(0);
      expect(printed.first[0]).toBe(s.title);
      expect(printed.first[1]).toContain(s.name.replace('{{name}}', 'José Núñez Peña'));
      await saveScreenshot(page, `lawyer-summary-print-${lang}`);
      expect(printed.height).toBeLessThanOrEqual(PRINT_AREA.height);
    }, { locale: languageInfo(lang).locale });
  }, 60_000);
});

/**
 * "Today" is the day on the person's own calendar. At 7 pm on December 3 in Los Angeles it is
 * already December 4 in UTC: with the UTC date, a judge's decision of November 3 had its 30-day
 * appeal window closed on its last day (no alert, another route), and the letter was dated the
 * next day. The browser's clock and time zone are set; the case itself is the same answers.
 */
import { describe, expect, it } from 'vitest';
import { walk } from '../unit/domain/walk';
import { expectH1, seedCase, strings, withApp } from './support/app';
import { inCourtBaseline } from './support/personas';
import { baseURL, browser } from './support/shared-browser';

/** 7 pm on Thursday, December 3, 2026, in Los Angeles. */
const EVENING_IN_LOS_ANGELES = new Date('2026-12-04T03:00:00Z');

describe('today on the person\'s calendar', () => {
  it('in a U.S. evening, the appeal window\'s last day is today and the letter is dated today', async () => {
    await withApp(browser, baseURL, async ({ page, context }) => {
      await context.clock.setFixedTime(EVENING_IN_LOS_ANGELES);
      expect(await page.evaluate(() => new Date().getDate())).toBe(3);

      const decided = walk({ ...inCourtBaseline, 'posture.courtStatus': 'decided', 'posture.decisionDate': '2026-11-03' }).c;
      await seedCase(page, decided, '#/result', 'en');
      const alert = page.locator('.panel--urgent h2');
      await alert.first().waitFor();
      expect(await alert.allTextContents()).toEqual([
        strings.en.catalog.alerts['appeal-window'].title_lastDay.replace('{{date}}', 'November 3, 2026').replace('{{lastDay}}', 'December 3, 2026'),
      ]);

      const letter = walk(inCourtBaseline, { letter: { office: { kind: 'listed', id: 'opla-chicago' } } }).c;
      await seedCase(page, letter, '#/letter', 'en');
      await expectH1(page, strings.en.pages.letter.title);
      expect(await page.locator('article.letter .letter__date').textContent()).toBe('December 3, 2026');
    }, { timezoneId: 'America/Los_Angeles' });
  });
});

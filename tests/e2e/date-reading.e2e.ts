/**
 * A date typed in one box is read back in words under it, in the page's language. Spanish reads
 * the day first, and a US hearing notice prints the month first: "01/02/2027" copied from one is
 * January 2, so a date that reads both ways says so (found by a walk of the built app as a person
 * answering in Spanish). Checked on a phone-sized page, with axe.
 */
import { describe, expect, it } from 'vitest';
import { walk } from '../unit/domain/walk';
import { axeViolations } from './support/axe';
import { fieldLabel, questionHash, seedCase, strings, withApp } from './support/app';
import { saveScreenshot } from './support/browser';
import { inCourtBaseline } from './support/personas';
import { baseURL, browser } from './support/shared-browser';

describe('a typed date read back in words', () => {
  it.each([
    ['es', '1 de febrero de 2027', '2 de enero de 2027'],
    ['en', 'January 2, 2027', null],
  ] as const)('under the hearing date box (%s, 390 px)', async (lang, reading, other) => {
    await withApp(browser, baseURL, async ({ page }) => {
      const c = walk(inCourtBaseline).c;
      await seedCase(page, { ...c, posture: { ...c.posture, nextHearingDate: undefined } }, questionHash('court-details'), lang);
      const box = page.getByLabel(fieldLabel('posture.nextHearingDate', lang), { exact: true });
      await box.fill('01/02/2027');
      const words = strings[lang].questions.formats;
      const line = page.locator('#f-posture-nextHearingDate-reading');
      await expect.poll(() => line.textContent()).toContain(words.readAs.replace('{{date}}', reading));
      if (other) expect(await line.textContent()).toContain(words.otherOrder.replace('{{other}}', other));
      else expect(await line.textContent()).not.toContain(words.otherOrder.split('{{')[0]!);
      expect(await box.getAttribute('aria-describedby')).toContain('f-posture-nextHearingDate-reading');
      await line.scrollIntoViewIfNeeded();
      await saveScreenshot(page, `date-reading-${lang}`, { fullPage: false });
      expect(await axeViolations(page, `${lang} date read back`)).toEqual([]);
    }, { viewport: { width: 390, height: 844 } });
  });
});

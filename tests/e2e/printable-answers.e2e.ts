/**
 * A name the printed papers cannot show is refused at its question, in the built app: the error
 * summary quotes the emoji and takes the focus, the answer is not saved, and the name fixed moves
 * on. A date beside it gets its message from the later questions' words. Before, it was saved and refused only when a PDF was made. In English and Spanish; axe
 * finds nothing on the page with its message.
 */
import { describe, expect, it } from 'vitest';
import { walk } from '../unit/domain/walk';
import { type Lang, questionHash, seedCase, strings, WAIT, withApp } from './support/app';
import { axeViolations } from './support/axe';
import { saveScreenshot } from './support/browser';
import { inCourtBaseline } from './support/personas';
import { baseURL, browser } from './support/shared-browser';

describe.each<Lang>(['en', 'es'])('characters the papers cannot print (%s)', (lang) => {
  it('are refused at the question, quoted in the error summary, and the fixed name moves on', async () => {
    const q = strings[lang].questions;
    const common = strings[lang].common;
    await withApp(browser, baseURL, async ({ page }) => {
      const c = walk(inCourtBaseline).c;
      await seedCase(page, c, questionHash('personal-details'), lang);
      const name = page.getByLabel(q.fields.person.fullName.label, { exact: true });
      await name.fill('Ana 😀 Pérez', { timeout: WAIT });
      // A general message of the later questions, from their words, beside it.
      const birth = page.getByLabel(q.fields.person.dateOfBirth.label, { exact: true });
      const savedBirth = await birth.inputValue();
      await birth.fill(lang === 'en' ? '02/31/2000' : '31/02/2000');
      await page.getByRole('button', { name: common.actions.continue }).click();

      const message = q.errors['not-printable'].replace('{{chars}}', '😀');
      const summary = page.locator('.error-summary');
      await summary.waitFor({ timeout: WAIT });
      expect(await summary.locator('li').allTextContents()).toEqual([
        `${q.fields.person.fullName.label}: ${message}`,
        `${q.fields.person.dateOfBirth.label}: ${q.errors['no-such-date']}`,
      ]);
      expect(await page.evaluate(() => document.activeElement?.classList.contains('error-summary'))).toBe(true);
      expect(await page.locator('#f-person-fullName-error').textContent()).toBe(`${common.errors.prefix} ${message}`);
      expect(await axeViolations(page, `${lang} name not printable`)).toEqual([]);
      await saveScreenshot(page, `not-printable-390-${lang}`, { fullPage: false });
      expect(await page.evaluate(() => localStorage.getItem('pd-helper:case'))).not.toContain('😀');

      await name.fill('Ana Pérez');
      await birth.fill(savedBirth);
      await page.getByRole('button', { name: common.actions.continue }).click();
      await page.waitForFunction((hash) => location.hash !== hash, questionHash('personal-details'), { timeout: WAIT });
      await page.waitForFunction(() => localStorage.getItem('pd-helper:case')?.includes('Ana P'), undefined, { timeout: WAIT });
    });
  });
});

/**
 * "After you send it" in the built app: reached from the result page, the form refuses an empty
 * record, is used with the keyboard, the record survives a reload; axe finds nothing in any state,
 * and the page fits a 390 px phone and 200 % zoom (screenshots at 390 and 1280 px, EN and ES).
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import clinicEn from '../../locales/en/clinic.json';
import { addDays, isoToday } from '../../src/domain';
import { walk } from '../unit/domain/walk';
import { expectH1, fill, type Lang, seedCase, strings, WAIT, withApp } from './support/app';
import { axeViolations } from './support/axe';
import { saveScreenshot } from './support/browser';
import { HEARING_DATE, strongInCourt } from './support/personas';
import { baseURL, browser } from './support/shared-browser';

async function expectNoSidewaysScroll(page: Page): Promise<void> {
  const { scrollWidth, clientWidth } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    clientWidth: document.documentElement.clientWidth,
  }));
  expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
}

describe.each<Lang>(['en', 'es'])('after sending (%s)', (lang) => {
  const s = strings[lang].pages.afterSending;
  const sentOn = addDays(isoToday(), -20);

  it('records when and how the request was sent, and keeps it after a reload', async () => {
    await withApp(browser, baseURL, async ({ page }) => {
      await seedCase(page, walk(strongInCourt).c, '#/result', lang);
      await page.getByRole('link', { name: s.link }).click({ timeout: WAIT });
      await expectH1(page, s.title);
      expect(await axeViolations(page, `${lang} after sending`)).toEqual([]);
      await expectNoSidewaysScroll(page);

      // Nothing filled in: the error summary takes focus and names both missing answers.
      await page.getByRole('button', { name: s.form.save }).click();
      const summary = page.locator('.error-summary');
      await summary.waitFor({ timeout: WAIT });
      expect(await page.evaluate(() => document.activeElement?.classList.contains('error-summary'))).toBe(true);
      expect(await summary.locator('li').allTextContents()).toEqual([s.errors.dateMissing, s.errors.methodMissing]);
      expect(await axeViolations(page, `${lang} after sending, errors`)).toEqual([]);
      await expectNoSidewaysScroll(page);
      await saveScreenshot(page, `after-sending-${lang}-390-errors`);

      // With the keyboard: a radio chosen with Space, the form sent with Enter.
      await page.getByLabel(s.form.date).fill(sentOn);
      await page.getByRole('radio', { name: s.methods.mail }).focus();
      await page.keyboard.press('Space');
      await page.getByLabel(s.form.tracking).focus();
      await page.keyboard.type('9400 1111');
      await page.keyboard.press('Enter');
      await page.getByText(s.form.saved).waitFor({ timeout: WAIT });
      expect(await page.locator('.error-summary').count()).toBe(0);

      await page.reload();
      await expectH1(page, s.title);
      expect(await page.getByLabel(s.form.date).inputValue()).toBe(sentOn);
      expect(await page.getByRole('radio', { name: s.methods.mail }).isChecked()).toBe(true);
      expect(await page.getByLabel(s.form.tracking).inputValue()).toBe('9400 1111');
      expect(await page.locator('.after-sending__saved').textContent()).toContain('9400 1111');
      const stored = await page.evaluate(() => localStorage.getItem('pd-helper:case') ?? '');
      expect(stored).toContain(`"sent":{"date":"${sentOn}","method":"mail","tracking":"9400 1111"}`);
      expect(await axeViolations(page, `${lang} after sending, saved`)).toEqual([]);
      await expectNoSidewaysScroll(page);
      await saveScreenshot(page, `after-sending-${lang}-390-saved`);

      // The next hearing as a calendar file, with a neutral name and title.
      const [ics] = await Promise.all([
        page.waitForEvent('download', { timeout: WAIT }),
        page.getByRole('button', { name: s.calendar.button }).click(),
      ]);
      expect(ics.suggestedFilename()).toBe(`appointment-${HEARING_DATE}.ics`);
      const icsText = readFileSync((await ics.path())!, 'utf8');
      expect(icsText).toContain(`SUMMARY:${s.calendar.eventTitle}\r\n`);
      expect(icsText).toContain(`DTSTART;VALUE=DATE:${HEARING_DATE.replace(/-/g, '')}`);
      expect(await axeViolations(page, `${lang} after sending, calendar saved`)).toEqual([]);

      await page.setViewportSize({ width: 1280, height: 900 });
      await saveScreenshot(page, `after-sending-${lang}-1280-saved`);
      // 200 % zoom of a 1280×800 window: 640×400 CSS px, still no sideways scroll.
      await page.setViewportSize({ width: 640, height: 400 });
      await expectNoSidewaysScroll(page);
    }, { locale: lang === 'es' ? 'es-US' : 'en-US' });
  }, 60_000);

  it('reminds on the result page after 6 weeks, and saves the follow-up letter', async () => {
    const r = s.reminder;
    await withApp(browser, baseURL, async ({ page }) => {
      await seedCase(page, { ...walk(strongInCourt).c, sent: { date: addDays(isoToday(), -43), method: 'mail' } }, '#/result', lang);
      await page.getByRole('heading', { name: r.title }).waitFor({ timeout: WAIT });
      expect(await page.locator('.follow-up-reminder').textContent()).toContain(fill(r.body_other, { count: 6, date: 'DATE' }).split('DATE')[0]);
      expect(await axeViolations(page, `${lang} result with the reminder`)).toEqual([]);
      await page.locator('.follow-up-reminder').getByRole('link', { name: r.link }).click();
      await expectH1(page, s.title);
      const [download] = await Promise.all([
        page.waitForEvent('download', { timeout: 30_000 }),
        page.getByRole('button', { name: s.followUp.button }).click(),
      ]);
      expect(download.suggestedFilename()).toMatch(/^PD-follow-up-.+\.pdf$/);
      await page.locator('#follow-up-letter-status .panel--done').waitFor({ timeout: WAIT });
      expect(await axeViolations(page, `${lang} after sending, follow-up saved`)).toEqual([]);
      await saveScreenshot(page, `after-sending-${lang}-390-reminder`);
    }, { locale: lang === 'es' ? 'es-US' : 'en-US' });
  }, 60_000);
});

describe('the sent record in a case file', () => {
  it('goes out with the case file and comes back on another device (a fresh browser)', async () => {
    const c = clinicEn;
    const sent = { date: addDays(isoToday(), -20), method: 'email', tracking: 'PD-7731' } as const;
    const { c: withSent } = walk(strongInCourt);
    let file = '';
    await withApp(browser, baseURL, async ({ page }) => {
      await seedCase(page, { ...withSent, sent }, '#/case-file');
      await expectH1(page, c.caseFile.title);
      const [download] = await Promise.all([
        page.waitForEvent('download', { timeout: WAIT }),
        page.getByRole('button', { name: c.caseFile.export.submit, exact: true }).click(),
      ]);
      file = path.join(mkdtempSync(path.join(tmpdir(), 'pd-sent-')), 'case.pdcase.json');
      await download.saveAs(file);
      expect(readFileSync(file, 'utf8')).toContain('PD-7731');
    });
    // Another browser: nothing saved; open the file, and the after-sending page shows the record.
    await withApp(browser, baseURL, async ({ page }) => {
      await page.evaluate(() => { location.hash = '#/case-file'; });
      await expectH1(page, c.caseFile.title);
      await page.locator('#import-file').setInputFiles(file);
      await page.getByRole('button', { name: c.caseFile.import.submit, exact: true }).click();
      await page.getByText(c.caseFile.import.opened, { exact: true }).waitFor({ timeout: WAIT });
      await page.evaluate(() => { location.hash = '#/after-sending'; });
      await expectH1(page, strings.en.pages.afterSending.title);
      expect(await page.getByLabel(strings.en.pages.afterSending.form.date).inputValue()).toBe(sent.date);
      expect(await page.getByRole('radio', { name: strings.en.pages.afterSending.methods.email }).isChecked()).toBe(true);
      expect(await page.locator('.after-sending__saved').textContent()).toContain('PD-7731');
    });
  });
});

/**
 * Clinic mode and case files in the real browser: a volunteer turns clinic mode on, keeps three
 * people's cases apart (none leaks into another, nothing readable in storage), locks and
 * unlocks, exports a case, wipes the device (nothing left), and imports the file back outside
 * clinic mode, where it round-trips exactly. Auto-lock runs on Playwright's fake clock. Every test
 * checks for console errors and requests to another origin (withApp).
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import clinicEn from '../../locales/en/clinic.json';
import { answerSteps, expectH1, fieldLabel, fill, pdKeys, pressStart, questionHash, storedKeys, strings, waitForHash, waitForServiceWorker, WAIT, withApp } from './support/app';
import { axeViolations } from './support/axe';
import { saveScreenshot } from './support/browser';
import { expectNetworkOff } from './support/offline';
import { detained } from './support/personas';
import { baseURL, browser } from './support/shared-browser';

const en = strings.en;
const c = clinicEn;
const PASSPHRASE = 'maple tractor violet 42';
const downloads = mkdtempSync(path.join(tmpdir(), 'pd-clinic-'));

const people = [
  { label: 'Alder Q.', facility: 'Alderwood Quokka Processing Center' },
  { label: 'Birch R.', facility: 'Birchfield Rosella Detention Site' },
  { label: 'Cedar S.', facility: 'Cedarbrook Sunbird Holding Facility' },
] as const;

const main = (page: Page) => page.locator('main');
const mainText = async (page: Page) => (await main(page).textContent()) ?? '';
/** axe (WCAG 2.0/2.1 A and AA) on the current screen: no violations. */
async function audit(page: Page, screen: string): Promise<void> {
  expect(await axeViolations(page, screen)).toEqual([]);
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** "Open: Alder Q." (visible "Open", hidden ": Alder Q."; Chromium may put a space before the colon). */
const withHidden = (visible: string, label: string) => new RegExp(`^${escape(visible)}\\s*: ${escape(label)}$`);
const clinicBar = (page: Page) => page.getByRole('navigation', { name: c.bar.label, exact: true });

async function turnOnClinicMode(page: Page, minutes: '5' | '10' | '15' | '30' = '10', screenshot = false): Promise<void> {
  await expectH1(page, en.common.start.title);
  await page.getByRole('link', { name: en.common.clinicEntry.link, exact: true }).click();
  await waitForHash(page, '#/clinic/setup');
  await expectH1(page, c.setup.title);
  // A short passphrase is refused with an error summary that takes focus.
  await page.getByLabel(c.setup.passphrase, { exact: true }).fill('short');
  await page.getByRole('button', { name: c.setup.submit, exact: true }).click();
  await page.getByRole('alert').waitFor({ timeout: WAIT });
  expect(await page.evaluate(() => document.activeElement?.className)).toBe('error-summary');
  expect(await page.getByRole('alert').textContent()).toContain(fill(c.setup.errors.passphraseShort, { min: 10 }));
  if (screenshot) {
    await saveScreenshot(page, 'clinic-setup-390');
    await audit(page, 'setup with errors');
  }

  // Long enough but easy to guess: refused, with the reason in plain words (the strength
  // estimator loads on this page only).
  await page.getByLabel(c.setup.passphrase, { exact: true }).fill('1234567890');
  await page.getByLabel(c.setup.confirm, { exact: true }).fill('1234567890');
  await page.getByRole('button', { name: c.setup.submit, exact: true }).click();
  await page.getByRole('alert').getByText(c.passphrase.weak.common, { exact: true }).waitFor({ timeout: WAIT });

  await page.getByLabel(c.setup.passphrase, { exact: true }).fill(PASSPHRASE);
  await page.getByLabel(c.setup.confirm, { exact: true }).fill(PASSPHRASE);
  await page.getByLabel(fill(c.setup.idle.option, { count: minutes }), { exact: true }).check();
  await page.getByRole('button', { name: c.setup.submit, exact: true }).click();
  await waitForHash(page, '#/clinic');
  await expectH1(page, c.list.title);
}

async function newCase(page: Page, label: string): Promise<void> {
  await page.getByLabel(c.list.new.label, { exact: true }).fill(label);
  await page.getByRole('button', { name: c.list.new.submit, exact: true }).click();
  await waitForHash(page, questionHash('detained'));
  await expectH1(page, fieldLabel('posture.detained'));
  expect(await clinicBar(page).textContent()).toContain(fill(c.bar.case, { label }));
}

async function switchCase(page: Page): Promise<void> {
  await clinicBar(page).getByRole('link', { name: c.bar.switch, exact: true }).click();
  await waitForHash(page, '#/clinic');
  await expectH1(page, c.list.title);
}

async function openCase(page: Page, label: string): Promise<void> {
  await page.getByRole('button', { name: withHidden(c.list.open, label) }).click();
  await waitForHash(page, '#/review');
  await expectH1(page, en.pages.review.title);
}

async function unlock(page: Page, passphrase: string): Promise<void> {
  await page.getByLabel(c.locked.label, { exact: true }).fill(passphrase);
  await page.getByRole('button', { name: c.locked.submit, exact: true }).click();
}

async function exportPlain(page: Page, name: string): Promise<{ file: string; suggested: string }> {
  await page.getByRole('link', { name: en.common.clinicEntry.caseFile, exact: true }).click();
  await waitForHash(page, '#/case-file');
  await expectH1(page, c.caseFile.title);
  const download = page.waitForEvent('download', { timeout: WAIT });
  await page.getByRole('button', { name: c.caseFile.export.submit, exact: true }).click();
  const d = await download;
  const file = path.join(downloads, name);
  await d.saveAs(file);
  return { file, suggested: d.suggestedFilename() };
}

async function importFile(page: Page, file: string): Promise<void> {
  await page.locator('#import-file').setInputFiles(file);
  await page.getByRole('button', { name: c.caseFile.import.submit, exact: true }).click();
}

describe('clinic mode', () => {
  it('keeps three cases apart, locks, exports one, wipes the device and imports the file back', async () => {
    await withApp(browser, baseURL, async ({ page }) => {
      await turnOnClinicMode(page, '10', true);
      await saveScreenshot(page, 'clinic-case-list-empty-390');

      // A name longer than a case label can be is refused in words, not cut without a word (a paste included).
      const tooLong = 'Garcia family, second appointment, brought papers from the 2019 hearing and the 2021 check-in';
      expect(Array.from(tooLong).length).toBeGreaterThan(80);
      await page.getByLabel(c.list.new.label, { exact: true }).fill(tooLong);
      expect(await page.getByLabel(c.list.new.label, { exact: true }).inputValue()).toBe(tooLong);
      await page.getByRole('button', { name: c.list.new.submit, exact: true }).click();
      const summary = page.getByRole('alert');
      await summary.getByRole('link', { name: fill(c.list.labelTooLong, { max: '80' }) }).waitFor();
      expect(await page.evaluate(() => location.hash)).toBe('#/clinic');
      await saveScreenshot(page, 'clinic-label-too-long-390');
      await page.getByLabel(c.list.new.label, { exact: true }).fill('');

      // Three people, each with a distinct detention place (answered on their second page).
      for (const p of people) {
        await newCase(page, p.label);
        await answerSteps(page, { ...detained, 'posture.detentionFacility': p.facility }, 3);
        await expectH1(page, en.pages.review.title);
        expect(await mainText(page)).toContain(p.facility);
        await switchCase(page);
      }
      await saveScreenshot(page, 'clinic-case-list-390');
      await audit(page, 'case list');
      for (const p of people) expect(await mainText(page)).toContain(p.label);

      // Nothing readable in the browser's storage: no label, no answer.
      const stored = await page.evaluate(() => JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage }));
      for (const p of people) {
        expect(stored).not.toContain(p.label);
        expect(stored).not.toContain(p.facility);
        // Words of 6 letters or more: shorter ones could turn up in random base64 ciphertext by chance.
        for (const word of p.facility.split(' ').filter((w) => w.length >= 6)) expect(stored).not.toContain(word);
      }
      expect(stored).not.toContain('pd-helper:case"');

      // Lock now: only the locked screen; a wrong passphrase is refused and changes nothing.
      await page.getByRole('button', { name: c.list.lockNow, exact: true }).click();
      await expectH1(page, c.locked.title);
      await waitForHash(page, '#/clinic');
      const before = await storedKeys(page);
      await unlock(page, 'not the passphrase');
      await page.getByText(c.locked.wrong, { exact: true }).first().waitFor({ timeout: WAIT });
      // Nothing changed but the count of wrong passphrases (for the wait before the next try).
      const afterWrong = await storedKeys(page);
      const device = 'pd-helper:clinic:device';
      expect(JSON.parse(afterWrong.local[device]!)).toMatchObject({ unlockFailures: { count: 1 } });
      afterWrong.local[device] = afterWrong.local[device]!.replace(/,"unlockFailures":\{[^}]*\}/, '');
      expect(afterWrong).toEqual(before);
      // A second wrong one: Unlock waits (1 s), says so in a live region, then says it is over.
      await unlock(page, 'still not the passphrase');
      await page.getByText(c.locked.waitOver, { exact: true }).waitFor({ state: 'attached', timeout: WAIT });
      expect(await page.getByRole('button', { name: c.locked.submit, exact: true }).isEnabled()).toBe(true);
      await saveScreenshot(page, 'clinic-locked-390');
      await audit(page, 'locked, wrong passphrase');
      const lockedText = (await page.locator('body').textContent()) ?? '';
      for (const p of people) {
        expect(lockedText).not.toContain(p.label);
        expect(lockedText).not.toContain(p.facility);
      }
      // No page of the app shows while locked, whatever the address.
      await page.evaluate(() => { location.hash = '#/review'; });
      await waitForHash(page, '#/review');
      await expectH1(page, c.locked.title);

      await unlock(page, PASSPHRASE);
      await waitForHash(page, '#/clinic');
      await expectH1(page, c.list.title);

      // Each case's review page shows its own answers only.
      for (const p of people) {
        await openCase(page, p.label);
        const text = await mainText(page);
        expect(text).toContain(p.facility);
        for (const other of people.filter((o) => o !== p)) expect(text).not.toContain(other.facility);
        expect(await clinicBar(page).textContent()).toContain(fill(c.bar.case, { label: p.label }));
        await switchCase(page);
      }

      // The volunteer summary for one case.
      await openCase(page, people[1].label);
      await clinicBar(page).getByRole('link', { name: c.bar.summary, exact: true }).click();
      await waitForHash(page, '#/clinic/summary');
      await expectH1(page, c.summary.title);
      expect(await mainText(page)).toContain(fill(c.summary.case, { label: people[1].label }));
      await saveScreenshot(page, 'clinic-summary-390');
      await audit(page, 'volunteer summary');

      // Export the second case as a plain file.
      const first = await exportPlain(page, 'first.pdcase.json');
      expect(first.suggested).toMatch(/^pd-case-\d{4}-\d{2}-\d{2}\.pdcase\.json$/);
      const exported = JSON.parse(readFileSync(first.file, 'utf8')) as { data: { posture: { detentionFacility: string } } };
      expect(exported.data.posture.detentionFacility).toBe(people[1].facility);

      // Wipe this device: afterwards the browser keeps nothing of the app.
      await switchCase(page);
      await main(page).getByRole('link', { name: c.footer.wipe, exact: true }).click();
      await waitForHash(page, '#/clinic/wipe');
      await expectH1(page, c.wipe.title);
      expect(await mainText(page)).toContain(fill(c.wipe.cases, { count: 3 }));
      await audit(page, 'wipe');
      await page.getByRole('button', { name: c.wipe.confirm, exact: true }).click();
      await expectH1(page, c.wipe.done);
      const after = await storedKeys(page);
      expect(pdKeys(after.local)).toEqual([]);
      expect(pdKeys(after.session)).toEqual([]);
      expect(after.idb).toEqual([]);

      // Outside clinic mode now: open the file, and see the case.
      await page.getByRole('link', { name: c.wipe.home, exact: true }).click();
      await expectH1(page, en.common.start.title);
      expect(await page.getByRole('button', { name: en.common.actions.start, exact: true }).count()).toBe(1);
      await page.getByRole('link', { name: en.common.clinicEntry.caseFile, exact: true }).click();
      await waitForHash(page, '#/case-file');
      await expectH1(page, c.caseFile.title);
      await importFile(page, first.file);
      await page.getByText(c.caseFile.import.opened, { exact: true }).waitFor({ timeout: WAIT });
      await page.getByRole('link', { name: c.caseFile.import.continue, exact: true }).click();
      await waitForHash(page, '#/review');
      expect(await mainText(page)).toContain(people[1].facility);

      // Export again: the same case data, exactly.
      const second = await exportPlain(page, 'second.pdcase.json');
      const again = JSON.parse(readFileSync(second.file, 'utf8')) as { data: unknown };
      expect(again.data).toEqual((JSON.parse(readFileSync(first.file, 'utf8')) as { data: unknown }).data);

      // With answers on the device, opening a file asks first; "keep" keeps them.
      await importFile(page, first.file);
      await page.getByRole('heading', { name: c.caseFile.import.replace.title, exact: true }).waitFor({ timeout: WAIT });
      await page.getByRole('button', { name: c.caseFile.import.replace.no, exact: true }).click();
      await page.getByText(c.caseFile.import.kept, { exact: true }).waitFor({ timeout: WAIT });
    }, { serviceWorkers: 'allow' });
  });

  it('in two tabs: Lock in one locks both; Wipe in one empties the other, which never writes the case in clear', async () => {
    await withApp(browser, baseURL, async ({ context, page: a }) => {
      await turnOnClinicMode(a);
      await newCase(a, people[0].label);
      await answerSteps(a, { ...detained, 'posture.detentionFacility': people[0].facility }, 2);

      const b = await context.newPage();
      const openInB = async () => {
        await unlock(b, PASSPHRASE);
        await waitForHash(b, '#/clinic');
        await expectH1(b, c.list.title);
        // The case opens at its next question.
        await b.getByRole('button', { name: withHidden(c.list.open, people[0].label) }).click();
        await waitForHash(b, /^#\/questions\/[a-z0-9-]+$/);
        expect(await clinicBar(b).textContent()).toContain(fill(c.bar.case, { label: people[0].label }));
      };
      await b.goto(baseURL);
      await expectH1(b, c.locked.title);
      await openInB();

      // "Lock" in tab A: tab B shows the locked screen at once, with nothing of the case.
      await clinicBar(a).getByRole('button', { name: c.bar.lock, exact: true }).click();
      await expectH1(a, c.locked.title);
      await expectH1(b, c.locked.title);
      expect(await mainText(b)).not.toContain(people[0].label);

      // Both open the case again; tab A wipes the device.
      await unlock(a, PASSPHRASE);
      await waitForHash(a, '#/clinic');
      await openInB();
      await main(a).getByRole('link', { name: c.footer.wipe, exact: true }).click();
      await waitForHash(a, '#/clinic/wipe');
      await a.getByRole('button', { name: c.wipe.confirm, exact: true }).click();
      await expectH1(a, c.wipe.done);
      // Tab B drops the case: it starts afresh at the start page, and nothing was written in clear.
      await expectH1(b, en.common.start.title);
      expect(await mainText(b)).not.toContain(people[0].facility);
      const stored = await storedKeys(b);
      expect(pdKeys(stored.local)).toEqual([]);
      expect(JSON.stringify(stored)).not.toContain(people[0].facility);
      await b.close();
    }, { serviceWorkers: 'allow' });
  });

  it('locks by itself after the idle time, says so once, and shows nothing of the case', async () => {
    await withApp(browser, baseURL, async ({ page }) => {
      await page.clock.install();
      await page.reload();
      await turnOnClinicMode(page, '5');
      await newCase(page, 'Dogwood T.');
      await answerSteps(page, { 'posture.detained': 'no' }, 1);
      await expectH1(page, fieldLabel('posture.receivedNta'));
      // An answer chosen but not yet continued when the lock comes.
      await page.locator('label[for="f-posture-receivedNta-yes"]').click();

      await page.clock.fastForward('04:00');
      expect(await page.locator('h1').textContent()).toBe(fieldLabel('posture.receivedNta'));
      await page.clock.fastForward('01:30');
      await expectH1(page, c.locked.title);
      await waitForHash(page, '#/clinic');
      const notice = fill(c.locked.idle, { count: 5 });
      await page.getByText(notice, { exact: true }).waitFor({ timeout: WAIT });
      expect(await page.locator('body').textContent()).not.toContain('Dogwood');

      await unlock(page, PASSPHRASE);
      await expectH1(page, c.list.title);
      // The lock screen's button is gone: the case list's heading has the focus (the address did not change).
      await expect.poll(() => page.evaluate(() => `${document.activeElement?.tagName} ${document.activeElement?.textContent}`)).toBe(`H1 ${c.list.title}`);
      expect(await page.getByText(notice, { exact: true }).count()).toBe(0);
      // The answer given before the lock was saved, and so was the one chosen but not continued:
      // the case opens on the question after it.
      await page.getByRole('button', { name: withHidden(c.list.open, 'Dogwood T.') }).click();
      await waitForHash(page, questionHash('final-order'));
      await page.getByRole('link', { name: en.common.actions.back, exact: true }).click();
      await waitForHash(page, questionHash('notice-to-appear'));
      expect(await page.locator('#f-posture-receivedNta-yes').isChecked()).toBe(true);

      // Opening the app again (a reload, a new tab) starts locked, whatever the address.
      await page.reload();
      await expectH1(page, c.locked.title);
      expect(await page.locator('body').textContent()).not.toContain('Dogwood');
    }, { serviceWorkers: 'allow' });
  });
});

describe('case files outside clinic mode', () => {
  it('an encrypted file needs its passphrase, and a damaged file is refused in plain words', async () => {
    await withApp(browser, baseURL, async ({ page }) => {
      await expectH1(page, en.common.start.title);
      await pressStart(page);
      await answerSteps(page, { ...detained, 'posture.detentionFacility': 'Elmstead Wren Center' }, 3);
      await expectH1(page, en.pages.review.title);

      await page.getByRole('link', { name: en.common.clinicEntry.caseFile, exact: true }).click();
      await expectH1(page, c.caseFile.title);
      await page.getByLabel(c.caseFile.export.encrypted, { exact: true }).check();
      await page.getByLabel(c.caseFile.export.passphrase, { exact: true }).fill(PASSPHRASE);
      await page.getByLabel(c.caseFile.export.confirm, { exact: true }).fill(PASSPHRASE);
      await saveScreenshot(page, 'case-file-390');
      await audit(page, 'case file');
      const download = page.waitForEvent('download', { timeout: WAIT });
      await page.getByRole('button', { name: c.caseFile.export.submit, exact: true }).click();
      const file = path.join(downloads, 'encrypted.pdcase.json');
      await (await download).saveAs(file);
      const text = readFileSync(file, 'utf8');
      expect(text).not.toContain('Elmstead');

      // A damaged file: refused, nothing replaced.
      const damaged = path.join(downloads, 'damaged.pdcase.json');
      writeFileSync(damaged, text.slice(0, 200));
      await importFile(page, damaged);
      await page.getByRole('alert').getByText(c.caseFile.import.errors['not-json'], { exact: true }).waitFor({ timeout: WAIT });

      // The encrypted file: a wrong passphrase, then the right one; it asks before replacing.
      await importFile(page, file);
      await page.getByLabel(c.caseFile.import.passphrase, { exact: true }).fill('wrong passphrase here');
      await page.getByRole('button', { name: c.caseFile.import.submit, exact: true }).click();
      await page.getByRole('alert').getByText(c.caseFile.import.errors['wrong-passphrase'], { exact: true }).waitFor({ timeout: WAIT });
      await page.getByLabel(c.caseFile.import.passphrase, { exact: true }).fill(PASSPHRASE);
      await page.getByRole('button', { name: c.caseFile.import.submit, exact: true }).click();
      await page.getByRole('heading', { name: c.caseFile.import.replace.title, exact: true }).waitFor({ timeout: WAIT });
      await page.getByRole('button', { name: c.caseFile.import.replace.yes, exact: true }).click();
      await page.getByText(c.caseFile.import.opened, { exact: true }).waitFor({ timeout: WAIT });
      await page.getByRole('link', { name: c.caseFile.import.continue, exact: true }).click();
      await waitForHash(page, '#/review');
      expect(await mainText(page)).toContain('Elmstead Wren Center');
    }, { serviceWorkers: 'allow' });
  });

  it('works with the network off after one visit: set up, a case, lock, unlock, export', async () => {
    await withApp(browser, baseURL, async ({ context, page, errors }) => {
      await expectH1(page, en.common.start.title);
      await waitForServiceWorker(page);
      await context.setOffline(true);
      const failed: string[] = [];
      page.on('requestfailed', (r) => failed.push(`${r.url()} ${r.failure()?.errorText ?? ''}`));
      const reloaded = await page.reload();
      expect(reloaded?.fromServiceWorker()).toBe(true);

      // The clinic pages, their strings and the encryption code all come from the service worker.
      await turnOnClinicMode(page);
      const person = people[0];
      await newCase(page, person.label);
      await answerSteps(page, { ...detained, 'posture.detentionFacility': person.facility }, 3);
      await expectH1(page, en.pages.review.title);
      await clinicBar(page).getByRole('button', { name: c.bar.lock, exact: true }).click();
      await expectH1(page, c.locked.title);
      expect((await page.locator('body').textContent()) ?? '').not.toContain(person.facility);
      await unlock(page, PASSPHRASE);
      await expectH1(page, c.list.title);
      await openCase(page, person.label);
      expect(await mainText(page)).toContain(person.facility);
      const { file } = await exportPlain(page, 'offline.pdcase.json');
      const exported = JSON.parse(readFileSync(file, 'utf8')) as { data: { posture: { detentionFacility: string } } };
      expect(exported.data.posture.detentionFacility).toBe(person.facility);

      await expectNetworkOff(page, { failed, errors });
      expect(failed).toEqual([]);
    }, { serviceWorkers: 'allow' });
  });
});

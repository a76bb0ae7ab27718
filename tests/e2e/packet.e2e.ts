/**
 * Issue 15, done when: from the result page to a complete packet, in both languages, offline after
 * the first visit. After one visit (the service worker has the app), the network goes off, and a
 * person with a letter route makes every part of the packet: the letter and the guide, the
 * support-letter kit, the personal declaration, the summary for a lawyer and the hearing as a
 * calendar file; a person with a final order makes the stay draft, and a detained person's family
 * the facts sheet. Each file is read back. (The first-load budget is tests/e2e/budget.e2e.ts.)
 */
import { readFileSync } from 'node:fs';
import type { Download, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { Lang } from './support/app';
import { walk } from '../unit/domain/walk';
import { extractPages } from '../unit/pdf/support';
import { expectH1, routeTitle, seedCase, strings, WAIT, waitForServiceWorker } from './support/app';
import { openPage } from './support/browser';
import { detained, finalOrderBaseline, strongInCourt } from './support/personas';
import { baseURL, browser } from './support/shared-browser';

async function download(page: Page, button: string): Promise<Download> {
  const [file] = await Promise.all([
    page.waitForEvent('download', { timeout: 60_000 }),
    page.getByRole('button', { name: button, exact: true }).click(),
  ]);
  return file;
}

/** The text of a downloaded PDF, pages joined, spaces squeezed. */
async function pdfText(file: Download): Promise<string> {
  const bytes = new Uint8Array(readFileSync((await file.path())!));
  expect(new TextDecoder().decode(bytes.slice(0, 5))).toBe('%PDF-');
  return (await extractPages(bytes)).map((p) => p.text).join(' ').replace(/\s+/g, ' ');
}

async function go(page: Page, hash: string, h1: string): Promise<void> {
  await page.evaluate((h) => { location.hash = h; }, hash);
  await expectH1(page, h1);
}

/**
 * Opens the app, waits for the service worker to hold it, seeds the case and opens `hash`, then
 * goes offline: every page and file after that comes from the service worker's cache.
 */
async function offlineWith(answers: Parameters<typeof walk>[0], extra: Parameters<typeof walk>[1], lang: Lang, hash: string, h1: string) {
  const opened = await openPage(browser, baseURL, { serviceWorkers: 'allow', viewport: { width: 390, height: 844 } });
  await waitForServiceWorker(opened.page);
  await seedCase(opened.page, walk(answers, extra).c, hash, lang);
  await expectH1(opened.page, h1, WAIT * 3);
  await opened.context.setOffline(true);
  return opened;
}

describe.each<Lang>(['en', 'es'])('the whole packet, offline after the first visit (%s)', (lang) => {
  const s = strings[lang];
  const p = s.pages;

  it('a letter route: letter, guide, support-letter kit, declaration, summary for a lawyer, calendar file', async () => {
    const answers = { ...strongInCourt, 'favourable.work': 'yes', 'favourable.community': 'yes' } as const;
    const { context, page } = await offlineWith(answers, { letter: { office: { kind: 'listed', id: 'opla-chicago' } } }, lang, '#/result', routeTitle('opla-request', lang));
    try {
      // From the result page's one main button.
      await page.getByRole('link', { name: p.result.next.letter }).first().click();
      await page.locator('article.letter').waitFor({ timeout: WAIT });
      const letter = await pdfText(await download(page, p.letter.pdf.button));
      expect(letter).toContain('Request for Prosecutorial Discretion');
      const guide = await pdfText(await download(page, p.letter.pdf.guideButton));
      expect(guide).toContain(strings.es.pages.pdf.spanish.title);

      await go(page, '#/support-letters', p.supportLetters.title);
      const kit = await pdfText(await download(page, p.supportLetters.download.button));
      expect(kit.length).toBeGreaterThan(200);

      await go(page, '#/declaration', p.declaration.title);
      const story = lang === 'es' ? 'Trabajo en una panadería desde 2015 y cuido a mi madre.' : 'I have worked at a bakery since 2015 and I care for my mother.';
      await page.getByLabel(p.declaration.parts.life.label).fill(story);
      const declaration = await pdfText(await download(page, p.declaration.download.button));
      expect(declaration).toContain(story);

      await go(page, '#/lawyer-summary', p.lawyerSummary.title);
      await go(page, '#/after-sending', p.afterSending.title);
      const ics = await download(page, p.afterSending.calendar.button);
      expect(readFileSync((await ics.path())!, 'utf8')).toContain('BEGIN:VEVENT');
    } finally {
      await context.close();
    }
  });

  it('a final order: the stay of removal draft for a lawyer', async () => {
    const { context, page } = await offlineWith(finalOrderBaseline, {}, lang, '#/stay-of-removal', p.stayOfRemoval.title);
    try {
      const stay = await pdfText(await download(page, p.stayOfRemoval.download.button));
      expect(stay).toMatch(/DRAFT/);
    } finally {
      await context.close();
    }
  });

  it('a detained person: the facts sheet for a lawyer or family', async () => {
    const { context, page } = await offlineWith(detained, {}, lang, '#/facts-sheet', p.factsSheet.title);
    try {
      const sheet = await pdfText(await download(page, p.factsSheet.download.button));
      expect(sheet.length).toBeGreaterThan(200);
    } finally {
      await context.close();
    }
  });
});

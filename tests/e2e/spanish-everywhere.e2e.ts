/**
 * Spanish everywhere (issue 16 §5): every screen, read in Spanish, has no English words outside
 * what is marked English on purpose (`lang="en"`: the letter to ICE, document titles) and an
 * allow-list of proper nouns and names of forms. Each question of a long journey, the pages
 * after it for four kinds of case, and the pages that stand alone.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { englishWordsIn, type Leak } from '../fixtures/english-words';
import { walk } from '../unit/domain/walk';
import { expectH1, fieldLabel, seedCase, startFromTaskList, strings, WAIT, withApp } from './support/app';
import { answerQuestions } from './support/journey';
import { detained, duiInCourt, finalOrderBaseline, inCourtBaseline, strongInCourt } from './support/personas';
import { baseURL, browser } from './support/shared-browser';

/** The English words in the page's visible text outside `lang="en"` parts, with their sentence. */
async function englishLeaks(page: Page): Promise<Leak[]> {
  const texts = await page.evaluate(() => {
    const out: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const el = node.parentElement;
      if (!el || el.closest('script, style, noscript, [hidden], [aria-hidden="true"]')) continue;
      const lang = el.closest('[lang]')?.getAttribute('lang') ?? '';
      if (!lang.startsWith('es')) continue;
      // Visible only (a closed <details> keeps its text in the page, unseen: it is checked when opened).
      if (el.getClientRects().length === 0) continue;
      const text = node.textContent?.trim();
      if (text) out.push(text);
    }
    return out;
  });
  return texts.flatMap((text) => englishWordsIn(text));
}

/** Opens every closed <details> (sources, "why we ask this") so their text is read too. */
async function openAllDetails(page: Page): Promise<void> {
  await page.evaluate(() => document.querySelectorAll('details').forEach((d) => { d.open = true; }));
}

async function expectSpanish(page: Page, screen: string, found: Map<string, Leak[]>): Promise<void> {
  await openAllDetails(page);
  const leaks = await englishLeaks(page);
  if (leaks.length > 0) found.set(screen, leaks);
}

function report(found: Map<string, Leak[]>): string[] {
  return [...found].flatMap(([screen, leaks]) => leaks.map((l) => `${screen}: "${l.word}" in "${l.context}"`));
}

const AFTER_RESULT = ['#/result', '#/checklist', '#/support-letters', '#/letter', '#/declaration', '#/lawyer-summary', '#/after-sending', '#/facts-sheet', '#/stay-of-removal', '#/case-file', '#/delete'];

async function visit(page: Page, hash: string): Promise<void> {
  await page.evaluate((h) => { location.hash = h; }, hash);
  // A page that is not for this case may send the person on (e.g. the stay page to the result).
  await page.waitForTimeout(50);
  await page.locator('h1').first().waitFor({ timeout: WAIT });
  // The page's words may load on their own (lazy chunks): wait until nothing is loading.
  await page.waitForFunction(() => !document.querySelector('.page-loading'), undefined, { timeout: WAIT });
}

describe('Spanish everywhere', () => {
  it('every question of a journey, the start page and the saving choice', async () => {
    const found = new Map<string, Leak[]>();
    await withApp(browser, baseURL, async ({ page }) => {
      await expectH1(page, strings.en.common.start.title);
      await page.getByRole('button', { name: 'Español', exact: true }).click();
      await expectH1(page, strings.es.common.start.title);
      await expectSpanish(page, 'start', found);
      await page.getByRole('button', { name: strings.es.common.actions.start, exact: true }).click();
      await expectH1(page, strings.es.common.saving.legend);
      await expectSpanish(page, 'saving', found);
      await page.getByRole('button', { name: strings.es.common.actions.continue, exact: true }).click();
      await page.getByRole('alert').waitFor({ timeout: WAIT });
      await expectSpanish(page, 'saving (error)', found);
      await page.getByLabel(strings.es.common.saving.device, { exact: true }).check();
      await page.getByRole('button', { name: strings.es.common.actions.continue, exact: true }).click();
      await expectH1(page, strings.es.common.taskList.title);
      await expectSpanish(page, 'task list', found);
      await startFromTaskList(page, 'es');
      await expectH1(page, fieldLabel('posture.detained', 'es'));
      await answerQuestions(page, { ...duiInCourt, 'favourable.family': [{ relationship: 'child', status: 'citizen' }] }, 'es', {
        onStep: async (id) => expectSpanish(page, `question ${id}`, found),
      });
      await expectH1(page, strings.es.pages.review.title);
      await expectSpanish(page, 'review', found);
    }, { locale: 'en-US' });
    expect(report(found)).toEqual([]);
  });

  it.each([
    ['a strong case in court (OPLA letter)', strongInCourt],
    ['a case in court with a DUI (lawyer first, draft)', duiInCourt],
    ['a detained person', detained],
    ['a final order', finalOrderBaseline],
  ])('every page after the questions: %s', async (_name, answers) => {
    const found = new Map<string, Leak[]>();
    await withApp(browser, baseURL, async ({ page }) => {
      await expectH1(page, strings.en.common.start.title);
      await seedCase(page, walk({ ...inCourtBaseline, ...answers }).c, '#/result', 'es');
      for (const hash of AFTER_RESULT) {
        await visit(page, hash);
        await expectSpanish(page, hash, found);
      }
    }, { locale: 'en-US' });
    expect(report(found)).toEqual([]);
  });

  it('the pages that stand alone: clinic mode set-up, case files, a page that does not exist', async () => {
    const found = new Map<string, Leak[]>();
    await withApp(browser, baseURL, async ({ page }) => {
      await expectH1(page, strings.en.common.start.title);
      await page.getByRole('button', { name: 'Español', exact: true }).click();
      await expectH1(page, strings.es.common.start.title);
      for (const hash of ['#/clinic/setup', '#/case-file', '#/no-such-page']) {
        await visit(page, hash);
        await expectSpanish(page, hash, found);
      }
    }, { locale: 'en-US' });
    expect(report(found)).toEqual([]);
  });
});

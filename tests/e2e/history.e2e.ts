/**
 * The browser's history keeps every page's title and URL, and the tab strip shows the title, to
 * anyone who uses the device later: neither may tell what the case is about. Walks every screen
 * of a journey, in English and in Spanish (the start page, every question, "Check your answers",
 * the result, the checklist, the letter, the facts sheet, the case file page and the delete page), and checks
 * document.title and location.href on each against sensitive words, route names, and the
 * person's name, country, city and A-number.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { RouteId } from '../../src/domain';
import { type Lang, expectH1, openResult, startWizard, strings, WAIT, withApp } from './support/app';
import { answerQuestions } from './support/journey';
import { detained, duiInCourt } from './support/personas';
import { baseURL, browser } from './support/shared-browser';
import type { Answers } from '../unit/domain/walk';

/** Words that must never be in a title or a URL (case-insensitive; accents optional). */
const SENSITIVE: RegExp[] = [
  /detain/i, /detenci[oó]n/i, /detenid/i, /criminal/i, /arrest/i, /gang/i, /pandilla/i, /deport/i, /removal/i,
  /remoci[oó]n/i, /orden de deportaci[oó]n/i, /\bICE\b/i, /asylum/i, /asilo/i, /\bDUI\b/i, /\bDWI\b/i, /drug/i,
  /droga/i, /convict/i, /conden/i, /police/i, /polic[ií]a/i, /fraud/i, /court/i, /corte/i, /lawyer/i, /abogad/i,
  /final.order/i, /contact.ice/i, /notice.to.appear/i, /prior.pd/i, /security/i, /seguridad/i, /reentry/i,
  /violence/i, /violencia/i, /victim/i, /v[ií]ctima/i, /pregnan/i, /embaraz/i, /against you/i, /en su contra/i,
  /immigration/i, /migrat/i, /border/i, /frontera/i,
];

function personal(answers: Answers): RegExp[] {
  const words = [answers['person.fullName'], answers['person.countryOfBirth'], answers['posture.courtCity'], answers['posture.detentionFacility']]
    .filter((v): v is string => typeof v === 'string')
    .flatMap((v) => v.split(/[\s,]+/))
    .filter((w) => w.length > 2);
  const aNumber = String(answers['person.aNumber'] ?? '').replace(/\D/g, '');
  const escape = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return [...words.map((w) => new RegExp(escape(w), 'i')), ...(aNumber ? [new RegExp(aNumber.split('').join('\\D?'))] : [])];
}

interface Seen {
  screen: string;
  title: string;
  href: string;
}

/** What the new screen showed; `before`: the last screen's title (each screen has its own). */
async function seen(page: Page, screen: string, before: string): Promise<Seen> {
  // The title is set once the page is painted (a lazy page loads its code first).
  await page.locator('main h1').first().waitFor({ timeout: WAIT });
  await page.waitForFunction((old) => document.title.includes(' – ') && document.title !== old, before, { timeout: WAIT });
  const { title, href } = await page.evaluate(() => ({ title: document.title, href: location.href }));
  return { screen, title, href: decodeURIComponent(href) };
}

async function goTo(page: Page, hash: string, screen: string, before: string): Promise<Seen> {
  await page.evaluate((h) => { location.hash = h; }, hash);
  await page.waitForFunction((h) => location.hash === h, hash, { timeout: WAIT });
  return seen(page, screen, before);
}

/** Every screen of one journey, in `lang`: what its tab title and URL were. */
async function walkJourney(page: Page, answers: Answers, route: RouteId, lang: Lang, after: string[]): Promise<Seen[]> {
  const s = strings[lang];
  const out: Seen[] = [];
  const last = () => out.at(-1)?.title ?? '';
  await expectH1(page, strings.en.common.start.title);
  if (lang === 'es') {
    await page.getByRole('button', { name: 'Español', exact: true }).click();
    await expectH1(page, s.common.start.title);
  }
  // The start page's title is in its HTML already: in Spanish, wait for the Spanish one.
  out.push(await seen(page, 'start', lang === 'es' ? `${strings.en.common.start.documentTitle} – ${strings.en.common.app.name}` : ''));
  await startWizard(page, lang);
  await answerQuestions(page, answers, lang, { onStep: async (id) => void out.push(await seen(page, `question ${id}`, last())) });
  await expectH1(page, s.pages.review.title);
  out.push(await seen(page, 'review', last()));
  await openResult(page, route, lang);
  out.push(await seen(page, 'result', last()));
  for (const hash of after) out.push(await goTo(page, hash, hash, last()));
  return out;
}

function problems(list: Seen[], answers: Answers): string[] {
  const words = [...SENSITIVE, ...personal(answers)];
  return list.flatMap((p) => [
    ...words.filter((w) => w.test(p.title)).map((w) => `${p.screen}: title "${p.title}" matches ${w}`),
    ...words.filter((w) => w.test(p.href)).map((w) => `${p.screen}: URL ${p.href} matches ${w}`),
  ]);
}

const AFTER_RESULT = ['#/checklist', '#/letter', '#/case-file', '#/delete'];

describe('tab titles and URLs carry no case facts', () => {
  it.each(['en', 'es'] as const)('a DUI case in court with a draft letter, every screen (%s)', async (lang) => {
    await withApp(browser, baseURL, async ({ page }) => {
      const list = await walkJourney(page, duiInCourt, 'lawyer-first', lang, AFTER_RESULT);
      expect(list.filter((p) => p.screen.startsWith('question')).length).toBeGreaterThan(20);
      expect(problems(list, duiInCourt)).toEqual([]);
      // Each question page has a title of its own (WCAG 2.4.2), and the same pattern in both languages.
      const titles = list.filter((p) => p.screen.startsWith('question')).map((p) => p.title);
      expect(new Set(titles).size).toBe(titles.length);
      const word = lang === 'es' ? 'Pregunta' : 'Question';
      for (const t of titles) expect(t).toMatch(new RegExp(`^${word} \\d+ (of|de) \\d+(: [^–]+)? – PD Helper$`));
    }, { locale: 'en-US' });
  });

  it.each(['en', 'es'] as const)('a detained person, every screen (%s)', async (lang) => {
    await withApp(browser, baseURL, async ({ page }) => {
      const list = await walkJourney(page, detained, 'detained-ero', lang, ['#/checklist', '#/facts-sheet', '#/delete']);
      expect(problems(list, detained)).toEqual([]);
    }, { locale: 'en-US' });
  });
});

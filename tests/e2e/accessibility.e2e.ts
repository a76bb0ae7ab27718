/**
 * axe-core (WCAG 2.0/2.1 A and AA rules) on every distinct screen, in English and in Spanish:
 * start, each distinct question screen of a court case (every widget type), an error state, the review page,
 * each result route, the checklist, the letter page, the delete page and the saved-data error page.
 * Any violation fails the test with its rule, impact and the elements involved.
 */
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { addDays, findStep, isoToday, type RouteId } from '../../src/domain';
import { fieldWidgets } from '../../src/ui/form/field-specs';
import { finalOrderBaseline, walk, type Answers } from '../unit/domain/walk';
import { seedCase, startWizard, type Lang } from './support/app';
import { assertOnlySameOrigin, openPage } from './support/browser';
import { answerQuestions } from './support/journey';
import { detained, duiInCourt, inCourtBaseline, notInProceedings, strongInCourt, unsureInProceedings } from './support/personas';
import { baseURL, browser } from './support/shared-browser';

const violations: string[] = [];

/** A question screen's shape: its widgets in order, e.g. "date+number" or "radio". */
function screenKind(stepId: string): string {
  const step = findStep(stepId);
  if (!step) throw new Error(`unknown step ${stepId}`);
  return step.fields.map((f) => fieldWidgets[f.path].kind).join('+');
}

async function audit(page: Page, screen: string): Promise<void> {
  // Open every disclosure so hidden content is checked too.
  await page.evaluate(() => document.querySelectorAll('details').forEach((d) => d.setAttribute('open', '')));
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  // axe really ran: it checked rules that passed on this screen.
  expect(result.passes.length, screen).toBeGreaterThan(10);
  for (const v of result.violations) {
    violations.push(`${screen}: ${v.id} (${v.impact ?? '?'}) ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`);
  }
}

const routes: [RouteId, Answers][] = [
  ['do-not-contact-ice', notInProceedings],
  ['find-out-status-first', unsureInProceedings],
  ['opla-request', strongInCourt],
  ['detained-ero', detained],
  ['final-order-stay', finalOrderBaseline],
  ['lawyer-first', duiInCourt],
  // The urgent banners, the helper's wording and the "things to explain" list.
  ['detained-ero', { ...detained, 'posture.detainedPerson': 'someone_else', 'posture.finalOrder': 'yes' }],
  ['opla-request', { ...inCourtBaseline, 'posture.nextHearingDate': addDays(isoToday(), 10), 'favourable.competencyConcern': 'yes',
    'history.entryManner': 'visa_or_inspected', 'posture.supervision': 'yes' }],
];

describe.each<Lang>(['en', 'es'])('accessibility (%s)', (lang) => {
  it('each distinct question screen and the error state', async () => {
    violations.length = 0;
    const { context, page, requests } = await openPage(browser, baseURL, { locale: lang === 'es' ? 'es-US' : 'en-US' });
    try {
      await audit(page, `${lang} start`);
      await startWizard(page, lang);
      // Error state on the first question.
      await page.locator('form button[type="submit"]').click();
      await page.getByRole('alert').waitFor();
      await audit(page, `${lang} error summary`);
      const answers: Answers = {
        ...inCourtBaseline,
        'criminal.anyArrest': 'yes', 'criminal.dui': 'no', 'criminal.drugs': 'no', 'criminal.violence': 'no',
        'criminal.felonyOrYearSentence': 'no', 'criminal.pendingOrProbation': 'no', 'criminal.rehabilitationEvidence': 'no',
        'criminal.records': [{ kind: 'theft', date: '2016-03', outcome: 'dismissed' }],
        'favourable.family': [{ relationship: 'child', status: 'citizen' }],
        'history.applications': { asylum: 'pending' },
        'history.priorRemoval': 'unknown', 'history.reentryAfterRemoval': 'no',
      };
      // Each distinct question screen once: the same widgets in the same layout are the same
      // markup with other words (axe checks structure, not wording).
      const audited = new Set<string>();
      const onStep = async (id: string) => {
        const kind = screenKind(id);
        if (audited.has(kind)) return;
        audited.add(kind);
        await audit(page, `${lang} question ${id} (${kind})`);
      };
      await answerQuestions(page, answers, lang, { onStep });
      // Every widget type was on a screen that was audited.
      expect(new Set([...audited].flatMap((k) => k.split('+')))).toEqual(new Set(Object.values(fieldWidgets).map((w) => w.kind)));
      await audit(page, `${lang} review`);
      expect(violations).toEqual([]);
      assertOnlySameOrigin(requests, baseURL);
    } finally {
      await context.close();
    }
    // Each audit takes 1–2 s on a 2-core machine.
  }, 120_000);

  it('every result route, the checklist, the letter page, delete and saved-data error pages', async () => {
    violations.length = 0;
    const { context, page, requests } = await openPage(browser, baseURL, { locale: lang === 'es' ? 'es-US' : 'en-US' });
    try {
      for (const [route, answers] of routes) {
        await seedCase(page, walk(answers).c, '#/result');
        await page.locator('h1').first().waitFor();
        await audit(page, `${lang} result ${route}`);
      }
      await seedCase(page, walk(strongInCourt, { letter: { office: { kind: 'listed', id: 'opla-new-orleans' } } }).c, '#/checklist');
      await page.locator('h1').first().waitFor();
      await audit(page, `${lang} checklist`);
      await page.evaluate(() => { location.hash = '#/letter'; });
      await page.locator('article.letter').waitFor();
      await audit(page, `${lang} letter`);
      await page.evaluate(() => { location.hash = '#/delete'; });
      await page.locator('h1').first().waitFor();
      await audit(page, `${lang} delete`);
      await page.evaluate(() => localStorage.setItem('pd-helper:case', '{broken'));
      await page.reload();
      await page.locator('h1').first().waitFor();
      await audit(page, `${lang} saved-data error`);
      expect(violations).toEqual([]);
      assertOnlySameOrigin(requests, baseURL);
    } finally {
      await context.close();
    }
    // Twelve audits of long pages: about 40 s alone on 2 cores, more when they are shared.
  }, 150_000);
});

/**
 * axe-core (WCAG 2.0/2.1 A and AA rules) on every distinct question screen, in English and in
 * Spanish: start, each distinct question screen of a court case (every widget type), an error
 * state and the review page. The result, checklist, letter, delete and saved-data error pages are
 * in accessibility-pages.e2e.ts (two files, so the two e2e workers share the work).
 * Any violation fails the test with its rule, impact and the elements involved.
 */
import { describe, expect, it } from 'vitest';
import { findStep, LANGUAGES, languageInfo } from '../../src/domain';
import { fieldWidgets } from '../../src/ui/form/field-specs';
import type { Answers } from '../unit/domain/walk';
import { expectH1, fieldLabel, startFromTaskList, strings, type Lang } from './support/app';
import { AxeAudit } from './support/axe';
import { assertOnlySameOrigin, openPage } from './support/browser';
import { answerQuestions } from './support/journey';
import { inCourtBaseline } from './support/personas';
import { baseURL, browser } from './support/shared-browser';

/** A question screen's shape: its widgets in order, e.g. "date+number" or "radio". */
function screenKind(stepId: string): string {
  const step = findStep(stepId);
  if (!step) throw new Error(`unknown step ${stepId}`);
  // A tick list is its own kind of screen (checkboxes, and the questions under "I'm not sure").
  return [...(step.ticks ? ['ticks'] : []), ...step.fields.map((f) => fieldWidgets[f.path].kind)].join('+');
}

describe.each<Lang>(LANGUAGES.map((l) => l.code))('accessibility (%s)', (lang) => {
  it('each distinct question screen and the error state', async () => {
    const axe = new AxeAudit();
    const { context, page, requests } = await openPage(browser, baseURL, { locale: languageInfo(lang).locale });
    try {
      // The start page renders after the script loads: audit it once its heading is there.
      await page.locator('h1').first().waitFor();
      await axe.audit(page, `${lang} start`);
      // The saving choice: nothing chosen in advance, so "Continue" alone shows its error.
      const common = strings[lang].common;
      await page.getByRole('button', { name: common.actions.start, exact: true }).click();
      await expectH1(page, common.saving.legend);
      await page.getByRole('button', { name: common.actions.continue, exact: true }).click();
      await page.getByRole('alert').filter({ hasText: common.saving.error }).waitFor();
      await axe.audit(page, `${lang} saving choice, error`);
      await page.getByLabel(common.saving.device, { exact: true }).check();
      await page.getByRole('button', { name: common.actions.continue, exact: true }).click();
      // The task list of a new case.
      await expectH1(page, common.taskList.title);
      await axe.audit(page, `${lang} task list`);
      await startFromTaskList(page, lang);
      await expectH1(page, fieldLabel('posture.detained', lang));
      // Error state on the first question.
      await page.locator('form button[type="submit"]').click();
      await page.getByRole('alert').waitFor();
      await axe.audit(page, `${lang} error summary`);
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
        await axe.audit(page, `${lang} question ${id} (${kind})`);
      };
      await answerQuestions(page, answers, lang, { onStep });
      // Every widget type was on a screen that was audited.
      expect(new Set([...audited].flatMap((k) => k.split('+')))).toEqual(new Set(['ticks', ...Object.values(fieldWidgets).map((w) => w.kind)]));
      await expectH1(page, strings[lang].pages.review.title);
      await axe.audit(page, `${lang} review`);
      expect(axe.violations).toEqual([]);
      assertOnlySameOrigin(requests, baseURL);
    } finally {
      await context.close();
    }
    // Each audit takes about a second on a 2-core machine.
  }, 120_000);
});

/**
 * axe-core (WCAG 2.0/2.1 A and AA rules) on every page after the questions, in English and in
 * Spanish: each result route (with the urgent banners and the helper's wording), the checklist, the support letters,
 * the letter page, the summary for a lawyer, the declaration, the after-sending page, the facts sheet, the stay of removal page,
 * the task list, one part's answers, the answers page with open questions, the delete page and the saved-data error page. The
 * question screens are in accessibility.e2e.ts. Any violation fails the test with its rule, impact and the elements involved.
 */
import { describe, expect, it } from 'vitest';
import { addDays, isoToday, LANGUAGES, languageInfo, type RouteId, setField } from '../../src/domain';
import { finalOrderBaseline, walk, type Answers } from '../unit/domain/walk';
import { questionHash, seedCase, type Lang } from './support/app';
import { AxeAudit } from './support/axe';
import { assertOnlySameOrigin, openPage } from './support/browser';
import { detained, duiInCourt, inCourtBaseline, notInProceedings, strongInCourt, unsureInProceedings } from './support/personas';
import { baseURL, browser } from './support/shared-browser';

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

describe.each<Lang>(LANGUAGES.map((l) => l.code))('accessibility of the pages (%s)', (lang) => {
  it('every result route, the checklist, the letter, the summary for a lawyer, the declaration, after-sending, the facts sheet, stay of removal, the task list and answers pages, delete and saved-data error pages', async () => {
    const axe = new AxeAudit();
    const { context, page, requests } = await openPage(browser, baseURL, { locale: languageInfo(lang).locale });
    try {
      for (const [route, answers] of routes) {
        await seedCase(page, walk(answers).c, '#/result');
        await page.locator('h1').first().waitFor();
        await axe.audit(page, `${lang} result ${route}`);
      }
      await seedCase(page, walk(strongInCourt, { letter: { office: { kind: 'listed', id: 'opla-new-orleans' } } }).c, '#/checklist');
      await page.locator('h1').first().waitFor();
      await axe.audit(page, `${lang} checklist`);
      await page.evaluate(() => { location.hash = '#/support-letters'; });
      await page.locator('.support-writers').waitFor();
      await axe.audit(page, `${lang} support letters`);
      await page.evaluate(() => { location.hash = '#/letter'; });
      await page.locator('article.letter').waitFor();
      await axe.audit(page, `${lang} letter`);
      // The other serious reason, typed in the questions: shown under its "yes", then offered back on the letter page.
      const reason = walk({ ...inCourtBaseline, 'favourable.otherHumanitarian': 'yes', 'favourable.otherHumanitarianReason': 'I care for my mother.' }).c;
      await seedCase(page, reason, questionHash('humanitarian'));
      await page.locator('#f-favourable-otherHumanitarianReason-text').waitFor();
      await axe.audit(page, `${lang} question shown under a yes`);
      await page.evaluate(() => { location.hash = '#/letter'; });
      await page.locator('.letter-reason').waitFor();
      await axe.audit(page, `${lang} letter, reason offered back`);
      // A tick list: a ticked box with the question it opens, "I'm not sure" with each question, and its error.
      await seedCase(page, walk({ ...inCourtBaseline, 'history.priorRemoval': 'yes', 'history.reentryAfterRemoval': 'no' }).c, questionHash('prior-removal'));
      await page.locator('#f-history-reentryAfterRemoval-no').waitFor();
      await axe.audit(page, `${lang} tick list, a box ticked`);
      await seedCase(page, walk({ ...inCourtBaseline, 'favourable.competencyConcern': 'unknown' }).c, questionHash('health'));
      await page.locator('#f-favourable-competencyConcern-unknown').waitFor();
      await axe.audit(page, `${lang} tick list, each question`);
      const open = walk(inCourtBaseline).c;
      await seedCase(page, { ...open, favourable: { ...open.favourable, militarySelf: undefined, militaryFamily: undefined } }, questionHash('military'));
      await page.locator('form button[type="submit"]').click();
      await page.locator('#f-ticks-military-error').waitFor();
      await axe.audit(page, `${lang} tick list, error`);
      await seedCase(page, walk(strongInCourt, { letter: { office: { kind: 'listed', id: 'opla-new-orleans' } } }).c, '#/lawyer-summary');
      await page.locator('article.lawyer-summary').waitFor();
      await axe.audit(page, `${lang} summary for a lawyer`);
      await page.evaluate(() => { location.hash = '#/declaration'; });
      await page.locator('#declaration-origin').waitFor();
      await axe.audit(page, `${lang} declaration`);
      await page.evaluate(() => { location.hash = '#/after-sending'; });
      await page.locator('#sent-date').waitFor();
      await axe.audit(page, `${lang} after sending`);
      await seedCase(page, walk(detained).c, '#/facts-sheet');
      await page.locator('#facts-fullName').waitFor();
      await axe.audit(page, `${lang} facts sheet`);
      await seedCase(page, walk(finalOrderBaseline).c, '#/stay-of-removal');
      await page.locator('#stay-draft-title').waitFor();
      await axe.audit(page, `${lang} stay of removal`);
      await seedCase(page, walk({ ...detained, 'posture.finalOrder': 'yes' }).c, '#/stay-of-removal');
      await page.locator('#stay-emergency-title').waitFor();
      await axe.audit(page, `${lang} stay of removal, detained`);
      // The task list with every part done, one part's answers, and the answers page with open questions.
      await seedCase(page, walk(inCourtBaseline).c, '#/questions');
      await page.locator('.task-list').waitFor();
      await axe.audit(page, `${lang} task list, all done`);
      await page.evaluate(() => { location.hash = '#/review?section=history'; });
      await page.locator('#review-history').waitFor();
      await axe.audit(page, `${lang} one part's answers`);
      await seedCase(page, setField(walk(inCourtBaseline).c, 'criminal.anyArrest', 'yes'), '#/review');
      await page.locator('#review-open-title').waitFor();
      await axe.audit(page, `${lang} answers with open questions`);
      await page.evaluate(() => { location.hash = '#/delete'; });
      await page.locator('h1').first().waitFor();
      await axe.audit(page, `${lang} delete`);
      await page.evaluate(() => localStorage.setItem('pd-helper:case', '{broken'));
      await page.reload();
      await page.locator('h1').first().waitFor();
      await axe.audit(page, `${lang} saved-data error`);
      expect(axe.violations).toEqual([]);
      assertOnlySameOrigin(requests, baseURL);
    } finally {
      await context.close();
    }
    // Twenty audits of long pages: about 55 s alone on 2 cores, more when they are shared.
  }, 240_000);
});

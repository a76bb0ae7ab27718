/**
 * Full journeys through the real UI, from "Start now" through "Check your answers" to the result
 * page (and, for two of them, the checklist and the letter page), in English and in Spanish; a
 * changed answer on the review page; and a reload in the middle of the questions.
 * Every test also checks: no console error, and no request to another origin.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  assess,
  checklist,
  checklistItems,
  DRAFT_NOTICE,
  evidenceItems,
  findOplaOffice,
  isoToday,
  type RouteId,
} from '../../src/domain';
import { type Answers, walk } from '../unit/domain/walk';
import {
  answerSteps,
  cardTitles,
  concernTitles,
  expectH1,
  fieldLabel,
  fill,
  helpPhones,
  openResult,
  routeTitle,
  questionHash,
  startWizard,
  storedKeys,
  strings,
  waitForHash,
  WAIT,
  withApp,
} from './support/app';
import { saveScreenshot } from './support/browser';
import { answerQuestions, typedDate } from './support/journey';
import {
  detained,
  duiInCourt,
  finalOrderBaseline,
  HEARING_DATE,
  inCourtBaseline,
  notInProceedings,
  strongInCourt,
  unsureInProceedings,
} from './support/personas';
import { baseURL, browser } from './support/shared-browser';

const en = strings.en;
const factor = (id: keyof typeof en.catalog.factors) => en.catalog.factors[id].title;
const flag = (id: keyof typeof en.catalog.redFlags) => en.catalog.redFlags[id].title;

/** Start → questions → "Check your answers" → result; returns the steps the wizard asked. */
async function journey(page: Page, answers: Answers, route: RouteId): Promise<string[]> {
  await startWizard(page);
  const visited = await answerQuestions(page, answers);
  await openResult(page, route);
  expect(await page.getAttribute('html', 'lang')).toBe('en');
  // The tab title stays neutral on the result page.
  await expect.poll(() => page.title()).toBe(`${en.pages.result.documentTitle} – ${en.common.app.name}`);
  // Every route has its steps and the free legal help list, with the EOIR case status line.
  expect(await page.locator('.steps-list li').count()).toBe(en.catalog.routes[route].steps.length);
  expect(await helpPhones(page)).toContain('1-800-898-7180');
  return visited;
}

describe('six journeys from the start page to the result page', () => {
  it('(a) not in proceedings: do not contact ICE', async () => {
    await withApp(browser, baseURL, async ({ page }) => {
      const visited = await journey(page, notInProceedings, 'do-not-contact-ice');
      expect(visited).toEqual(['detained', 'notice-to-appear', 'final-order', 'in-proceedings']);
      expect(await concernTitles(page)).toEqual([flag('rf_not_in_proceedings')]);
      expect(await page.locator('section[aria-labelledby="favour-title"] p').textContent()).toBe(en.pages.result.favour.notAsked);
      expect(await page.locator('a', { hasText: en.pages.result.next.letter }).count()).toBe(0);
      await saveScreenshot(page, 'journey-a-do-not-contact-ice');
    });
  });

  it('(b) unsure whether in proceedings: find out where the case stands first', async () => {
    await withApp(browser, baseURL, async ({ page }) => {
      await journey(page, unsureInProceedings, 'find-out-status-first');
      expect(await page.locator('.steps-list').textContent()).toContain('1-800-898-7180');
      expect(await page.locator('section[aria-labelledby="concerns-title"] p').textContent()).toBe(en.pages.result.concerns.notAsked);
      await saveScreenshot(page, 'journey-b-find-out-status-first');
    });
  });

  it('(c) in court with strong favourable factors: OPLA letter, checklist and letter preview', async () => {
    await withApp(browser, baseURL, async ({ page }) => {
      const visited = await journey(page, strongInCourt, 'opla-request');
      expect(visited).toEqual(expect.arrayContaining(['court-details', 'family', 'personal-details', 'contact']));
      expect(visited).not.toContain('criminal-kinds');
      const favour = await cardTitles(page, 'favour-title');
      for (const id of ['long_presence', 'entered_as_child', 'usc_lpr_family', 'primary_caregiver', 'relief_eligible',
        'employment_history', 'tax_compliance', 'community_ties', 'education', 'no_criminal_record'] as const) {
        expect(favour).toContain(factor(id));
      }
      expect(await concernTitles(page)).not.toContain(flag('rf_dui'));
      expect(await page.locator('.result--stop').count()).toBe(0);
      await saveScreenshot(page, 'journey-c-opla-request');

      // The checklist: tick one "I have this" and one "Include with my letter".
      const { c } = walk(strongInCourt);
      const items = checklistItems(checklist(c, assess(c, { asOf: isoToday() })));
      const have = 'residence-proof';
      const include = 'family-status-proof';
      expect(items.map((i) => i.id)).toEqual(expect.arrayContaining([have, include, 'caregiving-proof']));
      await page.getByRole('link', { name: en.pages.result.next.checklist, exact: true }).click();
      await waitForHash(page, '#/checklist');
      await expectH1(page, en.pages.checklist.title);
      const progress = page.locator('.checklist-page__progress');
      expect(await progress.textContent()).toBe(fill(en.pages.checklist.progress, { gathered: 0, total: items.length }));
      expect(await page.locator('.checklist-item').count()).toBe(items.length);

      await page.locator(`label[for="gathered-${have}"]`).click();
      await page.locator(`label[for="included-${include}"]`).click();
      await page.waitForFunction(
        (text) => document.querySelector('.checklist-page__progress')?.textContent === text,
        fill(en.pages.checklist.progress, { gathered: 1, total: items.length }),
        { timeout: WAIT },
      );
      expect(await page.locator(`#gathered-${have}`).isChecked()).toBe(true);
      expect(await page.locator(`#included-${include}`).isChecked()).toBe(true);
      expect(await page.locator(`#gathered-${include}`).isChecked()).toBe(false);
      await saveScreenshot(page, 'journey-c-checklist');

      // The letter page: choose an office from the list, write the story, read the preview.
      await page.getByRole('link', { name: en.pages.result.next.letter, exact: true }).click();
      await waitForHash(page, '#/letter');
      await expectH1(page, en.pages.letter.title);
      expect(await page.locator('.draft-banner').count()).toBe(0);
      const office = findOplaOffice('opla-new-york')!;
      await page.locator('#office-select').selectOption(office.id);
      await page.locator('.office-card__name').filter({ hasText: office.name }).waitFor({ timeout: WAIT });
      const addressee = page.locator('.letter__addressee');
      const printed = office.mailingAddressLines ?? office.addressLines;
      await page.waitForFunction(
        (line) => document.querySelector('.letter__addressee')?.textContent?.includes(line) ?? false,
        printed[0]!,
        { timeout: WAIT },
      );
      expect(await addressee.textContent()).toContain(printed.at(-1)!);

      const story = 'José Núñez Peña llegó en 2015';
      await page.locator('#story').click();
      await page.keyboard.type(story);
      const verbatim = page.locator('.letter .letter__verbatim');
      await verbatim.filter({ hasText: story }).waitFor({ timeout: WAIT });
      expect(await verbatim.allTextContents()).toEqual([story]);
      expect(await page.locator('#story').inputValue()).toBe(story);

      const description = evidenceItems.find((i) => i.id === include)!.letterDescription;
      const exhibitRows = page.locator('.letter__exhibits tbody tr');
      expect(await exhibitRows.count()).toBe(1);
      expect(await exhibitRows.locator('th').textContent()).toBe('A');
      expect(await exhibitRows.locator('td').textContent()).toBe(description);
      expect(await page.locator('.letter').textContent()).toContain('See Tab A.');
      expect(await page.locator('.letter__sender').textContent()).toContain(String(strongInCourt['person.fullName']));
      await saveScreenshot(page, 'journey-c-letter');

      // What was typed is saved with the case, accents and all.
      const saved = await storedKeys(page);
      expect(saved.local['pd-helper:case']).toContain(story);
    });
  });

  it('(d) detained: ICE ERO route, three questions only', async () => {
    await withApp(browser, baseURL, async ({ page }) => {
      const visited = await journey(page, detained, 'detained-ero');
      expect(visited).toEqual(['detained', 'detention-place', 'final-order']);
      expect(await concernTitles(page)).toContain(flag('rf_detained'));
      expect(await helpPhones(page)).toContain('1-888-351-4024');
      await saveScreenshot(page, 'journey-d-detained-ero');
    });
  });

  it('(e) final order: ask ERO for a stay of removal', async () => {
    await withApp(browser, baseURL, async ({ page }) => {
      const visited = await journey(page, finalOrderBaseline, 'final-order-stay');
      expect(visited).toEqual(expect.arrayContaining(['final-order-details', 'appeal-pending']));
      expect(visited).not.toContain('court-details');
      expect(await concernTitles(page)).toContain(flag('rf_final_order'));
      expect(await cardTitles(page, 'favour-title')).toContain(factor('long_presence'));
      await saveScreenshot(page, 'journey-e-final-order-stay');

      // No letter for this route: the letter page says so.
      expect(await page.locator('a', { hasText: en.pages.result.next.letter }).count()).toBe(0);
      await page.goto(`${baseURL}#/letter`);
      await expectH1(page, en.pages.letter.none.title);
    });
  });

  it('(f) in court with a DUI conviction: lawyer first, the letter only as a draft', async () => {
    await withApp(browser, baseURL, async ({ page }) => {
      const visited = await journey(page, duiInCourt, 'lawyer-first');
      expect(visited).toEqual(expect.arrayContaining(['criminal-any', 'criminal-kinds', 'criminal-since', 'criminal-records']));
      const concerns = await concernTitles(page);
      expect(concerns).toEqual(expect.arrayContaining([flag('rf_dui'), flag('rf_any_arrest_or_conviction')]));
      expect(await cardTitles(page, 'favour-title')).toContain(factor('rehabilitation'));
      expect(await page.locator('.underlying').textContent()).toContain(routeTitle('opla-request'));
      expect(await page.locator('.result--stop').count()).toBe(1);
      await saveScreenshot(page, 'journey-f-lawyer-first');

      await page.getByRole('link', { name: en.pages.result.next.draft, exact: true }).first().click();
      await waitForHash(page, '#/letter');
      await expectH1(page, en.pages.letter.titleDraft);
      expect(await page.locator('.draft-banner__title').textContent()).toBe(en.pages.letter.draft.title);
      expect(await page.locator('.letter__draft').textContent()).toBe(DRAFT_NOTICE);
      expect(await page.locator('.letter--draft').count()).toBe(1);
      await saveScreenshot(page, 'journey-f-draft-letter');
      // Each concern is explained in its own box before the draft can be downloaded.
      await page.locator('#concern-rf_any_arrest_or_conviction').fill('In July 2018 I was arrested once, for driving under the influence.');
      await page.locator('#concern-rf_dui').fill('I pleaded guilty, finished my sentence and a 12-week alcohol class. I have not had a drink since.');
      // The downloaded draft says DRAFT in its file name too.
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: en.pages.letter.pdf.buttonDraft, exact: true }).click(),
      ]);
      expect(download.suggestedFilename()).toMatch(/^DRAFT-PD-request-.+\.pdf$/);
    });
  });
});

describe('in Spanish', () => {
  it('runs a whole journey in Spanish, with dates typed day first', async () => {
    const es = strings.es;
    await withApp(browser, baseURL, async ({ page }) => {
      await expectH1(page, en.common.start.title);
      await page.getByRole('button', { name: 'Español', exact: true }).click();
      await expectH1(page, es.common.start.title);
      expect(await page.getAttribute('html', 'lang')).toBe('es');

      await startWizard(page, 'es');
      expect(await page.getByRole('button', { name: es.common.actions.continue, exact: true }).count()).toBe(1);
      const visited = await answerQuestions(page, inCourtBaseline, 'es');
      expect(visited).toContain('court-details');

      await expectH1(page, es.pages.review.title);
      expect(await page.getAttribute('html', 'lang')).toBe('es');
      // The hearing date was typed day first (e.g. 04/03/2027) and is read back in Spanish words.
      const review = (await page.locator('.review').textContent()) ?? '';
      expect(review).toContain(fieldLabel('posture.courtCity', 'es'));
      const spanishDate = new Intl.DateTimeFormat('es', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' })
        .format(new Date(`${HEARING_DATE}T00:00:00Z`));
      expect(review).toContain(spanishDate);

      await openResult(page, 'opla-request', 'es');
      expect(await page.getAttribute('html', 'lang')).toBe('es');
      await expect.poll(() => page.title()).toBe(`${es.pages.result.documentTitle} – ${es.common.app.name}`);
      expect(await page.locator('#favour-title').textContent()).toBe(es.pages.result.favour.title);
      expect(await page.locator('#help-title').textContent()).toBe(es.pages.result.help.title);
      expect(await cardTitles(page, 'favour-title')).toContain(es.catalog.factors.long_presence.title);
      await saveScreenshot(page, 'journey-es-opla-request');
    }, { locale: 'en-US' }); // the browser prefers English: only the switch makes it Spanish
  });
});

describe('changing an answer on the review page', () => {
  it('prunes the answers that no longer apply and changes the result', async () => {
    await withApp(browser, baseURL, async ({ page }) => {
      await startWizard(page);
      await answerQuestions(page, inCourtBaseline);
      await openResult(page, 'opla-request');
      await page.getByRole('link', { name: en.pages.result.back, exact: true }).click();
      await expectH1(page, en.pages.review.title);

      const courtCity = String(inCourtBaseline['posture.courtCity']);
      const fullName = String(inCourtBaseline['person.fullName']);
      const before = (await page.locator('.review').textContent()) ?? '';
      for (const text of [fieldLabel('posture.courtCity'), courtCity, fieldLabel('representation.kind'), fullName]) {
        expect(before).toContain(text);
      }

      const question = fieldLabel('posture.inProceedings');
      await page.getByRole('link', { name: `${en.common.actions.change} ${question}`, exact: true }).click();
      await waitForHash(page, questionHash('in-proceedings', true));
      await expectH1(page, question);
      expect(await page.locator('#f-posture-inProceedings-yes').isChecked()).toBe(true);
      await page.locator('label[for="f-posture-inProceedings-no"]').click();
      await page.getByRole('button', { name: en.common.actions.saveAndReview, exact: true }).click();

      await waitForHash(page, '#/review');
      await expectH1(page, en.pages.review.title);
      const after = (await page.locator('.review').textContent()) ?? '';
      expect(after).toContain(question);
      for (const text of [fieldLabel('posture.courtCity'), courtCity, fieldLabel('posture.nextHearingDate'),
        fieldLabel('representation.kind'), fieldLabel('history.entryDate'), fieldLabel('person.fullName'), fullName]) {
        expect(after).not.toContain(text);
      }
      // Pruned from what is saved, too, not only hidden.
      const saved = (await storedKeys(page)).local['pd-helper:case'] ?? '';
      expect(saved).toContain('"inProceedings":"no"');
      expect(saved).not.toContain(courtCity);
      expect(saved).not.toContain('Peña');

      // A Notice to Appear but no known case: find out first (not "do not contact ICE"), and the
      // person is never told they have no court case.
      await openResult(page, 'find-out-status-first');
      expect(await concernTitles(page)).toContain(flag('rf_nta_no_case'));
      expect(await concernTitles(page)).not.toContain(flag('rf_not_in_proceedings'));
      expect(await page.locator('section[aria-labelledby="next-title"] > p').first().textContent()).toBe(en.catalog.routes['find-out-status-first']['summary_nta-no-case']);
    });
  });
});

describe('reloading in the middle of the questions', () => {
  it('keeps the question and the answers, and "Continue where you left off" finds the next question', async () => {
    await withApp(browser, baseURL, async ({ page }) => {
      await startWizard(page);
      const answered = await answerSteps(page, inCourtBaseline, 6);
      expect(answered).toEqual(['detained', 'notice-to-appear', 'final-order', 'in-proceedings', 'court-status', 'court-details']);
      await waitForHash(page, questionHash('ice-supervision'));
      // Two questions on this page (ICE asking to dismiss, and check-ins): the page has a title.
      const seventh = en.questions.steps['ice-supervision'].title;
      await expectH1(page, seventh);

      await page.reload();
      await waitForHash(page, questionHash('ice-supervision'));
      await expectH1(page, seventh);

      // The answer on the page before is still there.
      await page.getByRole('link', { name: en.common.actions.back, exact: true }).click();
      await waitForHash(page, questionHash('court-details'));
      await expectH1(page, en.questions.steps['court-details'].title);
      expect(await page.locator('#f-posture-courtCity-select').inputValue()).toBe(inCourtBaseline['posture.courtCity']);
      expect(await page.locator('#f-posture-nextHearingDate-text').inputValue()).toBe(typedDate(HEARING_DATE, 'en'));
      expect(await page.locator('#f-posture-nextHearingType-master').isChecked()).toBe(true);

      // Back to the start page (the header link), which now offers to continue.
      await page.getByRole('link', { name: en.common.app.name, exact: true }).click();
      await expectH1(page, en.common.start.title);
      expect(await page.getByRole('button', { name: en.common.actions.start, exact: true }).count()).toBe(0);
      await page.getByRole('link', { name: en.common.actions.resume, exact: true }).click();
      // The task list: the first part done, the second under way, the rest not yet open.
      await expectH1(page, en.common.taskList.title);
      const statuses = await page.locator('.task-list__status').allTextContents();
      expect(statuses).toEqual([
        en.common.taskList.status.completed, en.common.taskList.status['in-progress'],
        ...Array<string>(4).fill(en.common.taskList.status['cannot-start']),
      ]);
      // On a phone a status that does not fit beside its part's name goes below it, lined up with it.
      const rows = await page.locator('.task-list__item').evaluateAll((items) => items.map((item) => {
        // Where the words are (a range), not the boxes: padding would move the words, not the box.
        const words = (selector: string) => {
          const range = document.createRange();
          range.selectNodeContents(item.querySelector(selector)!);
          return range.getBoundingClientRect();
        };
        const name = words('.task-list__name');
        const status = words('.task-list__status');
        return { below: status.top >= name.bottom - 1, offset: Math.round(status.left - name.left) };
      }));
      expect(rows.filter((r) => r.below).length).toBeGreaterThan(0);
      expect(rows.filter((r) => r.below).map((r) => r.offset)).toEqual(rows.filter((r) => r.below).map(() => 0));
      await page.getByRole('link', { name: en.common.actions.continue, exact: true }).click();
      await waitForHash(page, questionHash('ice-supervision'));
      await expectH1(page, seventh);

      // And the wizard goes on from there to the end.
      await answerQuestions(page, inCourtBaseline);
      await openResult(page, 'opla-request');
    });
  });
});

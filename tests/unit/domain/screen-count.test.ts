/**
 * How long the way through is (issue 16): the screens and the clicks from the start page to the
 * result for each persona's route, walked through the real flow table. A screen is a page the
 * person sees; a click is a press (a button, a link, a choice) or one answer typed. The ceilings
 * fail the test when a change makes a route longer; the figures before issue 16 are kept here for
 * the record (measured the same way on the flow of 2026-11-30, commit abe1a25).
 */
import { describe, expect, it } from 'vitest';
import { askedFields, type CaseData, findStep, getField, tickListNow } from '../../../src/domain';
import { type Answers, detained, duiInCourt, finalOrderBaseline, inCourtBaseline, notInProceedings, strongInCourt, walk } from './walk';

/** Pages before the questions and after: start, saving choice, task list / check answers, result. */
const BEFORE_QUESTIONS = ['start', 'saving', 'task-list'] as const;
const AFTER_QUESTIONS = ['review', 'result'] as const;

/** One click per answer given: a choice, a tick, one typed answer, or one row of a list. */
function answerClicks(value: unknown): number {
  if (Array.isArray(value)) return Math.max(1, value.length * 2);
  if (value !== null && typeof value === 'object') return Math.max(1, Object.keys(value).length);
  return 1;
}

function measure(answers: Answers): { screens: number; questionPages: number; clicks: number } {
  const { visited, c } = walk(answers);
  let clicks = BEFORE_QUESTIONS.length; // "Start now", the saving choice's Continue, "Start the questions"
  clicks += 1; // choosing where to save
  for (const id of visited) {
    const step = findStep(id)!;
    const asked = askedFields(step, c as CaseData);
    // A tick list: one click per box ticked, or one for "None of these"; with a "not sure" among
    // them, one for "I'm not sure…" and then one per question, as before.
    const list = new Set<string>(tickListNow(step, asked));
    const listed = asked.filter((f) => list.has(f.path)).map((f) => getField(c, f.path));
    const oneByOne = listed.includes('unknown');
    if (list.size > 0) clicks += oneByOne ? 1 : Math.max(1, listed.filter((v) => v === 'yes').length);
    for (const f of asked) {
      if (list.has(f.path) && !oneByOne) continue;
      const v = getField(c, f.path);
      if (v !== undefined) clicks += answerClicks(v);
    }
    clicks += 1; // Continue
  }
  clicks += 1; // "See your result"
  return { screens: BEFORE_QUESTIONS.length + visited.length + AFTER_QUESTIONS.length, questionPages: visited.length, clicks };
}

/**
 * [persona, its route, { before issue 16, at most now }]. The task list adds one screen and one
 * click at the start: a detained person and a person not in court (3–4 questions) pay it.
 */
const ROUTES: [string, Answers, { before: { questionPages: number; screens: number; clicks: number }; ceiling: { screens: number; clicks: number } }][] = [
  ['letter (in court, the usual case)', inCourtBaseline, { before: { questionPages: 36, screens: 40, clicks: 92 }, ceiling: { screens: 27, clicks: 63 } }],
  ['letter (in court, strong case)', strongInCourt, { before: { questionPages: 36, screens: 40, clicks: 95 }, ceiling: { screens: 27, clicks: 68 } }],
  ['lawyer first (in court, DUI)', duiInCourt, { before: { questionPages: 40, screens: 44, clicks: 104 }, ceiling: { screens: 31, clicks: 75 } }],
  ['final order', finalOrderBaseline, { before: { questionPages: 34, screens: 38, clicks: 87 }, ceiling: { screens: 26, clicks: 60 } }],
  ['detained', detained, { before: { questionPages: 3, screens: 7, clicks: 11 }, ceiling: { screens: 8, clicks: 12 } }],
  ['not in court', notInProceedings, { before: { questionPages: 4, screens: 8, clicks: 12 }, ceiling: { screens: 9, clicks: 13 } }],
];

describe('the way through: screens and clicks per route', () => {
  it.each(ROUTES)('%s', (_name, answers, { ceiling }) => {
    const now = measure(answers);
    expect(now.screens).toBeLessThanOrEqual(ceiling.screens);
    expect(now.clicks).toBeLessThanOrEqual(ceiling.clicks);
  });

  it('the letter route has at least 30 % fewer screens and clicks than before', () => {
    const [, answers, { before }] = ROUTES[0]!;
    const now = measure(answers);
    expect(now.screens).toBeLessThanOrEqual(Math.floor(before.screens * 0.7));
    expect(now.questionPages).toBeLessThanOrEqual(Math.floor(before.questionPages * 0.7));
    expect(now.clicks).toBeLessThanOrEqual(Math.floor(before.clicks * 0.7));
  });

  it('prints the figures (npm test output, for the record)', () => {
    const rows = ROUTES.map(([name, answers, { before }]) => {
      const now = measure(answers);
      return `${name}: question pages ${before.questionPages} → ${now.questionPages}, screens ${before.screens} → ${now.screens}, clicks ${before.clicks} → ${now.clicks}`;
    });
    console.log(rows.join('\n'));
    expect(rows).toHaveLength(ROUTES.length);
  });
});

/**
 * Neutral names for the question pages. A step's id says what its question is about (detained,
 * criminal-any, gang…), and a page's URL and title stay in the browser's history for anyone who
 * uses the device later. So URLs name a question by a code (#/questions/q7) and titles by its
 * number ("Question 7 of 36").
 *
 * Codes are stable, so a saved or bookmarked link keeps opening the same question: each step
 * has its number in CODES (the order of the step table when codes were introduced); a new step
 * takes the next free number, and a number is never reused. A URL with a step id, as older
 * versions wrote, still finds its step (the page then moves to the neutral URL).
 */
import { findStep, type Step, steps } from './flow';

/** Step ids by code number: CODES[0] is q1. Append only. */
const CODES: readonly string[] = [
  'detained', 'detention-place', 'notice-to-appear', 'final-order', 'in-proceedings', 'final-order-details',
  'appeal-pending', 'court-status', 'decision-date', 'court-details', 'past-hearing', 'ice-dismissal',
  'ice-supervision', 'representation', 'entry-date', 'entry-manner', 'border-stop', 'presence',
  'permanent-resident', 'prior-removal', 'reentry', 'missed-hearing', 'prior-pd', 'prior-pd-result',
  'applications', 'notario', 'criminal-any', 'criminal-kinds', 'criminal-pending', 'criminal-since',
  'criminal-records', 'gang', 'fraud', 'security', 'family', 'caregiving', 'health', 'pregnancy', 'victim',
  'military', 'education', 'work', 'community', 'humanitarian', 'personal-details', 'a-number', 'contact',
  'serious-matters', 'school-and-work',
];

/**
 * Steps whose questions moved onto another step's page (issue 16: related questions share a
 * page). Their codes are never reused, and a saved link to one opens the page that asks its
 * questions now.
 */
const MOVED: Readonly<Record<string, string>> = {
  'border-stop': 'entry-manner',
  'permanent-resident': 'presence',
  notario: 'applications',
  gang: 'serious-matters',
  fraud: 'serious-matters',
  security: 'serious-matters',
  caregiving: 'family',
  pregnancy: 'health',
  victim: 'humanitarian',
  education: 'school-and-work',
  work: 'school-and-work',
  community: 'school-and-work',
  'a-number': 'personal-details',
  'ice-dismissal': 'ice-supervision',
  reentry: 'prior-removal',
  'missed-hearing': 'prior-removal',
  'prior-pd-result': 'prior-removal',
  'prior-pd': 'prior-removal',
};

const codeById = new Map(CODES.map((id, i) => [id, `q${i + 1}`]));
const idByCode = new Map(CODES.map((id, i) => [`q${i + 1}`, id]));

/** "q7": how URLs name the step (an unknown id is returned as is, and then finds no page). */
export function stepCode(stepId: string): string {
  return codeById.get(stepId) ?? stepId;
}

/** The step a URL names: by its code, or by its id (links saved by older versions). */
export function findStepByCode(code: string): Step | undefined {
  const id = idByCode.get(code) ?? code;
  return findStep(Object.hasOwn(MOVED, id) ? MOVED[id]! : id);
}

/** For a page title: the step's place in the step table, the same for every person ("7 of 47"). */
export function stepNumber(stepId: string): { number: number; total: number } | null {
  const index = steps.findIndex((s) => s.id === stepId);
  return index < 0 ? null : { number: index + 1, total: steps.length };
}

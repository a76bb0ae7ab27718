/**
 * The wizard as data: one table of steps, each owning some case fields and choosing the next
 * step with named guards. From this table come the route order, the back link, the progress
 * indicator, reachability, pruning and the review-page grouping.
 */
import type { AssessContext } from './case-facts';
import type { CaseData } from './case-schema';
import { isoToday, partialDateBounds } from './partial-date';

/** The date the questions are for: a hearing date that has passed opens a question. */
export type FlowContext = AssessContext;

export const sectionIds = ['situation', 'court-case', 'history', 'risks', 'favour', 'about-you'] as const;
export type SectionId = (typeof sectionIds)[number];

/** The parts of a case the wizard asks about (the letter texts and checklist ticks are not). */
export type AnswerPart = Exclude<keyof CaseData, 'letter' | 'checklist'>;
type Part = AnswerPart;
/** A case field owned by a step, as "part.field". */
export type FieldPath = {
  [P in Part]: `${P}.${Extract<keyof CaseData[P], string>}`;
}[Part];

export interface FieldSpec {
  path: FieldPath;
  /** The step counts as answered without it (e.g. other names, email). */
  optional?: boolean;
  /**
   * Asked only when this holds. It reads answers before it: an earlier step's, or an earlier
   * question on the same page (which then shows it as soon as that answer is chosen, GOV.UK's
   * conditional reveal). A field not asked is not kept (see `prune`).
   */
  when?: (c: CaseData) => boolean;
  /** `when` reads an earlier question on the same page: the page shows this one under it once chosen. */
  reveal?: boolean;
}

export interface Step {
  id: string;
  section: SectionId;
  fields: readonly FieldSpec[];
  /** The next step's id, or null when the questions end here. Reads only upstream answers (and the date). */
  next: (c: CaseData, ctx: FlowContext) => string | null;
  /**
   * Yes / no / not sure questions asked as one "select all that apply" list (GOV.UK checkboxes)
   * with "None of these" and "I'm not sure", which opens each as its own question. The saved
   * answers are the same; a person with none of them answers the page with one click (issue 16).
   */
  ticks?: readonly FieldPath[];
}

// ── Named guards ────────────────────────────────────────────────────────────────────────────
/**
 * The hearing date given has surely passed (its latest possible day is before the date). Here
 * rather than with the other case facts: the first questions need it, the rest loads later.
 */
export function hearingSurelyPast(c: CaseData, ctx: FlowContext): boolean {
  const date = c.posture.nextHearingDate;
  const bounds = date && date !== 'unknown' ? partialDateBounds(date) : null;
  return bounds !== null && bounds.latest < ctx.asOf;
}

export const isDetained = (c: CaseData): boolean => c.posture.detained === 'yes';
export const hasFinalOrder = (c: CaseData): boolean => c.posture.finalOrder === 'yes';
export const finalOrderUnknown = (c: CaseData): boolean => c.posture.finalOrder === 'unknown';
export const isInProceedings = (c: CaseData): boolean => c.posture.inProceedings === 'yes';
export const hasOrMayHaveArrest = (c: CaseData): boolean =>
  c.criminal.anyArrest === 'yes' || c.criminal.anyArrest === 'unknown';
export const hadOrMayHavePriorRemoval = (c: CaseData): boolean =>
  c.history.priorRemoval === 'yes' || c.history.priorRemoval === 'unknown';
export const madePriorPdRequest = (c: CaseData): boolean => c.history.priorPdRequest === 'yes';
/** The person answers for someone they help (who is detained): the words speak to the helper. */
export const speaksToHelper = (c: CaseData): boolean => isDetained(c) && c.posture.detainedPerson === 'someone_else';
/** The hearing date given has passed and the person did not go, or is not sure. */
export const mayHaveMissedPastHearing = (c: CaseData): boolean =>
  c.posture.attendedPastHearing === 'no' || c.posture.attendedPastHearing === 'unknown';
/**
 * "Ever missed a hearing or check-in?" is already answered when the order was made while the person
 * was not there (in absentia): it is not asked again.
 */
export const missedHearingSettled = (c: CaseData): boolean => hasFinalOrder(c) && !isDetained(c) && c.posture.inAbsentia === 'yes';
/** Personal details are asked only where a letter or a stay request may follow. */
export const needsPersonalDetails = (c: CaseData): boolean =>
  !isDetained(c) && (hasFinalOrder(c) || isInProceedings(c));

const f = (path: FieldPath, optional = false): FieldSpec => (optional ? { path, optional } : { path });
/** A field asked only when `when` holds (see FieldSpec.when). */
const fIf = (path: FieldPath, when: (c: CaseData) => boolean, optional = false): FieldSpec => ({ ...f(path, optional), when });
/** A field shown under an earlier question on its page once that answer makes it needed. */
const fReveal = (path: FieldPath, when: (c: CaseData) => boolean, optional = false): FieldSpec => ({ ...fIf(path, when, optional), reveal: true });

/** The court case is going on (or its state is not given yet): ICE's lawyers may ask to dismiss it. */
const courtCaseGoingOn = (c: CaseData): boolean =>
  isInProceedings(c) && (c.posture.courtStatus === undefined || c.posture.courtStatus === 'active');
const isRepresented = (c: CaseData): boolean =>
  c.representation.kind === 'attorney' || c.representation.kind === 'accredited_rep';
const to = (id: string) => () => id;

export const steps: readonly Step[] = [
  // Section 1: your situation now
  { id: 'detained', section: 'situation', fields: [f('posture.detained')],
    next: (c) => (isDetained(c) ? 'detention-place' : 'notice-to-appear') },
  { id: 'detention-place', section: 'situation',
    fields: [f('posture.detainedPerson'), f('posture.detentionFacility')], next: to('final-order') },
  { id: 'notice-to-appear', section: 'situation', fields: [f('posture.receivedNta')], next: to('final-order') },
  // Detained people are asked about an order too: detained with a final order is an emergency.
  { id: 'final-order', section: 'situation', fields: [f('posture.finalOrder')],
    next: (c) => (isDetained(c) ? null : hasFinalOrder(c) ? 'final-order-details' : finalOrderUnknown(c) ? null : 'in-proceedings') },
  { id: 'in-proceedings', section: 'situation', fields: [f('posture.inProceedings')],
    next: (c) => (isInProceedings(c) ? 'court-status' : null) },

  // Section 2: your court case
  { id: 'final-order-details', section: 'court-case',
    fields: [f('posture.finalOrderDate'), f('posture.inAbsentia')], next: to('appeal-pending') },
  { id: 'appeal-pending', section: 'court-case', fields: [f('posture.appealPending')], next: to('ice-supervision') },
  // Where the case stands decides everything else: a closed, ended or decided case ends the questions here.
  { id: 'court-status', section: 'court-case', fields: [f('posture.courtStatus')],
    next: (c) => {
      switch (c.posture.courtStatus) {
        case undefined: case 'active': return 'court-details';
        case 'decided': return 'decision-date';
        case 'appeal': return 'ice-supervision';
        case 'admin_closed': case 'dismissed': case 'unknown': return null;
      }
    } },
  { id: 'decision-date', section: 'court-case', fields: [f('posture.decisionDate')], next: () => null },
  { id: 'court-details', section: 'court-case',
    fields: [f('posture.courtCity'), f('posture.judge', true), f('posture.nextHearingDate'), f('posture.nextHearingType')],
    next: (c, ctx) => (hearingSurelyPast(c, ctx) ? 'past-hearing' : 'ice-supervision') },
  { id: 'past-hearing', section: 'court-case', fields: [f('posture.attendedPastHearing')],
    next: (c) => (mayHaveMissedPastHearing(c) ? null : 'ice-supervision') },
  { id: 'ice-supervision', section: 'court-case',
    fields: [fIf('posture.iceMovedToDismiss', courtCaseGoingOn), f('posture.supervision')],
    ticks: ['posture.iceMovedToDismiss', 'posture.supervision'], next: to('representation') },
  { id: 'representation', section: 'court-case',
    fields: [f('representation.kind'), fReveal('representation.name', isRepresented, true)], next: to('entry-date') },

  // Section 3: your immigration history
  { id: 'entry-date', section: 'history', fields: [f('history.entryDate'), f('history.ageAtEntry')], next: to('entry-manner') },
  // Related questions share a page (GOV.UK allows it where they are about one thing): fewer
  // screens for the same answers (issue 16). Retired step ids still open their page (step-codes.ts).
  { id: 'entry-manner', section: 'history', fields: [f('history.entryManner'), f('history.stoppedAtBorder')], next: to('presence') },
  { id: 'presence', section: 'history', fields: [f('history.canProveTwoYears'), f('history.everLpr')], next: to('prior-removal') },
  // Things that happened in the case before: one list to tick (earlier requests to ICE joined it).
  { id: 'prior-removal', section: 'history',
    fields: [
      f('history.priorRemoval'),
      fReveal('history.reentryAfterRemoval', hadOrMayHavePriorRemoval),
      fIf('history.missedHearing', (c) => !missedHearingSettled(c)),
      f('history.priorPdRequest'),
      fReveal('history.priorPdResult', madePriorPdRequest),
      fReveal('history.priorPdDate', madePriorPdRequest),
    ],
    ticks: ['history.priorRemoval', 'history.missedHearing', 'history.priorPdRequest'],
    next: to('applications') },
  { id: 'applications', section: 'history', fields: [f('history.applications'), f('history.notarioFiled')], next: to('criminal-any') },

  // Section 4: things that may count against you (yes / no / not sure; no details needed)
  { id: 'criminal-any', section: 'risks', fields: [f('criminal.anyArrest')],
    next: (c) => (hasOrMayHaveArrest(c) ? 'criminal-kinds' : 'serious-matters') },
  { id: 'criminal-kinds', section: 'risks',
    fields: [f('criminal.dui'), f('criminal.drugs'), f('criminal.violence'), f('criminal.felonyOrYearSentence')],
    next: to('criminal-pending') },
  { id: 'criminal-pending', section: 'risks', fields: [f('criminal.pendingOrProbation')],
    next: (c) => (c.criminal.anyArrest === 'yes' ? 'criminal-since' : 'criminal-records') },
  { id: 'criminal-since', section: 'risks', fields: [f('criminal.rehabilitationEvidence')], next: to('criminal-records') },
  { id: 'criminal-records', section: 'risks', fields: [f('criminal.records', true)], next: to('serious-matters') },
  { id: 'serious-matters', section: 'risks',
    fields: [f('criminal.gangAllegation'), f('history.fraud'), f('history.falseClaimCitizenship'), f('criminal.nationalSecurity')],
    ticks: ['criminal.gangAllegation', 'history.fraud', 'history.falseClaimCitizenship', 'criminal.nationalSecurity'],
    next: to('family') },

  // Section 5: things in your favour
  { id: 'family', section: 'favour',
    fields: [f('favourable.family'), f('favourable.primaryCaregiver'), f('favourable.familyHardship')],
    ticks: ['favourable.primaryCaregiver', 'favourable.familyHardship'], next: to('health') },
  { id: 'health', section: 'favour',
    fields: [f('favourable.seriousIllness'), f('favourable.competencyConcern'), f('favourable.pregnantOrNursing'), f('favourable.partnerPregnantOrNursing')],
    ticks: ['favourable.seriousIllness', 'favourable.competencyConcern', 'favourable.pregnantOrNursing', 'favourable.partnerPregnantOrNursing'],
    next: to('military') },
  { id: 'military', section: 'favour',
    fields: [f('favourable.militarySelf'), f('favourable.militaryFamily')],
    ticks: ['favourable.militarySelf', 'favourable.militaryFamily'], next: to('school-and-work') },
  { id: 'school-and-work', section: 'favour',
    fields: [f('favourable.education'), f('favourable.work'), f('favourable.taxes'), f('favourable.community')],
    ticks: ['favourable.work', 'favourable.taxes', 'favourable.community'], next: to('humanitarian') },
  { id: 'humanitarian', section: 'favour',
    fields: [
      f('favourable.crimeVictim'), f('favourable.lawEnforcementCooperation'), f('favourable.homeCountryDanger'), f('favourable.otherHumanitarian'),
      // The reason in a few words, under a "yes": the letter page offers it back for the story.
      fReveal('favourable.otherHumanitarianReason', (c) => c.favourable.otherHumanitarian === 'yes', true),
    ],
    ticks: ['favourable.crimeVictim', 'favourable.lawEnforcementCooperation', 'favourable.homeCountryDanger', 'favourable.otherHumanitarian'],
    next: (c) => (needsPersonalDetails(c) ? 'personal-details' : null) },

  // Section 6: about you (for the letter or the stay request)
  { id: 'personal-details', section: 'about-you',
    fields: [f('person.fullName'), f('person.otherNames', true), f('person.dateOfBirth'), f('person.countryOfBirth'), f('person.aNumber')],
    next: to('contact') },
  { id: 'contact', section: 'about-you',
    fields: [f('person.address'), f('person.phone', true), f('person.email', true)], next: () => null },
];

export const FIRST_STEP_ID = 'detained';

const stepById = new Map(steps.map((s) => [s.id, s]));

export function findStep(id: string): Step | undefined {
  return stepById.get(id);
}

const stepByField = new Map<string, Step>(steps.flatMap((s) => s.fields.map((f) => [f.path, s] as const)));

/** A field some step asks (e.g. a field name the PDF reports). */
export function isFieldPath(path: string): path is FieldPath {
  return stepByField.has(path);
}

/** The step that asks a field (each field belongs to exactly one step). */
export function stepOf(path: FieldPath): Step {
  const step = stepByField.get(path);
  if (!step) throw new Error(`no step asks ${path}`);
  return step;
}

export function getField(c: CaseData, path: FieldPath): unknown {
  const [part, key] = path.split('.') as [Part, string];
  return (c[part] as Record<string, unknown>)[key];
}

/** A new case with one field set (or cleared with `undefined`); the input is not changed. */
export function setField(c: CaseData, path: FieldPath, value: unknown): CaseData {
  const [part, key] = path.split('.') as [Part, string];
  const section = { ...(c[part] as Record<string, unknown>) };
  if (value === undefined) delete section[key];
  else section[key] = value;
  return { ...c, [part]: section } as CaseData;
}

/**
 * The questions of the page's tick list among those it asks now (`shown`, in page order), or none
 * when fewer than two of them are asked: a lone one is asked as its own question.
 */
export function tickListNow(step: Step, shown: readonly FieldSpec[]): FieldPath[] {
  const ticks = new Set<string>(step.ticks ?? []);
  const asked = shown.filter((f) => ticks.has(f.path)).map((f) => f.path);
  return asked.length >= 2 ? asked : [];
}

/** Is this field asked, given the answers so far? */
export function isFieldAsked(fs: FieldSpec, c: CaseData): boolean {
  return fs.when ? fs.when(c) : true;
}

/** The fields a step asks, given the answers so far (a conditional one only when its answer shows it). */
export function askedFields(step: Step, c: CaseData): FieldSpec[] {
  return step.fields.filter((fs) => isFieldAsked(fs, c));
}

export function isStepAnswered(step: Step, c: CaseData): boolean {
  return askedFields(step, c).every((fs) => fs.optional === true || getField(c, fs.path) !== undefined);
}

/**
 * The steps on the path the current answers lead through, in order, answered or not. An
 * unanswered step is passed with its guards' default branch, so a change on the review page
 * that opens one new question does not make every later answer unreachable.
 */
export function reachableSteps(c: CaseData, ctx: FlowContext): Step[] {
  const path: Step[] = [];
  const seen = new Set<string>();
  let id: string | null = FIRST_STEP_ID;
  while (id !== null && !seen.has(id)) {
    const step = stepById.get(id);
    if (!step) break;
    seen.add(id);
    path.push(step);
    id = step.next(c, ctx);
  }
  return path;
}

export function isStepReachable(c: CaseData, ctx: FlowContext, stepId: string): boolean {
  return reachableSteps(c, ctx).some((s) => s.id === stepId);
}

/** Where to send a person who opens the wizard: the first unanswered step, or null when done. */
export function firstUnansweredStep(c: CaseData, ctx: FlowContext): Step | null {
  return reachableSteps(c, ctx).find((s) => !isStepAnswered(s, c)) ?? null;
}

/**
 * May the person open this step now? Only steps on the path up to the first unanswered one;
 * a deep link further on is sent to the first unanswered step instead.
 */
export function canOpenStep(c: CaseData, ctx: FlowContext, stepId: string): boolean {
  const path = reachableSteps(c, ctx);
  const target = path.findIndex((s) => s.id === stepId);
  if (target < 0) return false;
  const firstOpen = path.findIndex((s) => !isStepAnswered(s, c));
  return firstOpen < 0 || target <= firstOpen;
}

export function isFlowComplete(c: CaseData, ctx: FlowContext): boolean {
  return firstUnansweredStep(c, ctx) === null;
}

export function previousStepId(c: CaseData, ctx: FlowContext, stepId: string): string | null {
  const path = reachableSteps(c, ctx);
  const i = path.findIndex((s) => s.id === stepId);
  return i > 0 ? path[i - 1]!.id : null;
}

export function nextStepId(c: CaseData, ctx: FlowContext, stepId: string): string | null {
  const step = stepById.get(stepId);
  return step ? step.next(c, ctx) : null;
}

/**
 * The path to count parts and questions on: the person's own, except that the situation questions
 * not answered yet count as the longest usual path (a case in court), so a new person sees "1 of
 * 6", not "1 of 1". Once those are answered, it is the person's own path.
 */
export function usualPath(c: CaseData, ctx: FlowContext): Step[] {
  const p = c.posture;
  const assumed: CaseData = {
    ...c,
    posture: { ...p, detained: p.detained ?? 'no', finalOrder: p.finalOrder ?? 'no', inProceedings: p.inProceedings ?? 'yes' },
  };
  return reachableSteps(assumed, ctx);
}

/**
 * Where a step is: its section among the sections on the current path ("Section 2 of 5") and its
 * place among that section's questions ("Question 3 of 7"). Numbers come from here, words from
 * the locales. Later answers can add or remove a question, so the counts are today's best guess.
 */
export function sectionProgress(
  c: CaseData,
  ctx: FlowContext,
  stepId: string,
): { index: number; total: number; section: SectionId; question: number; questions: number } | null {
  const step = stepById.get(stepId);
  if (!step) return null;
  const path = usualPath(c, ctx);
  const present = new Set(path.map((s) => s.section));
  present.add(step.section);
  const ordered = sectionIds.filter((s) => present.has(s));
  const inSection = path.filter((s) => s.section === step.section);
  const at = inSection.findIndex((s) => s.id === step.id);
  return {
    index: ordered.indexOf(step.section) + 1,
    total: ordered.length,
    section: step.section,
    question: at < 0 ? inSection.length + 1 : at + 1,
    questions: at < 0 ? inSection.length + 1 : inSection.length,
  };
}

function cloneCase(c: CaseData): CaseData {
  return JSON.parse(JSON.stringify(c)) as CaseData;
}

/**
 * Drops answers that belong to steps the person can no longer reach (e.g. court details after
 * changing "in proceedings" to "no"). The letter texts and checklist ticks are not flow answers
 * and are kept. Guards read only upstream answers, so one pass is enough (tests check it).
 */
export function prune(c: CaseData, ctx: FlowContext): CaseData {
  const reachable = new Set(reachableSteps(c, ctx).map((s) => s.id));
  const out = cloneCase(c);
  for (const step of steps) {
    for (const fs of step.fields) {
      // A conditional field reads only answers before it, already pruned: one pass in order.
      if (reachable.has(step.id) && isFieldAsked(fs, out)) continue;
      const [part, key] = fs.path.split('.') as [Part, string];
      delete (out[part] as Record<string, unknown>)[key];
    }
  }
  return out;
}

/** Steps on the path grouped by section, for the "check your answers" page. */
export function answeredStepsBySection(c: CaseData, ctx: FlowContext): { section: SectionId; steps: Step[] }[] {
  const path = reachableSteps(c, ctx).filter((s) => isStepAnswered(s, c));
  return sectionIds
    .map((section) => ({ section, steps: path.filter((s) => s.section === section) }))
    .filter((g) => g.steps.length > 0);
}

/**
 * Every step on the path, answered or not, grouped by section: what "check your answers" shows
 * after a change opened a new question (an open one says "Not answered" there, with a link to
 * answer it), so the page still does what its button said.
 */
export function pathStepsBySection(c: CaseData, ctx: FlowContext): { section: SectionId; steps: Step[] }[] {
  const path = reachableSteps(c, ctx);
  return sectionIds
    .map((section) => ({ section, steps: path.filter((s) => s.section === section) }))
    .filter((g) => g.steps.length > 0);
}

/** The flow context for today, for the app (tests pass a fixed date). */
export function todayContext(): FlowContext {
  return { asOf: isoToday() };
}

/**
 * Every page's path, once: the route table (src/app/app.tsx) reads `route`, every link and
 * redirect calls `href`. A page that is renamed is renamed here, and the compiler finds every use.
 */
import { type CaseData, findStep, findStepByCode, firstUnansweredStep, type LearnTopicId, type SectionId, sectionIds, type Step, stepCode, todayContext } from '../domain';

interface Page<A extends unknown[] = []> {
  /** The route pattern, relative to the layout (react-router); '' for the index route. */
  route: string;
  href: (...args: A) => string;
}

const page = (route: string): Page => ({ route, href: () => `/${route}` });

/** The query parameter naming a part of the questions, written and read only here. */
const SECTION_PARAM = 'section';
const sectionIn = (search: URLSearchParams): SectionId | undefined => sectionIds.find((id) => id === search.get(SECTION_PARAM));

export const paths = {
  start: { route: '', href: () => '/' } satisfies Page,
  question: {
    /** `:code` is the step's neutral code (q7), never its id: URLs stay in the browser's history (src/domain/step-codes.ts). */
    route: 'questions/:code',
    /**
     * `fromReview`: after "Save and go back to your answers", the page returns to the review page
     * (to the part's own review when `section` names it).
     */
    href: (stepId: string, fromReview = false, section?: SectionId) =>
      `/questions/${stepCode(stepId)}${fromReview ? `?from=review${section ? `&${SECTION_PARAM}=${section}` : ''}` : ''}`,
    /** The step a question URL's `:code` names: its code, or (links saved by older versions) its id. */
    step: (code: string | undefined): Step | undefined => findStepByCode(code ?? ''),
    /** Whether the page returns to the review page after "Save and go back to your answers". */
    fromReview: (search: URLSearchParams): boolean => search.get('from') === 'review',
    /** The part whose review the page returns to (undefined: all answers). */
    reviewSection: (search: URLSearchParams): SectionId | undefined => sectionIn(search),
  },
  saving: page('saving'),
  /** The task list: the parts of the questions and their status. */
  taskList: page('questions'),
  /** Check your answers: all of them, or one part's (`section`) from the task list. */
  review: {
    route: 'review',
    href: (section?: SectionId) => (section ? `/review?${SECTION_PARAM}=${section}` : '/review'),
    /** The navigation state after "Save and go back to your answers": which page's answers changed. */
    changedState: (step: Step) => ({ changedStep: step.id }),
    /** The page whose answers were just saved (from the navigation state), if any. */
    changedStep: (state: unknown): Step | undefined => {
      const id = (state as { changedStep?: unknown } | null)?.changedStep;
      return typeof id === 'string' ? findStep(id) : undefined;
    },
    /** The part the address names (undefined: all answers, also for a name that is no part). */
    section: (search: URLSearchParams): SectionId | undefined => sectionIn(search),
  } satisfies Page<[SectionId?]> & Record<'section' | 'changedState' | 'changedStep', unknown>,
  result: page('result'),
  checklist: page('checklist'),
  supportLetters: page('support-letters'),
  letter: page('letter'),
  afterSending: page('after-sending'),
  delete: page('delete'),
  clinic: page('clinic'),
  clinicSetup: page('clinic/setup'),
  clinicWipe: page('clinic/wipe'),
  clinicSummary: page('clinic/summary'),
  caseFile: page('case-file'),
  lawyerSummary: page('lawyer-summary'),
  declaration: page('declaration'),
  stayOfRemoval: page('stay-of-removal'),
  learn: page('learn'),
  learnTopic: { route: 'learn/:topic', href: (topic: LearnTopicId) => `/learn/${topic}` } satisfies Page<[LearnTopicId]>,
  factsSheet: page('facts-sheet'),
} as const;

/** A question page (kept short: it is used on most pages). */
export const stepUrl = paths.question.href;

/** Where someone who cannot open a step (deep link too far ahead) is sent: the first open question, or the review page. */
export function resumeUrl(c: CaseData): string {
  const open = firstUnansweredStep(c, todayContext());
  return open ? stepUrl(open.id) : paths.review.href();
}

/**
 * The learn topics' ids, and which question's "Why we ask this" points to one. Apart from the
 * topics (learn-topics.ts) so the question pages, in the first download, carry only these few
 * names (docs/adr/0004-bundle-budget.md).
 */

export const learnTopicIds = ['what-pd-is', 'after-you-send', 'asks', 'glossary', 'rights-cards', 'timeline', 'faq'] as const;
export type LearnTopicId = (typeof learnTopicIds)[number];

/**
 * Questions whose "Why we ask this" links to a topic (step id → topic); the link's words are the
 * step's `learnMore` string. Only questions after the first section: their words are not in the
 * first download (tests/unit/question-strings.test.ts).
 */
const stepTopics: Readonly<Record<string, LearnTopicId>> = {
  'ice-supervision': 'asks',
  presence: 'asks',
  'prior-removal': 'glossary',
  applications: 'faq',
  military: 'faq',
  humanitarian: 'faq',
  'personal-details': 'glossary',
};

export function learnTopicForStep(stepId: string): LearnTopicId | undefined {
  return Object.hasOwn(stepTopics, stepId) ? stepTopics[stepId] : undefined;
}

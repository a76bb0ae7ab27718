/**
 * The "Learn" pages (issue 16 §4): one entry per topic, each section with its sources. The words
 * are in locales (learn: topics.<topic>.sections.<section>; the after-sending topic reuses the
 * after-sending page's words). Facts from ../shared/legal/reference.md (§1, §3, §7, §8, §11), all
 * as of the last status check (STATUS_CHECKED_ON). Adding a topic is one entry here plus its words.
 */
import { afterSendingTopics } from './after-sending';
import type { LearnTopicId } from './learn-links';
import type { SourceId } from './sources';

export { learnTopicIds, type LearnTopicId, learnTopicForStep } from './learn-links';

export interface LearnSection {
  id: string;
  sources: readonly SourceId[];
  /** A date shown with the section (the policy timeline): ISO date, year-month or year. */
  date?: string;
  /** The reference marks this UNCERTAIN: the page says so, with the date it was checked. */
  uncertain?: boolean;
}

export interface LearnTopic {
  id: LearnTopicId;
  sections: readonly LearnSection[];
  /** Where the sections' words are, when not in the learn strings (namespace and key prefix). */
  words?: { ns: 'pages'; prefix: string };
}

export const learnTopics = [
  {
    id: 'what-pd-is',
    sections: [
      // An inherent, case-by-case power; memos only steer it; no right to it (§1 intro, §3.2).
      { id: 'is', sources: ['ice-gov-2014', 'opla-pd-page', 'florence-2011'] },
      // Not status: no green card, no work permit; a closed case can come back (§3.2).
      { id: 'is-not', sources: ['florence-2011', 'nolo-2012'] },
      // Who decides: OPLA in court, ERO for detention and orders (§3).
      { id: 'who', sources: ['ice-gov-2014', 'florence-2011'] },
      // 2025 baseline: no published priority framework (§1.12, §1.x).
      { id: 'today', sources: ['eo-14159-2025', 'huffman-2025', 'opla-pd-page'], uncertain: true },
      // Not always the best path: winning relief in court may be better (§3.2, §11.3).
      { id: 'not-always', sources: ['florence-2011', 'nolo-2012'] },
      // Do not contact ICE when not in proceedings (§3.1(a)).
      { id: 'not-in-court', sources: ['florence-2011', 'nolo-2012', 'er-designation-2025'] },
    ],
  },
  {
    id: 'after-you-send',
    // The after-sending page's topics, as they are (no copy of the words or the sources).
    sections: afterSendingTopics,
    words: { ns: 'pages', prefix: 'afterSending.next' },
  },
  {
    id: 'asks',
    sections: [
      // Admin closure: I-601A needs it; since 2024 judges can close over DHS objection (§3.1(b), §11.3, §10 addendum).
      { id: 'administrative-closure', sources: ['opla-pd-page', 'eoir-rule-2024', 'i-601a-rule'] },
      { id: 'continuance', sources: ['opla-pd-page', 'doyle-2022'] },
      // Dismissal → expedited removal in 2025–26 (§1.13, §11.1).
      { id: 'dismissal', sources: ['dismissal-practice-2025', 'er-designation-2025', 'make-the-road-2026'] },
      { id: 'termination', sources: ['eoir-rule-2024', 'dismissal-practice-2025'] },
      // Joint motions only where USCIS can decide; TPS dated (§11.3).
      { id: 'joint-motion', sources: ['opla-pd-page', 'eoir-rule-2024', 'tps-changes-2025'] },
      // Stay of removal: I-246 to ERO, fee uncertain (§3.1(d)).
      { id: 'stay', sources: ['i-246-instructions', 'ice-gov-2014'], uncertain: true },
    ],
  },
  {
    id: 'glossary',
    sections: [
      { id: 'pd', sources: ['ice-gov-2014', 'opla-pd-page'] },
      { id: 'opla', sources: ['opla-pd-page', 'ice-gov-2014'] },
      { id: 'ero', sources: ['ice-gov-2014'] },
      { id: 'eoir', sources: ['eoir-practice-manual', 'eoir-case-status'] },
      { id: 'bia', sources: ['bia-appeal-deadline'] },
      { id: 'nta', sources: ['eoir-practice-manual'] },
      { id: 'a-number', sources: ['eoir-practice-manual', 'eoir-case-status'] },
      { id: 'master-hearing', sources: ['eoir-practice-manual'] },
      { id: 'individual-hearing', sources: ['eoir-practice-manual'] },
      { id: 'in-absentia', sources: ['in-absentia-guides', 'in-absentia-reopen-rule'] },
      { id: 'final-order', sources: ['ice-gov-2014', 'i-246-instructions'] },
      { id: 'expedited-removal', sources: ['er-designation-2025', 'make-the-road-2026'] },
      { id: 'parole', sources: ['huffman-2025'] },
      { id: 'bond', sources: ['yajure-hurtado-2025'] },
      { id: 'accredited-representative', sources: ['legal-directories', 'eoir-pro-bono-list'] },
      { id: 'notario', sources: ['ftc-notario'] },
    ],
  },
  {
    id: 'rights-cards',
    sections: [
      { id: 'detained', sources: ['law-firm-2025', 'ice-gov-2014', 'yajure-hurtado-2025'] },
      { id: 'door', sources: ['law-firm-2025', 'ftc-notario'] },
      { id: 'limits', sources: ['law-firm-2025'] },
    ],
  },
  {
    id: 'timeline',
    sections: [
      { id: 'morton', date: '2011-06-17', sources: ['morton-2011', 'morton-2011-victims'] },
      { id: 'johnson', date: '2014-11-20', sources: ['johnson-2014'] },
      { id: 'rescission-2017', date: '2017-02-20', sources: ['kelly-short-2017'] },
      { id: 'interim-2021', date: '2021-01-20', sources: ['pekoske-2021', 'trasvina-2021'] },
      { id: 'mayorkas', date: '2021-09-30', sources: ['mayorkas-2021'] },
      { id: 'doyle', date: '2022-04-03', sources: ['doyle-2022'] },
      { id: 'vacatur', date: '2022-06-10', sources: ['texas-vacatur-2022', 'us-v-texas-2023'] },
      { id: 'admin-closure-rule', date: '2024-05-29', sources: ['eoir-rule-2024'] },
      { id: 'rescission-2025', date: '2025-01-20', sources: ['eo-14159-2025', 'huffman-2025'] },
      { id: 'expedited-removal', date: '2025-01-21', sources: ['er-designation-2025', 'make-the-road-2026'] },
      { id: 'victim-directive', date: '2025-01-31', sources: ['ice-directive-11005-4-2025', 'ice-directive-11005-3-2021'] },
      { id: 'dismissals', date: '2025-05', sources: ['dismissal-practice-2025'] },
      { id: 'bond-ruling', date: '2025-09-05', sources: ['yajure-hurtado-2025'] },
      { id: 'expedited-removal-court', date: '2026', sources: ['make-the-road-2026'] },
    ],
  },
  {
    id: 'faq',
    sections: [
      { id: 'how-long', sources: ['ice-gov-2014', 'opla-pd-page'] },
      { id: 'denied', sources: ['ice-gov-2014', 'florence-2011', 'nolo-2012'] },
      { id: 'lawyer', sources: ['nolo-2012', 'eoir-pro-bono-list', 'legal-directories'] },
      { id: 'cost', sources: ['florence-2011', 'i-246-instructions'], uncertain: true },
      { id: 'notarios', sources: ['ftc-notario'] },
      { id: 'daca', sources: ['doyle-2022', 'law-firm-2025'], uncertain: true },
      { id: 'victims', sources: ['ice-directive-11005-4-2025', 'ice-directive-11005-3-2021', 'morton-2011-victims'] },
      { id: 'military', sources: ['morton-2011', 'mayorkas-2021', 'doyle-2022'] },
      { id: 'moving', sources: ['in-absentia-guides', 'court-path-practice-2026'], uncertain: true },
    ],
  },
] as const satisfies readonly LearnTopic[];

export function findLearnTopic(id: string | undefined): LearnTopic | undefined {
  return learnTopics.find((t) => t.id === id);
}

/**
 * The lawyer's summary (issue 15 §5): which answers it shows as key facts, the papers the person
 * has, and what to ask a lawyer. Only answers on the person's own path are shown, each as it was
 * answered (reference.md §11.4): an unanswered key fact stays "not answered", never guessed.
 */
import type { Assessment } from './assess';
import { type ChecklistItem, checklist, checklistItems } from './checklist';
import type { CaseData } from './case-schema';
import { askedFields, type FieldPath, type FlowContext, getField, reachableSteps } from './flow';

export const lawyerFactGroups = ['court', 'time', 'family', 'record'] as const;
export type LawyerFactGroup = (typeof lawyerFactGroups)[number];

/** The key facts a lawyer reads first, grouped; each appears only where the person was asked it. */
const keyFacts: Record<LawyerFactGroup, readonly FieldPath[]> = {
  court: [
    'posture.detained', 'posture.detentionFacility', 'posture.receivedNta', 'posture.finalOrder', 'posture.finalOrderDate', 'posture.inAbsentia',
    'posture.appealPending', 'posture.inProceedings', 'posture.courtStatus', 'posture.decisionDate',
    'posture.courtCity', 'posture.judge', 'posture.nextHearingDate', 'posture.nextHearingType',
    'posture.attendedPastHearing', 'posture.iceMovedToDismiss',
  ],
  // What happened in the case before (a removal, a return after it, a missed hearing, an earlier
  // request) and who filed what: what a lawyer checks first, and the answers page shows them too.
  time: [
    'history.entryDate', 'history.entryManner', 'history.stoppedAtBorder', 'history.canProveTwoYears', 'history.everLpr',
    'history.priorRemoval', 'history.reentryAfterRemoval', 'history.missedHearing',
    'history.priorPdRequest', 'history.priorPdResult', 'history.priorPdDate', 'history.applications', 'history.notarioFiled',
  ],
  family: ['favourable.family'],
  record: [
    'criminal.anyArrest', 'criminal.dui', 'criminal.drugs', 'criminal.violence', 'criminal.felonyOrYearSentence',
    'criminal.pendingOrProbation', 'criminal.records', 'criminal.gangAllegation', 'history.fraud', 'history.falseClaimCitizenship',
    'criminal.nationalSecurity',
  ],
};

export interface LawyerSummary {
  /** Key facts on the person's path, by group (groups with none are left out). */
  facts: { group: LawyerFactGroup; fields: FieldPath[] }[];
  /** Papers marked as gathered on the checklist; `included` ones go with the letter. */
  documents: ChecklistItem[];
  /** Answers on the person's path that were "I don't know": each becomes a question for the lawyer. */
  unknowns: FieldPath[];
}

export function lawyerSummary(c: CaseData, a: Assessment, ctx: FlowContext): LawyerSummary {
  const asked = reachableSteps(c, ctx).flatMap((s) => askedFields(s, c).map((f) => f.path));
  const onPath = new Set<FieldPath>(asked);
  const facts = lawyerFactGroups
    .map((group) => ({ group, fields: keyFacts[group].filter((p) => onPath.has(p)) }))
    .filter((g) => g.fields.length > 0);
  return {
    facts,
    documents: checklistItems(checklist(c, a)).filter((i) => i.gathered),
    unknowns: asked.filter((p) => getField(c, p) === 'unknown'),
  };
}

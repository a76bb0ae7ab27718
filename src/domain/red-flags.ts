/**
 * Red flags: answers that mean "talk to a lawyer before any contact with ICE" (reference.md §6,
 * §11.2). The questions are yes / no / not sure; "not sure" counts like yes. `stop` ends the
 * self-help letter path (the letter becomes a draft for a lawyer); `warn` is shown as something to
 * explain or to know, and does not stop it.
 */
import type { CaseData } from './case-schema';
import { type CaseFacts, noOrUnsure, notAdmitted, underTwoYears, yesOrUnsure } from './case-facts';
import type { EvidenceItemId } from './evidence-items';
import type { SourceId } from './sources';

export type RedFlagSeverity = 'stop' | 'warn';

export interface RedFlag {
  id: string;
  severity: RedFlagSeverity;
  when: (c: CaseData, facts: CaseFacts) => boolean;
  /** Documents a lawyer will want to see for it. */
  answeredBy: readonly EvidenceItemId[];
  sources: readonly SourceId[];
  /** The flag is one part of another flag's issue: shown in that flag's card, not as a card of its own. */
  partOf?: string;
}

const inCourt = (c: CaseData) => c.posture.detained !== 'yes' && c.posture.finalOrder === 'no' && c.posture.inProceedings === 'yes';

export const redFlagCatalog = [
  { id: 'rf_any_arrest_or_conviction', severity: 'stop',
    when: (c) => yesOrUnsure(c.criminal.anyArrest),
    answeredBy: ['certified-dispositions', 'background-checks'], sources: ['nolo-2012', 'florence-2011', 'law-firm-2025'] },
  { id: 'rf_dui', severity: 'stop', when: (c) => yesOrUnsure(c.criminal.dui),
    answeredBy: ['certified-dispositions'], sources: ['florence-2011', 'johnson-2014'] },
  { id: 'rf_drugs', severity: 'stop', when: (c) => yesOrUnsure(c.criminal.drugs),
    answeredBy: ['certified-dispositions'], sources: ['florence-2011'] },
  { id: 'rf_violence_weapons_dv', severity: 'stop', when: (c) => yesOrUnsure(c.criminal.violence),
    answeredBy: ['certified-dispositions'], sources: ['mayorkas-2021', 'johnson-2014'] },
  { id: 'rf_aggravated_felony', severity: 'stop', when: (c) => yesOrUnsure(c.criminal.felonyOrYearSentence),
    answeredBy: ['certified-dispositions'], sources: ['pekoske-2021', 'johnson-2014'] },
  { id: 'rf_pending_case', severity: 'stop', when: (c) => yesOrUnsure(c.criminal.pendingOrProbation),
    answeredBy: ['probation-records'], sources: ['kelly-short-2017', 'morton-2011'] },
  { id: 'rf_prior_removal', severity: 'stop', when: (c) => yesOrUnsure(c.history.priorRemoval),
    answeredBy: ['prior-removal-papers'], sources: ['florence-2011', 'law-firm-2025'] },
  { id: 'rf_illegal_reentry', severity: 'stop', when: (c) => yesOrUnsure(c.history.reentryAfterRemoval),
    answeredBy: ['prior-removal-papers'], sources: ['florence-2011'], partOf: 'rf_prior_removal' },
  { id: 'rf_false_claim_citizenship', severity: 'stop', when: (c) => yesOrUnsure(c.history.falseClaimCitizenship),
    answeredBy: [], sources: ['florence-2011'] },
  { id: 'rf_fraud', severity: 'stop', when: (c) => yesOrUnsure(c.history.fraud),
    answeredBy: [], sources: ['doyle-2022', 'morton-2011', 'kelly-short-2017'] },
  { id: 'rf_missed_hearing', severity: 'stop',
    when: (c) => yesOrUnsure(c.history.missedHearing) || yesOrUnsure(c.posture.inAbsentia)
      || noOrUnsure(c.posture.attendedPastHearing),
    answeredBy: ['missed-hearing-reasons'], sources: ['in-absentia-guides', 'eoir-case-status', 'in-absentia-reopen-rule'] },
  { id: 'rf_final_order', severity: 'warn', when: (c) => c.posture.finalOrder === 'yes',
    answeredBy: ['judge-order'], sources: ['ice-gov-2014', 'florence-2011'] },
  { id: 'rf_gang', severity: 'stop', when: (c) => yesOrUnsure(c.criminal.gangAllegation),
    answeredBy: [], sources: ['morton-2011', 'johnson-2014', 'florence-2011', 'law-firm-2025'] },
  { id: 'rf_national_security', severity: 'stop', when: (c) => yesOrUnsure(c.criminal.nationalSecurity),
    answeredBy: [], sources: ['mayorkas-2021', 'doyle-2022', 'florence-2011'] },
  { id: 'rf_recent_entry', severity: 'stop',
    // Expedited removal reaches people who were not admitted (or were paroled): a visa overstay is
    // not this concern. Only once the person has answered about their time here.
    when: (c, facts) => notAdmitted(c) && underTwoYears(c, facts),
    answeredBy: ['residence-proof'],
    sources: ['er-designation-2025', 'make-the-road-2026', 'huffman-2025', 'dismissal-practice-2025'] },
  { id: 'rf_detained', severity: 'stop', when: (c) => c.posture.detained === 'yes',
    answeredBy: ['detainee-details'], sources: ['florence-2011', 'ice-gov-2014'] },
  { id: 'rf_not_in_proceedings', severity: 'stop',
    when: (c) => c.posture.detained !== 'yes' && c.posture.finalOrder === 'no' && c.posture.inProceedings === 'no'
      && c.posture.receivedNta === 'no',
    answeredBy: ['papers-for-lawyer'], sources: ['florence-2011', 'nolo-2012'] },
  // Someone with a Notice to Appear is never told they have no court case: the NTA may not be filed yet.
  { id: 'rf_nta_no_case', severity: 'stop',
    when: (c) => c.posture.detained !== 'yes' && c.posture.finalOrder === 'no' && c.posture.inProceedings === 'no'
      && yesOrUnsure(c.posture.receivedNta),
    answeredBy: ['papers-to-find', 'case-status-record'], sources: ['eoir-case-status', 'florence-2011'] },
  { id: 'rf_dismissal_motion', severity: 'stop', when: (c) => yesOrUnsure(c.posture.iceMovedToDismiss),
    answeredBy: [], sources: ['dismissal-practice-2025'] },
  { id: 'rf_notario', severity: 'stop', when: (c) => yesOrUnsure(c.history.notarioFiled),
    answeredBy: ['notario-papers'], sources: ['ftc-notario'] },
  { id: 'rf_appeal_pending', severity: 'stop',
    when: (c) => yesOrUnsure(c.posture.appealPending) || (inCourt(c) && c.posture.courtStatus === 'appeal'),
    answeredBy: ['judge-order'], sources: ['ice-gov-2014', 'nolo-2012', 'court-path-practice-2026'] },
  { id: 'rf_appeal_window', severity: 'stop', when: (_c, facts) => facts.appealWindow !== null,
    answeredBy: ['judge-order'], sources: ['bia-appeal-deadline', 'court-path-practice-2026'] },
  { id: 'rf_case_closed', severity: 'stop',
    when: (c) => inCourt(c) && (c.posture.courtStatus === 'admin_closed' || c.posture.courtStatus === 'dismissed'
      || c.history.priorPdResult === 'granted'),
    answeredBy: ['judge-order', 'papers-for-lawyer'], sources: ['court-path-practice-2026', 'eoir-rule-2024'] },
  { id: 'rf_minor', severity: 'stop', when: (_c, facts) => facts.age !== null && facts.age < 18,
    answeredBy: ['proof-of-age'], sources: ['court-path-practice-2026', 'morton-2011'] },
  { id: 'rf_competency', severity: 'warn', when: (c) => yesOrUnsure(c.favourable.competencyConcern),
    answeredBy: ['medical-records'], sources: ['matter-of-m-a-m-2011', 'court-path-practice-2026'] },
  { id: 'rf_prior_pd_denied', severity: 'warn',
    when: (c) => c.history.priorPdRequest === 'yes' && c.history.priorPdResult === 'denied',
    answeredBy: ['prior-pd-papers'], sources: ['ice-gov-2014', 'florence-2011', 'court-path-practice-2026'] },
] as const satisfies readonly RedFlag[];

export type RedFlagId = (typeof redFlagCatalog)[number]['id'];

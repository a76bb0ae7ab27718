/**
 * Red flags: answers that mean "talk to a lawyer before any contact with ICE" (reference.md §6).
 * The questions are yes / no / not sure; "not sure" counts like yes. `stop` ends the self-help
 * letter path (the letter becomes a draft for a lawyer); `warn` is shown but does not stop it.
 */
import type { CaseData } from './case-schema';
import { type CaseFacts, yesOrUnsure } from './case-facts';
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
}

export const redFlagCatalog = [
  { id: 'rf_any_arrest_or_conviction', severity: 'stop',
    when: (c) => yesOrUnsure(c.criminal.anyArrest),
    answeredBy: ['certified-dispositions'], sources: ['nolo-2012', 'florence-2011', 'law-firm-2025'] },
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
    answeredBy: ['prior-removal-papers'], sources: ['florence-2011'] },
  { id: 'rf_false_claim_citizenship', severity: 'stop', when: (c) => yesOrUnsure(c.history.falseClaimCitizenship),
    answeredBy: [], sources: ['florence-2011'] },
  { id: 'rf_fraud', severity: 'stop', when: (c) => yesOrUnsure(c.history.fraud),
    answeredBy: [], sources: ['doyle-2022', 'morton-2011', 'kelly-short-2017'] },
  { id: 'rf_missed_hearing', severity: 'stop',
    when: (c) => yesOrUnsure(c.history.missedHearing) || yesOrUnsure(c.posture.inAbsentia),
    answeredBy: ['missed-hearing-reasons'], sources: ['in-absentia-guides', 'eoir-case-status'] },
  { id: 'rf_final_order', severity: 'warn', when: (c) => c.posture.finalOrder === 'yes',
    answeredBy: [], sources: ['ice-gov-2014', 'florence-2011'] },
  { id: 'rf_gang', severity: 'stop', when: (c) => yesOrUnsure(c.criminal.gangAllegation),
    answeredBy: [], sources: ['morton-2011', 'johnson-2014', 'florence-2011', 'law-firm-2025'] },
  { id: 'rf_national_security', severity: 'stop', when: (c) => yesOrUnsure(c.criminal.nationalSecurity),
    answeredBy: [], sources: ['mayorkas-2021', 'doyle-2022', 'florence-2011'] },
  { id: 'rf_recent_entry', severity: 'stop',
    // Only once the person has answered about their time here: no answer is not a red flag.
    when: (c, facts) => c.history.everLpr !== 'yes'
      && ((facts.yearsInUs !== null && facts.yearsInUs < 2) || yesOrUnsureNo(c.history.canProveTwoYears)),
    answeredBy: ['residence-proof'], sources: ['er-designation-2025', 'dismissal-practice-2025', 'mayorkas-2021'] },
  { id: 'rf_detained', severity: 'stop', when: (c) => c.posture.detained === 'yes',
    answeredBy: ['detainee-details'], sources: ['florence-2011', 'ice-gov-2014'] },
  { id: 'rf_not_in_proceedings', severity: 'stop',
    when: (c) => c.posture.detained !== 'yes' && c.posture.finalOrder === 'no' && c.posture.inProceedings === 'no',
    answeredBy: ['papers-for-lawyer'], sources: ['florence-2011', 'nolo-2012'] },
  { id: 'rf_dismissal_motion', severity: 'stop', when: (c) => yesOrUnsure(c.posture.iceMovedToDismiss),
    answeredBy: [], sources: ['dismissal-practice-2025'] },
  { id: 'rf_notario', severity: 'stop', when: (c) => yesOrUnsure(c.history.notarioFiled),
    answeredBy: ['notario-papers'], sources: ['ftc-notario'] },
  { id: 'rf_appeal_pending', severity: 'stop', when: (c) => yesOrUnsure(c.posture.appealPending),
    answeredBy: [], sources: ['ice-gov-2014', 'nolo-2012'] },
] as const satisfies readonly RedFlag[];

/** "Can you prove two years here?" answered no or not sure. */
function yesOrUnsureNo(v: CaseData['history']['canProveTwoYears']): boolean {
  return v === 'no' || v === 'unknown';
}

export type RedFlagId = (typeof redFlagCatalog)[number]['id'];

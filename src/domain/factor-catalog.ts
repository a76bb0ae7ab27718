/**
 * Factors ICE has named in past guidance (2011–2022) as weighing for or against using its
 * discretion. Today they are reasons ICE *may* still weigh: there is no published framework
 * (see POLICY_BASIS). Strength is qualitative only: the product never shows a score.
 * Adding a factor = one entry here, its strings under `factors.<id>` in the locales, and a test.
 */
import type { CaseData } from './case-schema';
import {
  applicationsWith,
  type AssessContext,
  type CaseFacts,
  enteredAfterBorderCutoff,
  notAdmitted,
  noOrUnsure,
  underTwoYears,
  yesOrUnsure,
} from './case-facts';
import type { EvidenceItemId } from './evidence-items';
import type { RedFlagId } from './red-flags';
import type { PolicyVersionId, SourceId } from './sources';

export type Polarity = 'favourable' | 'unfavourable';
/** strong / supporting for factors in favour; serious / concern for those against. */
export type Strength = 'strong' | 'supporting' | 'serious' | 'concern';

export interface FactorInput {
  c: CaseData;
  facts: CaseFacts;
  ctx: AssessContext;
}

export interface Factor {
  id: string;
  polarity: Polarity;
  /** Fixed strength, or one that depends on the facts (e.g. 10+ years here is strong). */
  strength: Strength | ((input: FactorInput) => Strength);
  when: (input: FactorInput) => boolean;
  /** Documents that prove it (favourable) or answer it (unfavourable). */
  evidence: readonly EvidenceItemId[];
  sources: readonly SourceId[];
  policyVersions: readonly PolicyVersionId[];
  /** Against the person: the red flag whose card also shows this factor (one card per issue). */
  flag?: RedFlagId;
}

const yes = (v: string | undefined): boolean => v === 'yes';
const closeRelations = new Set(['spouse', 'partner', 'child', 'parent']);

export const factorCatalog = [
  // ── In the person's favour ───────────────────────────────────────────────────────────────
  // Presence is stated as the years it is: called long only from 10 years (the cancellation-of-
  // removal line), a supporting reason from 5 (reference.md §11, issue "recent arrivals").
  { id: 'long_presence', polarity: 'favourable', strength: 'strong',
    when: ({ facts }) => facts.yearsInUs !== null && facts.yearsInUs >= 10,
    evidence: ['residence-proof', 'tax-records'],
    sources: ['morton-2011', 'trasvina-2021', 'mayorkas-2021', 'opla-pd-page', 'law-firm-2025', 'florence-2011', 'ilrc-2022'],
    policyVersions: ['morton-2011', 'interim-2021', 'mayorkas-doyle-2021-2022'] },
  { id: 'years_in_us', polarity: 'favourable', strength: 'supporting',
    when: ({ facts }) => facts.yearsInUs !== null && facts.yearsInUs >= 5 && facts.yearsInUs < 10,
    evidence: ['residence-proof', 'tax-records'],
    sources: ['morton-2011', 'trasvina-2021', 'mayorkas-2021', 'opla-pd-page', 'florence-2011'],
    policyVersions: ['morton-2011', 'interim-2021', 'mayorkas-doyle-2021-2022'] },
  { id: 'entered_as_child', polarity: 'favourable', strength: 'strong',
    when: ({ c }) => typeof c.history.ageAtEntry === 'number' && c.history.ageAtEntry < 16,
    evidence: ['childhood-records', 'proof-of-age'],
    sources: ['morton-2011', 'trasvina-2021', 'florence-2011', 'law-firm-2025'],
    policyVersions: ['morton-2011', 'interim-2021'] },
  { id: 'usc_lpr_family', polarity: 'favourable', strength: 'strong',
    when: ({ c }) => (c.favourable.family ?? []).some(
      (m) => closeRelations.has(m.relationship) && (m.status === 'citizen' || m.status === 'permanent_resident')),
    evidence: ['family-status-proof', 'relationship-proof'],
    sources: ['morton-2011', 'johnson-2014', 'trasvina-2021', 'mayorkas-2021', 'law-firm-2025', 'florence-2011', 'nolo-2012'],
    policyVersions: ['morton-2011', 'johnson-2014', 'interim-2021', 'mayorkas-doyle-2021-2022'] },
  { id: 'primary_caregiver', polarity: 'favourable', strength: 'strong',
    when: ({ c }) => yes(c.favourable.primaryCaregiver),
    evidence: ['caregiving-proof'],
    sources: ['morton-2011', 'mayorkas-2021', 'law-firm-2025', 'florence-2011'],
    policyVersions: ['morton-2011', 'mayorkas-doyle-2021-2022'] },
  { id: 'family_hardship', polarity: 'favourable', strength: 'supporting',
    when: ({ c }) => yes(c.favourable.familyHardship),
    evidence: ['hardship-evidence'],
    sources: ['law-firm-2025', 'mayorkas-2021', 'eoir-rule-2024'],
    policyVersions: ['mayorkas-doyle-2021-2022'] },
  { id: 'military_service', polarity: 'favourable', strength: 'strong',
    when: ({ c }) => yes(c.favourable.militarySelf) || yes(c.favourable.militaryFamily),
    evidence: ['military-records'],
    sources: ['morton-2011', 'trasvina-2021', 'mayorkas-2021', 'doyle-2022', 'opla-pd-page', 'law-firm-2025', 'florence-2011'],
    policyVersions: ['morton-2011', 'interim-2021', 'mayorkas-doyle-2021-2022'] },
  { id: 'education', polarity: 'favourable', strength: 'supporting',
    when: ({ c }) => c.favourable.education === 'in_school' || c.favourable.education === 'us_high_school_or_ged'
      || c.favourable.education === 'college',
    evidence: ['education-records'],
    sources: ['morton-2011', 'trasvina-2021', 'law-firm-2025', 'florence-2011'],
    policyVersions: ['morton-2011', 'interim-2021'] },
  { id: 'pregnant_or_nursing', polarity: 'favourable', strength: 'supporting',
    when: ({ c }) => yes(c.favourable.pregnantOrNursing),
    evidence: ['pregnancy-records'],
    sources: ['morton-2011', 'law-firm-2025', 'florence-2011'],
    policyVersions: ['morton-2011'] },
  { id: 'partner_pregnant_or_nursing', polarity: 'favourable', strength: 'supporting',
    when: ({ c }) => yes(c.favourable.partnerPregnantOrNursing),
    evidence: ['pregnancy-records'],
    sources: ['morton-2011'],
    policyVersions: ['morton-2011'] },
  { id: 'serious_illness_disability', polarity: 'favourable', strength: 'strong',
    when: ({ c }) => yes(c.favourable.seriousIllness),
    evidence: ['medical-records'],
    sources: ['morton-2011', 'mayorkas-2021', 'doyle-2022', 'law-firm-2025', 'florence-2011'],
    policyVersions: ['morton-2011', 'mayorkas-doyle-2021-2022'] },
  { id: 'age_65_or_older', polarity: 'favourable', strength: 'supporting',
    when: ({ facts }) => facts.age !== null && facts.age >= 65,
    evidence: ['proof-of-age'],
    sources: ['morton-2011', 'mayorkas-2021', 'florence-2011', 'law-firm-2025'],
    policyVersions: ['morton-2011', 'mayorkas-doyle-2021-2022'] },
  { id: 'under_18', polarity: 'favourable', strength: 'supporting',
    when: ({ facts }) => facts.age !== null && facts.age < 18,
    evidence: ['proof-of-age'],
    sources: ['morton-2011', 'mayorkas-2021', 'florence-2011'],
    policyVersions: ['morton-2011', 'mayorkas-doyle-2021-2022'] },
  { id: 'competency_concern', polarity: 'favourable', strength: 'supporting',
    when: ({ c }) => yes(c.favourable.competencyConcern),
    evidence: ['medical-records'],
    sources: ['mayorkas-2021', 'matter-of-m-a-m-2011', 'court-path-practice-2026'],
    policyVersions: ['morton-2011', 'mayorkas-doyle-2021-2022'] },
  // Past guidance only: Directive 11005.4 (Jan 31, 2025) ended the victim-centered approach (reference.md §11.1).
  { id: 'crime_victim', polarity: 'favourable', strength: 'supporting',
    when: ({ c }) => yes(c.favourable.crimeVictim),
    evidence: ['victim-witness-records'],
    sources: ['morton-2011-victims', 'ice-directive-11005-3-2021', 'ice-directive-11005-4-2025', 'trasvina-2021', 'mayorkas-2021', 'doyle-2022', 'florence-2011'],
    policyVersions: ['morton-2011', 'interim-2021', 'mayorkas-doyle-2021-2022'] },
  { id: 'relief_eligible', polarity: 'favourable',
    strength: ({ c }) => (applicationsWith(c, ['pending', 'approved']).length > 0 ? 'strong' : 'supporting'),
    when: ({ c }) => applicationsWith(c, ['pending', 'approved', 'possible']).length > 0,
    evidence: ['uscis-filings'],
    sources: ['morton-2011', 'trasvina-2021', 'mayorkas-2021', 'doyle-2022', 'florence-2011', 'law-firm-2025', 'eoir-rule-2024'],
    policyVersions: ['morton-2011', 'interim-2021', 'mayorkas-doyle-2021-2022'] },
  { id: 'community_ties', polarity: 'favourable', strength: 'supporting',
    when: ({ c }) => yes(c.favourable.community),
    // Letters of support, one per writer, are added by src/domain/support-letters.ts.
    evidence: ['support-letter-community'],
    sources: ['morton-2011', 'trasvina-2021', 'opla-pd-page', 'law-firm-2025', 'florence-2011', 'ilrc-2022'],
    policyVersions: ['morton-2011', 'interim-2021'] },
  { id: 'employment_history', polarity: 'favourable', strength: 'supporting',
    when: ({ c }) => yes(c.favourable.work),
    evidence: ['employment-records'],
    sources: ['trasvina-2021', 'law-firm-2025'],
    policyVersions: ['interim-2021'] },
  { id: 'tax_compliance', polarity: 'favourable', strength: 'supporting',
    when: ({ c }) => yes(c.favourable.taxes),
    evidence: ['tax-records'],
    sources: ['law-firm-2025', 'florence-2011'],
    policyVersions: ['morton-2011'] },
  // Claimed by the person (with papers), never inferred from other answers (reference.md §11.4).
  { id: 'rehabilitation', polarity: 'favourable', strength: 'supporting',
    when: ({ c }) => yes(c.criminal.anyArrest) && yes(c.criminal.rehabilitationEvidence),
    evidence: ['rehabilitation-proof', 'certified-dispositions'],
    sources: ['mayorkas-2021', 'doyle-2022', 'ilrc-2022', 'law-firm-2025', 'florence-2011'],
    policyVersions: ['mayorkas-doyle-2021-2022'] },
  // The question covers every arrest, citation with a court date, juvenile and expunged matter, anywhere.
  { id: 'no_criminal_record', polarity: 'favourable', strength: 'supporting',
    when: ({ c }) => c.criminal.anyArrest === 'no',
    evidence: ['background-checks'],
    sources: ['nolo-2012', 'florence-2011'],
    policyVersions: ['morton-2011'] },
  { id: 'compelling_humanitarian', polarity: 'favourable', strength: 'supporting',
    when: ({ c }) => yes(c.favourable.otherHumanitarian),
    evidence: ['humanitarian-evidence'],
    sources: ['mayorkas-2021', 'doyle-2022', 'opla-pd-page', 'law-firm-2025'],
    policyVersions: ['mayorkas-doyle-2021-2022'] },
  { id: 'lpr_status', polarity: 'favourable', strength: 'strong',
    when: ({ c }) => yes(c.history.everLpr),
    evidence: ['lpr-proof'],
    sources: ['trasvina-2021', 'doyle-2022'],
    policyVersions: ['interim-2021', 'mayorkas-doyle-2021-2022'] },
  { id: 'cooperation_with_law_enforcement', polarity: 'favourable', strength: 'supporting',
    when: ({ c }) => yes(c.favourable.lawEnforcementCooperation),
    evidence: ['law-enforcement-letters'],
    sources: ['morton-2011', 'law-firm-2025'],
    policyVersions: ['morton-2011'] },
  { id: 'home_country_conditions', polarity: 'favourable', strength: 'supporting',
    when: ({ c }) => yes(c.favourable.homeCountryDanger),
    evidence: ['country-conditions'],
    sources: ['morton-2011'],
    policyVersions: ['morton-2011'] },
  // Kept every condition of a release by ICE (reference.md §11.2: compliance is an equity).
  { id: 'supervision_compliance', polarity: 'favourable', strength: 'supporting',
    when: ({ c }) => yes(c.posture.supervision) && c.history.missedHearing === 'no',
    evidence: ['supervision-records'],
    sources: ['court-path-practice-2026'],
    policyVersions: ['baseline-2025'] },

  // ── Against the person ───────────────────────────────────────────────────────────────────
  { id: 'national_security', polarity: 'unfavourable', flag: 'rf_national_security', strength: 'serious',
    when: ({ c }) => yesOrUnsure(c.criminal.nationalSecurity),
    evidence: [],
    sources: ['morton-2011', 'johnson-2014', 'mayorkas-2021', 'doyle-2022', 'law-firm-2025', 'florence-2011'],
    policyVersions: ['morton-2011', 'johnson-2014', 'mayorkas-doyle-2021-2022'] },
  { id: 'serious_criminal_conduct', polarity: 'unfavourable', flag: 'rf_aggravated_felony', strength: 'serious',
    when: ({ c }) => yesOrUnsure(c.criminal.felonyOrYearSentence),
    evidence: ['certified-dispositions'],
    sources: ['morton-2011', 'johnson-2014', 'mayorkas-2021', 'doyle-2022', 'florence-2011', 'law-firm-2025'],
    policyVersions: ['morton-2011', 'johnson-2014', 'mayorkas-doyle-2021-2022'] },
  { id: 'dui', polarity: 'unfavourable', flag: 'rf_dui', strength: 'serious',
    when: ({ c }) => yesOrUnsure(c.criminal.dui),
    evidence: ['certified-dispositions', 'rehabilitation-proof'],
    sources: ['johnson-2014', 'florence-2011', 'law-firm-2025'],
    policyVersions: ['morton-2011', 'johnson-2014'] },
  { id: 'drug_offense', polarity: 'unfavourable', flag: 'rf_drugs', strength: 'serious',
    when: ({ c }) => yesOrUnsure(c.criminal.drugs),
    evidence: ['certified-dispositions'],
    sources: ['johnson-2014', 'florence-2011', 'kelly-short-2017'],
    policyVersions: ['morton-2011', 'johnson-2014'] },
  { id: 'domestic_violence_offense', polarity: 'unfavourable', flag: 'rf_violence_weapons_dv', strength: 'serious',
    when: ({ c }) => yesOrUnsure(c.criminal.violence),
    evidence: ['certified-dispositions'],
    sources: ['johnson-2014', 'mayorkas-2021', 'florence-2011'],
    policyVersions: ['johnson-2014', 'mayorkas-doyle-2021-2022'] },
  { id: 'pending_criminal_case', polarity: 'unfavourable', flag: 'rf_pending_case', strength: 'serious',
    when: ({ c }) => yesOrUnsure(c.criminal.pendingOrProbation),
    evidence: ['probation-records'],
    sources: ['morton-2011', 'kelly-short-2017'],
    policyVersions: ['morton-2011'] },
  { id: 'criminal_history', polarity: 'unfavourable', flag: 'rf_any_arrest_or_conviction', strength: 'concern',
    when: ({ c }) => yesOrUnsure(c.criminal.anyArrest),
    evidence: ['certified-dispositions', 'background-checks'],
    sources: ['morton-2011', 'nolo-2012', 'florence-2011'],
    policyVersions: ['morton-2011'] },
  { id: 'gang_allegation', polarity: 'unfavourable', flag: 'rf_gang', strength: 'serious',
    when: ({ c }) => yesOrUnsure(c.criminal.gangAllegation),
    evidence: [],
    sources: ['morton-2011', 'johnson-2014', 'florence-2011', 'law-firm-2025'],
    policyVersions: ['morton-2011', 'johnson-2014'] },
  // Entry without admission (or parole) after Nov 1, 2020 was a border-security priority in 2021–2022;
  // under 2 years (or no proof) is also an expedited-removal exposure since 2025 (reference.md §11.1).
  { id: 'recent_entry', polarity: 'unfavourable', flag: 'rf_recent_entry',
    strength: ({ c, facts }) => (underTwoYears(c, facts) ? 'serious' : 'concern'),
    when: ({ c, facts }) => notAdmitted(c) && (enteredAfterBorderCutoff(c) || underTwoYears(c, facts)),
    evidence: ['residence-proof'],
    sources: ['pekoske-2021', 'mayorkas-2021', 'doyle-2022', 'er-designation-2025', 'make-the-road-2026', 'huffman-2025'],
    policyVersions: ['interim-2021', 'mayorkas-doyle-2021-2022', 'baseline-2025'] },
  { id: 'border_apprehension', polarity: 'unfavourable', strength: 'serious',
    when: ({ c }) => yes(c.history.stoppedAtBorder),
    evidence: [],
    sources: ['johnson-2014', 'mayorkas-2021', 'doyle-2022'],
    policyVersions: ['johnson-2014', 'mayorkas-doyle-2021-2022'] },
  { id: 'prior_removal_or_reentry', polarity: 'unfavourable', flag: 'rf_prior_removal', strength: 'serious',
    when: ({ c }) => yesOrUnsure(c.history.priorRemoval) || yesOrUnsure(c.history.reentryAfterRemoval),
    evidence: ['prior-removal-papers'],
    sources: ['morton-2011', 'johnson-2014', 'florence-2011', 'law-firm-2025'],
    policyVersions: ['morton-2011', 'johnson-2014'] },
  { id: 'final_order', polarity: 'unfavourable', flag: 'rf_final_order', strength: 'serious',
    when: ({ c }) => c.posture.finalOrder === 'yes',
    evidence: [],
    sources: ['johnson-2014', 'florence-2011', 'ice-gov-2014'],
    policyVersions: ['johnson-2014'] },
  { id: 'immigration_fraud', polarity: 'unfavourable', flag: 'rf_fraud', strength: 'serious',
    when: ({ c }) => yesOrUnsure(c.history.fraud),
    evidence: [],
    sources: ['morton-2011', 'johnson-2014', 'doyle-2022', 'kelly-short-2017'],
    policyVersions: ['morton-2011', 'johnson-2014', 'mayorkas-doyle-2021-2022'] },
  { id: 'false_claim_citizenship', polarity: 'unfavourable', flag: 'rf_false_claim_citizenship', strength: 'serious',
    when: ({ c }) => yesOrUnsure(c.history.falseClaimCitizenship),
    evidence: [],
    sources: ['florence-2011'],
    policyVersions: ['morton-2011'] },
  { id: 'missed_hearing', polarity: 'unfavourable', flag: 'rf_missed_hearing', strength: 'serious',
    when: ({ c }) => yesOrUnsure(c.history.missedHearing) || c.posture.inAbsentia === 'yes'
      || noOrUnsure(c.posture.attendedPastHearing),
    evidence: ['missed-hearing-reasons'],
    sources: ['in-absentia-guides', 'law-firm-2025'],
    policyVersions: ['baseline-2025'] },
  { id: 'detained', polarity: 'unfavourable', flag: 'rf_detained', strength: 'serious',
    when: ({ c }) => c.posture.detained === 'yes',
    evidence: [],
    sources: ['florence-2011'],
    policyVersions: ['morton-2011'] },
  { id: 'integrity_of_system', polarity: 'unfavourable', strength: 'concern',
    // A visa overstay alone may still be pursued (Nolo); shown as information, not a red flag.
    when: ({ c }) => c.history.entryManner === 'visa_or_inspected' && c.history.everLpr !== 'yes'
      && !Object.values(c.history.applications ?? {}).some((s) => s === 'pending' || s === 'approved'),
    evidence: [],
    sources: ['nolo-2012'],
    policyVersions: ['morton-2011'] },
] as const satisfies readonly Factor[];

export type FactorId = (typeof factorCatalog)[number]['id'];

export function factorStrength(factor: Factor, input: FactorInput): Strength {
  return typeof factor.strength === 'function' ? factor.strength(input) : factor.strength;
}

/**
 * Path tables: each scenario walks the real flow with a person's answers and checks the steps
 * visited, the route, the red flags, key factors and key checklist items.
 */
import { describe, expect, it } from 'vitest';
import {
  assess,
  checklist,
  checklistItems,
  factorCatalog,
  letterModel,
  redFlagCatalog,
  routeIds,
  type RouteId,
} from '../../../src/domain';
import { type Answers, finalOrderBaseline, inCourtBaseline, walk } from './walk';

const asOf = '2026-11-23';

interface Scenario {
  name: string;
  answers: Answers;
  /** Exact steps visited, in order (when given). */
  steps?: string[];
  /** Steps that must be (or must not be) on the path. */
  visits?: string[];
  skips?: string[];
  route: RouteId;
  underlying?: RouteId | null;
  flags: string[];
  favourable?: string[];
  unfavourable?: string[];
  items?: string[];
  letter: 'final' | 'draft' | 'none';
}

const situation = ['detained', 'notice-to-appear', 'final-order', 'in-proceedings'];

const scenarios: Scenario[] = [
  {
    name: 'not in proceedings, never got a Notice to Appear: do not contact ICE',
    answers: { 'posture.detained': 'no', 'posture.receivedNta': 'no', 'posture.finalOrder': 'no', 'posture.inProceedings': 'no' },
    steps: situation,
    route: 'do-not-contact-ice', flags: ['rf_not_in_proceedings'], items: ['papers-for-lawyer'], letter: 'none',
  },
  {
    name: 'not sure whether there is a court case: find out first',
    answers: { 'posture.detained': 'no', 'posture.receivedNta': 'unknown', 'posture.finalOrder': 'no', 'posture.inProceedings': 'unknown' },
    steps: situation,
    route: 'find-out-status-first', flags: [], items: ['case-status-record'], letter: 'none',
  },
  {
    name: 'not sure about a removal order: find out first, no more questions',
    answers: { 'posture.detained': 'no', 'posture.receivedNta': 'yes', 'posture.finalOrder': 'unknown' },
    steps: ['detained', 'notice-to-appear', 'final-order'],
    route: 'find-out-status-first', flags: [], items: ['case-status-record'], letter: 'none',
  },
  {
    name: 'got a Notice to Appear but no case known: find out first, not "do not contact"',
    answers: { 'posture.detained': 'no', 'posture.receivedNta': 'yes', 'posture.finalOrder': 'no', 'posture.inProceedings': 'no' },
    steps: situation,
    route: 'find-out-status-first', flags: ['rf_not_in_proceedings'], letter: 'none',
  },
  {
    name: 'detained: ERO route, urgent lawyer, two questions only',
    answers: { 'posture.detained': 'yes', 'posture.detentionFacility': 'Broadview Processing Center' },
    steps: ['detained', 'detention-place'],
    route: 'detained-ero', flags: ['rf_detained'], unfavourable: ['detained'], items: ['detainee-details'], letter: 'none',
  },
  {
    name: 'in court with strong favourable factors: OPLA letter',
    answers: {
      ...inCourtBaseline,
      'history.entryDate': '2009-04', 'history.ageAtEntry': 9,
      'favourable.family': [{ relationship: 'child', status: 'citizen' }, { relationship: 'spouse', status: 'permanent_resident' }],
      'favourable.primaryCaregiver': 'yes', 'favourable.work': 'yes', 'favourable.taxes': 'yes',
      'favourable.community': 'yes', 'favourable.education': 'us_high_school_or_ged',
      'history.applications': { u_visa: 'pending' },
    },
    visits: ['court-details', 'ice-dismissal', 'representation', 'family', 'personal-details', 'a-number', 'contact'],
    skips: ['criminal-kinds', 'reentry', 'final-order-details', 'detention-place'],
    route: 'opla-request', flags: [],
    favourable: ['long_presence', 'entered_as_child', 'usc_lpr_family', 'primary_caregiver', 'relief_eligible',
      'employment_history', 'tax_compliance', 'community_ties', 'education', 'no_criminal_record'],
    items: ['hearing-notice', 'personal-declaration', 'residence-proof', 'family-status-proof', 'uscis-filings',
      'background-checks', 'caregiving-proof'],
    letter: 'final',
  },
  {
    name: 'in court with a DUI conviction: lawyer first, letter only as a draft',
    answers: {
      ...inCourtBaseline,
      'criminal.anyArrest': 'yes', 'criminal.dui': 'yes', 'criminal.drugs': 'no', 'criminal.violence': 'no',
      'criminal.felonyOrYearSentence': 'no', 'criminal.pendingOrProbation': 'no',
      'criminal.records': [{ kind: 'dui', date: '2018-07', outcome: 'convicted' }],
    },
    visits: ['criminal-any', 'criminal-kinds', 'criminal-pending', 'criminal-records', 'gang'],
    route: 'lawyer-first', underlying: 'opla-request', flags: ['rf_any_arrest_or_conviction', 'rf_dui'],
    favourable: ['rehabilitation'], unfavourable: ['dui', 'criminal_history'],
    items: ['certified-dispositions', 'rehabilitation-proof', 'papers-for-lawyer'], letter: 'draft',
  },
  {
    name: 'final order, no other risks: ERO stay of removal',
    answers: finalOrderBaseline,
    visits: ['final-order-details', 'appeal-pending', 'representation', 'personal-details'],
    skips: ['in-proceedings', 'court-details', 'ice-dismissal'],
    route: 'final-order-stay', flags: ['rf_final_order'], unfavourable: ['final_order'],
    items: ['stay-form-i-246', 'stay-passport', 'stay-fee', 'stay-statement'], letter: 'none',
  },
  {
    name: 'final order made in absentia: lawyer first (reopening deadlines)',
    answers: { ...finalOrderBaseline, 'posture.inAbsentia': 'yes' },
    route: 'lawyer-first', underlying: 'final-order-stay', flags: ['rf_missed_hearing', 'rf_final_order'],
    unfavourable: ['missed_hearing', 'final_order'], items: ['missed-hearing-reasons', 'stay-form-i-246'], letter: 'none',
  },
  {
    name: 'final order with an appeal pending: lawyer first',
    answers: { ...finalOrderBaseline, 'posture.appealPending': 'unknown' },
    route: 'lawyer-first', underlying: 'final-order-stay', flags: ['rf_appeal_pending', 'rf_final_order'], letter: 'none',
  },
  {
    name: 'entered without inspection a year ago: lawyer first, dismissal flagged',
    answers: { ...inCourtBaseline, 'history.entryDate': '2025-10', 'history.canProveTwoYears': 'no' },
    route: 'lawyer-first', underlying: 'opla-request', flags: ['rf_recent_entry'], unfavourable: ['recent_entry'],
    items: ['residence-proof'], letter: 'draft',
  },
  {
    name: 'deported before and came back: lawyer first',
    answers: { ...inCourtBaseline, 'history.priorRemoval': 'yes', 'history.reentryAfterRemoval': 'yes' },
    visits: ['prior-removal', 'reentry', 'missed-hearing'],
    route: 'lawyer-first', underlying: 'opla-request', flags: ['rf_prior_removal', 'rf_illegal_reentry'],
    unfavourable: ['prior_removal_or_reentry'], items: ['prior-removal-papers'], letter: 'draft',
  },
  {
    name: 'false papers and a false claim to citizenship: lawyer first',
    answers: { ...inCourtBaseline, 'history.fraud': 'yes', 'history.falseClaimCitizenship': 'unknown' },
    route: 'lawyer-first', underlying: 'opla-request', flags: ['rf_fraud', 'rf_false_claim_citizenship'],
    unfavourable: ['immigration_fraud', 'false_claim_citizenship'], letter: 'draft',
  },
  {
    name: 'gang allegation and unsure about security questions: lawyer first',
    answers: { ...inCourtBaseline, 'criminal.gangAllegation': 'yes', 'criminal.nationalSecurity': 'unknown' },
    route: 'lawyer-first', underlying: 'opla-request', flags: ['rf_gang', 'rf_national_security'],
    unfavourable: ['gang_allegation', 'national_security'], letter: 'draft',
  },
  {
    name: 'ICE attorney moved to dismiss the case: lawyer first',
    answers: { ...inCourtBaseline, 'posture.iceMovedToDismiss': 'yes' },
    route: 'lawyer-first', underlying: 'opla-request', flags: ['rf_dismissal_motion'], letter: 'draft',
  },
  {
    name: 'a notario filed papers: lawyer first',
    answers: { ...inCourtBaseline, 'history.notarioFiled': 'unknown' },
    route: 'lawyer-first', underlying: 'opla-request', flags: ['rf_notario'], items: ['notario-papers'], letter: 'draft',
  },
  {
    name: 'drugs, violence, a felony and a pending case: every criminal flag',
    answers: {
      ...inCourtBaseline,
      'criminal.anyArrest': 'yes', 'criminal.dui': 'no', 'criminal.drugs': 'yes', 'criminal.violence': 'unknown',
      'criminal.felonyOrYearSentence': 'yes', 'criminal.pendingOrProbation': 'yes',
    },
    route: 'lawyer-first', underlying: 'opla-request',
    flags: ['rf_any_arrest_or_conviction', 'rf_drugs', 'rf_violence_weapons_dv', 'rf_aggravated_felony', 'rf_pending_case'],
    unfavourable: ['drug_offense', 'domestic_violence_offense', 'serious_criminal_conduct', 'pending_criminal_case'],
    items: ['certified-dispositions', 'probation-records'], letter: 'draft',
  },
  {
    name: 'missed a hearing while the case is open: lawyer first',
    answers: { ...inCourtBaseline, 'history.missedHearing': 'yes' },
    route: 'lawyer-first', underlying: 'opla-request', flags: ['rf_missed_hearing'], items: ['missed-hearing-reasons'], letter: 'draft',
  },
  {
    name: 'former permanent resident, not sure about proof of two years: no recent-entry flag',
    answers: { ...inCourtBaseline, 'history.everLpr': 'yes', 'history.canProveTwoYears': 'unknown', 'history.entryManner': 'visa_or_inspected' },
    route: 'opla-request', flags: [], favourable: ['lpr_status', 'long_presence'], items: ['lpr-proof'], letter: 'final',
  },
  {
    name: 'veteran in their seventies, sick, victim of a crime, danger at home',
    answers: {
      ...inCourtBaseline, 'person.dateOfBirth': '1952-01', 'favourable.militarySelf': 'yes',
      'favourable.seriousIllness': 'yes', 'favourable.crimeVictim': 'yes', 'favourable.lawEnforcementCooperation': 'yes',
      'favourable.homeCountryDanger': 'yes', 'favourable.otherHumanitarian': 'yes', 'favourable.pregnantOrNursing': 'no',
      'favourable.familyHardship': 'yes', 'history.applications': { asylum: 'possible' },
    },
    route: 'opla-request', flags: [],
    favourable: ['military_service', 'serious_illness_disability', 'crime_victim_or_witness', 'cooperation_with_law_enforcement',
      'home_country_conditions', 'compelling_humanitarian', 'family_hardship', 'age_minor_or_elderly', 'relief_eligible'],
    items: ['military-records', 'medical-records', 'victim-witness-records', 'law-enforcement-letters', 'country-conditions', 'proof-of-age'],
    letter: 'final',
  },
  {
    name: 'visa overstay, pregnant: overstay noted as a concern, not a red flag',
    answers: { ...inCourtBaseline, 'history.entryManner': 'visa_or_inspected', 'favourable.pregnantOrNursing': 'yes' },
    route: 'opla-request', flags: [], favourable: ['pregnant_or_nursing'], unfavourable: ['integrity_of_system'],
    items: ['pregnancy-records'], letter: 'final',
  },
  {
    name: 'asylum seeker stopped at the border three years ago, asylum pending',
    answers: { ...inCourtBaseline, 'history.entryDate': '2023-09', 'history.stoppedAtBorder': 'yes', 'history.applications': { asylum: 'pending' } },
    route: 'opla-request', flags: [], favourable: ['relief_eligible', 'long_presence'], unfavourable: ['border_apprehension'],
    items: ['uscis-filings'], letter: 'final',
  },
];

describe('path tables', () => {
  it.each(scenarios.map((s) => [s.name, s] as const))('%s', (_name, s) => {
    const { visited, c } = walk(s.answers);
    if (s.steps) expect(visited).toEqual(s.steps);
    for (const step of s.visits ?? []) expect(visited).toContain(step);
    for (const step of s.skips ?? []) expect(visited).not.toContain(step);

    const a = assess(c, { asOf });
    expect(a.complete).toBe(true);
    expect(a.route).toBe(s.route);
    if (s.underlying !== undefined) expect(a.underlyingRoute).toBe(s.underlying);
    expect(a.redFlags.map((r) => r.id).sort()).toEqual([...s.flags].sort());
    expect(a.letter).toBe(s.letter);
    for (const id of s.favourable ?? []) expect(a.favourable.map((f) => f.id)).toContain(id);
    for (const id of s.unfavourable ?? []) expect(a.unfavourable.map((f) => f.id)).toContain(id);

    const list = checklist(c, a);
    const ids = checklistItems(list).map((i) => i.id);
    for (const id of s.items ?? []) expect(ids).toContain(id);

    const letter = letterModel(c, a, list);
    if (s.letter === 'none') expect(letter).toBeNull();
    else expect(letter?.kind).toBe(s.letter);
  });

  it('cover every route and every red flag', () => {
    const routes = new Set<string>();
    const flags = new Set<string>();
    for (const s of scenarios) {
      routes.add(s.route);
      s.flags.forEach((f) => flags.add(f));
    }
    expect([...routes].sort()).toEqual([...routeIds].sort());
    expect([...flags].sort()).toEqual(redFlagCatalog.map((r) => r.id).sort());
    expect(scenarios.length).toBeGreaterThanOrEqual(15);
  });

  it('find every catalog factor in at least one scenario', () => {
    const found = new Set<string>();
    for (const s of scenarios) {
      const a = assess(walk(s.answers).c, { asOf });
      [...a.favourable, ...a.unfavourable].forEach((f) => found.add(f.id));
    }
    expect(factorCatalog.map((f) => f.id).filter((id) => !found.has(id))).toEqual([]);
  });
});

describe('2025–26 safety rules', () => {
  it('recommends a safer ask than dismissal and marks dismissal lawyer-first for people at risk of expedited removal', () => {
    const { c } = walk({ ...inCourtBaseline, 'history.entryDate': '2025-10', 'history.canProveTwoYears': 'no', 'history.entryManner': 'parole' });
    const a = assess(c, { asOf });
    const dismissal = a.requestOptions.find((o) => o.id === 'dismissal');
    expect(dismissal?.lawyerFirst).toBe(true);
    expect(dismissal?.warnings).toContain('dismissal-expedited-removal-risk');
    expect(a.requestOptions.find((o) => o.recommended)?.id).toBe('administrative_closure');
  });

  it('prefers a joint motion tied to a pending USCIS application', () => {
    const { c } = walk({ ...inCourtBaseline, 'history.applications': { adjustment: 'pending' } });
    expect(assess(c, { asOf }).requestOptions.find((o) => o.recommended)?.id).toBe('joint_motion_uscis');
  });

  it('mentions that a judge can close a case over ICE objection, for every in-court route', () => {
    for (const answers of [inCourtBaseline, { ...inCourtBaseline, 'criminal.gangAllegation': 'yes' }]) {
      const a = assess(walk(answers).c, { asOf });
      expect(a.notes.map((n) => n.id)).toContain('judge-can-close-over-objection');
    }
    const detained = assess(walk({ 'posture.detained': 'yes', 'posture.detentionFacility': 'unknown' }).c, { asOf });
    expect(detained.notes.map((n) => n.id)).not.toContain('judge-can-close-over-objection');
  });

  it('carries the policy basis with its last-checked date on every result', () => {
    const a = assess(walk(inCourtBaseline).c, { asOf });
    expect(a.policyBasis.id).toBe('historical-factors-2011-2022');
    expect(a.policyBasis.lastChecked).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(a.policyBasis.publishedPriorityFramework).toBe(false);
  });

  it('counts years of presence conservatively: a partial entry date never overstates time here', () => {
    // Entered "2024" (could be December 2024): on 2026-11-23 that is surely 1 year, not 2.
    const a = assess(walk({ ...inCourtBaseline, 'history.entryDate': '2024' }).c, { asOf });
    expect(a.facts.yearsInUs).toBe(1);
    expect(a.redFlags.map((r) => r.id)).toContain('rf_recent_entry');
  });

  it('treats "not sure" like yes on red-flag questions', () => {
    const a = assess(walk({ ...inCourtBaseline, 'criminal.anyArrest': 'unknown', 'criminal.dui': 'unknown',
      'criminal.drugs': 'no', 'criminal.violence': 'no', 'criminal.felonyOrYearSentence': 'no', 'criminal.pendingOrProbation': 'no' }).c, { asOf });
    expect(a.route).toBe('lawyer-first');
    expect(a.redFlags.map((r) => r.id)).toEqual(expect.arrayContaining(['rf_any_arrest_or_conviction', 'rf_dui']));
  });

  it('lists "I don\'t know" answers as information still missing', () => {
    const a = assess(walk({ ...inCourtBaseline, 'posture.judge': 'unknown', 'person.aNumber': 'unknown' }).c, { asOf });
    expect(a.missing).toEqual(expect.arrayContaining([
      { stepId: 'court-details', field: 'posture.judge', reason: 'unknown' },
      { stepId: 'a-number', field: 'person.aNumber', reason: 'unknown' },
    ]));
  });
});

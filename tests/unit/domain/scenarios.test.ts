/**
 * Path tables: each scenario walks the real flow with a person's answers and checks the steps
 * visited, the route, the red flags, key factors and key checklist items.
 */
import { describe, expect, it } from 'vitest';
import {
  askedFields,
  assess,
  checklist,
  checklistItems,
  factorCatalog,
  letterModel,
  reachableSteps,
  redFlagCatalog,
  routeIds,
  type RouteId,
  type RouteVariant,
  routeVariants,
} from '../../../src/domain';
import { type Answers, detained, duiInCourt, finalOrderBaseline, inCourtBaseline, notInProceedings, strongInCourt, unsureInProceedings, walk } from './walk';

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
  /** The route's wording variant (null: its usual words). */
  variant?: RouteVariant | null;
  alerts?: string[];
  notes?: string[];
  /** Factors that must NOT be found. */
  notFavourable?: string[];
  /** Letter gaps that must be listed. */
  gaps?: string[];
}

const situation = ['detained', 'notice-to-appear', 'final-order', 'in-proceedings'];

const scenarios: Scenario[] = [
  {
    name: 'not in proceedings, never got a Notice to Appear: do not contact ICE',
    answers: notInProceedings,
    steps: situation,
    route: 'do-not-contact-ice', flags: ['rf_not_in_proceedings'], items: ['papers-for-lawyer'], letter: 'none',
  },
  {
    name: 'not sure whether there is a court case: find out first',
    answers: unsureInProceedings,
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
    // Never told "you do not have a case in immigration court": the NTA may not be filed yet.
    route: 'find-out-status-first', variant: 'nta-no-case', flags: ['rf_nta_no_case'], items: ['papers-to-find', 'case-status-record'],
    letter: 'none',
  },
  {
    name: 'not sure about a Notice to Appear, no case known: find out first',
    answers: { 'posture.detained': 'no', 'posture.receivedNta': 'unknown', 'posture.finalOrder': 'no', 'posture.inProceedings': 'no' },
    steps: situation,
    route: 'find-out-status-first', variant: 'nta-no-case', flags: ['rf_nta_no_case'], letter: 'none',
  },
  {
    name: 'detained: ERO route, urgent lawyer, three questions only',
    answers: detained,
    steps: ['detained', 'detention-place', 'final-order'],
    route: 'detained-ero', variant: null, flags: ['rf_detained'], unfavourable: ['detained'], items: ['detainee-details'], letter: 'none',
    alerts: [], notes: ['no-bond-hearing-ewi'],
  },
  {
    name: 'helper for a detained person with a final order: emergency, words for the helper',
    answers: { 'posture.detained': 'yes', 'posture.detainedPerson': 'someone_else', 'posture.detentionFacility': 'unknown',
      'posture.finalOrder': 'yes' },
    steps: ['detained', 'detention-place', 'final-order'],
    route: 'detained-ero', variant: 'helper', flags: ['rf_detained', 'rf_final_order'], alerts: ['detained-final-order'],
    items: ['detainee-details', 'judge-order'], letter: 'none',
  },
  {
    name: 'detained, not sure about an order: the emergency is shown as possible',
    answers: { 'posture.detained': 'yes', 'posture.detainedPerson': 'self', 'posture.detentionFacility': 'unknown',
      'posture.finalOrder': 'unknown' },
    route: 'detained-ero', flags: ['rf_detained'], alerts: ['detained-final-order'], letter: 'none',
  },
  {
    name: 'in court with strong favourable factors: OPLA letter',
    answers: strongInCourt,
    visits: ['court-details', 'posture.iceMovedToDismiss', 'representation', 'family', 'personal-details', 'contact'],
    skips: ['criminal-kinds', 'history.reentryAfterRemoval', 'final-order-details', 'detention-place'],
    route: 'opla-request', flags: [],
    favourable: ['long_presence', 'entered_as_child', 'usc_lpr_family', 'primary_caregiver', 'relief_eligible',
      'employment_history', 'tax_compliance', 'community_ties', 'education', 'no_criminal_record'],
    items: ['hearing-notice', 'personal-declaration', 'residence-proof', 'family-status-proof', 'uscis-filings',
      'background-checks', 'caregiving-proof'],
    letter: 'final',
  },
  {
    name: 'in court with a DUI conviction: lawyer first, letter only as a draft',
    answers: duiInCourt,
    visits: ['criminal-any', 'criminal-kinds', 'criminal-pending', 'criminal-since', 'criminal-records', 'serious-matters'],
    route: 'lawyer-first', underlying: 'opla-request', variant: null, flags: ['rf_any_arrest_or_conviction', 'rf_dui'],
    favourable: ['rehabilitation'], unfavourable: ['dui', 'criminal_history'], notFavourable: ['no_criminal_record'],
    // Anyone with criminal history gets the FBI and state records as well as the court records.
    items: ['certified-dispositions', 'background-checks', 'rehabilitation-proof', 'papers-for-lawyer'], letter: 'draft',
  },
  {
    name: 'an arrest but no proof of change: rehabilitation is never inferred',
    answers: {
      ...inCourtBaseline,
      'criminal.anyArrest': 'yes', 'criminal.dui': 'no', 'criminal.drugs': 'no', 'criminal.violence': 'no',
      'criminal.felonyOrYearSentence': 'no', 'criminal.pendingOrProbation': 'no', 'criminal.rehabilitationEvidence': 'no',
    },
    route: 'lawyer-first', flags: ['rf_any_arrest_or_conviction'], unfavourable: ['criminal_history'],
    notFavourable: ['rehabilitation', 'no_criminal_record'], items: ['background-checks', 'certified-dispositions'], letter: 'draft',
  },
  {
    name: 'final order, no other risks: ERO stay of removal',
    answers: finalOrderBaseline,
    visits: ['final-order-details', 'appeal-pending', 'ice-supervision', 'representation', 'personal-details'],
    skips: ['in-proceedings', 'court-status', 'court-details', 'posture.iceMovedToDismiss'],
    route: 'final-order-stay', flags: ['rf_final_order'], unfavourable: ['final_order'],
    items: ['stay-form-i-246', 'stay-passport', 'stay-fee', 'stay-statement', 'judge-order'], letter: 'none', alerts: [],
  },
  {
    name: 'final order with a family petition pending: the stay, and a note to ask a lawyer about reopening the case',
    answers: { ...finalOrderBaseline, 'history.applications': { i130: 'pending' } },
    route: 'final-order-stay', flags: ['rf_final_order'], notes: ['reopen-with-application'], letter: 'none',
  },
  {
    name: 'final order made in absentia: lawyer first, reopening note, "ever missed a hearing?" not asked again',
    answers: { ...finalOrderBaseline, 'posture.inAbsentia': 'yes' },
    skips: ['history.missedHearing'],
    route: 'lawyer-first', underlying: 'final-order-stay', variant: 'no-letter', flags: ['rf_missed_hearing', 'rf_final_order'],
    unfavourable: ['missed_hearing', 'final_order'], items: ['missed-hearing-reasons', 'stay-form-i-246'], letter: 'none',
    notes: ['in-absentia-reopen'],
  },
  {
    name: 'final order with an appeal pending: lawyer first, no letter promised',
    answers: { ...finalOrderBaseline, 'posture.appealPending': 'unknown' },
    route: 'lawyer-first', underlying: 'final-order-stay', variant: 'no-letter', flags: ['rf_appeal_pending', 'rf_final_order'],
    letter: 'none',
  },
  {
    name: 'removal ordered 10 days ago: appeal window, lawyer urgently',
    answers: { ...finalOrderBaseline, 'posture.finalOrderDate': '2026-11-13' },
    route: 'lawyer-first', underlying: 'final-order-stay', variant: 'no-letter', flags: ['rf_appeal_window', 'rf_final_order'],
    alerts: ['appeal-window'], items: ['judge-order'], letter: 'none',
  },
  {
    name: 'entered without inspection a year ago: lawyer first, dismissal flagged',
    answers: { ...inCourtBaseline, 'history.entryDate': '2025-10', 'history.canProveTwoYears': 'no' },
    route: 'lawyer-first', underlying: 'opla-request', flags: ['rf_recent_entry'], unfavourable: ['recent_entry'],
    items: ['residence-proof'], letter: 'draft',
  },
  {
    name: 'entered without inspection in December 2022, can prove 2 years: recent entry is a concern, not "a long time"',
    answers: { ...inCourtBaseline, 'history.entryDate': '2022-12', 'history.canProveTwoYears': 'yes' },
    route: 'opla-request', flags: [], unfavourable: ['recent_entry'], notFavourable: ['long_presence', 'years_in_us'],
    letter: 'final',
  },
  {
    name: 'visa overstay here one year without proof of 2 years: no expedited-removal flag',
    answers: { ...inCourtBaseline, 'history.entryManner': 'visa_or_inspected', 'history.entryDate': '2025-06',
      'history.canProveTwoYears': 'no' },
    route: 'opla-request', flags: [], unfavourable: ['integrity_of_system'], letter: 'final',
  },
  {
    name: 'seven years here: a supporting reason, not "a long time"',
    answers: { ...inCourtBaseline, 'history.entryDate': '2019-05' },
    route: 'opla-request', flags: [], favourable: ['years_in_us'], notFavourable: ['long_presence'], letter: 'final',
  },
  {
    name: 'hearing date passed and the person did not go: find out first, the questions end there',
    answers: { ...inCourtBaseline, 'posture.nextHearingDate': '2026-09-10', 'posture.attendedPastHearing': 'no' },
    steps: [...situation, 'court-status', 'court-details', 'past-hearing'],
    route: 'find-out-status-first', variant: 'missed-hearing', flags: ['rf_missed_hearing'],
    items: ['missed-hearing-reasons', 'case-status-record'], notes: ['in-absentia-reopen'], letter: 'none',
  },
  {
    name: 'hearing date passed, not sure whether they went: find out first',
    answers: { ...inCourtBaseline, 'posture.nextHearingDate': '2026-09', 'posture.attendedPastHearing': 'unknown' },
    route: 'find-out-status-first', variant: 'missed-hearing', flags: ['rf_missed_hearing'], letter: 'none',
  },
  {
    name: 'hearing date passed and they went: the letter leaves the old date out and asks for the new one',
    answers: { ...inCourtBaseline, 'posture.nextHearingDate': '2026-09-10', 'posture.attendedPastHearing': 'yes' },
    visits: ['past-hearing', 'posture.iceMovedToDismiss'],
    route: 'opla-request', flags: [], gaps: ['hearing-date-past'], letter: 'final', alerts: [],
  },
  {
    name: 'hearing in two weeks: urgent banner, the letter can still be sent',
    answers: { ...inCourtBaseline, 'posture.nextHearingDate': '2026-12-07' },
    route: 'opla-request', flags: [], alerts: ['hearing-soon'], letter: 'final',
  },
  {
    name: 'the judge decided 12 days ago: appeal window, lawyer first, no letter',
    answers: { ...inCourtBaseline, 'posture.courtStatus': 'decided', 'posture.decisionDate': '2026-11-11' },
    steps: [...situation, 'court-status', 'decision-date'],
    route: 'lawyer-first', variant: 'no-letter', flags: ['rf_appeal_window'], alerts: ['appeal-window'], letter: 'none',
  },
  {
    name: 'the judge decided, date not known: the appeal window may be open, lawyer first',
    answers: { ...inCourtBaseline, 'posture.courtStatus': 'decided', 'posture.decisionDate': 'unknown' },
    route: 'lawyer-first', variant: 'no-letter', flags: ['rf_appeal_window'], alerts: ['appeal-window'], letter: 'none',
  },
  {
    name: 'the judge decided two years ago: find out what the order says first',
    answers: { ...inCourtBaseline, 'posture.courtStatus': 'decided', 'posture.decisionDate': '2024-10' },
    route: 'find-out-status-first', variant: 'decided', flags: [], alerts: [], letter: 'none',
  },
  {
    name: 'appeal waiting at the BIA: lawyer first, no letter',
    answers: { ...inCourtBaseline, 'posture.courtStatus': 'appeal' },
    skips: ['court-details', 'posture.iceMovedToDismiss'], visits: ['ice-supervision', 'family'],
    route: 'lawyer-first', variant: 'no-letter', flags: ['rf_appeal_pending'], letter: 'none',
  },
  {
    name: 'case administratively closed: do not contact ICE (it could come back)',
    answers: { ...inCourtBaseline, 'posture.courtStatus': 'admin_closed' },
    steps: [...situation, 'court-status'],
    route: 'do-not-contact-ice', variant: 'case-closed', flags: ['rf_case_closed'], items: ['judge-order'], letter: 'none',
  },
  {
    name: 'case dismissed: do not contact ICE',
    answers: { ...inCourtBaseline, 'posture.courtStatus': 'dismissed' },
    route: 'do-not-contact-ice', variant: 'case-closed', flags: ['rf_case_closed'], letter: 'none',
  },
  {
    name: 'not sure where the court case stands: find out first',
    answers: { ...inCourtBaseline, 'posture.courtStatus': 'unknown' },
    route: 'find-out-status-first', variant: 'court-status', flags: [], letter: 'none',
  },
  {
    name: 'ICE already agreed to an earlier request: do not contact ICE',
    answers: { ...inCourtBaseline, 'history.priorPdRequest': 'yes', 'history.priorPdResult': 'granted', 'history.priorPdDate': '2024-03' },
    route: 'do-not-contact-ice', variant: 'case-closed', flags: ['rf_case_closed'], letter: 'none',
  },
  {
    name: 'an earlier request was denied: the letter names it and asks what is new',
    answers: { ...inCourtBaseline, 'history.priorPdRequest': 'yes', 'history.priorPdResult': 'denied', 'history.priorPdDate': '2024-03' },
    route: 'opla-request', flags: ['rf_prior_pd_denied'], items: ['prior-pd-papers'], gaps: ['what-is-new'], letter: 'final',
  },
  {
    name: 'a 16-year-old in court: lawyer first, children\'s legal help',
    answers: { ...inCourtBaseline, 'person.dateOfBirth': '2010-05-01', 'history.ageAtEntry': 12, 'history.entryDate': '2022-06',
      'history.canProveTwoYears': 'yes' },
    route: 'lawyer-first', underlying: 'opla-request', flags: ['rf_minor'], favourable: ['under_18', 'entered_as_child'],
    items: ['proof-of-age'], letter: 'draft',
  },
  {
    name: 'a condition makes it hard to understand the case: a warning and a reason in favour, the letter still possible',
    answers: { ...inCourtBaseline, 'favourable.competencyConcern': 'yes' },
    route: 'opla-request', flags: ['rf_competency'], favourable: ['competency_concern'], items: ['medical-records'], letter: 'final',
  },
  {
    name: 'released on an ankle monitor, never missed a check-in: compliance counts, keep every check-in',
    answers: { ...inCourtBaseline, 'posture.supervision': 'yes' },
    route: 'opla-request', flags: [], favourable: ['supervision_compliance'], items: ['supervision-records'],
    notes: ['keep-check-ins'], letter: 'final',
  },
  {
    name: 'released with check-ins and missed one: a red flag',
    answers: { ...inCourtBaseline, 'posture.supervision': 'yes', 'history.missedHearing': 'yes' },
    route: 'lawyer-first', flags: ['rf_missed_hearing'], notFavourable: ['supervision_compliance'], letter: 'draft',
  },
  {
    name: 'spouse pregnant, not the person: only the partner factor',
    answers: { ...inCourtBaseline, 'favourable.partnerPregnantOrNursing': 'yes' },
    route: 'opla-request', flags: [], favourable: ['partner_pregnant_or_nursing'], notFavourable: ['pregnant_or_nursing'],
    letter: 'final',
  },
  {
    name: 'family petition pending and a waiver planned: joint motion, I-601A needs the case closed',
    answers: { ...inCourtBaseline, 'history.applications': { i130: 'approved', i601a: 'possible' } },
    route: 'opla-request', flags: [], favourable: ['relief_eligible'], notes: ['i601a-needs-closure'],
    notFavourable: [], letter: 'final',
  },
  {
    name: 'TPS pending: a dated note to check the country',
    answers: { ...inCourtBaseline, 'history.applications': { tps: 'pending' } },
    route: 'opla-request', flags: [], notes: ['tps-check'], letter: 'final',
  },
  {
    name: 'deported before and came back: lawyer first',
    answers: { ...inCourtBaseline, 'history.priorRemoval': 'yes', 'history.reentryAfterRemoval': 'yes' },
    visits: ['prior-removal', 'history.reentryAfterRemoval', 'history.missedHearing'],
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
      'criminal.felonyOrYearSentence': 'yes', 'criminal.pendingOrProbation': 'yes', 'criminal.rehabilitationEvidence': 'no',
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
    favourable: ['military_service', 'serious_illness_disability', 'crime_victim', 'cooperation_with_law_enforcement',
      'home_country_conditions', 'compelling_humanitarian', 'family_hardship', 'age_65_or_older', 'relief_eligible'],
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
    route: 'opla-request', flags: [], favourable: ['relief_eligible'], unfavourable: ['border_apprehension', 'recent_entry'],
    notFavourable: ['long_presence', 'years_in_us'], items: ['uscis-filings'], notes: ['strong-relief-may-be-better'], letter: 'final',
  },
];

describe('path tables', () => {
  it.each(scenarios.map((s) => [s.name, s] as const))('%s', (_name, s) => {
    const { visited, c } = walk(s.answers);
    if (s.steps) expect(visited).toEqual(s.steps);
    // A step id, or a field path ("part.field") for a question asked only when an answer calls for it.
    const asked = reachableSteps(c, { asOf }).flatMap((step) => askedFields(step, c).map((f) => f.path as string));
    for (const item of s.visits ?? []) expect(item.includes('.') ? asked : visited).toContain(item);
    for (const item of s.skips ?? []) expect(item.includes('.') ? asked : visited).not.toContain(item);

    const a = assess(c, { asOf });
    expect(a.complete).toBe(true);
    expect(a.route).toBe(s.route);
    if (s.underlying !== undefined) expect(a.underlyingRoute).toBe(s.underlying);
    expect(a.redFlags.map((r) => r.id).sort()).toEqual([...s.flags].sort());
    expect(a.letter).toBe(s.letter);
    for (const id of s.favourable ?? []) expect(a.favourable.map((f) => f.id)).toContain(id);
    for (const id of s.unfavourable ?? []) expect(a.unfavourable.map((f) => f.id)).toContain(id);
    for (const id of s.notFavourable ?? []) expect(a.favourable.map((f) => f.id)).not.toContain(id);
    if (s.variant !== undefined) expect(a.routeVariant).toBe(s.variant);
    if (s.alerts) expect(a.alerts.map((x) => x.id).sort()).toEqual([...s.alerts].sort());
    for (const id of s.notes ?? []) expect(a.notes.map((n) => n.id)).toContain(id);

    const list = checklist(c, a);
    const ids = checklistItems(list).map((i) => i.id);
    for (const id of s.items ?? []) expect(ids).toContain(id);

    const letter = letterModel(c, a, list);
    if (s.letter === 'none') expect(letter).toBeNull();
    else expect(letter?.kind).toBe(s.letter);
    for (const gap of s.gaps ?? []) expect(letter?.gaps).toContain(gap);
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

  it('cover every route variant and every alert', () => {
    const variants = new Set(scenarios.map((s) => s.variant).filter((v): v is RouteVariant => typeof v === 'string'));
    expect([...variants].sort()).toEqual(Object.keys(routeVariants).sort());
    const alerts = new Set(scenarios.flatMap((s) => s.alerts ?? []));
    expect([...alerts].sort()).toEqual(['appeal-window', 'detained-final-order', 'hearing-soon']);
    for (const s of scenarios) {
      if (s.variant) expect(routeVariants[s.variant], s.name).toBe(s.route);
    }
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
    const { c } = walk({ ...inCourtBaseline, 'history.applications': { i130: 'pending' } });
    expect(assess(c, { asOf }).requestOptions.find((o) => o.recommended)?.id).toBe('joint_motion_uscis');
    // Relief only a judge grants is not a joint-motion case (reference.md §11.3).
    const asylum = assess(walk({ ...inCourtBaseline, 'history.applications': { asylum: 'pending' } }).c, { asOf });
    expect(asylum.requestOptions.find((o) => o.id === 'joint_motion_uscis')?.available).toBe(false);
    expect(asylum.notes.map((n) => n.id)).toContain('strong-relief-may-be-better');
    const uVisa = assess(walk({ ...inCourtBaseline, 'history.applications': { u_visa: 'pending' } }).c, { asOf });
    expect(uVisa.notes.map((n) => n.id)).not.toContain('strong-relief-may-be-better');
  });

  it('mentions that a judge can close a case over ICE objection, for every in-court route', () => {
    for (const answers of [inCourtBaseline, { ...inCourtBaseline, 'criminal.gangAllegation': 'yes' }]) {
      const a = assess(walk(answers).c, { asOf });
      expect(a.notes.map((n) => n.id)).toContain('judge-can-close-over-objection');
    }
    const detained = assess(walk({ 'posture.detained': 'yes', 'posture.detainedPerson': 'self', 'posture.detentionFacility': 'unknown',
      'posture.finalOrder': 'no' }).c, { asOf });
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

  it('makes dismissal lawyer-first for everyone not admitted or paroled, whatever the years here (reference.md §11.1)', () => {
    for (const manner of ['without_inspection', 'parole', 'unknown'] as const) {
      const a = assess(walk({ ...inCourtBaseline, 'history.entryManner': manner, 'history.entryDate': '2001-03' }).c, { asOf });
      expect(a.requestOptions.find((o) => o.id === 'dismissal')?.lawyerFirst, manner).toBe(true);
    }
    const visa = assess(walk({ ...inCourtBaseline, 'history.entryManner': 'visa_or_inspected' }).c, { asOf });
    expect(visa.requestOptions.find((o) => o.id === 'dismissal')?.lawyerFirst).toBe(false);
  });

  it('shows one concern card per issue: removal and re-entry, a missed hearing, a DUI', () => {
    const a = assess(walk({ ...inCourtBaseline, 'history.priorRemoval': 'yes', 'history.reentryAfterRemoval': 'yes',
      'history.missedHearing': 'yes' }).c, { asOf });
    const leads = a.concerns.map((x) => x.lead.id);
    expect(leads).toEqual(['rf_prior_removal', 'rf_missed_hearing']);
    expect(a.concerns[0]!.flags).toEqual(['rf_prior_removal', 'rf_illegal_reentry']);
    expect(a.concerns[0]!.factors).toEqual(['prior_removal_or_reentry']);
    expect(a.concerns[1]!.factors).toEqual(['missed_hearing']);
  });

  it('keeps things to explain apart from red flags that stop', () => {
    const a = assess(walk({ ...inCourtBaseline, 'history.entryManner': 'visa_or_inspected', 'history.stoppedAtBorder': 'yes',
      'favourable.competencyConcern': 'yes', 'history.notarioFiled': 'yes' }).c, { asOf });
    expect(a.concerns.filter((x) => x.level === 'stop').map((x) => x.lead.id)).toEqual(['rf_notario']);
    expect(a.concerns.filter((x) => x.level === 'explain').map((x) => x.lead.id))
      .toEqual(['rf_competency', 'border_apprehension', 'integrity_of_system']);
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
      { stepId: 'personal-details', field: 'person.aNumber', reason: 'unknown' },
    ]));
  });
});

describe('the note about reopening a final order', () => {
  it('comes only with an application pending or approved', () => {
    const notes = (answers: Answers) => assess(walk(answers).c, { asOf }).notes.map((n) => n.id);
    expect(notes(finalOrderBaseline)).not.toContain('reopen-with-application');
    expect(notes({ ...finalOrderBaseline, 'history.applications': { i130: 'possible' } })).not.toContain('reopen-with-application');
    expect(notes({ ...finalOrderBaseline, 'history.applications': { i130: 'approved' } })).toContain('reopen-with-application');
    // In court, the letter's joint motion is the way: not this note.
    expect(notes({ ...inCourtBaseline, 'history.applications': { i130: 'pending' } })).not.toContain('reopen-with-application');
  });
});

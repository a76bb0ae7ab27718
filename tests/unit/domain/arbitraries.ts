/** fast-check generators for schema-valid cases, covering every field and "I don't know". */
import fc from 'fast-check';
import {
  applicationKinds,
  applicationStatuses,
  type CaseData,
  caseDataSchema,
  courtStatuses,
  detainedPersons,
  evidenceItems,
  educationLevels,
  entryManners,
  familyStatuses,
  hearingTypes,
  offenceKinds,
  offenceOutcomes,
  priorPdResults,
  relationships,
  representationKinds,
  requestOptionIds,
} from '../../../src/domain';

const tri = fc.constantFrom('yes', 'no', 'unknown');
const yesNo = fc.constantFrom('yes', 'no');
const text = fc.string({ minLength: 1, maxLength: 40 }).filter((s) => s.trim().length > 0);
const longText = fc.string({ maxLength: 400 });
const partialDate = fc
  .tuple(fc.integer({ min: 1930, max: 2030 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 }), fc.nat(2))
  .map(([y, m, d, k]) =>
    k === 0 ? String(y) : k === 1 ? `${y}-${String(m).padStart(2, '0')}` : `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`,
  );
const dateOrUnknown = fc.oneof(partialDate, fc.constant('unknown'));
const textOrUnknown = fc.oneof(text, fc.constant('unknown'));

function record<T extends Record<string, fc.Arbitrary<unknown>>>(shape: T) {
  // Every key may be absent (not answered yet).
  return fc.record(shape, { requiredKeys: [] });
}

export const caseArbitrary: fc.Arbitrary<CaseData> = record({
  person: record({
    fullName: text,
    otherNames: fc.array(text, { maxLength: 3 }),
    dateOfBirth: dateOrUnknown,
    countryOfBirth: textOrUnknown,
    aNumber: fc.oneof(fc.stringMatching(/^A?\d{8,9}$/), fc.constant('unknown')),
    address: fc.record({ street: text, city: text, state: text, zip: fc.stringMatching(/^\d{5}$/) }),
    phone: fc.constant('(312) 555-0100'),
    email: fc.constant('person@example.org'),
  }),
  representation: record({ kind: fc.constantFrom(...representationKinds, 'unknown'), name: text }),
  posture: record({
    detained: yesNo,
    detentionFacility: textOrUnknown,
    detainedPerson: fc.constantFrom(...detainedPersons),
    receivedNta: tri,
    finalOrder: tri,
    finalOrderDate: dateOrUnknown,
    inAbsentia: tri,
    appealPending: tri,
    inProceedings: tri,
    courtStatus: fc.constantFrom(...courtStatuses, 'unknown'),
    decisionDate: dateOrUnknown,
    courtCity: textOrUnknown,
    judge: textOrUnknown,
    nextHearingDate: dateOrUnknown,
    nextHearingType: fc.constantFrom(...hearingTypes, 'unknown'),
    attendedPastHearing: tri,
    iceMovedToDismiss: tri,
    supervision: tri,
  }),
  history: record({
    entryDate: dateOrUnknown,
    entryManner: fc.constantFrom(...entryManners, 'unknown'),
    ageAtEntry: fc.oneof(fc.integer({ min: 0, max: 90 }), fc.constant('unknown')),
    stoppedAtBorder: tri,
    canProveTwoYears: tri,
    everLpr: tri,
    priorRemoval: tri,
    reentryAfterRemoval: tri,
    missedHearing: tri,
    priorPdRequest: tri,
    priorPdResult: fc.constantFrom(...priorPdResults),
    priorPdDate: dateOrUnknown,
    applications: fc.dictionary(fc.constantFrom(...applicationKinds), fc.constantFrom(...applicationStatuses)),
    notarioFiled: tri,
    fraud: tri,
    falseClaimCitizenship: tri,
  }),
  criminal: record({
    anyArrest: tri,
    dui: tri,
    drugs: tri,
    violence: tri,
    felonyOrYearSentence: tri,
    pendingOrProbation: tri,
    rehabilitationEvidence: tri,
    records: fc.array(
      fc.record({ kind: fc.constantFrom(...offenceKinds, 'unknown'), date: dateOrUnknown, outcome: fc.constantFrom(...offenceOutcomes) }),
      { maxLength: 3 },
    ),
    gangAllegation: tri,
    nationalSecurity: tri,
  }),
  favourable: record({
    family: fc.array(fc.record({ relationship: fc.constantFrom(...relationships), status: fc.constantFrom(...familyStatuses) }), { maxLength: 5 }),
    primaryCaregiver: tri,
    familyHardship: tri,
    seriousIllness: tri,
    competencyConcern: tri,
    pregnantOrNursing: tri,
    partnerPregnantOrNursing: tri,
    crimeVictim: tri,
    lawEnforcementCooperation: tri,
    militarySelf: tri,
    militaryFamily: tri,
    education: fc.constantFrom(...educationLevels, 'unknown'),
    work: tri,
    taxes: tri,
    community: tri,
    homeCountryDanger: tri,
    otherHumanitarian: tri,
  }),
  letter: record({
    request: fc.constantFrom(...requestOptionIds),
    story: longText,
    concernsExplanation: longText,
    requestDetails: longText,
    whatIsNew: longText,
    storyAs: fc.constantFrom('letter' as const, 'declaration' as const),
    office: fc.oneof(
      fc.record({ kind: fc.constant('listed' as const), id: fc.constantFrom('opla-chicago', 'opla-new-orleans', 'no-such-office') }),
      fc.record({ kind: fc.constant('typed' as const), text: text }),
    ),
  }),
  declaration: record({
    language: fc.constantFrom('en' as const, 'es' as const),
    parts: record({ origin: longText, arrival: longText, life: longText, leaving: longText, other: longText }),
    closing: fc.constantFrom('true' as const, 'perjury' as const),
  }),
  checklist: record({
    gathered: fc.array(fc.constantFrom('residence-proof', 'tax-records', 'photo-id'), { maxLength: 3 }),
    // Any item id, exhibit or not (the letter must tab only included exhibit items on the checklist).
    included: fc.array(fc.constantFrom(...evidenceItems.map((i) => i.id)), { maxLength: 12 }),
  }),
})
  .map((raw) => caseDataSchema.safeParse(raw))
  .filter((r) => r.success)
  .map((r) => r.data as CaseData);

export const asOfArbitrary = fc
  .tuple(fc.integer({ min: 2024, max: 2030 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 }))
  .map(([y, m, d]) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`);

/**
 * Cases on the letter path: the posture is set to a pending court case (not detained, no final
 * order, case going on), and everything else is random, so most generated cases produce a letter.
 */
export const inCourtCaseArbitrary: fc.Arbitrary<CaseData> = caseArbitrary.map((c) => ({
  ...c,
  posture: { ...c.posture, detained: 'no', finalOrder: 'no', inProceedings: 'yes', courtStatus: 'active' },
}));

/**
 * Walks the real wizard flow with a table of answers, the way a person would: start at the first
 * step, fill that step's fields from the table, follow `next`. Fails if the flow asks a required
 * question the scenario has no answer for, so scenarios cannot silently skip steps.
 */
import {
  type CaseData,
  caseDataSchema,
  emptyCase,
  type FieldPath,
  type FlowContext,
  findStep,
  FIRST_STEP_ID,
  isStepAnswered,
  setField,
} from '../../../src/domain';

export type Answers = Partial<Record<FieldPath, unknown>>;

/** The date scenarios are walked on (a fixed day, so no hearing date passes under a test). */
export const SCENARIO_DATE = '2026-11-23';

export function walk(
  answers: Answers,
  extra: Partial<Pick<CaseData, 'letter' | 'checklist'>> = {},
  ctx: FlowContext = { asOf: SCENARIO_DATE },
): { visited: string[]; c: CaseData } {
  let c = emptyCase();
  const visited: string[] = [];
  let id: string | null = FIRST_STEP_ID;
  while (id !== null) {
    const step = findStep(id);
    if (!step) throw new Error(`unknown step ${id}`);
    if (visited.includes(id)) throw new Error(`loop at ${id}`);
    visited.push(id);
    for (const fs of step.fields) {
      if (fs.path in answers) c = setField(c, fs.path, answers[fs.path]);
    }
    if (!isStepAnswered(step, c)) throw new Error(`scenario has no answer for step "${id}"`);
    id = step.next(c, ctx);
  }
  const parsed = caseDataSchema.parse({ ...c, ...extra });
  return { visited, c: parsed };
}

/** A person in court with no risks and nothing special in their favour yet. */
export const inCourtBaseline: Answers = {
  'posture.detained': 'no',
  'posture.receivedNta': 'yes',
  'posture.finalOrder': 'no',
  'posture.inProceedings': 'yes',
  'posture.courtStatus': 'active',
  'posture.courtCity': 'Chicago, IL',
  'posture.nextHearingDate': '2027-03-04',
  'posture.nextHearingType': 'master',
  'posture.iceMovedToDismiss': 'no',
  'posture.supervision': 'no',
  'representation.kind': 'none',
  'history.entryDate': '2015-06',
  'history.ageAtEntry': 25,
  'history.entryManner': 'without_inspection',
  'history.stoppedAtBorder': 'no',
  'history.canProveTwoYears': 'yes',
  'history.everLpr': 'no',
  'history.priorRemoval': 'no',
  'history.missedHearing': 'no',
  'history.priorPdRequest': 'no',
  'history.applications': {},
  'history.notarioFiled': 'no',
  'criminal.anyArrest': 'no',
  'criminal.gangAllegation': 'no',
  'history.fraud': 'no',
  'history.falseClaimCitizenship': 'no',
  'criminal.nationalSecurity': 'no',
  'favourable.family': [],
  'favourable.primaryCaregiver': 'no',
  'favourable.familyHardship': 'no',
  'favourable.seriousIllness': 'no',
  'favourable.competencyConcern': 'no',
  'favourable.pregnantOrNursing': 'no',
  'favourable.partnerPregnantOrNursing': 'no',
  'favourable.crimeVictim': 'no',
  'favourable.lawEnforcementCooperation': 'no',
  'favourable.militarySelf': 'no',
  'favourable.militaryFamily': 'no',
  'favourable.education': 'none',
  'favourable.work': 'no',
  'favourable.taxes': 'no',
  'favourable.community': 'no',
  'favourable.homeCountryDanger': 'no',
  'favourable.otherHumanitarian': 'no',
  'person.fullName': 'José Núñez Peña',
  'person.dateOfBirth': '1990-02-14',
  'person.countryOfBirth': 'Guatemala',
  'person.aNumber': 'A012345678',
  'person.address': { street: '100 Main St, Apt 2', city: 'Chicago', state: 'IL', zip: '60601' },
};

/** The same person with a final order instead of a pending case. */
export const finalOrderBaseline: Answers = {
  ...inCourtBaseline,
  'posture.finalOrder': 'yes',
  'posture.finalOrderDate': '2019-08',
  'posture.inAbsentia': 'no',
  'posture.appealPending': 'no',
};

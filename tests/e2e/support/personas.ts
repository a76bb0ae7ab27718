/**
 * The answer tables of the e2e journeys: the same people as in tests/unit/domain/scenarios.test.ts
 * (whose table is not exported), one per route.
 */
import { addDays, isoToday } from '../../../src/domain';
import { type Answers, finalOrderBaseline, inCourtBaseline as inCourtOnScenarioDate } from '../../unit/domain/walk';

export { finalOrderBaseline };

/**
 * The browser runs on today's date, so the next hearing is set 120 days ahead: never past (which
 * would open "did you go?") and never within 30 days (which would add the urgent banner).
 */
export const HEARING_DATE = addDays(isoToday(), 120);

export const inCourtBaseline: Answers = { ...inCourtOnScenarioDate, 'posture.nextHearingDate': HEARING_DATE };

export const notInProceedings: Answers = {
  'posture.detained': 'no',
  'posture.receivedNta': 'no',
  'posture.finalOrder': 'no',
  'posture.inProceedings': 'no',
};

export const unsureInProceedings: Answers = {
  'posture.detained': 'no',
  'posture.receivedNta': 'unknown',
  'posture.finalOrder': 'no',
  'posture.inProceedings': 'unknown',
};

export const detained: Answers = {
  'posture.detained': 'yes',
  'posture.detainedPerson': 'self',
  'posture.detentionFacility': 'Broadview Processing Center',
  'posture.finalOrder': 'no',
};

export const strongInCourt: Answers = {
  ...inCourtBaseline,
  'history.entryDate': '2009-04',
  'history.ageAtEntry': 9,
  'favourable.family': [
    { relationship: 'child', status: 'citizen' },
    { relationship: 'spouse', status: 'permanent_resident' },
  ],
  'favourable.primaryCaregiver': 'yes',
  'favourable.work': 'yes',
  'favourable.taxes': 'yes',
  'favourable.community': 'yes',
  'favourable.education': 'us_high_school_or_ged',
  'history.applications': { u_visa: 'pending' },
};

export const duiInCourt: Answers = {
  ...inCourtBaseline,
  'criminal.anyArrest': 'yes',
  'criminal.dui': 'yes',
  'criminal.drugs': 'no',
  'criminal.violence': 'no',
  'criminal.felonyOrYearSentence': 'no',
  'criminal.pendingOrProbation': 'no',
  'criminal.rehabilitationEvidence': 'yes',
  'criminal.records': [{ kind: 'dui', date: '2018-07', outcome: 'convicted' }],
};

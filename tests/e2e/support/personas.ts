/**
 * The e2e journeys' people: the shared tables of tests/fixtures/personas.ts, with the next hearing
 * moved to today + 120 days, because the browser runs on today's date: never past (which would open
 * "did you go?") and never within 30 days (which would add the urgent banner).
 */
import { addDays, isoToday } from '../../../src/domain';
import * as shared from '../../fixtures/personas';
import type { Answers } from '../../fixtures/personas';

export const HEARING_DATE = addDays(isoToday(), 120);

const onToday = (answers: Answers): Answers =>
  'posture.nextHearingDate' in answers ? { ...answers, 'posture.nextHearingDate': HEARING_DATE } : answers;

export const inCourtBaseline = onToday(shared.inCourtBaseline);
export const finalOrderBaseline = onToday(shared.finalOrderBaseline);
export const strongInCourt = onToday(shared.strongInCourt);
export const duiInCourt = onToday(shared.duiInCourt);
export const { notInProceedings, unsureInProceedings, detained } = shared;

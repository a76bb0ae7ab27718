/** Facts derived from answers, computed once per assessment. */
import type { CaseData, TriState } from './case-schema';
import { completeYearsBetween } from './partial-date';

export interface AssessContext {
  /** The date the assessment is for ("YYYY-MM-DD"); passed in so results are reproducible. */
  asOf: string;
}

export interface CaseFacts {
  /** Whole years surely in the U.S. since entry, or null if unknown. */
  yearsInUs: number | null;
  /** Age in whole years, or null if the date of birth is unknown. */
  age: number | null;
}

export function caseFacts(c: CaseData, ctx: AssessContext): CaseFacts {
  const entry = c.history.entryDate;
  const dob = c.person.dateOfBirth;
  return {
    yearsInUs: entry && entry !== 'unknown' ? completeYearsBetween(entry, ctx.asOf) : null,
    age: dob && dob !== 'unknown' ? completeYearsBetween(dob, ctx.asOf) : null,
  };
}

/** "Yes" or "not sure": red-flag questions treat doubt like yes (reference.md §6). */
export const yesOrUnsure = (v: TriState | undefined): boolean => v === 'yes' || v === 'unknown';

/**
 * Asking ICE to dismiss the case has been followed by arrests for expedited removal since
 * May 2025, for people who entered without inspection or on parole and cannot prove two years
 * here (reference.md §1.13). Unknown manner of entry counts as at risk.
 */
export function dismissalRisk(c: CaseData, facts: CaseFacts): boolean {
  const manner = c.history.entryManner;
  const mannerAtRisk = manner === undefined || manner === 'without_inspection' || manner === 'parole' || manner === 'unknown';
  const cannotProveTwoYears = c.history.canProveTwoYears !== 'yes' || (facts.yearsInUs !== null && facts.yearsInUs < 2);
  return c.history.everLpr !== 'yes' && mannerAtRisk && cannotProveTwoYears;
}

export function hasPendingOrApprovedApplication(c: CaseData): boolean {
  return Object.values(c.history.applications ?? {}).some((s) => s === 'pending' || s === 'approved');
}

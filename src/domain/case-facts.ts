/** Facts derived from answers, computed once per assessment. */
import type { CaseData, TriState } from './case-schema';
import type { ApplicationKind } from './case-values';
import { addDays, completeYearsBetween, daysBetween, partialDateBounds } from './partial-date';

export interface AssessContext {
  /** The date the assessment is for ("YYYY-MM-DD"); passed in so results are reproducible. */
  asOf: string;
}

/** Days within which a hearing counts as soon: a letter may not be read in time (reference.md §11.2). */
export const HEARING_SOON_DAYS = 30;
/** A judge's decision can be appealed to the BIA within 30 days (8 C.F.R. § 1003.38(b)). */
export const APPEAL_WINDOW_DAYS = 30;

export interface CaseFacts {
  /** Whole years surely in the U.S. since entry, or null if unknown. */
  yearsInUs: number | null;
  /** Age in whole years, or null if the date of birth is unknown. */
  age: number | null;
  /** The next hearing is within 30 days (or may be, for a month-only date): its date and the days left. */
  hearingSoon: { date: string; days: number } | null;
  /**
   * A judge decided in the last 30 days, or may have: the decision date (null when the person does
   * not know it, on the court path) and, for a full date, the last day to appeal.
   */
  appealWindow: { decided: string | null; lastDay: string | null } | null;
}

export function caseFacts(c: CaseData, ctx: AssessContext): CaseFacts {
  const entry = c.history.entryDate;
  const dob = c.person.dateOfBirth;
  return {
    yearsInUs: entry && entry !== 'unknown' ? completeYearsBetween(entry, ctx.asOf) : null,
    age: dob && dob !== 'unknown' ? completeYearsBetween(dob, ctx.asOf) : null,
    hearingSoon: hearingSoon(c, ctx),
    appealWindow: appealWindow(c, ctx),
  };
}

/** "Yes" or "not sure": red-flag questions treat doubt like yes (reference.md §6). */
export const yesOrUnsure = (v: TriState | undefined): boolean => v === 'yes' || v === 'unknown';

/** "No" or "not sure". */
export const noOrUnsure = (v: TriState | undefined): boolean => v === 'no' || v === 'unknown';

/** A known date from a date-or-"I don't know" answer. */
const known = (v: string | undefined): string | null => (v && v !== 'unknown' ? v : null);

function hearingSoon(c: CaseData, ctx: AssessContext): CaseFacts['hearingSoon'] {
  const date = known(c.posture.nextHearingDate);
  const bounds = date ? partialDateBounds(date) : null;
  if (!date || !bounds || bounds.latest < ctx.asOf) return null;
  // A month-only date counts when all of that month falls within the window.
  const days = daysBetween(ctx.asOf, bounds.earliest < ctx.asOf ? ctx.asOf : bounds.earliest);
  return daysBetween(ctx.asOf, bounds.latest) <= HEARING_SOON_DAYS ? { date, days } : null;
}

/** The date a judge decided: a final order's date, or the decision date on the court path. */
function decisionDate(c: CaseData): string | null {
  if (c.posture.finalOrder === 'yes') return known(c.posture.finalOrderDate);
  if (c.posture.inProceedings === 'yes' && c.posture.courtStatus === 'decided') return known(c.posture.decisionDate);
  return null;
}

function appealWindow(c: CaseData, ctx: AssessContext): CaseFacts['appealWindow'] {
  // "The judge decided" with no date: the window may still be open, so it is treated as open.
  if (c.posture.finalOrder === 'no' && c.posture.inProceedings === 'yes' && c.posture.courtStatus === 'decided'
    && c.posture.decisionDate === 'unknown') {
    return { decided: null, lastDay: null };
  }
  const decided = decisionDate(c);
  const bounds = decided ? partialDateBounds(decided) : null;
  if (!decided || !bounds) return null;
  // Counted from the latest day the date can mean, so a month-only date never hides an open window.
  const since = daysBetween(bounds.latest, ctx.asOf);
  if (since > APPEAL_WINDOW_DAYS || bounds.earliest > ctx.asOf) return null;
  const full = bounds.earliest === bounds.latest;
  return { decided, lastDay: full ? addDays(decided, APPEAL_WINDOW_DAYS) : null };
}

/**
 * Not admitted: the person did not come in with an officer's inspection (a visa or a border
 * crossing), came in on parole, or is not sure how; and never had a green card. Expanded expedited
 * removal reaches people who were not admitted, and parolees can be processed as arriving
 * aliens, whatever their years here (reference.md §11.1). An unanswered manner counts as at risk.
 */
export function notAdmitted(c: CaseData): boolean {
  return c.history.everLpr !== 'yes' && c.history.entryManner !== 'visa_or_inspected';
}

/** Asking ICE to dismiss the case is a lawyer-first ask for everyone not admitted (reference.md §11.1). */
export function dismissalRisk(c: CaseData): boolean {
  return notAdmitted(c);
}

/** Entry after the November 1, 2020 line used by the 2021–2022 border-security priority. */
export const BORDER_CUTOFF = '2020-11-01';

/** Came in without admission (or on parole) after November 1, 2020 (reference.md §6 rf_recent_entry). */
export function enteredAfterBorderCutoff(c: CaseData): boolean {
  const entry = known(c.history.entryDate);
  const bounds = entry ? partialDateBounds(entry) : null;
  return notAdmitted(c) && c.history.entryManner !== undefined && bounds !== null && bounds.latest >= BORDER_CUTOFF;
}

/** Less than 2 years here, or the person cannot prove 2 years (only once answered). */
export function underTwoYears(c: CaseData, facts: CaseFacts): boolean {
  return (facts.yearsInUs !== null && facts.yearsInUs < 2) || noOrUnsure(c.history.canProveTwoYears);
}

type AppStatus = NonNullable<CaseData['history']['applications']>[ApplicationKind];

/** Applications with one of these statuses. */
export function applicationsWith(c: CaseData, statuses: readonly AppStatus[]): ApplicationKind[] {
  return (Object.entries(c.history.applications ?? {}) as [ApplicationKind, AppStatus][])
    .filter(([, s]) => statuses.includes(s))
    .map(([k]) => k);
}

/**
 * Applications USCIS can decide while the court case waits: the only ones a joint motion tied to a
 * USCIS decision fits (reference.md §11.3). Adjustment counts only for parolees (arriving aliens,
 * whose adjustment USCIS decides); otherwise the judge decides it.
 */
export function uscisCanDecide(c: CaseData, kind: ApplicationKind): boolean {
  switch (kind) {
    case 'u_visa': case 't_visa': case 'vawa': case 'sijs': case 'tps': case 'daca': case 'i130':
      return true;
    case 'adjustment':
      return c.history.entryManner === 'parole';
    case 'asylum': case 'cancellation': case 'i601a':
      return false;
  }
}

/** Relief only a judge decides: winning it in court may be better than a closed case (reference.md §11.3). */
export function judgeDecides(c: CaseData, kind: ApplicationKind): boolean {
  return kind === 'asylum' || kind === 'cancellation' || (kind === 'adjustment' && !uscisCanDecide(c, kind));
}

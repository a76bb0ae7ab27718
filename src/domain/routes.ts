/**
 * Routes: what the person should do next, from their posture and red flags (reference.md §3).
 * Words live in the locales under `routes.<id>`; this is the logic and the sources.
 */
import type { CaseData } from './case-schema';
import type { CaseFacts } from './case-facts';
import type { SourceId } from './sources';

export const routeIds = [
  'do-not-contact-ice',
  'find-out-status-first',
  'opla-request',
  'detained-ero',
  'final-order-stay',
  'lawyer-first',
] as const;
export type RouteId = (typeof routeIds)[number];

/** What kind of letter the route allows: a letter to mail, a draft for a lawyer, or none. */
export type LetterKind = 'final' | 'draft' | 'none';

export interface RouteInfo {
  id: RouteId;
  /** A stop outcome: the person should not go on to contact ICE themselves. */
  stop: boolean;
  sources: readonly SourceId[];
}

export const routeCatalog: Record<RouteId, RouteInfo> = {
  'do-not-contact-ice': { id: 'do-not-contact-ice', stop: true,
    sources: ['florence-2011', 'nolo-2012', 'er-designation-2025'] },
  'find-out-status-first': { id: 'find-out-status-first', stop: true,
    sources: ['eoir-case-status', 'in-absentia-guides'] },
  'opla-request': { id: 'opla-request', stop: false,
    sources: ['ice-gov-2014', 'opla-pd-page', 'nolo-2012', 'eoir-rule-2024'] },
  'detained-ero': { id: 'detained-ero', stop: true,
    sources: ['ice-gov-2014', 'florence-2011', 'law-firm-2025'] },
  'final-order-stay': { id: 'final-order-stay', stop: false,
    sources: ['ice-gov-2014', 'i-246-instructions'] },
  'lawyer-first': { id: 'lawyer-first', stop: true,
    sources: ['nolo-2012', 'florence-2011'] },
};

/**
 * Why a route was chosen, when its usual words would not fit the person: the page then shows the
 * route's words for that variant (`routes.<id>.summary_<variant>`, and `steps_<variant>` if any).
 */
export type RouteVariant =
  /** detained-ero, answered by someone helping the detained person. */
  | 'helper'
  /** do-not-contact-ice: the court case is on hold or ended, or ICE already agreed. */
  | 'case-closed'
  /** find-out-status-first: a Notice to Appear, but no court case known. */
  | 'nta-no-case'
  /** find-out-status-first: the hearing date has passed and the person did not go, or is not sure. */
  | 'missed-hearing'
  /** find-out-status-first: the judge decided more than 30 days ago. */
  | 'decided'
  /** find-out-status-first: not sure where the court case stands. */
  | 'court-status'
  /** lawyer-first where no letter can follow (a final order, an appeal, a recent decision). */
  | 'no-letter';

export const routeVariants: Record<RouteVariant, RouteId> = {
  helper: 'detained-ero',
  'case-closed': 'do-not-contact-ice',
  'nta-no-case': 'find-out-status-first',
  'missed-hearing': 'find-out-status-first',
  decided: 'find-out-status-first',
  'court-status': 'find-out-status-first',
  'no-letter': 'lawyer-first',
};

/** The route from the posture alone, before red flags are considered, and why when it matters. */
export function postureRoute(c: CaseData, facts: CaseFacts): { route: RouteId; variant: RouteVariant | null } {
  const p = c.posture;
  const at = (route: RouteId, variant: RouteVariant | null = null) => ({ route, variant });
  if (p.detained === 'yes') return at('detained-ero', p.detainedPerson === 'someone_else' ? 'helper' : null);
  if (p.finalOrder === 'yes') return at('final-order-stay');
  if (p.finalOrder === 'unknown') return at('find-out-status-first');
  if (p.inProceedings === 'yes') {
    // Writing to ICE about a closed or ended case could put it back on the calendar (reference.md §11.2).
    if (p.courtStatus === 'admin_closed' || p.courtStatus === 'dismissed' || c.history.priorPdResult === 'granted') {
      return at('do-not-contact-ice', 'case-closed');
    }
    if (p.courtStatus === 'unknown') return at('find-out-status-first', 'court-status');
    // An appeal, or a decision still open to appeal: only a lawyer's path, never an OPLA letter.
    if (p.courtStatus === 'appeal' || (p.courtStatus === 'decided' && facts.appealWindow !== null)) {
      return at('lawyer-first', 'no-letter');
    }
    if (p.courtStatus === 'decided') return at('find-out-status-first', 'decided');
    if (p.attendedPastHearing === 'no' || p.attendedPastHearing === 'unknown') return at('find-out-status-first', 'missed-hearing');
    return at('opla-request');
  }
  if (p.inProceedings === 'no' && p.receivedNta === 'no') return at('do-not-contact-ice');
  // Not sure, not answered yet, or a Notice to Appear but no case known: check first.
  return at('find-out-status-first', p.inProceedings === 'no' ? 'nta-no-case' : null);
}

/** Notes shown with a route: questions for a lawyer that the person should know to ask. */
export const routeNotes = {
  /** Since July 29, 2024, judges can close or end cases on a motion even over ICE's objection. */
  judgeCanCloseOverObjection: { id: 'judge-can-close-over-objection', sources: ['eoir-rule-2024'] as SourceId[] },
  /** PD gives no status and no work permit; a closed case can be reopened. */
  pdIsNotStatus: { id: 'pd-is-not-status', sources: ['florence-2011', 'nolo-2012'] as SourceId[] },
  /** No right to PD, no appeal; you can ask again with new facts. */
  noRightNoAppeal: { id: 'no-right-no-appeal', sources: ['ice-gov-2014', 'florence-2011'] as SourceId[] },
  /** Keep going to every hearing: a request does not pause the case. */
  keepAttending: { id: 'keep-attending-hearings', sources: ['in-absentia-guides', 'law-firm-2025'] as SourceId[] },
  /** Relief a judge decides (asylum, cancellation, adjustment before the judge) may be better won than closed. */
  strongReliefMayBeBetter: { id: 'strong-relief-may-be-better', sources: ['florence-2011', 'nolo-2012'] as SourceId[] },
  /** An order made in absentia can be reopened; a motion for lack of notice stops removal while pending. */
  inAbsentiaReopen: { id: 'in-absentia-reopen', sources: ['in-absentia-reopen-rule', 'in-absentia-guides'] as SourceId[] },
  /** A final order with an application pending or approved: OPLA can join a motion to reopen (reference.md §3.1 (d)); a stay only pauses removal. */
  reopenWithApplication: { id: 'reopen-with-application', sources: ['ice-gov-2014', 'doyle-2022'] as SourceId[] },
  /** USCIS takes an I-601A only once the court case is administratively closed or ended. */
  i601aNeedsClosure: { id: 'i601a-needs-closure', sources: ['i-601a-rule'] as SourceId[] },
  /** TPS designations changed in 2025: check the person's country. */
  tpsCheck: { id: 'tps-check', sources: ['tps-changes-2025'] as SourceId[] },
  /** Released on bond, ATD or check-ins: keep every one. */
  keepCheckIns: { id: 'keep-check-ins', sources: ['court-path-practice-2026'] as SourceId[] },
  /** No bond hearing before a judge for people who entered without inspection (Yajure Hurtado). */
  noBondForEntryWithoutInspection: { id: 'no-bond-hearing-ewi', sources: ['yajure-hurtado-2025'] as SourceId[] },
} as const;
export type RouteNote = (typeof routeNotes)[keyof typeof routeNotes];

/**
 * Routes: what the person should do next, from their posture and red flags (reference.md §3).
 * Words live in the locales under `routes.<id>`; this is the logic and the sources.
 */
import type { CaseData } from './case-schema';
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

/** The route from the posture alone, before red flags are considered. */
export function postureRoute(c: CaseData): RouteId {
  const p = c.posture;
  if (p.detained === 'yes') return 'detained-ero';
  if (p.finalOrder === 'yes') return 'final-order-stay';
  if (p.finalOrder === 'unknown') return 'find-out-status-first';
  if (p.inProceedings === 'yes') return 'opla-request';
  if (p.inProceedings === 'no' && p.receivedNta !== 'yes') return 'do-not-contact-ice';
  // Not sure, not answered yet, or a Notice to Appear but no case known: check first.
  return 'find-out-status-first';
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
  /** A strong case for relief may be better fought than closed. */
  strongReliefMayBeBetter: { id: 'strong-relief-may-be-better', sources: ['florence-2011', 'nolo-2012'] as SourceId[] },
} as const;
export type RouteNote = (typeof routeNotes)[keyof typeof routeNotes];

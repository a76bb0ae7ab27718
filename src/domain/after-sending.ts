/**
 * After the request is sent (issue 15 §6): what usually happens next, each point with its
 * sources, and when to follow up. Facts from ../shared/legal/reference.md §3.2 and §11, and
 * letter.md (the joint or unopposed motion that follows a granted request).
 */
import { daysBetween } from './partial-date';
import type { SentRecord } from './case-schema';
import type { SourceId } from './sources';

export interface AfterSendingTopic {
  id: 'no-reply' | 'keep-going' | 'agrees' | 'joins' | 'dismiss' | 'denied';
  sources: readonly SourceId[];
}

/** In the order a person meets them. The words are in locales (pages: afterSending.next.<id>). */
export const afterSendingTopics: readonly AfterSendingTopic[] = [
  // No deadline to answer and no right to an answer; offices differ (reference.md §3.1(b), §3.2).
  { id: 'no-reply', sources: ['ice-gov-2014', 'opla-pd-page'] },
  // Missed hearings and check-ins: in-absentia orders, and check-ins as an equity (§11.2).
  { id: 'keep-going', sources: ['court-path-practice-2026', 'in-absentia-guides'] },
  // A granted request is carried out by a joint or unopposed motion filed with the court (letter.md §16); PD is not status (§3.2).
  { id: 'agrees', sources: ['opla-pd-page', 'florence-2011'] },
  // Judges must close a case on a joint or unopposed motion (8 C.F.R. § 1003.18(c), 2024 rule).
  { id: 'joins', sources: ['eoir-rule-2024'] },
  // A dismissal can lead to expedited removal (§11.1, 2025 practice).
  { id: 'dismiss', sources: ['dismissal-practice-2025', 'er-designation-2025'] },
  // No appeal; ask again with new facts (§3.2).
  { id: 'denied', sources: ['ice-gov-2014', 'florence-2011', 'nolo-2012'] },
];

/** After this many weeks with no answer, the app suggests following up. A rule of thumb, not a rule of ICE's. */
export const FOLLOW_UP_AFTER_WEEKS = 6;

/** Whole weeks from the day sent to `asOf` (both YYYY-MM-DD); 0 for a date in the future. */
export function weeksSinceSent(sent: Pick<SentRecord, 'date'>, asOf: string): number {
  return Math.max(0, Math.floor(daysBetween(sent.date, asOf) / 7));
}

/** The weeks since sending, when it is time to follow up; null before then or when nothing was sent. */
export function followUpDue(sent: Pick<SentRecord, 'date'> | undefined, asOf: string): number | null {
  if (!sent) return null;
  const weeks = weeksSinceSent(sent, asOf);
  return weeks >= FOLLOW_UP_AFTER_WEEKS ? weeks : null;
}

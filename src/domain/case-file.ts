/**
 * Case files: the only way saved or imported data becomes a case. An envelope carries the
 * schema version, the app version and the policy version; older schema versions are migrated
 * step by step; anything else is refused with a typed error the UI can explain. Reading one is
 * `restoreCase` (case-restore.ts, which brings the case schema and zod: it loads only when there is
 * something to read).
 */
import type { CaseData } from './case-schema';
import { POLICY_BASIS } from './policy-basis';

export const CASE_FILE_TYPE = 'pd-helper-case';
export const CURRENT_SCHEMA_VERSION = 2;

export interface CaseEnvelope {
  type: typeof CASE_FILE_TYPE;
  schemaVersion: number;
  appVersion: string;
  policyVersion: string;
  savedAt: string;
  data: CaseData;
}

export type RestoreErrorCode =
  | 'not-json'
  | 'not-an-object'
  | 'wrong-type'
  | 'missing-version'
  | 'newer-version'
  | 'unknown-version'
  | 'migration-failed'
  | 'invalid-data';

export interface RestoreIssue {
  /** Dotted path to the field, e.g. "person.aNumber". */
  path: string;
  /** A message code (e.g. "a-number", "too_big"); the UI turns it into words. */
  code: string;
}

export type RestoreResult =
  | { ok: true; data: CaseData; schemaVersion: number; migratedFrom: number | null; appVersion: string | null; policyVersion: string | null; savedAt: string | null }
  | { ok: false; error: RestoreErrorCode; issues: RestoreIssue[] };

/** A migration turns the `data` of version N into the `data` of version N+1. */
export type Migration = (data: unknown) => unknown;

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/**
 * 1 → 2 (policy 2026-11-30): two questions became narrower or wider, so some old answers no
 * longer support what the letter would say (reference.md §11.4). Those are cleared and asked again:
 * - "Are you, or your spouse or partner, pregnant or breastfeeding?" is now two questions (you /
 *   your spouse or partner). A "no" answered both; a "yes" or "not sure" cannot say whose.
 * - "Ever arrested, charged or convicted?" now also counts tickets with a court date (e.g. driving
 *   without a license). An old "no" could have left those out, so it is asked again.
 */
export function migrateV1toV2(data: unknown): unknown {
  if (!isRecord(data)) return data;
  const out: Record<string, unknown> = { ...data };
  if (isRecord(data.favourable)) {
    const fav: Record<string, unknown> = { ...data.favourable };
    if (fav.pregnantOrNursing === 'no') fav.partnerPregnantOrNursing = 'no';
    else delete fav.pregnantOrNursing;
    out.favourable = fav;
  }
  if (isRecord(data.criminal) && data.criminal.anyArrest === 'no') {
    const crim: Record<string, unknown> = { ...data.criminal };
    delete crim.anyArrest;
    out.criminal = crim;
  }
  return out;
}

/** Migrations by the version they upgrade FROM; each has a fixture test. */
export const migrations: Readonly<Record<number, Migration>> = { 1: migrateV1toV2 };


export function saveCase(data: CaseData, meta: { appVersion: string; savedAt: string }): CaseEnvelope {
  return {
    type: CASE_FILE_TYPE,
    schemaVersion: CURRENT_SCHEMA_VERSION,
    appVersion: meta.appVersion,
    policyVersion: POLICY_BASIS.version,
    savedAt: meta.savedAt,
    data,
  };
}

/**
 * Reading a case file or saved answers (case-file.ts): parse, check the envelope, migrate from
 * older schema versions, then validate with the case schema. Never throws. Apart from case-file.ts
 * so that saving (every answer) does not need zod, which loads only with this module.
 */
import { caseDataSchema } from './case-schema';
import {
  CASE_FILE_TYPE,
  CURRENT_SCHEMA_VERSION,
  migrations,
  type Migration,
  type RestoreErrorCode,
  type RestoreIssue,
  type RestoreResult,
} from './case-file';

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

export interface RestoreOptions {
  migrations?: Readonly<Record<number, Migration>>;
  currentVersion?: number;
}

const fail = (error: RestoreErrorCode, issues: RestoreIssue[] = []): RestoreResult => ({ ok: false, error, issues });

export function restoreCase(input: unknown, options: RestoreOptions = {}): RestoreResult {
  const chain = options.migrations ?? migrations;
  const current = options.currentVersion ?? CURRENT_SCHEMA_VERSION;
  let value = input;
  if (typeof value === 'string') {
    try {
      value = JSON.parse(value) as unknown;
    } catch {
      return fail('not-json');
    }
  }
  if (!isRecord(value)) return fail('not-an-object');
  if (value.type !== CASE_FILE_TYPE) return fail('wrong-type');
  const version = value.schemaVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) return fail('missing-version');
  if (version > current) return fail('newer-version');

  let data: unknown = value.data;
  for (let v = version; v < current; v++) {
    const step = chain[v];
    if (!step) return fail('unknown-version');
    try {
      data = step(data);
    } catch {
      return fail('migration-failed');
    }
  }

  const parsed = caseDataSchema.safeParse(data);
  if (!parsed.success) {
    return fail(
      'invalid-data',
      parsed.error.issues.slice(0, 50).flatMap((i): RestoreIssue[] => {
        const path = i.path.map(String);
        // Unknown keys are named one by one, so the person can be told which key was refused.
        if (i.code === 'unrecognized_keys') return i.keys.map((k) => ({ path: [...path, k].join('.'), code: 'unrecognized_key' }));
        // Our own checks carry their code as the message (e.g. "a-number"); zod's carry a code.
        return [{ path: path.join('.'), code: i.code === 'custom' ? i.message : i.code }];
      }),
    );
  }
  const str = (v: unknown) => (typeof v === 'string' && v.length <= 100 ? v : null);
  return {
    ok: true,
    data: parsed.data,
    schemaVersion: current,
    migratedFrom: version === current ? null : version,
    appVersion: str(value.appVersion),
    policyVersion: str(value.policyVersion),
    savedAt: str(value.savedAt),
  };
}

/**
 * Case files to hand a case to a lawyer or move it between devices: `.pdcase.json`, either the
 * plain versioned envelope or encrypted with its own passphrase. Reading never throws: it gives
 * the case or a typed reason the UI explains. Import goes through the domain's restoreCase.
 */
import { type CaseData, restoreCase, type RestoreErrorCode, type RestoreIssue, saveCase } from '../domain';
import { DecryptError, decryptJson, decryptLegacyJson, DEFAULT_ITERATIONS, deriveKey, encryptJson, fromBase64, isEncryptedBlob, isSaneKdf, KDF, randomBytes, toBase64 } from './clinic/crypto';
import { assertUsablePassphrase } from './clinic/passphrase-rules';

export const ENCRYPTED_FILE_TYPE = 'pd-helper-case-encrypted';
/** Format of the encrypted file: 1 = no AAD (still read), 2 = the blob is bound to CASE_FILE_AAD. */
export const ENCRYPTED_FILE_VERSION = 2;
/**
 * The context an encrypted case file's blob is bound to (AES-GCM additional data): a blob taken
 * from the clinic vault, or from any other use of the same passphrase and salt, does not decrypt
 * as a case file.
 */
export const CASE_FILE_AAD = `pd-helper-case-file|v${ENCRYPTED_FILE_VERSION}`;
export const MAX_FILE_BYTES = 2_000_000;

export function exportCaseFile(data: CaseData, appVersion: string, now = new Date().toISOString()): string {
  return `${JSON.stringify(saveCase(data, { appVersion, savedAt: now }), null, 2)}\n`;
}

export async function exportEncryptedCaseFile(data: CaseData, passphrase: string, appVersion: string, options: { iterations?: number; now?: string } = {}): Promise<string> {
  await assertUsablePassphrase(passphrase);
  const iterations = options.iterations ?? DEFAULT_ITERATIONS;
  const salt = randomBytes(16);
  const key = await deriveKey(passphrase, salt, iterations);
  const blob = await encryptJson(key, saveCase(data, { appVersion, savedAt: options.now ?? new Date().toISOString() }), CASE_FILE_AAD);
  return `${JSON.stringify({ type: ENCRYPTED_FILE_TYPE, v: ENCRYPTED_FILE_VERSION, kdf: KDF, iterations, salt: toBase64(salt), blob }, null, 2)}\n`;
}

/**
 * Why a file was refused. `wrong-passphrase`: the passphrase does not open it, OR the encrypted
 * part was changed or damaged (AES-GCM cannot tell the two apart, so the message says both).
 * `damaged-encryption`: the file's header is not one this app writes (bounds included).
 */
export type ImportError = RestoreErrorCode | 'too-large' | 'needs-passphrase' | 'wrong-passphrase' | 'damaged-encryption';

export type ImportResult =
  | { ok: true; data: CaseData; migratedFrom: number | null; encrypted: boolean }
  | { ok: false; error: ImportError; issues: RestoreIssue[] };

export function isEncryptedCaseFile(text: string): boolean {
  try {
    const v = JSON.parse(text) as { type?: unknown };
    return v.type === ENCRYPTED_FILE_TYPE;
  } catch {
    return false;
  }
}

export async function readCaseFile(text: string, passphrase?: string): Promise<ImportResult> {
  if (text.length > MAX_FILE_BYTES) return { ok: false, error: 'too-large', issues: [] };
  let parsed: unknown;
  try {
    parsed = JSON.parse(text) as unknown;
  } catch {
    return { ok: false, error: 'not-json', issues: [] };
  }
  if (typeof parsed === 'object' && parsed !== null && (parsed as { type?: unknown }).type === ENCRYPTED_FILE_TYPE) {
    const f = parsed as Record<string, unknown>;
    // Checked before any key derivation: a file asking for a billion rounds must not hang the page.
    // A v1 file has a v1 blob (no AAD), a v2 file a v2 blob: a v2 blob is never read without its AAD.
    if ((f.v !== 1 && f.v !== 2) || !isSaneKdf(f) || !isEncryptedBlob(f.blob) || f.blob.v !== f.v) {
      return { ok: false, error: 'damaged-encryption', issues: [] };
    }
    if (!passphrase) return { ok: false, error: 'needs-passphrase', issues: [] };
    let envelope: unknown;
    try {
      const key = await deriveKey(passphrase, fromBase64(f.salt), f.iterations);
      envelope = f.v === 1 ? await decryptLegacyJson(key, f.blob) : await decryptJson(key, f.blob, CASE_FILE_AAD);
    } catch (e) {
      return { ok: false, error: e instanceof DecryptError ? 'wrong-passphrase' : 'damaged-encryption', issues: [] };
    }
    const r = restoreCase(envelope);
    return r.ok ? { ok: true, data: r.data, migratedFrom: r.migratedFrom, encrypted: true } : { ok: false, error: r.error, issues: r.issues };
  }
  const r = restoreCase(parsed);
  return r.ok ? { ok: true, data: r.data, migratedFrom: r.migratedFrom, encrypted: false } : { ok: false, error: r.error, issues: r.issues };
}

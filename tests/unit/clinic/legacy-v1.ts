/**
 * Vaults and case files exactly as the previous version wrote them (format 1: no AAD, no
 * revisions; device record v: 1), to prove they still open. Kept apart from the app's code on
 * purpose: it must not change when the app's format does.
 */
import { saveCase, type CaseData } from '../../../src/domain';
import { CLINIC_DEVICE_KEY, type CaseSummary, type KeyValueStore } from '../../../src/state/clinic/clinic-status';
import { deriveKey, randomBytes, toBase64 } from '../../../src/state/clinic/crypto';

async function encryptV1(key: CryptoKey, value: unknown) {
  const iv = randomBytes(12);
  const ct = new Uint8Array(await crypto.subtle.encrypt({ name: 'AES-GCM', iv: iv as BufferSource }, key, new TextEncoder().encode(JSON.stringify(value))));
  return { v: 1, alg: 'AES-GCM', iv: toBase64(iv), ct: toBase64(ct) };
}

/** A format-1 vault with these cases (ids given), as setUpClinic + createCase wrote it before. */
export async function writeLegacyVault(store: KeyValueStore, passphrase: string, cases: { id: string; label: string; data: CaseData }[], iterations = 100_000) {
  const salt = randomBytes(16);
  const key = await deriveKey(passphrase, salt, iterations);
  store.setItem(CLINIC_DEVICE_KEY, JSON.stringify({
    v: 1, kdf: 'PBKDF2-SHA-256', iterations, salt: toBase64(salt), verifier: await encryptV1(key, { check: 'pd-helper-clinic' }), idleMinutes: 10,
  }));
  const now = '2026-11-01T10:00:00.000Z';
  const list: CaseSummary[] = [];
  for (const c of cases) {
    store.setItem(`pd-helper:clinic:case:${c.id}`, JSON.stringify(await encryptV1(key, saveCase(c.data, { appVersion: 'clinic', savedAt: now }))));
    list.push({ id: c.id, label: c.label, createdAt: now, updatedAt: now });
  }
  store.setItem('pd-helper:clinic:index', JSON.stringify(await encryptV1(key, list)));
  return key;
}

/** An encrypted case file as exportEncryptedCaseFile wrote it before (v: 1, no AAD). */
export async function legacyEncryptedFile(data: CaseData, passphrase: string, iterations = 100_000): Promise<string> {
  const salt = randomBytes(16);
  const key = await deriveKey(passphrase, salt, iterations);
  const blob = await encryptV1(key, saveCase(data, { appVersion: '0.1.0', savedAt: '2026-11-01T10:00:00.000Z' }));
  return `${JSON.stringify({ type: 'pd-helper-case-encrypted', v: 1, kdf: 'PBKDF2-SHA-256', iterations, salt: toBase64(salt), blob }, null, 2)}\n`;
}

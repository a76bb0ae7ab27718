/**
 * Bounds on what a device record or a case file may ask for (PBKDF2 iterations, salt size) and on
 * blob sizes, checked before any key derivation: a tampered record must not hang unlock.
 */
import { describe, expect, it } from 'vitest';
import { exportEncryptedCaseFile, readCaseFile } from '../../../src/state/case-file-io';
import { deriveKey, MAX_ITERATIONS, randomBytes } from '../../../src/state/clinic/crypto';
import { CLINIC_CASE_PREFIX, DamagedVaultError, setUpClinic, unlockClinic } from '../../../src/state/clinic/clinic-vault';
import { CLINIC_DEVICE_KEY } from '../../../src/state/clinic/clinic-status';
import { inCourtBaseline, walk } from '../domain/walk';
import { MemoryStore } from './memory-store';

const FAST = { iterations: 100_000 };
const PASS = 'correct horse battery staple';
const c = walk({ ...inCourtBaseline, 'person.fullName': 'Ana Lucía Quispe' }).c;

describe('deriveKey', () => {
  it('refuses iteration counts and salts out of bounds itself (the last line of defence)', async () => {
    await expect(deriveKey(PASS, randomBytes(16), MAX_ITERATIONS + 1)).rejects.toBeInstanceOf(RangeError);
    await expect(deriveKey(PASS, randomBytes(16), 99_999)).rejects.toBeInstanceOf(RangeError);
    await expect(deriveKey(PASS, randomBytes(8), 100_000)).rejects.toBeInstanceOf(RangeError);
  });
});

describe('bounds on what a device record may ask for', () => {
  it.each([
    ['a huge iteration count', { iterations: 1e12 }],
    ['just above the bound', { iterations: MAX_ITERATIONS + 1 }],
    ['too few iterations', { iterations: 1000 }],
    ['a fractional count', { iterations: 600_000.5 }],
    ['a short salt', { salt: 'AAAA' }],
    ['a huge salt', { salt: 'A'.repeat(10_000) }],
  ])('%s is refused as damaged before any key derivation (fast)', async (_name, change) => {
    const store = new MemoryStore();
    await setUpClinic(store, PASS, FAST);
    const d = JSON.parse(store.getItem(CLINIC_DEVICE_KEY)!) as Record<string, unknown>;
    store.setItem(CLINIC_DEVICE_KEY, JSON.stringify({ ...d, ...change }));
    const start = performance.now();
    await expect(unlockClinic(store, PASS)).rejects.toBeInstanceOf(DamagedVaultError);
    expect(performance.now() - start).toBeLessThan(100);
  });

  it('an oversized ciphertext is refused without decrypting', async () => {
    const store = new MemoryStore();
    const a = await (await setUpClinic(store, PASS, FAST)).createCase('Ana', c);
    store.setItem(CLINIC_CASE_PREFIX + a.id, JSON.stringify({ v: 2, alg: 'AES-GCM', iv: 'AAAAAAAAAAAAAAAA', ct: 'A'.repeat(6_000_000) }));
    await expect((await unlockClinic(store, PASS)).loadCase(a.id)).rejects.toBeInstanceOf(DamagedVaultError);
  });
});

describe('bounds on what a case file may ask for', () => {
  it.each([
    ['a huge iteration count', { iterations: 1e12 }],
    ['just above the bound', { iterations: MAX_ITERATIONS + 1 }],
    ['a short salt', { salt: 'AAAA' }],
    ['no ciphertext', { blob: { alg: 'AES-GCM', iv: 'AAAAAAAAAAAAAAAA', ct: '' } }],
  ])('%s is refused as damaged before any key derivation (fast)', async (_name, change) => {
    const f = JSON.parse(await exportEncryptedCaseFile(c, PASS, '0.1.0', FAST)) as Record<string, unknown>;
    const start = performance.now();
    expect(await readCaseFile(JSON.stringify({ ...f, ...change }), PASS)).toMatchObject({ ok: false, error: 'damaged-encryption' });
    expect(performance.now() - start).toBeLessThan(100);
  });
});

/** Clinic mode's encryption at rest, on a fake storage that shows exactly what is written. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DecryptError, decryptJson, DEFAULT_ITERATIONS, deriveKey, encryptJson, randomBytes } from '../../../src/state/clinic/crypto';
import {
  CLINIC_CASE_PREFIX,
  CLINIC_INDEX_KEY,
  CaseChangedElsewhereError,
  DamagedVaultError,
  setClinicIdleMinutes,
  setUpClinic,
  unlockClinic,
  wipeDevice,
  WrongPassphraseError,
} from '../../../src/state/clinic/clinic-vault';
import { CLINIC_DEVICE_KEY, clinicIdleMinutes, isClinicSetUp } from '../../../src/state/clinic/clinic-status';
import { inCourtBaseline, walk } from '../domain/walk';
import { MemoryStore } from './memory-store';
import { propertyRuns } from '../property-runs';

const FAST = { iterations: 100_000 };
const PASS = 'correct horse battery staple';
const ana = walk({ ...inCourtBaseline, 'person.fullName': 'Ana Lucía Quispe', 'person.aNumber': 'A123456789' }).c;
const jose = walk({ ...inCourtBaseline, 'person.fullName': 'José Núñez Peña', 'person.aNumber': 'A987654321' }).c;

describe('crypto', () => {
  it('round-trips JSON and uses a fresh IV every time', async () => {
    const key = await deriveKey(PASS, randomBytes(16), 100_000);
    const a = await encryptJson(key, { name: 'Zoë' }, 'here');
    const b = await encryptJson(key, { name: 'Zoë' }, 'here');
    expect(a.iv).not.toBe(b.iv);
    expect(a.ct).not.toBe(b.ct);
    expect(await decryptJson(key, a, 'here')).toEqual({ name: 'Zoë' });
  });

  it('detects a wrong key and any change to the ciphertext or IV', async () => {
    const salt = randomBytes(16);
    const key = await deriveKey(PASS, salt, 100_000);
    const wrong = await deriveKey('another passphrase', salt, 100_000);
    const blob = await encryptJson(key, { secret: 1 }, 'here');
    await expect(decryptJson(wrong, blob, 'here')).rejects.toBeInstanceOf(DecryptError);
    const flipped = blob.ct.slice(0, 5) + (blob.ct[5] === 'A' ? 'B' : 'A') + blob.ct.slice(6);
    await expect(decryptJson(key, { ...blob, ct: flipped }, 'here')).rejects.toBeInstanceOf(DecryptError);
    const otherIv = blob.iv.slice(0, 2) + (blob.iv[2] === 'A' ? 'B' : 'A') + blob.iv.slice(3);
    await expect(decryptJson(key, { ...blob, iv: otherIv }, 'here')).rejects.toBeInstanceOf(DecryptError);
    await expect(decryptJson(key, { v: 2, alg: 'AES-GCM', iv: '!!', ct: '' }, 'here')).rejects.toBeInstanceOf(DecryptError);
    await expect(decryptJson(key, 'nonsense', 'here')).rejects.toBeInstanceOf(DecryptError);
  });
});

describe('clinic vault', () => {
  it('uses at least 600,000 PBKDF2 iterations and a random salt by default', async () => {
    const s1 = new MemoryStore();
    const s2 = new MemoryStore();
    await setUpClinic(s1, PASS);
    await setUpClinic(s2, PASS);
    const d1 = JSON.parse(s1.getItem(CLINIC_DEVICE_KEY)!) as { iterations: number; salt: string; kdf: string };
    const d2 = JSON.parse(s2.getItem(CLINIC_DEVICE_KEY)!) as { salt: string };
    expect(d1.iterations).toBeGreaterThanOrEqual(600_000);
    expect(DEFAULT_ITERATIONS).toBeGreaterThanOrEqual(600_000);
    expect(d1.kdf).toBe('PBKDF2-SHA-256');
    expect(d1.salt).not.toBe(d2.salt);
  });

  it('stores nothing readable about a case: no name, no A-number, no label', async () => {
    const store = new MemoryStore();
    const vault = await setUpClinic(store, PASS, FAST);
    await vault.createCase('Ana Q. — Tuesday clinic', ana);
    await vault.createCase('José', jose);
    const everything = store.dump();
    // No 3-letter words alone: random base64 ciphertext contains one like "Ana" in a few percent of runs.
    for (const secret of ['Ana Q.', 'Lucía', 'Quispe', '123456789', 'José', 'Núñez', '987654321', 'Tuesday', 'Chicago', 'posture', 'fullName']) {
      expect(everything).not.toContain(secret);
    }
  });

  it('saves each case with a fresh IV', async () => {
    const store = new MemoryStore();
    const vault = await setUpClinic(store, PASS, FAST);
    const { id } = await vault.createCase('A', ana);
    const first = JSON.parse(store.getItem(CLINIC_CASE_PREFIX + id)!) as { iv: string };
    await vault.saveCase(id, ana);
    const second = JSON.parse(store.getItem(CLINIC_CASE_PREFIX + id)!) as { iv: string };
    expect(second.iv).not.toBe(first.iv);
  });

  it('unlocks with the right passphrase and keeps cases apart', async () => {
    const store = new MemoryStore();
    const v1 = await setUpClinic(store, PASS, FAST);
    const a = await v1.createCase('Ana', ana);
    const j = await v1.createCase('José', jose);
    const v2 = await unlockClinic(store, PASS);
    expect((await v2.listCases()).map((c) => c.label)).toEqual(['Ana', 'José']);
    expect((await v2.loadCase(a.id)).person.fullName).toBe('Ana Lucía Quispe');
    expect((await v2.loadCase(j.id)).person.fullName).toBe('José Núñez Peña');
    await v2.renameCase(a.id, 'Ana (follow-up)');
    await v2.deleteCase(j.id);
    expect((await v2.listCases()).map((c) => c.label)).toEqual(['Ana (follow-up)']);
    expect(store.getItem(CLINIC_CASE_PREFIX + j.id)).toBeNull();
  });

  it('refuses a wrong passphrase without touching any data', async () => {
    const store = new MemoryStore();
    const vault = await setUpClinic(store, PASS, FAST);
    await vault.createCase('Ana', ana);
    const before = store.dump();
    await expect(unlockClinic(store, 'wrong passphrase!!')).rejects.toBeInstanceOf(WrongPassphraseError);
    expect(store.dump()).toBe(before);
  });

  it('reports tampered case data as damaged, not as a wrong passphrase or a blank case', async () => {
    const store = new MemoryStore();
    const vault = await setUpClinic(store, PASS, FAST);
    const { id } = await vault.createCase('Ana', ana);
    const blob = JSON.parse(store.getItem(CLINIC_CASE_PREFIX + id)!) as { ct: string };
    blob.ct = (blob.ct[0] === 'A' ? 'B' : 'A') + blob.ct.slice(1);
    store.setItem(CLINIC_CASE_PREFIX + id, JSON.stringify(blob));
    await expect((await unlockClinic(store, PASS)).loadCase(id)).rejects.toBeInstanceOf(DamagedVaultError);
    store.setItem(CLINIC_INDEX_KEY, '{"v":1');
    await expect((await unlockClinic(store, PASS)).listCases()).rejects.toBeInstanceOf(DamagedVaultError);
  });

  it('keeps the idle time setting (default 10 minutes, clamped)', async () => {
    const store = new MemoryStore();
    await setUpClinic(store, PASS, FAST);
    expect(clinicIdleMinutes(store)).toBe(10);
    setClinicIdleMinutes(store, 3);
    expect(clinicIdleMinutes(store)).toBe(3);
    setClinicIdleMinutes(store, 0);
    expect(clinicIdleMinutes(store)).toBe(1);
  });

  it('"wipe this device" removes every case, key material and setting from every storage', async () => {
    const local = new MemoryStore();
    const session = new MemoryStore();
    const vault = await setUpClinic(local, PASS, FAST);
    await vault.createCase('Ana', ana);
    session.setItem('pd-helper:case', '{}');
    local.setItem('unrelated-app', 'keep');
    wipeDevice([local, session]);
    expect([...local.map.keys()]).toEqual(['unrelated-app']);
    expect(session.length).toBe(0);
    expect(isClinicSetUp(local)).toBe(false);
  });

  it('never loses the right passphrase to normalisation (NFC vs NFD input)', async () => {
    const store = new MemoryStore();
    await setUpClinic(store, 'contraseña segura 2026', FAST);
    await expect(unlockClinic(store, 'contraseña segura 2026'.normalize('NFD'))).resolves.toBeDefined();
  });

  it('survives arbitrary data in the device record or the case list without throwing anything but its own errors', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string(), fc.string(), async (device, index) => {
        const store = new MemoryStore();
        store.setItem(CLINIC_DEVICE_KEY, device);
        store.setItem(CLINIC_INDEX_KEY, index);
        try {
          const v = await unlockClinic(store, PASS);
          await v.listCases();
        } catch (e) {
          expect(e instanceof WrongPassphraseError || e instanceof DamagedVaultError).toBe(true);
        }
      }),
      { numRuns: propertyRuns(200) },
    );
  });
});

describe('one case open in two tabs', () => {
  it('refuses to save over a newer save of the same case, until the person chooses to', async () => {
    const store = new MemoryStore();
    const first = await setUpClinic(store, PASS, FAST);
    const { id } = await first.createCase('Ana', ana);
    // Two tabs unlock and open the same case.
    const a = await unlockClinic(store, PASS);
    const b = await unlockClinic(store, PASS);
    await a.loadCase(id);
    await b.loadCase(id);
    expect(await a.changedElsewhere(id)).toBe(false);

    await b.saveCase(id, jose);
    expect(await a.changedElsewhere(id)).toBe(true);
    expect(await b.changedElsewhere(id)).toBe(false);
    // Tab A's save would silently undo tab B's: refused, and nothing was written.
    const before = store.getItem(CLINIC_INDEX_KEY);
    await expect(a.saveCase(id, ana)).rejects.toBeInstanceOf(CaseChangedElsewhereError);
    expect(store.getItem(CLINIC_INDEX_KEY)).toBe(before);
    expect((await a.loadCase(id)).person.fullName).toBe('José Núñez Peña');

    // Having loaded the newer case, tab A saves on top of it; B is now the one behind.
    await a.saveCase(id, { ...jose, person: { ...jose.person, phone: '555-0100' } });
    await expect(b.saveCase(id, ana)).rejects.toBeInstanceOf(CaseChangedElsewhereError);
    // "Keep the answers in this tab": B writes over it when told to.
    await b.saveCase(id, ana, undefined, undefined, true);
    expect((await a.loadCase(id)).person.fullName).toBe('Ana Lucía Quispe');
    // Other cases are not held back by it.
    const other = await a.createCase('José', jose);
    await b.saveCase(other.id, jose);
  });
});

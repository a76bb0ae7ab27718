/**
 * Format 2 of the clinic vault: every blob bound to its place (AES-GCM additional data), a
 * revision counter against restoring older copies, and the migration of format-1 vaults.
 */
import { describe, expect, it } from 'vitest';
import { DecryptError, decryptJson, deriveKey, encryptJson, randomBytes } from '../../../src/state/clinic/crypto';
import {
  CLINIC_CASE_PREFIX,
  CLINIC_INDEX_KEY,
  clinicAad,
  DamagedVaultError,
  setUpClinic,
  unlockClinic,
  WrongPassphraseError,
} from '../../../src/state/clinic/clinic-vault';
import { CLINIC_DEVICE_KEY } from '../../../src/state/clinic/clinic-status';
import { inCourtBaseline, walk } from '../domain/walk';
import { MemoryStore } from './memory-store';
import { writeLegacyVault } from './legacy-v1';

const FAST = { iterations: 100_000 };
const PASS = 'correct horse battery staple';
const ana = walk({ ...inCourtBaseline, 'person.fullName': 'Ana Lucía Quispe' }).c;
const jose = walk({ ...inCourtBaseline, 'person.fullName': 'José Núñez Peña' }).c;

async function twoCases() {
  const store = new MemoryStore();
  const vault = await setUpClinic(store, PASS, FAST);
  const a = await vault.createCase('Ana', ana);
  const j = await vault.createCase('José', jose);
  return { store, vault, a, j };
}

const damaged = (changed: boolean) => expect.objectContaining({ name: 'DamagedVaultError', changed });

describe('AES-GCM additional data', () => {
  it('decrypts only with the AAD it was written with, and never reads a v2 blob as v1', async () => {
    const key = await deriveKey(PASS, randomBytes(16), 100_000);
    const blob = await encryptJson(key, { x: 1 }, 'place A');
    expect(blob.v).toBe(2);
    expect(await decryptJson(key, blob, 'place A')).toEqual({ x: 1 });
    await expect(decryptJson(key, blob, 'place B')).rejects.toBeInstanceOf(DecryptError);
    await expect(decryptJson(key, { ...blob, v: 1 }, 'place A')).rejects.toBeInstanceOf(DecryptError);
  });

  it('names each place by its storage key and case id', () => {
    expect(clinicAad(`${CLINIC_CASE_PREFIX}abc`, 'abc')).toBe('pd-helper:aad:v2|pd-helper:clinic:case:abc|abc');
    expect(clinicAad(CLINIC_INDEX_KEY)).not.toBe(clinicAad(CLINIC_DEVICE_KEY));
  });
});

describe('a blob moved to another place', () => {
  it('a case blob copied into another case’s slot is refused as damaged, not as a wrong passphrase', async () => {
    const { store, a, j } = await twoCases();
    store.setItem(CLINIC_CASE_PREFIX + j.id, store.getItem(CLINIC_CASE_PREFIX + a.id)!);
    const vault = await unlockClinic(store, PASS);
    await expect(vault.loadCase(j.id)).rejects.toEqual(damaged(false));
    // The other case is untouched.
    expect((await vault.loadCase(a.id)).person.fullName).toBe('Ana Lucía Quispe');
  });

  it('a case blob put where the case list belongs (or the reverse) is refused as damaged', async () => {
    const { store, a } = await twoCases();
    const index = store.getItem(CLINIC_INDEX_KEY)!;
    store.setItem(CLINIC_INDEX_KEY, store.getItem(CLINIC_CASE_PREFIX + a.id)!);
    await expect((await unlockClinic(store, PASS)).listCases()).rejects.toBeInstanceOf(DamagedVaultError);
    store.setItem(CLINIC_INDEX_KEY, index);
    store.setItem(CLINIC_CASE_PREFIX + a.id, index);
    await expect((await unlockClinic(store, PASS)).loadCase(a.id)).rejects.toEqual(damaged(false));
  });

  it('the case list of another vault (same passphrase) is refused as damaged', async () => {
    const { store } = await twoCases();
    const other = new MemoryStore();
    await setUpClinic(other, PASS, FAST);
    store.setItem(CLINIC_INDEX_KEY, other.getItem(CLINIC_INDEX_KEY)!);
    await expect((await unlockClinic(store, PASS)).check()).rejects.toBeInstanceOf(DamagedVaultError);
  });
});

describe('an older copy put back', () => {
  it('an older case list is detected at unlock ("the case list was changed")', async () => {
    const { store, vault, a } = await twoCases();
    expect(await (await unlockClinic(store, PASS)).check()).toEqual({ listChanged: false });
    const oldIndex = store.getItem(CLINIC_INDEX_KEY)!;
    await vault.renameCase(a.id, 'Ana (follow-up)');
    store.setItem(CLINIC_INDEX_KEY, oldIndex);
    expect(await (await unlockClinic(store, PASS)).check()).toEqual({ listChanged: true });
  });

  it('an older case list and device record together: cases created or deleted since are noticed', async () => {
    const { store, vault, a } = await twoCases();
    const oldIndex = store.getItem(CLINIC_INDEX_KEY)!;
    const oldDevice = store.getItem(CLINIC_DEVICE_KEY)!;
    const maria = await vault.createCase('María', ana);
    store.setItem(CLINIC_INDEX_KEY, oldIndex);
    store.setItem(CLINIC_DEVICE_KEY, oldDevice);
    // María's blob is there, but not in the list.
    expect(await (await unlockClinic(store, PASS)).check()).toEqual({ listChanged: true });

    store.removeItem(CLINIC_CASE_PREFIX + maria.id);
    expect(await (await unlockClinic(store, PASS)).check()).toEqual({ listChanged: false });
    await vault.deleteCase(a.id);
    store.setItem(CLINIC_INDEX_KEY, oldIndex);
    store.setItem(CLINIC_DEVICE_KEY, oldDevice);
    // Ana is in the list, but her blob is gone.
    expect(await (await unlockClinic(store, PASS)).check()).toEqual({ listChanged: true });
  });

  it('an older list with newer case blobs: the case is refused as changed when opened', async () => {
    const { store, vault, a } = await twoCases();
    const oldIndex = store.getItem(CLINIC_INDEX_KEY)!;
    const oldDevice = store.getItem(CLINIC_DEVICE_KEY)!;
    await vault.saveCase(a.id, jose);
    store.setItem(CLINIC_INDEX_KEY, oldIndex);
    store.setItem(CLINIC_DEVICE_KEY, oldDevice);
    await expect((await unlockClinic(store, PASS)).loadCase(a.id)).rejects.toEqual(damaged(true));
  });

  it('an older copy of one case is refused as changed when opened', async () => {
    const { store, vault, a } = await twoCases();
    const oldBlob = store.getItem(CLINIC_CASE_PREFIX + a.id)!;
    await vault.saveCase(a.id, jose);
    store.setItem(CLINIC_CASE_PREFIX + a.id, oldBlob);
    const v = await unlockClinic(store, PASS);
    expect(await v.check()).toEqual({ listChanged: false });
    await expect(v.loadCase(a.id)).rejects.toEqual(damaged(true));
  });

  it('ordinary use never reports a change', async () => {
    const { store, vault, a, j } = await twoCases();
    await vault.saveCase(a.id, jose);
    await vault.renameCase(j.id, 'J.');
    await vault.deleteCase(j.id);
    const c = await vault.createCase('C', ana);
    const v = await unlockClinic(store, PASS);
    expect(await v.check()).toEqual({ listChanged: false });
    expect((await v.loadCase(a.id)).person.fullName).toBe('José Núñez Peña');
    expect((await v.loadCase(c.id)).person.fullName).toBe('Ana Lucía Quispe');
  });

  it('two tabs saving at the same moment lose nothing and never look like a change', async () => {
    const { store, a, j } = await twoCases();
    const tab1 = await unlockClinic(store, PASS);
    const tab2 = await unlockClinic(store, PASS);
    await Promise.all([tab1.saveCase(a.id, jose), tab2.saveCase(j.id, ana), tab1.renameCase(j.id, 'J.'), tab2.createCase('New', ana)]);
    const v = await unlockClinic(store, PASS);
    expect(await v.check()).toEqual({ listChanged: false });
    expect((await v.listCases()).map((c) => c.label).sort()).toEqual(['Ana', 'J.', 'New']);
    expect((await v.loadCase(a.id)).person.fullName).toBe('José Núñez Peña');
    expect((await v.loadCase(j.id)).person.fullName).toBe('Ana Lucía Quispe');
  });

  it('a failed write (storage full) leaves the vault as it was', async () => {
    const { store, vault, a } = await twoCases();
    const before = store.dump();
    const setItem = store.setItem.bind(store);
    store.setItem = (k: string, v: string) => {
      if (k === CLINIC_INDEX_KEY) throw new DOMException('full', 'QuotaExceededError');
      setItem(k, v);
    };
    await expect(vault.saveCase(a.id, jose)).rejects.toThrow('full');
    store.setItem = setItem;
    expect(store.dump()).toBe(before);
    const v = await unlockClinic(store, PASS);
    expect(await v.check()).toEqual({ listChanged: false });
    expect((await v.loadCase(a.id)).person.fullName).toBe('Ana Lucía Quispe');
  });
});

describe('format-1 vaults (written by the previous version)', () => {
  it('open, and are migrated to format 2 on unlock: every blob bound, nothing in clear', async () => {
    const store = new MemoryStore();
    await writeLegacyVault(store, PASS, [{ id: 'legacyA', label: 'Ana', data: ana }, { id: 'legacyJ', label: 'José', data: jose }]);
    const vault = await unlockClinic(store, PASS);
    expect((await vault.listCases()).map((c) => c.label)).toEqual(['Ana', 'José']);
    expect(await vault.loadCase('legacyA')).toEqual(ana);
    expect(await vault.loadCase('legacyJ')).toEqual(jose);
    expect(await vault.check()).toEqual({ listChanged: false });
    const device = JSON.parse(store.getItem(CLINIC_DEVICE_KEY)!) as { v: number; verifier: { v: number } };
    expect(device.v).toBe(2);
    expect(device.verifier.v).toBe(2);
    for (const k of [CLINIC_INDEX_KEY, `${CLINIC_CASE_PREFIX}legacyA`, `${CLINIC_CASE_PREFIX}legacyJ`]) {
      expect((JSON.parse(store.getItem(k)!) as { v: number }).v, k).toBe(2);
    }
    expect(store.dump()).not.toContain('Quispe');
    // Once migrated, blob binding holds.
    store.setItem(`${CLINIC_CASE_PREFIX}legacyJ`, store.getItem(`${CLINIC_CASE_PREFIX}legacyA`)!);
    await expect((await unlockClinic(store, PASS)).loadCase('legacyJ')).rejects.toEqual(damaged(false));
  });

  it('a wrong passphrase changes nothing, and a damaged format-1 list is not migrated', async () => {
    const store = new MemoryStore();
    await writeLegacyVault(store, PASS, [{ id: 'legacyA', label: 'Ana', data: ana }]);
    const before = store.dump();
    await expect(unlockClinic(store, 'not the passphrase')).rejects.toBeInstanceOf(WrongPassphraseError);
    expect(store.dump()).toBe(before);
    store.setItem(CLINIC_INDEX_KEY, store.getItem(`${CLINIC_CASE_PREFIX}legacyA`)!.replace(/"ct":"./, '"ct":"Z'));
    const damagedBefore = store.dump();
    await expect(unlockClinic(store, PASS)).rejects.toBeInstanceOf(DamagedVaultError);
    expect(store.dump()).toBe(damagedBefore);
  });

  it('a format-1 blob is never read once the vault is format 2 (no downgrade by copying old data)', async () => {
    const store = new MemoryStore();
    await writeLegacyVault(store, PASS, [{ id: 'legacyA', label: 'Ana', data: ana }]);
    const oldBlob = store.getItem(`${CLINIC_CASE_PREFIX}legacyA`)!;
    await unlockClinic(store, PASS);
    store.setItem(`${CLINIC_CASE_PREFIX}legacyA`, oldBlob);
    await expect((await unlockClinic(store, PASS)).loadCase('legacyA')).rejects.toEqual(damaged(false));
  });
});

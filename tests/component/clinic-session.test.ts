// @vitest-environment jsdom
/**
 * The clinic session with the real stores: cases are kept apart, every change is saved encrypted,
 * locking empties memory, a wrong passphrase touches nothing, wiping leaves no trace.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { emptyCase } from '../../src/domain';
import { inCourtBaseline, walk } from '../unit/domain/walk';
import { wipeAllStorage } from '../../src/state/device-storage';

const FAST = { iterations: 100_000 };

async function fresh() {
  vi.resetModules();
  const caseStore = await import('../../src/state/case-store');
  const clinic = await import('../../src/state/clinic/clinic-session');
  return { useCaseStore: caseStore.useCaseStore, useClinicStore: clinic.useClinicStore, clinicSession: clinic.clinicSession };
}

function allStored(): string {
  const out: string[] = [];
  for (const s of [localStorage, sessionStorage]) for (let i = 0; i < s.length; i++) out.push(`${s.key(i)}=${s.getItem(s.key(i)!)}`);
  return out.join('\n');
}

beforeEach(() => {
  localStorage.clear();
  // Also forget what this tab last saved (else the empty storage reads as "deleted in another tab").
  wipeAllStorage();
  sessionStorage.clear();
});

describe('clinic session', () => {
  it('keeps three cases apart, saves changes encrypted, and stores nothing in clear', async () => {
    const { useCaseStore, clinicSession } = await fresh();
    await clinicSession.setUp('volunteer passphrase 1', FAST);
    const names = ['Ana Lucía Quispe', 'José Núñez Peña', 'Nguyễn Thị Ánh'];
    const ids: string[] = [];
    for (const [i, name] of names.entries()) {
      const { id } = await clinicSession.createCase(`Person ${i + 1}`);
      ids.push(id);
      await clinicSession.openCase(id);
      useCaseStore.getState().replaceCase(walk({ ...inCourtBaseline, 'person.fullName': name }).c);
      await clinicSession.flush();
    }
    // Switch back and forth: each case has its own answers only.
    for (const [i, id] of ids.entries()) {
      await clinicSession.openCase(id);
      expect(useCaseStore.getState().caseData.person.fullName).toBe(names[i]);
    }
    const stored = allStored();
    // Whole names, and each word long enough that random base64 ciphertext cannot contain it by chance
    // (a 3-letter word like "Ana" turns up in a few percent of runs).
    const words = names.flatMap((n) => n.split(' ')).filter((w) => w.length >= 5);
    for (const secret of [...names, ...words, 'Person 1', 'Chicago', 'A012345678']) expect(stored).not.toContain(secret);
    expect(localStorage.getItem('pd-helper:case')).toBeNull();
  });

  it('locking empties the open case from memory; unlocking with the right passphrase brings the list back', async () => {
    const { useCaseStore, useClinicStore, clinicSession } = await fresh();
    await clinicSession.setUp('volunteer passphrase 1', FAST);
    const { id } = await clinicSession.createCase('Ana');
    await clinicSession.openCase(id);
    useCaseStore.getState().answer({ 'posture.detained': 'no' });
    clinicSession.lock();
    expect(useClinicStore.getState().status).toBe('locked');
    expect(useCaseStore.getState().caseData).toEqual(emptyCase());
    expect(useClinicStore.getState().cases).toEqual([]);
    await clinicSession.flush();

    // A new page load starts locked.
    const again = await fresh();
    expect(again.useClinicStore.getState().status).toBe('locked');
    const before = allStored();
    await expect(again.clinicSession.unlock('wrong passphrase!')).rejects.toThrow();
    // Only the count of wrong passphrases (for the wait before the next try) was added.
    expect(allStored().replace(/,"unlockFailures":\{[^}]*\}/, '')).toBe(before);
    await again.clinicSession.unlock('volunteer passphrase 1');
    expect(again.useClinicStore.getState().cases.map((c) => c.label)).toEqual(['Ana']);
    await again.clinicSession.openCase(id);
    expect(again.useCaseStore.getState().caseData.posture.detained).toBe('no');
  });

  it('moves answers typed before setting up into the first case and removes the clear copy', async () => {
    const { useCaseStore, useClinicStore, clinicSession } = await fresh();
    useCaseStore.getState().answer({ 'posture.detained': 'no', 'posture.receivedNta': 'yes' });
    expect(localStorage.getItem('pd-helper:case')).not.toBeNull();
    await clinicSession.setUp('volunteer passphrase 1', { ...FAST, keepCurrentAs: 'First person' });
    expect(localStorage.getItem('pd-helper:case')).toBeNull();
    const [first] = useClinicStore.getState().cases;
    await clinicSession.openCase(first!.id);
    expect(useCaseStore.getState().caseData.posture.receivedNta).toBe('yes');
  });

  it('wipe removes every case, key and setting from all storage', async () => {
    const { useCaseStore, useClinicStore, clinicSession } = await fresh();
    await clinicSession.setUp('volunteer passphrase 1', FAST);
    const { id } = await clinicSession.createCase('Ana');
    await clinicSession.openCase(id);
    useCaseStore.getState().answer({ 'posture.detained': 'no' });
    await clinicSession.flush();
    clinicSession.wipe();
    expect(allStored()).toBe('');
    expect(useClinicStore.getState().status).toBe('off');
    expect(useCaseStore.getState().caseData).toEqual(emptyCase());
  });
});

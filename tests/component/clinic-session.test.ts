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
  const { useSaveStatus } = await import('../../src/state/device-storage');
  return { useCaseStore: caseStore.useCaseStore, useClinicStore: clinic.useClinicStore, clinicSession: clinic.clinicSession, useSaveStatus };
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

  it('locking keeps what the question page holds but was not continued, and says when it could not', async () => {
    const { useCaseStore, useClinicStore, clinicSession } = await fresh();
    const typed = await import('../../src/state/typed-answers');
    await clinicSession.setUp('volunteer passphrase 1', FAST);
    const { id } = await clinicSession.createCase('Ana');
    await clinicSession.openCase(id);
    useCaseStore.getState().answer({ 'posture.detained': 'no' });
    await clinicSession.flush();
    // The page on screen holds a valid answer, not yet continued: locking saves it, encrypted.
    const stop = typed.keepTypedAnswersWith(() => {
      useCaseStore.getState().answer({ 'posture.receivedNta': 'yes' });
      return 'kept';
    });
    clinicSession.lock();
    stop();
    await clinicSession.flush();
    expect(useClinicStore.getState().typedNotKept).toBe(false);
    expect(localStorage.getItem('pd-helper:case')).toBeNull();
    await clinicSession.unlock('volunteer passphrase 1');
    await clinicSession.openCase(id);
    expect(useCaseStore.getState().caseData.posture).toEqual({ detained: 'no', receivedNta: 'yes' });

    // What cannot be kept (a half-typed date) is reported for the locked screen, until the next unlock.
    const stopAgain = typed.keepTypedAnswersWith(() => 'not-kept');
    clinicSession.lock();
    stopAgain();
    expect(useClinicStore.getState().typedNotKept).toBe(true);
    await clinicSession.unlock('volunteer passphrase 1');
    expect(useClinicStore.getState().typedNotKept).toBe(false);
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

describe('one clinic case open in two tabs', () => {
  /** What the browser tells the other tabs after a tab wrote the case list. */
  const tellOtherTabs = () => window.dispatchEvent(new StorageEvent('storage', { key: 'pd-helper:clinic:index', storageArea: localStorage }));
  const PASS = 'volunteer passphrase 1';

  it('a tab follows the other tab\'s save; with changes of its own it asks, and writes nothing until the person chooses', async () => {
    const a = await fresh();
    await a.clinicSession.setUp(PASS, FAST);
    const { id } = await a.clinicSession.createCase('Ana');
    await a.clinicSession.openCase(id);
    a.useCaseStore.getState().answer({ 'posture.detained': 'no' });
    await a.clinicSession.flush();
    const b = await fresh();
    await b.clinicSession.unlock(PASS);
    await b.clinicSession.openCase(id);
    expect(b.useCaseStore.getState().caseData.posture).toEqual({ detained: 'no' });

    // B saves; A has nothing of its own waiting: it shows B's answers.
    b.useCaseStore.getState().answer({ 'posture.receivedNta': 'yes' });
    await b.clinicSession.flush();
    tellOtherTabs();
    await vi.waitFor(() => expect(a.useCaseStore.getState().caseData.posture.receivedNta).toBe('yes'));

    // Both change the case before hearing of the other's save: B's is saved first.
    b.useCaseStore.getState().answer({ 'posture.finalOrder': 'no' });
    await b.clinicSession.flush();
    a.useCaseStore.getState().answer({ 'posture.finalOrder': 'yes' });
    await a.clinicSession.flush();
    expect(a.useSaveStatus.getState().conflict).toBe(true);
    expect(a.useCaseStore.getState().caseData.posture.finalOrder).toBe('yes');
    // Nothing was written over B's save, not even by A's next change.
    a.useCaseStore.getState().answer({ 'posture.inProceedings': 'yes' });
    await a.clinicSession.flush();
    await b.clinicSession.openCase(id);
    expect(b.useCaseStore.getState().caseData.posture).toEqual({ detained: 'no', receivedNta: 'yes', finalOrder: 'no' });

    // "Use the newer answers": A loads B's save.
    await a.clinicSession.resolveConflict('theirs');
    expect(a.useSaveStatus.getState().conflict).toBe(false);
    expect(a.useCaseStore.getState().caseData.posture).toEqual({ detained: 'no', receivedNta: 'yes', finalOrder: 'no' });

    // Again at the same time; this time "Keep the answers in this tab".
    b.useCaseStore.getState().answer({ 'posture.finalOrder': 'unknown' });
    await b.clinicSession.flush();
    a.useCaseStore.getState().answer({ 'posture.finalOrder': 'yes' });
    await a.clinicSession.flush();
    expect(a.useSaveStatus.getState().conflict).toBe(true);
    await a.clinicSession.resolveConflict('mine');
    expect(a.useSaveStatus.getState().conflict).toBe(false);
    await b.clinicSession.openCase(id);
    expect(b.useCaseStore.getState().caseData.posture.finalOrder).toBe('yes');
    expect(localStorage.getItem('pd-helper:case')).toBeNull();
  });

  it('a change still waiting when the cases lock, over the other tab\'s newer save, is not written and is reported', async () => {
    const a = await fresh();
    await a.clinicSession.setUp(PASS, FAST);
    const { id } = await a.clinicSession.createCase('Ana');
    await a.clinicSession.openCase(id);
    const b = await fresh();
    await b.clinicSession.unlock(PASS);
    await b.clinicSession.openCase(id);
    b.useCaseStore.getState().answer({ 'posture.detained': 'no' });
    await b.clinicSession.flush();
    // A changes the case and locks before its save ran (and before it heard of B's).
    a.useCaseStore.getState().answer({ 'posture.detained': 'yes' });
    a.clinicSession.lock();
    await a.clinicSession.flush();
    expect(a.useClinicStore.getState().typedNotKept).toBe(true);
    // No question is left open for a case that is no longer on screen.
    expect(a.useSaveStatus.getState().conflict).toBe(false);
    await b.clinicSession.openCase(id);
    expect(b.useCaseStore.getState().caseData.posture.detained).toBe('no');
  });
});

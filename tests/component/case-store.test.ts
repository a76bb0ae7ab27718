// @vitest-environment jsdom
/**
 * The store's persistence: saved answers come back after a reload, broken or foreign saved data
 * never blanks the app and is kept for download, session-only mode keeps nothing on the device,
 * and "delete my answers" leaves no trace in any storage.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { emptyCase, saveCase } from '../../src/domain';

const KEY = 'pd-helper:case';

async function freshStore() {
  vi.resetModules();
  const mod = await import('../../src/state/case-store');
  return mod.useCaseStore;
}

function storedText(): string {
  return [localStorage.getItem(KEY), sessionStorage.getItem(KEY)].filter(Boolean).join('\n');
}

async function allIndexedDbNames(): Promise<string[]> {
  // jsdom has no IndexedDB; in a real browser the e2e test checks it.
  return typeof indexedDB === 'undefined' ? [] : (await indexedDB.databases()).map((d) => d.name ?? '');
}

beforeEach(() => {
  localStorage.clear();
  sessionStorage.clear();
});

describe('case store persistence', () => {
  it('saves answers to localStorage and restores them after a reload', async () => {
    let store = await freshStore();
    store.getState().answer({ 'posture.detained': 'no', 'posture.receivedNta': 'yes' });
    expect(localStorage.getItem(KEY)).toContain('"receivedNta":"yes"');
    store = await freshStore();
    expect(store.getState().caseData.posture).toEqual({ detained: 'no', receivedNta: 'yes' });
    expect(store.getState().loadError).toBeNull();
  });

  it('prunes answers that a change made unreachable', async () => {
    const store = await freshStore();
    store.getState().answer({ 'posture.detained': 'no', 'posture.receivedNta': 'yes', 'posture.finalOrder': 'no', 'posture.inProceedings': 'yes' });
    store.getState().answer({ 'posture.courtCity': 'Chicago' });
    store.getState().answer({ 'posture.inProceedings': 'no' });
    expect(store.getState().caseData.posture.courtCity).toBeUndefined();
  });

  it('keeps unreadable saved data aside, does not overwrite it, and lets the person start over', async () => {
    localStorage.setItem(KEY, '{not json');
    const store = await freshStore();
    const err = store.getState().loadError;
    expect(err?.code).toBe('unreadable');
    expect(err?.raw).toBe('{not json');
    expect(store.getState().caseData).toEqual(emptyCase());
    // Nothing is written over the damaged data until the person decides.
    store.getState().answer({ 'posture.detained': 'no' });
    expect(localStorage.getItem(KEY)).toBe('{not json');
    store.getState().startOver();
    expect(store.getState().loadError).toBeNull();
    store.getState().answer({ 'posture.detained': 'yes' });
    expect(localStorage.getItem(KEY)).toContain('"detained":"yes"');
  });

  it('refuses saved data that fails validation, naming the problem', async () => {
    const envelope = saveCase(emptyCase(), { appVersion: '0.1.0', savedAt: 'x' });
    const bad = { ...envelope, data: { posture: { detained: 'maybe' } } };
    localStorage.setItem(KEY, JSON.stringify({ state: { envelope: bad, language: null, hasData: true }, version: 1 }));
    const store = await freshStore();
    expect(store.getState().loadError?.code).toBe('invalid-data');
    expect(store.getState().loadError?.issues[0]?.path).toBe('posture.detained');
    expect(store.getState().loadError?.raw).toContain('maybe');
  });

  it('refuses a stored shape from an unknown store version without touching it', async () => {
    const raw = JSON.stringify({ state: { something: 1 }, version: 99 });
    localStorage.setItem(KEY, raw);
    const store = await freshStore();
    expect(store.getState().loadError?.code).toBe('unknown-store-version');
    store.getState().answer({ 'posture.detained': 'no' });
    expect(localStorage.getItem(KEY)).toBe(raw);
  });

  it('in session-only mode keeps nothing in localStorage', async () => {
    const store = await freshStore();
    store.getState().setStorageMode('session');
    store.getState().answer({ 'posture.detained': 'no' });
    expect(localStorage.getItem(KEY)).toBeNull();
    expect(sessionStorage.getItem(KEY)).toContain('"detained":"no"');
    // A reload in the same tab continues in session mode.
    const again = await freshStore();
    expect(again.getState().storageMode).toBe('session');
    expect(again.getState().caseData.posture.detained).toBe('no');
  });

  it('switching to session-only moves what was saved off the device', async () => {
    const store = await freshStore();
    store.getState().answer({ 'posture.detained': 'no' });
    expect(localStorage.getItem(KEY)).not.toBeNull();
    store.getState().setStorageMode('session');
    expect(localStorage.getItem(KEY)).toBeNull();
    expect(sessionStorage.getItem(KEY)).toContain('detained');
  });

  it('"delete my answers" leaves nothing of the case in any storage', async () => {
    const store = await freshStore();
    store.getState().setLanguage('es');
    store.getState().answer({ 'posture.detained': 'no', 'posture.receivedNta': 'yes' });
    store.getState().setLetter({ story: 'José Núñez story' });
    store.getState().deleteEverything();
    expect(storedText()).toBe('');
    expect(Object.keys(localStorage).filter((k) => k.startsWith('pd-helper'))).toEqual([]);
    expect(Object.keys(sessionStorage).filter((k) => k.startsWith('pd-helper'))).toEqual([]);
    expect(await allIndexedDbNames()).toEqual([]);
    expect(store.getState().caseData).toEqual(emptyCase());
  });

  it('checklist flags are saved', async () => {
    const store = await freshStore();
    store.getState().setChecklistFlag('tax-records', 'gathered', true);
    store.getState().setChecklistFlag('tax-records', 'included', true);
    store.getState().setChecklistFlag('tax-records', 'included', false);
    const again = await freshStore();
    expect(again.getState().caseData.checklist).toEqual({ gathered: ['tax-records'], included: [] });
  });
});

// @vitest-environment jsdom
/**
 * The store's persistence: saved answers come back after a reload, broken or foreign saved data
 * never blanks the app and is kept for download, session-only mode keeps the answers in memory only,
 * and "delete my answers" leaves no trace in any storage.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { emptyCase, restoreCase, saveCase } from '../../src/domain';
import { migratePersisted } from '../../src/state/case-store';
/** Exactly what the store of app 0.1.0 (store version 1) saved for a person in court, in Spanish. */
import storedV1 from '../fixtures/store-v1-in-court.json';

const KEY = 'pd-helper:case';

async function freshStore() {
  vi.resetModules();
  const mod = await import('../../src/state/case-store');
  await mod.whenSavedAnswersLoaded();
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

  it('saves the settings together, in store version 2', async () => {
    const store = await freshStore();
    store.getState().setLanguage('es');
    store.getState().answer({ 'posture.detained': 'no' });
    const saved = JSON.parse(localStorage.getItem(KEY) ?? '{}') as { version: number; state: Record<string, unknown> };
    expect(saved.version).toBe(2);
    expect(Object.keys(saved.state).sort()).toEqual(['envelope', 'hasData', 'settings']);
    expect(saved.state.settings).toEqual({ language: 'es', storageMode: 'device' });
    const again = await freshStore();
    expect(again.getState().language).toBe('es');
    expect(again.getState().caseData.posture.detained).toBe('no');
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
    const state = { envelope: bad, settings: { language: null, storageMode: 'device' }, hasData: true };
    localStorage.setItem(KEY, JSON.stringify({ state, version: 2 }));
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

  it('in session-only mode keeps the answers in memory only, in no storage', async () => {
    const store = await freshStore();
    store.getState().setStorageMode('session');
    store.getState().answer({ 'posture.detained': 'no' });
    store.getState().setLetter({ story: 'José Núñez story' });
    expect(storedText()).toBe('');
    expect(JSON.stringify({ ...localStorage, ...sessionStorage })).not.toContain('Núñez');
    // Only the choice is kept for this tab: a reload continues without saving, and with no answers.
    expect(Object.keys(sessionStorage)).toEqual(['pd-helper:session-only']);
    const again = await freshStore();
    expect(again.getState().storageMode).toBe('session');
    expect(again.getState().caseData).toEqual(emptyCase());
    again.getState().answer({ 'posture.detained': 'yes' });
    expect(storedText()).toBe('');
  });

  it('switching to session-only moves what was saved off the device, into memory', async () => {
    const store = await freshStore();
    store.getState().answer({ 'posture.detained': 'no' });
    expect(localStorage.getItem(KEY)).not.toBeNull();
    store.getState().setStorageMode('session');
    expect(storedText()).toBe('');
    expect(store.getState().caseData.posture.detained).toBe('no');
    // And back: saved on the device again.
    store.getState().setStorageMode('device');
    expect(localStorage.getItem(KEY)).toContain('"detained":"no"');
    expect(Object.keys(sessionStorage)).toEqual([]);
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

describe('the case reader loads only with saved answers', () => {
  it('a store made over saved answers sets and writes nothing until the reader is there, but knows the language', async () => {
    const first = await freshStore();
    first.getState().setLanguage('es');
    first.getState().answer({ 'posture.detained': 'no' });
    const before = localStorage.getItem(KEY);
    vi.resetModules();
    const mod = await import('../../src/state/case-store');
    // Made, not loaded yet: empty, and an answer now would not be written over the saved one.
    expect(mod.useCaseStore.getState().caseData).toEqual(emptyCase());
    expect(mod.savedLanguage()).toBe('es');
    mod.useCaseStore.getState().answer({ 'posture.detained': 'yes' });
    expect(localStorage.getItem(KEY)).toBe(before);
    await mod.whenSavedAnswersLoaded();
    expect(mod.useCaseStore.getState().caseData.posture).toEqual({ detained: 'no' });
    expect(mod.useCaseStore.getState().language).toBe('es');
  });

  it('with nothing saved the store is ready at once', async () => {
    vi.resetModules();
    const mod = await import('../../src/state/case-store');
    const ready = mod.whenSavedAnswersLoaded();
    mod.useCaseStore.getState().answer({ 'posture.detained': 'no' });
    await ready;
    expect(localStorage.getItem(KEY)).toContain('"detained":"no"');
  });
});

describe('saved answers from store version 1 (app 0.1.0)', () => {
  const v1Text = JSON.stringify(storedV1);
  const expected = restoreCase(storedV1.state.envelope);
  if (!expected.ok) throw new Error('the v1 fixture must hold a valid case');

  it('come back after the update: the whole case, the language, and the saved shape upgraded to version 2', async () => {
    localStorage.setItem(KEY, v1Text);
    const store = await freshStore();
    const s = store.getState();
    expect(s.loadError).toBeNull();
    expect(s.caseData).toEqual(expected.data);
    expect(s.caseData.person.fullName).toBe('José Núñez Peña');
    expect(s.caseData.posture.inProceedings).toBe('yes');
    expect(s.caseData.letter.story).toBe('Llegué en 2015. Trabajo en una panadería y cuido a mi hija.');
    expect(s.caseData.checklist).toEqual({ gathered: ['residence-proof'], included: ['personal-declaration'] });
    expect(s.language).toBe('es');
    expect(s.storageMode).toBe('device');
    // Written back once, in today's shape.
    const saved = JSON.parse(localStorage.getItem(KEY) ?? '{}') as { version: number; state: Record<string, unknown> };
    expect(saved.version).toBe(2);
    expect(saved.state.settings).toEqual({ language: 'es', storageMode: 'device' });
    expect(saved.state).not.toHaveProperty('language');
    expect(restoreCase(saved.state.envelope)).toMatchObject({ ok: true, data: expected.data });
    // And they come back again from the upgraded copy.
    const again = await freshStore();
    expect(again.getState().caseData).toEqual(expected.data);
    expect(again.getState().language).toBe('es');
  });

  it('kept in this tab by an older version (sessionStorage) are read once, then kept in memory only', async () => {
    sessionStorage.setItem(KEY, v1Text);
    const store = await freshStore();
    expect(store.getState().loadError).toBeNull();
    expect(store.getState().storageMode).toBe('session');
    expect(store.getState().caseData).toEqual(expected.data);
    expect(localStorage.getItem(KEY)).toBeNull();
    expect(sessionStorage.getItem(KEY)).toBeNull();
    expect(Object.keys(sessionStorage)).toEqual(['pd-helper:session-only']);
  });

  it('with a case that fails validation are refused, naming the problem, and not overwritten', async () => {
    const bad = structuredClone(storedV1) as { state: { envelope: { data: { posture: Record<string, unknown> } } } };
    bad.state.envelope.data.posture.detained = 'maybe';
    const raw = JSON.stringify(bad);
    localStorage.setItem(KEY, raw);
    const store = await freshStore();
    expect(store.getState().loadError?.code).toBe('invalid-data');
    expect(store.getState().loadError?.issues[0]?.path).toBe('posture.detained');
    store.getState().answer({ 'posture.detained': 'no' });
    expect(localStorage.getItem(KEY)).toBe(raw);
  });

  it('that are not the shape version 1 stored are refused as an unknown version', async () => {
    const raw = JSON.stringify({ state: { settings: { language: 'es' } }, version: 1 });
    localStorage.setItem(KEY, raw);
    const store = await freshStore();
    expect(store.getState().loadError?.code).toBe('unknown-store-version');
    expect(store.getState().loadError?.raw).toContain('"language":"es"');
    expect(localStorage.getItem(KEY)).toBe(raw);
  });
});

describe('migratePersisted', () => {
  const v1 = storedV1.state;

  it('turns a version 1 state into version 2, recording where it was kept', () => {
    expect(migratePersisted(v1, 1, 'device')).toEqual({
      envelope: v1.envelope,
      settings: { language: 'es', storageMode: 'device' },
      hasData: true,
    });
    expect(migratePersisted({ ...v1, language: null }, 1, 'session')).toMatchObject({ settings: { language: null, storageMode: 'session' } });
    // A language this version does not offer is dropped, not kept.
    expect(migratePersisted({ ...v1, language: 'fr' }, 1, 'device')).toMatchObject({ settings: { language: null } });
  });

  it('refuses newer, unknown and malformed states (the store then shows "unknown-store-version")', () => {
    for (const [state, version] of [[v1, 0], [v1, 3], [v1, 99], [null, 1], ['text', 1], [[v1], 1], [{ language: 'es' }, 1]] as const) {
      expect(migratePersisted(state, version, 'device')).toEqual({ __storeVersion: version, persisted: state });
    }
  });
});

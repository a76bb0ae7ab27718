// @vitest-environment jsdom
/**
 * The app open in several tabs of one browser. Each "tab" here is a fresh copy of the store
 * modules (vi.resetModules) sharing one localStorage, as tabs do; a `storage` event is what the
 * browser sends to the other tabs when one of them writes.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';

const KEY = 'pd-helper:case';

async function openTab() {
  vi.resetModules();
  const store = await import('../../src/state/case-store');
  await store.whenSavedAnswersLoaded();
  const storage = await import('../../src/state/device-storage');
  (await import('../../src/state/other-tabs')).followOtherTabs();
  return { store: store.useCaseStore, status: storage.useSaveStatus };
}

type Tab = Awaited<ReturnType<typeof openTab>>;

/** What the browser does in the other tabs after a write (jsdom does not send it by itself). */
function tellOtherTabs(key: string | null = KEY) {
  window.dispatchEvent(new StorageEvent('storage', { key, newValue: key === null ? null : localStorage.getItem(key), storageArea: localStorage }));
}

const saved = () => JSON.parse(localStorage.getItem(KEY) ?? 'null') as { state: { envelope: { data: { posture: Record<string, string> } } } } | null;
const posture = (tab: Tab) => tab.store.getState().caseData.posture;

beforeEach(() => {
  localStorage.clear();
  sessionStorage.clear();
});

describe('two tabs on one case', () => {
  it('a tab loads another tab\'s newer save, then adds its own answer on top', async () => {
    const a = await openTab();
    const b = await openTab();
    a.store.getState().answer({ 'posture.detained': 'no' });
    tellOtherTabs();
    // The first save this tab hears of brings the case reader first: a moment, not at once.
    await vi.waitFor(() => expect(posture(b).detained).toBe('no'));
    b.store.getState().answer({ 'posture.receivedNta': 'yes' });
    expect(saved()?.state.envelope.data.posture).toEqual({ detained: 'no', receivedNta: 'yes' });
    expect(b.status.getState().conflict).toBe(false);
  });

  it('an answer given while the other tab\'s save is still loading does not write over it: the tab asks', async () => {
    const a = await openTab();
    const b = await openTab();
    a.store.getState().answer({ 'posture.detained': 'no' });
    tellOtherTabs();
    // Before the case reader is there (the same moment), B answers.
    b.store.getState().answer({ 'posture.detained': 'yes' });
    expect(saved()?.state.envelope.data.posture).toEqual({ detained: 'no' });
    expect(b.status.getState().conflict).toBe(true);
  });

  it('never writes over a newer save it has not seen: it keeps its answers and asks', async () => {
    const a = await openTab();
    const b = await openTab();
    a.store.getState().answer({ 'posture.detained': 'no' });
    // B has not heard of A's save yet (the event is still on its way) and answers.
    b.store.getState().answer({ 'posture.detained': 'yes' });
    expect(saved()?.state.envelope.data.posture).toEqual({ detained: 'no' });
    expect(b.status.getState().conflict).toBe(true);
    expect(posture(b).detained).toBe('yes');
    // While B is asked, A's saves are loaded neither silently nor overwritten.
    b.store.getState().answer({ 'posture.receivedNta': 'yes' });
    expect(saved()?.state.envelope.data.posture).toEqual({ detained: 'no' });
  });

  it('"use the newer answers" loads the other tab\'s save', async () => {
    const a = await openTab();
    const b = await openTab();
    a.store.getState().answer({ 'posture.detained': 'no' });
    b.store.getState().answer({ 'posture.detained': 'yes' });
    b.store.getState().resolveSaveConflict('theirs');
    await vi.waitFor(() => expect(posture(b).detained).toBe('no'));
    expect(b.status.getState().conflict).toBe(false);
    b.store.getState().answer({ 'posture.receivedNta': 'yes' });
    expect(saved()?.state.envelope.data.posture).toEqual({ detained: 'no', receivedNta: 'yes' });
  });

  it('"keep the answers in this tab" saves them over the other save', async () => {
    const a = await openTab();
    const b = await openTab();
    a.store.getState().answer({ 'posture.detained': 'no' });
    b.store.getState().answer({ 'posture.detained': 'no', 'posture.receivedNta': 'no' });
    expect(b.status.getState().conflict).toBe(true);
    b.store.getState().resolveSaveConflict('mine');
    expect(saved()?.state.envelope.data.posture).toEqual({ detained: 'no', receivedNta: 'no' });
    expect(b.status.getState().conflict).toBe(false);
    // A hears of it and follows.
    tellOtherTabs();
    await vi.waitFor(() => expect(posture(a)).toEqual({ detained: 'no', receivedNta: 'no' }));
  });

  it('answers deleted in one tab are gone from the other, and not brought back by its next save', async () => {
    const a = await openTab();
    a.store.getState().answer({ 'posture.detained': 'no', 'posture.receivedNta': 'yes' });
    const b = await openTab();
    expect(posture(b).receivedNta).toBe('yes');
    a.store.getState().deleteEverything();
    tellOtherTabs();
    expect(posture(b)).toEqual({});
    b.store.getState().answer({ 'posture.detained': 'yes' });
    expect(saved()?.state.envelope.data.posture).toEqual({ detained: 'yes' });
  });

  it('a deletion this tab has not heard of yet is not undone silently either', async () => {
    const a = await openTab();
    a.store.getState().answer({ 'posture.detained': 'no' });
    const b = await openTab();
    a.store.getState().deleteEverything();
    b.store.getState().answer({ 'posture.receivedNta': 'yes' });
    expect(localStorage.getItem(KEY)).toBeNull();
    expect(b.status.getState().conflict).toBe(true);
  });
});

describe('clinic mode in several tabs', () => {
  it('a tab that started in clinic mode never writes a case in clear, even after another tab wiped the device', async () => {
    localStorage.setItem('pd-helper:clinic:device', '{"v":1}');
    const b = await openTab();
    // Tab A wipes the device: the clinic record is gone.
    localStorage.removeItem('pd-helper:clinic:device');
    b.store.setState({ caseData: { ...b.store.getState().caseData, person: { fullName: 'José Núñez Peña' } } });
    b.store.getState().answer({ 'posture.detained': 'no' });
    expect(Object.keys(localStorage)).toEqual([]);
    expect(Object.keys(sessionStorage)).toEqual([]);
  });
});

describe('storage full', () => {
  it('says the answers are not being saved, keeps them in memory, and saves again once there is room', async () => {
    const tab = await openTab();
    const setItem = vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    tab.store.getState().answer({ 'posture.detained': 'no' });
    expect(tab.status.getState().failed).toBe(true);
    expect(posture(tab).detained).toBe('no');
    setItem.mockRestore();
    tab.store.getState().answer({ 'posture.receivedNta': 'yes' });
    expect(tab.status.getState().failed).toBe(false);
    expect(saved()?.state.envelope.data.posture).toEqual({ detained: 'no', receivedNta: 'yes' });
  });
});

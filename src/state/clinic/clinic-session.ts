/**
 * The clinic session's actions: set up, unlock, lock, and the cases. While unlocked, every
 * change to the open case is saved encrypted (debounced). Locking — on demand or after the idle
 * time — drops the key and empties the case from memory and from the screen. The state they
 * change is `useClinicStore` (clinic-status.ts), which the layout reads without loading this.
 */
import { type CaseData, emptyCase, isEmptyCase } from '../../domain';
import { useCaseStore } from '../case-store';
import { markClinicTab } from '../device-storage';
import { followOtherTabs } from '../other-tabs';
import { onOtherTabs, tellOtherTabs } from '../tab-sync';
import { type CaseSummary, clinicIdleMinutes, DEFAULT_IDLE_MINUTES, isClinicSetUp, useClinicStore } from './clinic-status';
import { type ClinicVault, setClinicIdleMinutes, setUpClinic, unlockClinic, wipeDevice, WrongPassphraseError } from './clinic-vault';
import { clearUnlockFailures, recordUnlockFailure, UnlockTooSoonError, unlockWaitMs } from './unlock-delay';

export { useClinicStore } from './clinic-status';

export interface ClinicSession {
  setUp: (passphrase: string, options?: { iterations?: number; idleMinutes?: number; keepCurrentAs?: string }) => Promise<void>;
  /**
   * Wrong passphrase → WrongPassphraseError (and the wait before the next try grows); during
   * that wait → UnlockTooSoonError, without trying; damaged data → DamagedVaultError.
   */
  unlock: (passphrase: string) => Promise<void>;
  /** How long before the next unlock try is allowed (ms), 0 if now. */
  unlockWaitMs: () => number;
  /** Locks this tab; `everyTab` (the Lock button) locks every other open tab of the app too. */
  lock: (options?: { everyTab?: boolean }) => void;
  createCase: (label: string) => Promise<CaseSummary>;
  importCase: (label: string, data: CaseData) => Promise<CaseSummary>;
  openCase: (id: string) => Promise<void>;
  closeCase: () => Promise<void>;
  renameCase: (id: string, label: string) => Promise<void>;
  deleteCase: (id: string) => Promise<void>;
  setIdleMinutes: (minutes: number) => void;
  /** Deletes every case and the clinic record from this device; every other open tab reloads empty. */
  wipe: () => void;
  /** Waits for the pending encrypted save (tests, and before switching cases). */
  flush: () => Promise<void>;
}

function local(): Storage {
  return window.localStorage;
}

/** Held outside any store so it never ends up in devtools snapshots or persisted state. */
let vault: ClinicVault | null = null;
let pendingSave: Promise<void> = Promise.resolve();
let saveTimer: ReturnType<typeof setTimeout> | null = null;
let unsubscribe: (() => void) | null = null;

function clearCaseFromMemory(): void {
  useCaseStore.setState({ caseData: emptyCase(), loadError: null });
}

const set = useClinicStore.setState;
const get = useClinicStore.getState;

export const clinicSession: ClinicSession = (() => {
  const onSaveError = () => set({ saveFailed: true });
  const scheduleSave = (id: string, data: CaseData) => {
    if (saveTimer) clearTimeout(saveTimer);
    saveTimer = setTimeout(() => {
      saveTimer = null;
      const v = vault;
      if (!v) return;
      pendingSave = pendingSave.then(() => v.saveCase(id, data)).catch(onSaveError);
    }, 250);
  };

  const watchActiveCase = () => {
    unsubscribe?.();
    unsubscribe = useCaseStore.subscribe((s, prev) => {
      const id = get().activeId;
      if (id && vault && s.caseData !== prev.caseData) scheduleSave(id, s.caseData);
    });
  };

  const flush = async () => {
    if (saveTimer) {
      clearTimeout(saveTimer);
      saveTimer = null;
      const id = get().activeId;
      const v = vault;
      const data = useCaseStore.getState().caseData;
      if (id && v) pendingSave = pendingSave.then(() => v.saveCase(id, data)).catch(onSaveError);
    }
    await pendingSave;
  };

  return {
    setUp: async (passphrase, options = {}) => {
      const current = useCaseStore.getState().caseData;
      const hasAnswers = !isEmptyCase(current);
      vault = await setUpClinic(local(), passphrase, options);
      markClinicTab();
      clearUnlockFailures(local());
      // The answers on screen move into the vault; the clear copy is removed from the device.
      for (const key of ['pd-helper:case']) {
        local().removeItem(key);
        window.sessionStorage.removeItem(key);
      }
      let cases: CaseSummary[] = [];
      if (hasAnswers && options.keepCurrentAs) cases = [await vault.createCase(options.keepCurrentAs, current)];
      clearCaseFromMemory();
      watchActiveCase();
      set({ status: 'unlocked', cases, activeId: null, idleMinutes: clinicIdleMinutes(local()), listChanged: false });
    },

    unlock: async (passphrase) => {
      const wait = unlockWaitMs(local());
      if (wait > 0) throw new UnlockTooSoonError(wait);
      let opened: ClinicVault;
      try {
        opened = await unlockClinic(local(), passphrase);
      } catch (error) {
        if (error instanceof WrongPassphraseError) recordUnlockFailure(local());
        throw error;
      }
      clearUnlockFailures(local());
      const { listChanged } = await opened.check();
      const cases = await opened.listCases();
      vault = opened;
      markClinicTab();
      watchActiveCase();
      set({ status: 'unlocked', cases, activeId: null, listChanged });
    },

    unlockWaitMs: () => unlockWaitMs(local()),

    lock: (options = {}) => {
      if (options.everyTab) tellOtherTabs({ type: 'clinic-lock' });
      if (saveTimer && vault) {
        // Save what was typed last, then forget the key.
        const id = get().activeId;
        const v = vault;
        // Take the data now: the case is cleared from memory before the save runs.
        const data = useCaseStore.getState().caseData;
        clearTimeout(saveTimer);
        saveTimer = null;
        if (id) pendingSave = pendingSave.then(() => v.saveCase(id, data)).catch(onSaveError);
      }
      unsubscribe?.();
      unsubscribe = null;
      vault = null;
      clearCaseFromMemory();
      set({ status: isClinicSetUp(local()) ? 'locked' : 'off', cases: [], activeId: null, listChanged: false });
    },

    createCase: async (label) => {
      if (!vault) throw new Error('locked');
      const summary = await vault.createCase(label);
      set({ cases: await vault.listCases() });
      return summary;
    },

    importCase: async (label, data) => {
      if (!vault) throw new Error('locked');
      const summary = await vault.createCase(label, data);
      set({ cases: await vault.listCases() });
      return summary;
    },

    openCase: async (id) => {
      if (!vault) throw new Error('locked');
      await flush();
      const data = await vault.loadCase(id);
      set({ activeId: null });
      useCaseStore.setState({ caseData: data, loadError: null });
      set({ activeId: id });
    },

    closeCase: async () => {
      await flush();
      set({ activeId: null });
      clearCaseFromMemory();
      if (vault) set({ cases: await vault.listCases() });
    },

    renameCase: async (id, label) => {
      if (!vault) throw new Error('locked');
      await vault.renameCase(id, label);
      set({ cases: await vault.listCases() });
    },

    deleteCase: async (id) => {
      if (!vault) throw new Error('locked');
      await flush();
      await vault.deleteCase(id);
      if (get().activeId === id) {
        set({ activeId: null });
        clearCaseFromMemory();
      }
      set({ cases: await vault.listCases() });
    },

    setIdleMinutes: (minutes) => {
      setClinicIdleMinutes(local(), minutes);
      set({ idleMinutes: clinicIdleMinutes(local()) });
    },

    wipe: () => {
      if (saveTimer) clearTimeout(saveTimer);
      saveTimer = null;
      unsubscribe?.();
      unsubscribe = null;
      vault = null;
      clearUnlockFailures(local());
      wipeDevice([window.localStorage, window.sessionStorage]);
      clearCaseFromMemory();
      useCaseStore.getState().deleteEverything();
      set({ status: 'off', cases: [], activeId: null, idleMinutes: DEFAULT_IDLE_MINUTES, listChanged: false });
      tellOtherTabs({ type: 'clinic-wipe' });
    },

    flush,
  };
})();

// "Lock" in another tab locks this one too (the idle timer locks only its own tab: the person may
// be working in another). A wipe is handled for every tab in clinic-status.ts.
onOtherTabs((message) => {
  if (message.type === 'clinic-lock' && get().status === 'unlocked') clinicSession.lock();
});
// A clinic tab follows the others from the start (a Wipe elsewhere must reach it at once).
followOtherTabs();

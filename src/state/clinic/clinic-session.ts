/**
 * The clinic session's actions: set up, unlock, lock, and the cases. While unlocked, every
 * change to the open case is saved encrypted (debounced). Locking — on demand or after the idle
 * time — drops the key and empties the case from memory and from the screen. The state they
 * change is `useClinicStore` (clinic-status.ts), which the layout reads without loading this.
 */
import { type CaseData, emptyCase, isEmptyCase } from '../../domain';
import { useCaseStore } from '../case-store';
import { markClinicTab, STORAGE_KEY, useSaveStatus } from '../device-storage';
import { followOtherTabs } from '../other-tabs';
import { onOtherTabs, tellOtherTabs } from '../tab-sync';
import { keepTypedAnswers } from '../typed-answers';
import { type CaseSummary, clinicIdleMinutes, DEFAULT_IDLE_MINUTES, isClinicSetUp, useClinicStore } from './clinic-status';
import { CaseChangedElsewhereError, CLINIC_INDEX_KEY, type ClinicVault, setClinicIdleMinutes, setUpClinic, unlockClinic, wipeDevice, WrongPassphraseError } from './clinic-vault';
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
  /**
   * Another tab saved the open case while this tab had changes of its own (useSaveStatus().conflict):
   * 'theirs' loads the saved case, 'mine' saves this tab's answers over it.
   */
  resolveConflict: (choice: 'theirs' | 'mine') => Promise<void>;
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

/** Puts a case loaded from the vault on screen without saving it back (no case is open meanwhile). */
function showCase(id: string, data: CaseData): void {
  useClinicStore.setState({ activeId: null });
  useCaseStore.setState({ caseData: data, loadError: null });
  useClinicStore.setState({ activeId: id });
}

const inConflict = () => useSaveStatus.getState().conflict;

const set = useClinicStore.setState;
const get = useClinicStore.getState;

export const clinicSession: ClinicSession = (() => {
  const onSaveError = (error: unknown) => {
    // Nothing was written: this tab's answers stay on screen until the person chooses.
    if (error instanceof CaseChangedElsewhereError) useSaveStatus.setState({ conflict: true });
    else set({ saveFailed: true });
  };
  const scheduleSave = (id: string, data: CaseData) => {
    if (saveTimer) clearTimeout(saveTimer);
    // While the person has not chosen, nothing is written (their answers stay in memory).
    if (inConflict()) return;
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
      local().removeItem(STORAGE_KEY);
      window.sessionStorage.removeItem(STORAGE_KEY);
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
      // No case is open yet: a question about one from before the lock has no case to ask about.
      useSaveStatus.setState({ conflict: false });
      set({ status: 'unlocked', cases, activeId: null, listChanged, typedNotKept: false });
    },

    unlockWaitMs: () => unlockWaitMs(local()),

    lock: (options = {}) => {
      if (options.everyTab) tellOtherTabs({ type: 'clinic-lock' });
      // What is typed on the question page but not yet continued goes with the case (if valid).
      // Answers waiting for the person's choice after another tab's save cannot be: say so.
      const typed = inConflict() ? 'not-kept' : get().activeId && vault ? keepTypedAnswers() : 'none';
      useSaveStatus.setState({ conflict: false });
      if (saveTimer && vault) {
        // Save what was typed last, then forget the key.
        const id = get().activeId;
        const v = vault;
        // Take the data now: the case is cleared from memory before the save runs.
        const data = useCaseStore.getState().caseData;
        clearTimeout(saveTimer);
        saveTimer = null;
        // Over another tab's newer save nothing is written; the case has left the screen, so
        // there is no one to ask: the locked screen says something was not kept.
        if (id) {
          pendingSave = pendingSave
            .then(() => v.saveCase(id, data))
            .catch((error: unknown) => (error instanceof CaseChangedElsewhereError ? set({ typedNotKept: true }) : onSaveError(error)));
        }
      }
      unsubscribe?.();
      unsubscribe = null;
      vault = null;
      clearCaseFromMemory();
      set({ status: isClinicSetUp(local()) ? 'locked' : 'off', cases: [], activeId: null, listChanged: false, typedNotKept: typed === 'not-kept' });
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
      useSaveStatus.setState({ conflict: false });
      showCase(id, data);
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

    resolveConflict: async (choice) => {
      const id = get().activeId;
      const v = vault;
      if (!id || !v) return;
      await pendingSave;
      if (choice === 'mine') await v.saveCase(id, useCaseStore.getState().caseData, undefined, undefined, true);
      else showCase(id, await v.loadCase(id));
      useSaveStatus.setState({ conflict: false });
    },
  };
})();

/**
 * Another tab saved: if it saved the case open here and this tab has no change of its own
 * waiting, show the newer answers (a change waiting here meets the other save when it is written,
 * and the person is asked).
 */
async function followCaseSavedElsewhere(): Promise<void> {
  const id = get().activeId;
  const v = vault;
  if (!id || !v || saveTimer || inConflict()) return;
  await pendingSave;
  if (get().activeId !== id || vault !== v || saveTimer || !(await v.changedElsewhere(id))) return;
  showCase(id, await v.loadCase(id));
}
if (typeof window !== 'undefined') {
  window.addEventListener('storage', (event) => {
    if (event.key === CLINIC_INDEX_KEY) void followCaseSavedElsewhere().catch(() => set({ saveFailed: true }));
  });
}

// "Lock" in another tab locks this one too (the idle timer locks only its own tab: the person may
// be working in another). A wipe is handled for every tab in clinic-status.ts.
onOtherTabs((message) => {
  if (message.type === 'clinic-lock' && get().status === 'unlocked') clinicSession.lock();
});
// A clinic tab follows the others from the start (a Wipe elsewhere must reach it at once).
followOtherTabs();

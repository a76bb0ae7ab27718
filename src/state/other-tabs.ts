/**
 * Following the other open tabs of the app: loaded by the shell when another tab first writes to
 * storage (not in the first download); clinic-session.ts loads it too, with clinic mode. Until then a tab is still safe: it never writes over a newer save
 * or a deletion it has not seen, and a clinic tab never writes in clear (device-storage.ts).
 */
import { CLINIC_DEVICE_KEY, useClinicStore } from './clinic/clinic-status';
import { initial, loadSavedAnswers, useCaseStore } from './case-store';
import { shouldReloadAfter, STORAGE_KEY } from './device-storage';
import { onOtherTabs } from './tab-sync';

let following = false;

/**
 * Clinic mode was wiped in another tab (its message, or the device record gone from storage):
 * this tab may hold a decrypted case in memory. Reloading at the start page drops it from memory
 * and starts this tab afresh.
 */
function reloadEmpty(): void {
  window.history.replaceState(null, '', '#/');
  window.location.reload();
}

/**
 * Another tab saved or deleted the answers (localStorage `storage` events reach every other tab
 * of this origin): load them here too, so this tab never writes over them with older answers, and
 * deleted answers are not brought back. A tab with its own change waiting asks instead.
 */
export function followOtherTabs(first?: StorageEvent): void {
  if (following || typeof window === 'undefined') return;
  following = true;
  const onStorage = (event: StorageEvent) => {
    if (event.storageArea !== window.localStorage) return;
    // key null: the whole storage was cleared (e.g. from the browser's settings).
    const clinicGone = event.key === null || (event.key === CLINIC_DEVICE_KEY && event.newValue === null);
    if (clinicGone && useClinicStore.getState().status !== 'off') {
      reloadEmpty();
      return;
    }
    if (event.key !== null && event.key !== STORAGE_KEY) return;
    const newValue = event.key === null ? null : event.newValue;
    if (!shouldReloadAfter(newValue)) return;
    if (newValue === null) useCaseStore.setState(initial());
    else void loadSavedAnswers();
  };
  window.addEventListener('storage', onStorage);
  // The event that made the shell load this code.
  if (first) onStorage(first);
  onOtherTabs((message) => {
    if (message.type === 'clinic-wipe' && useClinicStore.getState().status !== 'off') reloadEmpty();
  });
}

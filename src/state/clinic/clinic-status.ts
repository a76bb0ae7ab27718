/**
 * What the layout and the start page need to know about clinic mode, without its code: whether
 * it is off, locked or unlocked, the case list (names only while unlocked) and the open case.
 * Everything that reads or writes the encrypted cases (key derivation, the vault, the session's
 * actions in clinic-session.ts) loads only when clinic mode is in use, so it is not in the first
 * download of someone who never uses it (docs/adr/0004-bundle-budget.md).
 */
import { create } from 'zustand';
import { STORAGE_PREFIX } from '../storage-keys';

/** The device record's key: present means clinic mode is set up on this device. */
export const CLINIC_DEVICE_KEY = `${STORAGE_PREFIX}:clinic:device`;
export const DEFAULT_IDLE_MINUTES = 10;

export type ClinicStatus = 'off' | 'locked' | 'unlocked';

export interface CaseSummary {
  id: string;
  label: string;
  createdAt: string;
  updatedAt: string;
}

export interface ClinicState {
  status: ClinicStatus;
  cases: CaseSummary[];
  activeId: string | null;
  idleMinutes: number;
  /** The last encrypted save failed (e.g. storage full): the UI must say so, never hide it. */
  saveFailed: boolean;
  /**
   * At unlock, the case list did not match the cases stored (an older copy was put back, or
   * cases were added or removed outside the app): the case list says so.
   */
  listChanged: boolean;
  /** At the last lock, something typed could not be kept (not complete, or another tab had saved the case since). */
  typedNotKept: boolean;
}

/** Only what a Storage needs here (localStorage in the app, a Map-backed fake in tests). */
export type KeyValueStore = Pick<Storage, 'getItem' | 'setItem' | 'removeItem' | 'key' | 'length'>;

export function isClinicSetUp(store: Pick<Storage, 'getItem'>): boolean {
  return store.getItem(CLINIC_DEVICE_KEY) !== null;
}

/** The idle time saved in the device record (not secret), else the default. */
export function clinicIdleMinutes(store: Pick<Storage, 'getItem'>): number {
  try {
    const d = JSON.parse(store.getItem(CLINIC_DEVICE_KEY) ?? 'null') as { idleMinutes?: unknown } | null;
    return typeof d?.idleMinutes === 'number' && d.idleMinutes > 0 ? d.idleMinutes : DEFAULT_IDLE_MINUTES;
  } catch {
    return DEFAULT_IDLE_MINUTES;
  }
}

function localArea(): Storage | null {
  try {
    return typeof window === 'undefined' ? null : window.localStorage;
  } catch {
    return null;
  }
}

/** The state at load: locked if this device has clinic mode, else off. */
export function initialClinicState(): ClinicState {
  const local = localArea();
  return {
    status: local && isClinicSetUp(local) ? 'locked' : 'off',
    cases: [],
    activeId: null,
    idleMinutes: local ? clinicIdleMinutes(local) : DEFAULT_IDLE_MINUTES,
    saveFailed: false,
    listChanged: false,
    typedNotKept: false,
  };
}

/** Data only; the actions are `clinicSession` in clinic-session.ts (loaded on demand). */
export const useClinicStore = create<ClinicState>()(() => initialClinicState());

/**
 * Where the case is kept on this device: localStorage by default, or sessionStorage only
 * ("don't save on this device", for shared computers: gone when the browser closes).
 * Unreadable saved data is never thrown away silently: its raw text is kept aside so the
 * person can download it before starting over.
 */
import type { StateStorage } from 'zustand/middleware';
import { CLINIC_DEVICE_KEY } from './clinic/clinic-status';

export const STORAGE_KEY = 'pd-helper:case';

export type StorageMode = 'device' | 'session';

function area(mode: StorageMode): Storage | null {
  try {
    return mode === 'device' ? window.localStorage : window.sessionStorage;
  } catch {
    // Storage can be blocked (privacy settings): the app still works for this visit.
    return null;
  }
}

/** The mode in force: a session copy means the person chose not to save on this device. */
export function currentStorageMode(): StorageMode {
  return (area('session')?.getItem(STORAGE_KEY) ?? null) !== null ? 'session' : 'device';
}

/**
 * In clinic mode (a clinic device record exists) the open case lives only in memory here; the
 * clinic layer saves it encrypted. Nothing of a case is ever written in clear.
 */
export function clinicModeOn(): boolean {
  return (area('device')?.getItem(CLINIC_DEVICE_KEY) ?? null) !== null;
}

let mode: StorageMode = 'device';
let corruptRaw: string | null = null;
/** While saved data could not be read, nothing is written over it until the person decides. */
let writesBlocked = false;

export const deviceStorage: StateStorage = {
  getItem(name) {
    if (clinicModeOn()) return null;
    mode = currentStorageMode();
    const raw = area(mode)?.getItem(name) ?? null;
    if (raw === null) return null;
    try {
      // Stringified again too: JSON nested too deeply to stringify (JSON.parse copes, the store
      // cannot) would otherwise make loading fail silently and the next answer overwrite it.
      JSON.stringify(JSON.parse(raw));
      return raw;
    } catch {
      corruptRaw = raw;
      writesBlocked = true;
      return null;
    }
  },
  setItem(name, value) {
    if (writesBlocked || clinicModeOn()) return;
    // A state with nothing of the person in it is not written: "delete my answers" leaves no trace.
    if (isPristine(value)) {
      area(mode)?.removeItem(name);
      return;
    }
    area(mode)?.setItem(name, value);
  },
  removeItem(name) {
    area('device')?.removeItem(name);
    area('session')?.removeItem(name);
  },
};

function isPristine(value: string): boolean {
  try {
    const parsed = JSON.parse(value) as { state?: { hasData?: unknown } };
    return parsed.state?.hasData === false;
  } catch {
    return false;
  }
}

export function getStorageMode(): StorageMode {
  return mode;
}

/** Move the saved case to the other area and remove it from the first. */
export function switchStorageMode(next: StorageMode): void {
  if (next === mode) return;
  const value = area(mode)?.getItem(STORAGE_KEY) ?? null;
  area(mode)?.removeItem(STORAGE_KEY);
  mode = next;
  if (value !== null && !writesBlocked) area(next)?.setItem(STORAGE_KEY, value);
}

export function takeCorruptRaw(): string | null {
  return corruptRaw;
}

export function blockWrites(raw: string): void {
  corruptRaw = raw;
  writesBlocked = true;
}

/** After the person chose to start over (or downloaded the copy): forget the bad data. */
export function clearCorrupt(): void {
  corruptRaw = null;
  writesBlocked = false;
}

/** Remove everything this app keeps in the browser's storage. */
export function wipeAllStorage(): void {
  for (const m of ['device', 'session'] as const) {
    const a = area(m);
    if (!a) continue;
    for (const key of Object.keys(a)) if (key.startsWith('pd-helper')) a.removeItem(key);
  }
  clearCorrupt();
  mode = 'device';
}

/**
 * Where the case is kept on this device: localStorage by default, or only in this tab's memory
 * ("don't save on this device", for shared computers: gone when the tab closes or reloads; the
 * browser keeps sessionStorage on disk and restores it with the session, so it is not used for
 * answers). Unreadable saved data is never thrown away silently: its raw text is kept aside so the
 * person can download it before starting over.
 *
 * Several tabs: every save carries a revision and the id of the tab that wrote it. A tab never
 * writes over a newer save it has not seen (another tab's): it keeps its answers in memory and
 * says so (`useSaveStatus().conflict`), and the person chooses. A tab that is (or was) in clinic
 * mode never writes a case in clear, whatever storage says now (`markClinicTab`).
 */
import type { StateStorage } from 'zustand/middleware';
import { create } from 'zustand';
import { CLINIC_DEVICE_KEY } from './clinic/clinic-status';
import { STORAGE_PREFIX } from './storage-keys';

/** This tab's random id: a tab tells its own saves from another tab's. */
export const TAB_ID = Math.random().toString(36).slice(2, 10);

export const STORAGE_KEY = `${STORAGE_PREFIX}:case`;
/** In sessionStorage: this tab keeps its answers in memory only (no answers in it, only the choice). */
export const SESSION_ONLY_KEY = `${STORAGE_PREFIX}:session-only`;

export type StorageMode = 'device' | 'session';

export interface SaveStatus {
  /** Another tab saved newer answers while this tab had changes of its own: nothing is written until the person chooses. */
  conflict: boolean;
  /** The last save to this device failed (storage full or blocked): the answers are only in memory. */
  failed: boolean;
}

export const useSaveStatus = create<SaveStatus>()(() => ({ conflict: false, failed: false }));

function area(mode: StorageMode): Storage | null {
  try {
    return mode === 'device' ? window.localStorage : window.sessionStorage;
  } catch {
    // Storage can be blocked (privacy settings): the app still works for this visit.
    return null;
  }
}

/** The mode in force in this tab: the person chose not to save on this device (or an older version kept the answers in sessionStorage). */
export function currentStorageMode(): StorageMode {
  const session = area('session');
  if (!session) return 'device';
  return session.getItem(SESSION_ONLY_KEY) !== null || session.getItem(STORAGE_KEY) !== null ? 'session' : 'device';
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
/** This tab loaded clinic mode or a case from the vault: it never writes a case in clear until it reloads. */
let clinicTab = clinicModeOn();
/** Session-only answers: in this tab's memory, never in storage. */
let sessionCopy: string | null = null;
/** The revision of the save this tab last read or wrote (0: none). */
let baseRev = 0;
/** What this tab would have saved while a conflict waits for the person's choice. */
let pendingWrite: string | null = null;

/** Called when this tab sets up or unlocks clinic mode. */
export function markClinicTab(): void {
  clinicTab = true;
}

const REV_TAIL = /,"rev":(\d+),"tab":"([a-z0-9]*)"\}$/;

/** The revision and writer of a saved state ("rev" and "tab" added at the end of zustand's JSON). */
export function savedRevision(raw: string | null): { rev: number; tab: string | null } {
  const m = raw === null ? null : REV_TAIL.exec(raw);
  return m ? { rev: Number(m[1]), tab: m[2]! } : { rev: raw === null ? 0 : 1, tab: null };
}

function withRevision(value: string, rev: number): string {
  // zustand's JSON storage writes an object ({"state":…,"version":…}): add two fields at its end.
  return value.endsWith('}') ? `${value.slice(0, -1)},"rev":${rev},"tab":"${TAB_ID}"}` : value;
}

function writeToDevice(name: string, value: string): void {
  const a = area('device');
  if (!a) return;
  const stored = a.getItem(name);
  const { rev: storedRev, tab: storedTab } = savedRevision(stored);
  // Another tab saved since this tab last read (or deleted the answers): keep ours in memory, ask.
  const changedElsewhere = stored === null ? baseRev > 0 : storedRev > baseRev && storedTab !== TAB_ID;
  if (changedElsewhere || useSaveStatus.getState().conflict) {
    pendingWrite = value;
    if (!useSaveStatus.getState().conflict) useSaveStatus.setState({ conflict: true });
    return;
  }
  const rev = Math.max(baseRev, storedRev) + 1;
  try {
    a.setItem(name, withRevision(value, rev));
    baseRev = rev;
    if (useSaveStatus.getState().failed) useSaveStatus.setState({ failed: false });
  } catch {
    // Quota exceeded (or storage blocked now): the answers are only in memory; the page says so.
    useSaveStatus.setState({ failed: true });
  }
}

export const deviceStorage: StateStorage = {
  getItem(name) {
    if (clinicTab || clinicModeOn()) return null;
    mode = currentStorageMode();
    let raw: string | null;
    if (mode === 'session') {
      // An older version kept these answers in sessionStorage: read them once, keep them in memory only.
      const legacy = area('session')?.getItem(name) ?? null;
      if (legacy !== null) {
        area('session')?.removeItem(name);
        area('session')?.setItem(SESSION_ONLY_KEY, '1');
        sessionCopy = legacy;
      }
      raw = sessionCopy;
    } else {
      raw = area('device')?.getItem(name) ?? null;
      baseRev = savedRevision(raw).rev;
    }
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
    if (writesBlocked || clinicTab || clinicModeOn()) return;
    // A state with nothing of the person in it is not written: "delete my answers" leaves no trace.
    const pristine = isPristine(value);
    if (mode === 'session') {
      sessionCopy = pristine ? null : value;
      return;
    }
    if (pristine) {
      if (!useSaveStatus.getState().conflict) {
        area('device')?.removeItem(name);
        baseRev = 0;
      }
      return;
    }
    writeToDevice(name, value);
  },
  removeItem(name) {
    area('device')?.removeItem(name);
    area('session')?.removeItem(name);
    sessionCopy = null;
    baseRev = 0;
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

/** Move the answers to the other place (device storage ↔ this tab's memory) and remove them from the first. */
export function switchStorageMode(next: StorageMode): void {
  if (next === mode) return;
  if (next === 'session') {
    const value = area('device')?.getItem(STORAGE_KEY) ?? null;
    area('device')?.removeItem(STORAGE_KEY);
    baseRev = 0;
    area('session')?.setItem(SESSION_ONLY_KEY, '1');
    mode = 'session';
    if (value !== null && !writesBlocked) sessionCopy = value.replace(REV_TAIL, '}');
    return;
  }
  const value = sessionCopy;
  sessionCopy = null;
  area('session')?.removeItem(SESSION_ONLY_KEY);
  area('session')?.removeItem(STORAGE_KEY);
  mode = 'device';
  if (value !== null && !writesBlocked) writeToDevice(STORAGE_KEY, value);
}

/**
 * Another tab changed the saved answers: true when this tab should load them now (it has no
 * change of its own waiting), false when it should ignore the event (its own save, an older one,
 * or a conflict the person is asked about).
 */
export function shouldReloadAfter(newValue: string | null): boolean {
  if (mode !== 'device' || clinicTab || writesBlocked || useSaveStatus.getState().conflict) return false;
  if (newValue === null) return baseRev > 0;
  const { rev, tab } = savedRevision(newValue);
  return tab !== TAB_ID && rev > baseRev;
}

/**
 * The person chose, after another tab's save: 'theirs' drops this tab's waiting change (the
 * caller then loads the saved answers); 'mine' writes this tab's answers over the other save.
 */
export function resolveConflict(choice: 'theirs' | 'mine'): { savedNow: boolean } {
  const waiting = pendingWrite;
  pendingWrite = null;
  const stored = area('device')?.getItem(STORAGE_KEY) ?? null;
  baseRev = savedRevision(stored).rev;
  useSaveStatus.setState({ conflict: false });
  if (choice === 'mine' && waiting !== null) writeToDevice(STORAGE_KEY, waiting);
  return { savedNow: stored !== null };
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

/** Remove everything this app keeps in the browser's storage (and this tab's session-only answers). */
export function wipeAllStorage(): void {
  for (const m of ['device', 'session'] as const) {
    const a = area(m);
    if (!a) continue;
    for (const key of Object.keys(a)) if (key.startsWith(STORAGE_PREFIX)) a.removeItem(key);
  }
  clearCorrupt();
  mode = 'device';
  sessionCopy = null;
  pendingWrite = null;
  baseRev = 0;
  // Wiped in this tab, on purpose: from now on this tab may save a new case in the normal way.
  clinicTab = clinicModeOn();
  useSaveStatus.setState({ conflict: false, failed: false });
}

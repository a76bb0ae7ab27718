/**
 * A growing wait after wrong passphrases at unlock: none after the first (a typo), then 1, 2, 4,
 * 8, 16 s, then 30 s after each further one, until the right passphrase is entered. Counted in
 * memory for this tab and kept in the device record (not secret), so reloading the page does not
 * reset it. It slows down someone guessing at the keyboard; it cannot slow down someone who
 * copied the device record and guesses offline (only the passphrase strength and PBKDF2 do that).
 */
import { CLINIC_DEVICE_KEY, type KeyValueStore } from './clinic-status';

export const MAX_UNLOCK_DELAY_MS = 30_000;

/** The wait after the n-th wrong passphrase in a row: 0, 1, 2, 4, 8, 16, then 30 s. */
export function unlockDelayMs(failures: number): number {
  if (failures <= 1) return 0;
  return Math.min(MAX_UNLOCK_DELAY_MS, 1000 * 2 ** Math.min(failures - 2, 16));
}

/** Tried too soon: `waitMs` is what is left of the wait. */
export class UnlockTooSoonError extends Error {
  constructor(readonly waitMs: number) {
    super(`Wait ${Math.ceil(waitMs / 1000)} s before trying another passphrase.`);
    this.name = 'UnlockTooSoonError';
  }
}

interface Failures {
  /** Wrong passphrases in a row. */
  count: number;
  /** When the next try is allowed (ms since 1970). */
  until: number;
}

const NONE: Failures = { count: 0, until: 0 };
/** This tab's own count, by storage area (one in the app; tests use several). */
const inMemory = new WeakMap<KeyValueStore, Failures>();

function readRecord(store: KeyValueStore): Record<string, unknown> | null {
  try {
    const d = JSON.parse(store.getItem(CLINIC_DEVICE_KEY) ?? 'null') as unknown;
    return typeof d === 'object' && d !== null && !Array.isArray(d) ? (d as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

function stored(store: KeyValueStore): Failures {
  const f = readRecord(store)?.unlockFailures as Partial<Failures> | undefined;
  const count = typeof f?.count === 'number' && Number.isSafeInteger(f.count) && f.count > 0 ? f.count : 0;
  const until = typeof f?.until === 'number' && Number.isFinite(f.until) ? f.until : 0;
  return { count, until };
}

/** The larger of this tab's count and the stored one: clearing one of them does not reset the wait. */
function current(store: KeyValueStore): Failures {
  const a = inMemory.get(store) ?? NONE;
  const b = stored(store);
  return { count: Math.max(a.count, b.count), until: Math.max(a.until, b.until) };
}

function write(store: KeyValueStore, failures: Failures | null): void {
  const d = readRecord(store);
  if (!d) return;
  const next = { ...d };
  if (failures) next.unlockFailures = failures;
  else delete next.unlockFailures;
  try {
    store.setItem(CLINIC_DEVICE_KEY, JSON.stringify(next));
  } catch {
    // Storage full: this tab's count still holds.
  }
}

/**
 * How long before the next try is allowed, 0 if now. Never more than the longest wait, even if
 * the clock was set back or the record says otherwise.
 */
export function unlockWaitMs(store: KeyValueStore, now = Date.now()): number {
  return Math.min(MAX_UNLOCK_DELAY_MS, Math.max(0, current(store).until - now));
}

/** Counts a wrong passphrase; gives the wait before the next try. */
export function recordUnlockFailure(store: KeyValueStore, now = Date.now()): number {
  const count = current(store).count + 1;
  const wait = unlockDelayMs(count);
  const failures = { count, until: now + wait };
  inMemory.set(store, failures);
  write(store, failures);
  return wait;
}

/** The right passphrase (or a new setup): the count starts again. */
export function clearUnlockFailures(store: KeyValueStore): void {
  inMemory.delete(store);
  if (stored(store).count > 0) write(store, null);
}

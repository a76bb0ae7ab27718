/** The growing wait after wrong passphrases at unlock: its schedule, and that a reload keeps it. */
import { describe, expect, it } from 'vitest';
import { CLINIC_DEVICE_KEY } from '../../../src/state/clinic/clinic-status';
import {
  clearUnlockFailures,
  MAX_UNLOCK_DELAY_MS,
  recordUnlockFailure,
  unlockDelayMs,
  unlockWaitMs,
} from '../../../src/state/clinic/unlock-delay';
import { MemoryStore } from './memory-store';

const T0 = Date.UTC(2026, 10, 30, 12, 0, 0);

function deviceStore() {
  const store = new MemoryStore();
  store.setItem(CLINIC_DEVICE_KEY, JSON.stringify({ v: 2, idleMinutes: 10 }));
  return store;
}

describe('unlock delay schedule', () => {
  it('is 0 after the first wrong passphrase, then 1, 2, 4, 8, 16 s, then 30 s at most', () => {
    expect([0, 1, 2, 3, 4, 5, 6, 7, 8, 50, 1e9].map((n) => unlockDelayMs(n) / 1000)).toEqual([0, 0, 1, 2, 4, 8, 16, 30, 30, 30, 30]);
  });

  it('counts wrong passphrases and gives the wait left at any moment (injected clock)', () => {
    const store = deviceStore();
    expect(recordUnlockFailure(store, T0)).toBe(0);
    expect(unlockWaitMs(store, T0)).toBe(0);
    expect(recordUnlockFailure(store, T0)).toBe(1000);
    expect(unlockWaitMs(store, T0 + 400)).toBe(600);
    expect(unlockWaitMs(store, T0 + 1000)).toBe(0);
    expect(recordUnlockFailure(store, T0 + 1000)).toBe(2000);
    expect(recordUnlockFailure(store, T0 + 3000)).toBe(4000);
    expect(unlockWaitMs(store, T0 + 3000)).toBe(4000);
  });

  it('is kept in the device record, so a reload (a new tab) does not reset it', () => {
    const store = deviceStore();
    for (let i = 0; i < 5; i++) recordUnlockFailure(store, T0);
    const record = JSON.parse(store.getItem(CLINIC_DEVICE_KEY)!) as { unlockFailures: { count: number }; idleMinutes: number };
    expect(record.unlockFailures.count).toBe(5);
    expect(record.idleMinutes).toBe(10);
    // Another storage object with the same content: what a reloaded page sees.
    const reloaded = new MemoryStore();
    reloaded.setItem(CLINIC_DEVICE_KEY, store.getItem(CLINIC_DEVICE_KEY)!);
    expect(unlockWaitMs(reloaded, T0 + 1000)).toBe(7000);
  });

  it('is also counted in memory: removing it from the record does not reset this tab', () => {
    const store = deviceStore();
    for (let i = 0; i < 4; i++) recordUnlockFailure(store, T0);
    store.setItem(CLINIC_DEVICE_KEY, JSON.stringify({ v: 2, idleMinutes: 10 }));
    expect(unlockWaitMs(store, T0)).toBe(4000);
    expect(recordUnlockFailure(store, T0 + 4000)).toBe(8000);
  });

  it('never asks for more than the longest wait, even if the clock was set back', () => {
    const store = deviceStore();
    for (let i = 0; i < 10; i++) recordUnlockFailure(store, T0);
    expect(unlockWaitMs(store, T0 - 86_400_000)).toBe(MAX_UNLOCK_DELAY_MS);
  });

  it('starts again after the right passphrase', () => {
    const store = deviceStore();
    for (let i = 0; i < 4; i++) recordUnlockFailure(store, T0);
    clearUnlockFailures(store);
    expect(unlockWaitMs(store, T0)).toBe(0);
    expect(JSON.parse(store.getItem(CLINIC_DEVICE_KEY)!)).toEqual({ v: 2, idleMinutes: 10 });
    expect(recordUnlockFailure(store, T0)).toBe(0);
  });
});

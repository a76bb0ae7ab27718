import type { KeyValueStore } from '../../../src/state/clinic/clinic-status';

/** A Storage-like map, for tests of what is really written. */
export class MemoryStore implements KeyValueStore {
  readonly map = new Map<string, string>();
  get length() {
    return this.map.size;
  }
  key(i: number) {
    return [...this.map.keys()][i] ?? null;
  }
  getItem(k: string) {
    return this.map.get(k) ?? null;
  }
  setItem(k: string, v: string) {
    this.map.set(k, String(v));
  }
  removeItem(k: string) {
    this.map.delete(k);
  }
  /** Everything stored, as one string, to search for plaintext. */
  dump(): string {
    return [...this.map].map(([k, v]) => `${k}=${v}`).join('\n');
  }
}

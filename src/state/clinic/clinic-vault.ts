/**
 * Clinic mode: many people's cases on one shared device, each stored encrypted at rest.
 * Storage holds only: a device record (KDF settings, random salt, an encrypted check value, the
 * idle time), an encrypted case list, and one encrypted blob per case under a random id.
 * Nothing readable about a case — not even a name — is stored in clear.
 */
import { type CaseData, cleanText, emptyCase, restoreCase, saveCase } from '../../domain';
import {
  CLINIC_DEVICE_KEY,
  type CaseSummary,
  DEFAULT_IDLE_MINUTES,
  isClinicSetUp,
  type KeyValueStore,
} from './clinic-status';
import { assertUsablePassphrase } from './passphrase-rules';
import { decryptJson, DEFAULT_ITERATIONS, deriveKey, type EncryptedBlob, encryptJson, fromBase64, isEncryptedBlob, KDF, MIN_ITERATIONS, randomBytes, toBase64 } from './crypto';

export const CLINIC_INDEX_KEY = 'pd-helper:clinic:index';
export const CLINIC_CASE_PREFIX = 'pd-helper:clinic:case:';

interface DeviceRecord {
  v: 1;
  kdf: typeof KDF;
  iterations: number;
  salt: string;
  verifier: EncryptedBlob;
  idleMinutes: number;
}

const VERIFIER = { check: 'pd-helper-clinic' };

export class WrongPassphraseError extends Error {
  constructor() {
    super('Wrong passphrase.');
    this.name = 'WrongPassphraseError';
  }
}

/** The stored data is damaged (not a wrong passphrase): the person can only wipe the device. */
export class DamagedVaultError extends Error {
  constructor(what: string) {
    super(`The clinic data on this device is damaged (${what}).`);
    this.name = 'DamagedVaultError';
  }
}

function readDevice(store: KeyValueStore): DeviceRecord | null {
  const raw = store.getItem(CLINIC_DEVICE_KEY);
  if (raw === null) return null;
  try {
    const d = JSON.parse(raw) as Partial<DeviceRecord>;
    if (d.v !== 1 || d.kdf !== KDF || typeof d.iterations !== 'number' || d.iterations < MIN_ITERATIONS
      || typeof d.salt !== 'string' || !isEncryptedBlob(d.verifier)) throw new Error('shape');
    return { ...(d as DeviceRecord), idleMinutes: typeof d.idleMinutes === 'number' && d.idleMinutes > 0 ? d.idleMinutes : DEFAULT_IDLE_MINUTES };
  } catch {
    throw new DamagedVaultError('device record');
  }
}

export function setClinicIdleMinutes(store: KeyValueStore, minutes: number): void {
  const d = readDevice(store);
  if (!d) return;
  const clamped = Math.min(240, Math.max(1, Math.round(minutes)));
  store.setItem(CLINIC_DEVICE_KEY, JSON.stringify({ ...d, idleMinutes: clamped }));
}

function newId(): string {
  return toBase64(randomBytes(12)).replace(/[+/=]/g, (c) => ({ '+': '-', '/': '_', '=': '' })[c] ?? '');
}

export async function setUpClinic(
  store: KeyValueStore,
  passphrase: string,
  options: { iterations?: number; idleMinutes?: number } = {},
): Promise<ClinicVault> {
  if (isClinicSetUp(store)) throw new Error('Clinic mode is already set up on this device.');
  assertUsablePassphrase(passphrase);
  const iterations = options.iterations ?? DEFAULT_ITERATIONS;
  const salt = randomBytes(16);
  const key = await deriveKey(passphrase, salt, iterations);
  const record: DeviceRecord = {
    v: 1, kdf: KDF, iterations, salt: toBase64(salt),
    verifier: await encryptJson(key, VERIFIER),
    idleMinutes: options.idleMinutes ?? DEFAULT_IDLE_MINUTES,
  };
  store.setItem(CLINIC_DEVICE_KEY, JSON.stringify(record));
  const vault = new ClinicVault(store, key);
  await vault.writeIndex([]);
  return vault;
}

/** Wrong passphrase → WrongPassphraseError, and nothing in storage is touched. */
export async function unlockClinic(store: KeyValueStore, passphrase: string): Promise<ClinicVault> {
  const d = readDevice(store);
  if (!d) throw new Error('Clinic mode is not set up on this device.');
  let key: CryptoKey;
  try {
    key = await deriveKey(passphrase, fromBase64(d.salt), d.iterations);
  } catch {
    throw new DamagedVaultError('device record');
  }
  try {
    const check = await decryptJson(key, d.verifier);
    if (JSON.stringify(check) !== JSON.stringify(VERIFIER)) throw new WrongPassphraseError();
  } catch {
    throw new WrongPassphraseError();
  }
  return new ClinicVault(store, key);
}

/** A case's label as kept and shown: one line, cleaned by the domain's text rule, at most 80 characters. */
export function caseLabel(label: string): string {
  return Array.from(cleanText(label, 'line').trim()).slice(0, 80).join('').trim();
}

export class ClinicVault {
  constructor(private readonly store: KeyValueStore, private readonly key: CryptoKey) {}

  async listCases(): Promise<CaseSummary[]> {
    const raw = this.store.getItem(CLINIC_INDEX_KEY);
    if (raw === null) return [];
    try {
      const list = await decryptJson(this.key, JSON.parse(raw));
      if (!Array.isArray(list)) throw new Error('shape');
      return list
        .filter((c): c is CaseSummary => typeof c === 'object' && c !== null && typeof (c as CaseSummary).id === 'string'
          && typeof (c as CaseSummary).label === 'string')
        .map((c) => ({ ...c, label: caseLabel(c.label) }));
    } catch {
      throw new DamagedVaultError('case list');
    }
  }

  async writeIndex(list: CaseSummary[]): Promise<void> {
    this.store.setItem(CLINIC_INDEX_KEY, JSON.stringify(await encryptJson(this.key, list)));
  }

  async createCase(label: string, data: CaseData = emptyCase(), now = new Date().toISOString()): Promise<CaseSummary> {
    const summary: CaseSummary = { id: newId(), label: caseLabel(label), createdAt: now, updatedAt: now };
    await this.saveCase(summary.id, data, now, summary);
    return summary;
  }

  async renameCase(id: string, label: string): Promise<void> {
    const list = await this.listCases();
    await this.writeIndex(list.map((c) => (c.id === id ? { ...c, label: caseLabel(label) } : c)));
  }

  async deleteCase(id: string): Promise<void> {
    this.store.removeItem(CLINIC_CASE_PREFIX + id);
    await this.writeIndex((await this.listCases()).filter((c) => c.id !== id));
  }

  /** The case, validated and migrated by restoreCase; damaged data is an error, never a silent blank. */
  async loadCase(id: string): Promise<CaseData> {
    const raw = this.store.getItem(CLINIC_CASE_PREFIX + id);
    if (raw === null) throw new DamagedVaultError('missing case');
    let envelope: unknown;
    try {
      envelope = await decryptJson(this.key, JSON.parse(raw));
    } catch {
      // With the right key (the verifier decrypted), a failure here means changed or broken data.
      throw new DamagedVaultError('case');
    }
    const restored = restoreCase(envelope);
    if (!restored.ok) throw new DamagedVaultError(`case: ${restored.error}`);
    return restored.data;
  }

  async saveCase(id: string, data: CaseData, now = new Date().toISOString(), added?: CaseSummary): Promise<void> {
    const envelope = saveCase(data, { appVersion: 'clinic', savedAt: now });
    this.store.setItem(CLINIC_CASE_PREFIX + id, JSON.stringify(await encryptJson(this.key, envelope)));
    const list = await this.listCases();
    await this.writeIndex(added ? [...list, added] : list.map((c) => (c.id === id ? { ...c, updatedAt: now } : c)));
  }
}

/** Every key, case and setting this app keeps, in every storage area given. */
export function wipeDevice(stores: readonly KeyValueStore[]): void {
  for (const s of stores) {
    const keys: string[] = [];
    for (let i = 0; i < s.length; i++) {
      const k = s.key(i);
      if (k !== null && k.startsWith('pd-helper')) keys.push(k);
    }
    keys.forEach((k) => s.removeItem(k));
  }
}

/**
 * Clinic mode: many people's cases on one shared device, each stored encrypted at rest.
 * Storage holds only: a device record (KDF settings, random salt, an encrypted check value, the
 * idle time, the count of wrong passphrases), an encrypted case list, and one encrypted blob per
 * case under a random id. Nothing readable about a case — not even a name — is stored in clear.
 *
 * Vault format 2 (docs/adr/0007-clinic-crypto-and-threat-model.md):
 * - every blob is bound to its storage key (and case id) by AES-GCM's additional data, so a blob
 *   copied to another slot does not decrypt;
 * - a revision counter goes up by one with every write. The case list carries it, the check value
 *   in the device record carries a copy, and each case blob carries the revision it was written
 *   at (also kept for it in the list). A case list older than the check value, a case blob with no
 *   entry in the list (or an entry with no blob), or a case blob whose revision is not the one the
 *   list expects, means something put back an older copy: "the case list was changed".
 * - every change (case, list, check value) is encrypted first, then written in one synchronous
 *   step that puts the old values back if a write fails (e.g. storage full); if another tab wrote
 *   the list meanwhile, the change is made again on the new list.
 * Vaults of format 1 (no AAD, no revisions) are migrated at the first unlock.
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
import {
  decryptJson,
  decryptLegacyJson,
  DEFAULT_ITERATIONS,
  deriveKey,
  type EncryptedBlob,
  encryptJson,
  fromBase64,
  isEncryptedBlob,
  isSaneKdf,
  KDF,
  randomBytes,
  toBase64,
} from './crypto';
import { STORAGE_PREFIX } from '../storage-keys';

export const CLINIC_INDEX_KEY = `${STORAGE_PREFIX}:clinic:index`;
export const CLINIC_CASE_PREFIX = `${STORAGE_PREFIX}:clinic:case:`;
/** The vault format this code writes; format 1 (before AAD and revisions) is migrated on unlock. */
export const VAULT_VERSION = 2;

interface DeviceRecord {
  v: 1 | 2;
  kdf: typeof KDF;
  iterations: number;
  salt: string;
  verifier: EncryptedBlob;
  idleMinutes: number;
}

const CHECK = 'pd-helper-clinic';

/** What a blob is bound to: its storage key, and for a case its id (AES-GCM additional data). */
export function clinicAad(storageKey: string, caseId = ''): string {
  return `pd-helper:aad:v2|${storageKey}|${caseId}`;
}
const caseKey = (id: string) => CLINIC_CASE_PREFIX + id;
const VERIFIER_AAD = clinicAad(CLINIC_DEVICE_KEY);
const INDEX_AAD = clinicAad(CLINIC_INDEX_KEY);
const caseAad = (id: string) => clinicAad(caseKey(id), id);

/** A case in the list, with the revision its blob was last written at. */
interface IndexEntry extends CaseSummary {
  rev: number;
}
interface Index {
  revision: number;
  cases: IndexEntry[];
}
/** What one change does: the new list, and the case blob written or removed with it. */
interface CaseChange {
  cases: IndexEntry[];
  blob?: { id: string; envelope: unknown } | { id: string; remove: true };
}

export class WrongPassphraseError extends Error {
  constructor() {
    super('Wrong passphrase.');
    this.name = 'WrongPassphraseError';
  }
}

/**
 * Another tab saved this case since this tab loaded or saved it: nothing was written, so neither
 * tab's answers are lost. The person chooses (load the newer answers, or save these over them).
 */
export class CaseChangedElsewhereError extends Error {
  constructor() {
    super('The case was changed in another tab.');
    this.name = 'CaseChangedElsewhereError';
  }
}

/**
 * The stored data is damaged or was changed outside the app (not a wrong passphrase).
 * `changed`: it decrypts, but an older copy was put back (see the file comment).
 */
export class DamagedVaultError extends Error {
  constructor(what: string, readonly changed = false) {
    super(`The clinic data on this device is ${changed ? 'changed' : 'damaged'} (${what}).`);
    this.name = 'DamagedVaultError';
  }
}

function readDevice(store: KeyValueStore): DeviceRecord | null {
  const raw = store.getItem(CLINIC_DEVICE_KEY);
  if (raw === null) return null;
  try {
    const d = JSON.parse(raw) as Partial<DeviceRecord>;
    // Bounds first: a tampered record asking for a billion rounds is refused before any derivation.
    if ((d.v !== 1 && d.v !== 2) || !isSaneKdf(d) || !isEncryptedBlob(d.verifier) || d.verifier.v !== d.v) throw new Error('shape');
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

type Write = readonly [key: string, value: string | null];

/**
 * Writes (or removes, for null) in order, in one synchronous step; if one fails (storage full),
 * the values written so far are put back, so the vault is never left half-changed.
 */
function writeAll(store: KeyValueStore, writes: readonly Write[]): void {
  const before = writes.map(([k]) => [k, store.getItem(k)] as const);
  let done = 0;
  try {
    for (const [k, v] of writes) {
      if (v === null) store.removeItem(k);
      else store.setItem(k, v);
      done += 1;
    }
  } catch (error) {
    for (const [k, v] of before.slice(0, done + 1).reverse()) {
      try {
        if (v === null) store.removeItem(k);
        else store.setItem(k, v);
      } catch {
        // Best effort: the old value was there a moment ago, so it fits.
      }
    }
    throw error;
  }
}

function isSummary(c: unknown): c is CaseSummary {
  const s = c as CaseSummary;
  return typeof c === 'object' && c !== null && typeof s.id === 'string' && typeof s.label === 'string'
    && typeof s.createdAt === 'string' && typeof s.updatedAt === 'string';
}

/** A format-1 list entry, read as leniently as format 1 was. */
function legacySummary(c: unknown): CaseSummary[] {
  const s = (typeof c === 'object' && c !== null ? c : {}) as Record<string, unknown>;
  if (typeof s.id !== 'string' || typeof s.label !== 'string') return [];
  const date = (d: unknown) => (typeof d === 'string' ? d : '');
  return [{ id: s.id, label: s.label, createdAt: date(s.createdAt), updatedAt: date(s.updatedAt) }];
}

function isRevision(n: unknown): n is number {
  return typeof n === 'number' && Number.isSafeInteger(n) && n >= 0;
}

function parseIndex(value: unknown): Index {
  const v = value as Partial<Index> | null;
  if (typeof v !== 'object' || v === null || !isRevision(v.revision) || !Array.isArray(v.cases)) throw new Error('shape');
  const cases = v.cases.filter((c): c is IndexEntry => isSummary(c) && isRevision((c as IndexEntry).rev));
  if (cases.length !== v.cases.length) throw new Error('shape');
  return { revision: v.revision, cases };
}

function deviceJson(store: KeyValueStore, verifier: EncryptedBlob): string {
  // Read at write time: keeps the idle time and the wrong-passphrase count written meanwhile.
  const d = JSON.parse(store.getItem(CLINIC_DEVICE_KEY) ?? '{}') as Record<string, unknown>;
  return JSON.stringify({ ...d, v: VAULT_VERSION, verifier });
}

export async function setUpClinic(
  store: KeyValueStore,
  passphrase: string,
  options: { iterations?: number; idleMinutes?: number } = {},
): Promise<ClinicVault> {
  if (isClinicSetUp(store)) throw new Error('Clinic mode is already set up on this device.');
  await assertUsablePassphrase(passphrase);
  const iterations = options.iterations ?? DEFAULT_ITERATIONS;
  const salt = randomBytes(16);
  const key = await deriveKey(passphrase, salt, iterations);
  const index: Index = { revision: 1, cases: [] };
  const verifier = await encryptJson(key, { check: CHECK, revision: 1 }, VERIFIER_AAD);
  const indexBlob = await encryptJson(key, index, INDEX_AAD);
  const record = {
    v: VAULT_VERSION, kdf: KDF, iterations, salt: toBase64(salt), verifier,
    idleMinutes: options.idleMinutes ?? DEFAULT_IDLE_MINUTES,
  };
  writeAll(store, [[CLINIC_INDEX_KEY, JSON.stringify(indexBlob)], [CLINIC_DEVICE_KEY, JSON.stringify(record)]]);
  return new ClinicVault(store, key, 1);
}

/**
 * Wrong passphrase → WrongPassphraseError, and nothing in storage is touched. A device record
 * that is not one this app writes (bounds included) → DamagedVaultError, before any derivation.
 * A format-1 vault is migrated to format 2 here (see migrateVault).
 */
export async function unlockClinic(store: KeyValueStore, passphrase: string): Promise<ClinicVault> {
  const d = readDevice(store);
  if (!d) throw new Error('Clinic mode is not set up on this device.');
  let key: CryptoKey;
  try {
    key = await deriveKey(passphrase, fromBase64(d.salt), d.iterations);
  } catch {
    throw new DamagedVaultError('device record');
  }
  let revision: number;
  try {
    const check = (d.v === 1 ? await decryptLegacyJson(key, d.verifier) : await decryptJson(key, d.verifier, VERIFIER_AAD)) as
      { check?: unknown; revision?: unknown } | null;
    if (check?.check !== CHECK) throw new WrongPassphraseError();
    revision = d.v === 1 ? 0 : isRevision(check.revision) ? check.revision : -1;
  } catch {
    // A wrong passphrase and a changed check value look the same: AES-GCM cannot tell them apart.
    throw new WrongPassphraseError();
  }
  if (revision < 0) throw new DamagedVaultError('device record');
  if (d.v === 1) return migrateVault(store, key);
  return new ClinicVault(store, key, revision);
}

/** A stored blob of either format, decrypted (format 1 only during migration). */
async function readAnyFormat(key: CryptoKey, raw: string, aad: string): Promise<{ v: 1 | 2; value: unknown }> {
  const blob = JSON.parse(raw) as { v?: unknown };
  if (blob?.v === 1) return { v: 1, value: await decryptLegacyJson(key, blob) };
  return { v: 2, value: await decryptJson(key, blob, aad) };
}

/**
 * Format 1 → 2, after the passphrase was checked: every case listed is re-encrypted bound to its
 * slot with revision 1, then the list, then the check value; all written in one step, the device
 * record last (until it says v: 2, the old format is read). The key does not change. A case that
 * does not decrypt is left as it was (it was already damaged; opening it says so). If the list
 * itself does not decrypt, nothing is changed and the vault is reported damaged, as before.
 */
async function migrateVault(store: KeyValueStore, key: CryptoKey): Promise<ClinicVault> {
  const revision = 1;
  let listed: CaseSummary[] = [];
  const rawIndex = store.getItem(CLINIC_INDEX_KEY);
  if (rawIndex !== null) {
    try {
      const { v, value } = await readAnyFormat(key, rawIndex, INDEX_AAD);
      if (v === 1 && !Array.isArray(value)) throw new Error('shape');
      listed = v === 1 ? (value as unknown[]).flatMap(legacySummary) : parseIndex(value).cases;
    } catch {
      throw new DamagedVaultError('case list');
    }
  }
  const writes: Write[] = [];
  for (const c of listed) {
    const raw = store.getItem(caseKey(c.id));
    if (raw === null) continue;
    try {
      const { v, value } = await readAnyFormat(key, raw, caseAad(c.id));
      const envelope = v === 1 ? value : (value as { envelope?: unknown }).envelope;
      writes.push([caseKey(c.id), JSON.stringify(await encryptJson(key, { id: c.id, rev: revision, envelope }, caseAad(c.id)))]);
    } catch {
      // Already damaged in format 1: left as it is.
    }
  }
  const cases = listed.map(({ id, label, createdAt, updatedAt }) => ({ id, label, createdAt, updatedAt, rev: revision }));
  writes.push([CLINIC_INDEX_KEY, JSON.stringify(await encryptJson(key, { revision, cases }, INDEX_AAD))]);
  const verifier = await encryptJson(key, { check: CHECK, revision }, VERIFIER_AAD);
  writes.push([CLINIC_DEVICE_KEY, deviceJson(store, verifier)]);
  writeAll(store, writes);
  return new ClinicVault(store, key, revision);
}

/** What unlock found besides the passphrase: whether an older copy of the case list was put back. */
export interface VaultCheck {
  listChanged: boolean;
}

/** The longest case label, in characters. */
export const CASE_LABEL_MAX = 80;

/** A case's label as kept and shown: one line, cleaned by the domain's text rule, at most CASE_LABEL_MAX characters. */
export function caseLabel(label: string): string {
  return Array.from(cleanText(label, 'line').trim()).slice(0, CASE_LABEL_MAX).join('').trim();
}

/** A label typed too long to keep whole: the page says so, rather than cutting it. */
export function caseLabelTooLong(label: string): boolean {
  return Array.from(cleanText(label, 'line').trim()).length > CASE_LABEL_MAX;
}

export class ClinicVault {
  constructor(
    private readonly store: KeyValueStore,
    private readonly key: CryptoKey,
    /** The highest revision known: the check value's at unlock, then each write's. */
    private revision: number,
  ) {}

  /** Each case's revision as this tab last loaded or saved it (another tab's save makes it old). */
  private readonly seen = new Map<string, number>();

  private async readIndex(raw = this.store.getItem(CLINIC_INDEX_KEY)): Promise<Index> {
    if (raw === null) throw new DamagedVaultError('missing case list');
    try {
      const index = parseIndex(await decryptJson(this.key, JSON.parse(raw), INDEX_AAD));
      return { ...index, cases: index.cases.map((c) => ({ ...c, label: caseLabel(c.label) })) };
    } catch {
      throw new DamagedVaultError('case list');
    }
  }

  async listCases(): Promise<CaseSummary[]> {
    return (await this.readIndex()).cases.map(({ id, label, createdAt, updatedAt }) => ({ id, label, createdAt, updatedAt }));
  }

  /**
   * Compares the case list with the check value and with the case blobs in storage (by their
   * keys; nothing is decrypted): an older list, a case blob not in the list, or a case in the
   * list without its blob, means the list was changed outside the app.
   */
  async check(): Promise<VaultCheck> {
    const index = await this.readIndex();
    const ids = new Set(index.cases.map((c) => c.id));
    let listChanged = index.revision < this.revision;
    for (const c of index.cases) if (this.store.getItem(caseKey(c.id)) === null) listChanged = true;
    for (let i = 0; i < this.store.length; i++) {
      const k = this.store.key(i);
      if (k === null || !k.startsWith(CLINIC_CASE_PREFIX) || ids.has(k.slice(CLINIC_CASE_PREFIX.length))) continue;
      // Format-1 leftovers (written before migration, never listed) cannot be read any more: ignored.
      try {
        if ((JSON.parse(this.store.getItem(k) ?? 'null') as { v?: unknown } | null)?.v === 1) continue;
      } catch {
        // Not even JSON: counts as a change.
      }
      listChanged = true;
    }
    return { listChanged };
  }

  /**
   * One change, encrypted first and then written in one step: the case blob (or its removal),
   * the list with the next revision, and the check value with the same revision. If another tab
   * wrote the list while this one was encrypting, the change is made again on the new list (so
   * neither tab's change is lost and no case's revision goes out of step with the list).
   */
  private async update(change: (index: Index) => CaseChange): Promise<number> {
    for (let attempt = 1; ; attempt++) {
      const raw = this.store.getItem(CLINIC_INDEX_KEY);
      const index = await this.readIndex(raw);
      const { cases, blob } = change(index);
      const revision = Math.max(index.revision, this.revision) + 1;
      const writes: Write[] = [];
      let next = cases;
      if (blob && 'remove' in blob) {
        writes.push([caseKey(blob.id), null]);
      } else if (blob) {
        const encrypted = await encryptJson(this.key, { id: blob.id, rev: revision, envelope: blob.envelope }, caseAad(blob.id));
        writes.push([caseKey(blob.id), JSON.stringify(encrypted)]);
        next = cases.map((c) => (c.id === blob.id ? { ...c, rev: revision } : c));
      }
      writes.push([CLINIC_INDEX_KEY, JSON.stringify(await encryptJson(this.key, { revision, cases: next }, INDEX_AAD))]);
      const verifier = await encryptJson(this.key, { check: CHECK, revision }, VERIFIER_AAD);
      // From here on synchronous: nothing else in this tab runs between the check and the writes.
      if (this.store.getItem(CLINIC_INDEX_KEY) !== raw && attempt < 5) continue;
      writes.push([CLINIC_DEVICE_KEY, deviceJson(this.store, verifier)]);
      writeAll(this.store, writes);
      this.revision = revision;
      return revision;
    }
  }

  async createCase(label: string, data: CaseData = emptyCase(), now = new Date().toISOString()): Promise<CaseSummary> {
    const summary: CaseSummary = { id: newId(), label: caseLabel(label), createdAt: now, updatedAt: now };
    await this.saveCase(summary.id, data, now, summary);
    return summary;
  }

  async renameCase(id: string, label: string): Promise<void> {
    await this.update((index) => ({ cases: index.cases.map((c) => (c.id === id ? { ...c, label: caseLabel(label) } : c)) }));
  }

  async deleteCase(id: string): Promise<void> {
    await this.update((index) => ({ cases: index.cases.filter((c) => c.id !== id), blob: { id, remove: true } }));
  }

  /**
   * The case, validated and migrated by restoreCase; damaged data is an error, never a silent
   * blank. A blob from another slot does not decrypt (damaged); an authentic blob of another
   * revision than the list expects is an older copy put back (changed).
   */
  async loadCase(id: string): Promise<CaseData> {
    const entry = (await this.readIndex()).cases.find((c) => c.id === id);
    if (!entry) throw new DamagedVaultError('case not in the list', true);
    const raw = this.store.getItem(caseKey(id));
    if (raw === null) throw new DamagedVaultError('missing case', true);
    let stored: { id?: unknown; rev?: unknown; envelope?: unknown } | null;
    try {
      stored = (await decryptJson(this.key, JSON.parse(raw), caseAad(id))) as typeof stored;
    } catch {
      // With the right key (the check value decrypted), a failure here means changed, moved or broken data.
      throw new DamagedVaultError('case');
    }
    if (stored?.id !== id) throw new DamagedVaultError('case');
    if (stored.rev !== entry.rev) throw new DamagedVaultError('case revision', true);
    const restored = restoreCase(stored.envelope);
    if (!restored.ok) throw new DamagedVaultError(`case: ${restored.error}`);
    this.seen.set(id, entry.rev);
    return restored.data;
  }

  /** True when another tab saved the case since this tab loaded or saved it. */
  async changedElsewhere(id: string): Promise<boolean> {
    const seen = this.seen.get(id);
    if (seen === undefined) return false;
    const entry = (await this.readIndex()).cases.find((c) => c.id === id);
    return entry !== undefined && entry.rev !== seen;
  }

  /**
   * Saves the case. A save over a newer one from another tab is refused (CaseChangedElsewhereError)
   * unless `overwrite` says the person chose to keep this tab's answers.
   */
  async saveCase(id: string, data: CaseData, now = new Date().toISOString(), added?: CaseSummary, overwrite = false): Promise<void> {
    const envelope = saveCase(data, { appVersion: 'clinic', savedAt: now });
    const revision = await this.update((index) => {
      const entry = index.cases.find((c) => c.id === id);
      // A case no longer in the list (deleted in another tab) is not written back as a stray blob.
      if (!added && !entry) throw new DamagedVaultError('case not in the list', true);
      const seen = this.seen.get(id);
      if (!added && !overwrite && seen !== undefined && entry?.rev !== seen) throw new CaseChangedElsewhereError();
      const cases = added
        ? [...index.cases, { ...added, rev: 0 }]
        : index.cases.map((c) => (c.id === id ? { ...c, updatedAt: now } : c));
      return { cases, blob: { id, envelope } };
    });
    this.seen.set(id, revision);
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

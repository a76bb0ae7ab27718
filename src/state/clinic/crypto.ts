/**
 * Encryption at rest for clinic mode and for encrypted case files: AES-GCM 256 with a fresh
 * random 96-bit IV for every encryption, the key derived from a passphrase with PBKDF2-SHA-256
 * (600,000 iterations, OWASP 2023) and a random 128-bit salt. Web Crypto only; keys are
 * non-extractable, so they never exist as bytes in the page's memory or storage.
 *
 * Every blob written now (format v2) is bound to its place by AES-GCM's additional authenticated
 * data (AAD): a text naming where the blob belongs (its storage key and case id, or the case-file
 * context). The same ciphertext read anywhere else fails to decrypt, exactly like a changed byte.
 * Format v1 blobs (written before, without AAD) are read only by the code that migrates or reads
 * old files, never where a v2 blob is expected. See docs/adr/0007-clinic-crypto-and-threat-model.md.
 */

export const KDF = 'PBKDF2-SHA-256';
export const DEFAULT_ITERATIONS = 600_000;
/** Refuse files asking for fewer rounds than this (a tampered header could weaken the key). */
export const MIN_ITERATIONS = 100_000;
/**
 * Refuse files asking for more rounds than this, before deriving anything: a tampered header
 * must not make unlock hang. 2,000,000 is 3.3× today's default (room for the next raises of the
 * OWASP figure) and still takes only a few seconds on a slow laptop.
 */
export const MAX_ITERATIONS = 2_000_000;
/** Salts we write are 16 bytes; anything outside 16–64 bytes was not written by this app. */
export const MIN_SALT_BYTES = 16;
export const MAX_SALT_BYTES = 64;
export const IV_BYTES = 12;
/** AES-GCM's tag alone is 16 bytes: a shorter ciphertext cannot be real. */
const MIN_CIPHERTEXT_BYTES = 16;
/** A case is tens of kB; case files are at most 2 MB; localStorage holds about 5 MB in all. */
export const MAX_CIPHERTEXT_BYTES = 4_000_000;

export type BlobVersion = 1 | 2;

export interface EncryptedBlob {
  /** Format version of the blob: 1 = no AAD (old, read only), 2 = bound to its place by AAD. */
  v: BlobVersion;
  alg: 'AES-GCM';
  iv: string;
  ct: string;
}

/** Wrong passphrase, or the data was changed or moved (AES-GCM authenticates every byte and the AAD). */
export class DecryptError extends Error {
  constructor() {
    super('The data could not be decrypted: wrong passphrase, or the data was changed or moved.');
    this.name = 'DecryptError';
  }
}

function subtle(): SubtleCrypto {
  const s = globalThis.crypto?.subtle;
  if (!s) throw new Error('Web Crypto is not available in this browser.');
  return s;
}

export function randomBytes(length: number): Uint8Array {
  return globalThis.crypto.getRandomValues(new Uint8Array(length));
}

export function toBase64(bytes: Uint8Array): string {
  let s = '';
  for (const b of bytes) s += String.fromCharCode(b);
  return btoa(s);
}

export function fromBase64(text: string): Uint8Array {
  const s = atob(text);
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i);
  return out;
}

/** The number of bytes a base64 text decodes to, without decoding it (for bounds checks). */
function base64Bytes(text: string): number {
  const padding = text.endsWith('==') ? 2 : text.endsWith('=') ? 1 : 0;
  return Math.floor((text.length * 3) / 4) - padding;
}

export function isSaneIterations(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= MIN_ITERATIONS && value <= MAX_ITERATIONS;
}

export function isSaneSalt(value: unknown): value is string {
  if (typeof value !== 'string' || !/^[A-Za-z0-9+/]*={0,2}$/.test(value)) return false;
  const n = base64Bytes(value);
  return n >= MIN_SALT_BYTES && n <= MAX_SALT_BYTES;
}

/**
 * KDF settings read from storage or a file, checked before any key derivation: a record asking
 * for too few or too many rounds, or an odd salt, was not written by this app.
 */
export function isSaneKdf<T extends { kdf?: unknown; iterations?: unknown; salt?: unknown }>(f: T): f is T & { kdf: typeof KDF; iterations: number; salt: string } {
  return f.kdf === KDF && isSaneIterations(f.iterations) && isSaneSalt(f.salt);
}

export async function deriveKey(passphrase: string, salt: Uint8Array, iterations = DEFAULT_ITERATIONS): Promise<CryptoKey> {
  // Callers check first; this is the last line, so no code path can derive with a tampered count.
  if (!isSaneIterations(iterations)) throw new RangeError(`PBKDF2 iterations out of bounds: ${iterations}`);
  if (salt.length < MIN_SALT_BYTES || salt.length > MAX_SALT_BYTES) throw new RangeError('PBKDF2 salt size out of bounds');
  const material = await subtle().importKey('raw', new TextEncoder().encode(passphrase.normalize('NFC')), 'PBKDF2', false, ['deriveKey']);
  return subtle().deriveKey(
    { name: 'PBKDF2', hash: 'SHA-256', salt: salt as BufferSource, iterations },
    material,
    { name: 'AES-GCM', length: 256 },
    false,
    ['encrypt', 'decrypt'],
  );
}

/** Encrypts as a v2 blob bound to `aad` (where the blob belongs). */
export async function encryptJson(key: CryptoKey, value: unknown, aad: string): Promise<EncryptedBlob> {
  const iv = randomBytes(IV_BYTES);
  const plain = new TextEncoder().encode(JSON.stringify(value));
  const params: AesGcmParams = { name: 'AES-GCM', iv: iv as BufferSource, additionalData: new TextEncoder().encode(aad) as BufferSource };
  const ct = new Uint8Array(await subtle().encrypt(params, key, plain));
  return { v: 2, alg: 'AES-GCM', iv: toBase64(iv), ct: toBase64(ct) };
}

/** The shape and sizes of a blob (any version), without decrypting it. */
export function isEncryptedBlob(value: unknown): value is EncryptedBlob {
  if (typeof value !== 'object' || value === null) return false;
  const b = value as Record<string, unknown>;
  if ((b.v !== 1 && b.v !== 2) || b.alg !== 'AES-GCM' || typeof b.iv !== 'string' || typeof b.ct !== 'string') return false;
  const ct = base64Bytes(b.ct);
  return b.iv.length <= 24 && ct >= MIN_CIPHERTEXT_BYTES && ct <= MAX_CIPHERTEXT_BYTES;
}

async function decrypt(key: CryptoKey, blob: unknown, version: BlobVersion, aad: string | null): Promise<unknown> {
  if (!isEncryptedBlob(blob) || blob.v !== version) throw new DecryptError();
  try {
    const iv = fromBase64(blob.iv);
    if (iv.length !== IV_BYTES) throw new DecryptError();
    const params: AesGcmParams = { name: 'AES-GCM', iv: iv as BufferSource };
    if (aad !== null) params.additionalData = new TextEncoder().encode(aad) as BufferSource;
    const plain = await subtle().decrypt(params, key, fromBase64(blob.ct) as BufferSource);
    return JSON.parse(new TextDecoder().decode(plain)) as unknown;
  } catch {
    throw new DecryptError();
  }
}

/**
 * Decrypts a v2 blob written for `aad`. Throws DecryptError for a wrong key, changed data, a
 * blob written for another place, or a v1 blob (which has no place): never anything else.
 */
export function decryptJson(key: CryptoKey, blob: unknown, aad: string): Promise<unknown> {
  return decrypt(key, blob, 2, aad);
}

/** Decrypts a v1 blob (no AAD), only to migrate a vault or read a file written before v2. */
export function decryptLegacyJson(key: CryptoKey, blob: unknown): Promise<unknown> {
  return decrypt(key, blob, 1, null);
}

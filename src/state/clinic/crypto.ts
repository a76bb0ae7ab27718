/**
 * Encryption at rest for clinic mode and for encrypted case files: AES-GCM 256 with a fresh
 * random 96-bit IV for every encryption, the key derived from a passphrase with PBKDF2-SHA-256
 * (600,000 iterations, OWASP 2023) and a random 128-bit salt. Web Crypto only; keys are
 * non-extractable, so they never exist as bytes in the page's memory or storage.
 */

export const KDF = 'PBKDF2-SHA-256';
export const DEFAULT_ITERATIONS = 600_000;
/** Refuse files asking for fewer rounds than this (a tampered header could weaken the key). */
export const MIN_ITERATIONS = 100_000;

export interface EncryptedBlob {
  /** Format version of the blob. */
  v: 1;
  alg: 'AES-GCM';
  iv: string;
  ct: string;
}

/** Wrong passphrase, or the data was changed (AES-GCM authenticates every byte). */
export class DecryptError extends Error {
  constructor() {
    super('The data could not be decrypted: wrong passphrase, or the data was changed.');
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

export async function deriveKey(passphrase: string, salt: Uint8Array, iterations = DEFAULT_ITERATIONS): Promise<CryptoKey> {
  const material = await subtle().importKey('raw', new TextEncoder().encode(passphrase.normalize('NFC')), 'PBKDF2', false, ['deriveKey']);
  return subtle().deriveKey(
    { name: 'PBKDF2', hash: 'SHA-256', salt: salt as BufferSource, iterations },
    material,
    { name: 'AES-GCM', length: 256 },
    false,
    ['encrypt', 'decrypt'],
  );
}

export async function encryptJson(key: CryptoKey, value: unknown): Promise<EncryptedBlob> {
  const iv = randomBytes(12);
  const plain = new TextEncoder().encode(JSON.stringify(value));
  const ct = new Uint8Array(await subtle().encrypt({ name: 'AES-GCM', iv: iv as BufferSource }, key, plain));
  return { v: 1, alg: 'AES-GCM', iv: toBase64(iv), ct: toBase64(ct) };
}

export function isEncryptedBlob(value: unknown): value is EncryptedBlob {
  if (typeof value !== 'object' || value === null) return false;
  const b = value as Record<string, unknown>;
  return b.v === 1 && b.alg === 'AES-GCM' && typeof b.iv === 'string' && typeof b.ct === 'string';
}

/** Throws DecryptError for a wrong key or changed data, never anything else. */
export async function decryptJson(key: CryptoKey, blob: unknown): Promise<unknown> {
  if (!isEncryptedBlob(blob)) throw new DecryptError();
  try {
    const iv = fromBase64(blob.iv);
    if (iv.length !== 12) throw new DecryptError();
    const plain = await subtle().decrypt({ name: 'AES-GCM', iv: iv as BufferSource }, key, fromBase64(blob.ct) as BufferSource);
    return JSON.parse(new TextDecoder().decode(plain)) as unknown;
  } catch {
    throw new DecryptError();
  }
}

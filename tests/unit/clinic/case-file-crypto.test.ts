/**
 * Encrypted case files, format 2: the blob bound to the case-file context (AAD), and files
 * written by the previous version (v: 1) still read.
 */
import { describe, expect, it } from 'vitest';
import { CASE_FILE_AAD, exportEncryptedCaseFile, readCaseFile } from '../../../src/state/case-file-io';
import { CLINIC_CASE_PREFIX, setUpClinic } from '../../../src/state/clinic/clinic-vault';
import { CLINIC_DEVICE_KEY } from '../../../src/state/clinic/clinic-status';
import { inCourtBaseline, walk } from '../domain/walk';
import { MemoryStore } from './memory-store';
import { legacyEncryptedFile } from './legacy-v1';

const PASS = 'lawyer handoff quarterly 2026';
const c = walk({ ...inCourtBaseline, 'person.fullName': 'Nguyễn Thị Ánh' }).c;

describe('encrypted case files', () => {
  it('are written as v2, bound to the case-file context', async () => {
    const f = JSON.parse(await exportEncryptedCaseFile(c, PASS, '0.1.0', { iterations: 100_000 })) as { v: number; blob: { v: number } };
    expect(f.v).toBe(2);
    expect(f.blob.v).toBe(2);
    expect(CASE_FILE_AAD).toBe('pd-helper-case-file|v2');
  });

  it('written by the previous version (v1, no AAD) still open', async () => {
    const text = await legacyEncryptedFile(c, PASS);
    expect(await readCaseFile(text, PASS)).toEqual({ ok: true, data: c, migratedFrom: null, encrypted: true });
    expect(await readCaseFile(text, 'not the passphrase')).toMatchObject({ ok: false, error: 'wrong-passphrase' });
  });

  it('refuse a v2 file relabelled v1 and a v1 blob in a v2 file (no downgrade)', async () => {
    const v2 = JSON.parse(await exportEncryptedCaseFile(c, PASS, '0.1.0', { iterations: 100_000 })) as Record<string, unknown> & { blob: Record<string, unknown> };
    expect(await readCaseFile(JSON.stringify({ ...v2, v: 1 }), PASS)).toMatchObject({ ok: false, error: 'damaged-encryption' });
    expect(await readCaseFile(JSON.stringify({ ...v2, v: 1, blob: { ...v2.blob, v: 1 } }), PASS)).toMatchObject({ ok: false, error: 'wrong-passphrase' });
    const v1 = JSON.parse(await legacyEncryptedFile(c, PASS)) as Record<string, unknown>;
    expect(await readCaseFile(JSON.stringify({ ...v1, v: 2 }), PASS)).toMatchObject({ ok: false, error: 'damaged-encryption' });
  });

  it('a clinic vault blob dressed up as a case file (same passphrase and salt) does not open', async () => {
    const store = new MemoryStore();
    const vault = await setUpClinic(store, PASS, { iterations: 100_000 });
    const { id } = await vault.createCase('Ana', c);
    const device = JSON.parse(store.getItem(CLINIC_DEVICE_KEY)!) as { salt: string; iterations: number };
    const file = {
      type: 'pd-helper-case-encrypted', v: 2, kdf: 'PBKDF2-SHA-256', iterations: device.iterations, salt: device.salt,
      blob: JSON.parse(store.getItem(CLINIC_CASE_PREFIX + id)!) as unknown,
    };
    expect(await readCaseFile(JSON.stringify(file), PASS)).toMatchObject({ ok: false, error: 'wrong-passphrase' });
  });
});

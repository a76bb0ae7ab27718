/** Case files (.pdcase.json): plain and encrypted export, import through restoreCase, never throwing. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exportCaseFile, exportEncryptedCaseFile, isEncryptedCaseFile, MAX_FILE_BYTES, readCaseFile } from '../../../src/state/case-file-io';
import { CLINIC_CASE_PREFIX, setUpClinic } from '../../../src/state/clinic/clinic-vault';
import { caseArbitrary } from '../domain/arbitraries';
import { inCourtBaseline, walk } from '../domain/walk';
import { MemoryStore } from './memory-store';
import { propertyRuns } from '../property-runs';

const c = walk({ ...inCourtBaseline, 'person.fullName': 'Nguyễn Thị Ánh' }, { letter: { story: 'Línea 1\nLínea 2 <b>no html</b>' } }).c;

describe('case files', () => {
  it('round-trips a plain file exactly', async () => {
    const text = exportCaseFile(c, '0.1.0');
    expect(text).toContain('"type": "pd-helper-case"');
    const r = await readCaseFile(text);
    expect(r).toEqual({ ok: true, data: c, migratedFrom: null, encrypted: false });
  });

  it('round-trips any schema-valid case exactly', async () => {
    await fc.assert(
      fc.asyncProperty(caseArbitrary, async (x) => {
        const r = await readCaseFile(exportCaseFile(x, '0.1.0'));
        expect(r.ok && r.data).toEqual(x);
      }),
      { numRuns: propertyRuns(300) },
    );
  });

  it('round-trips an encrypted file with its passphrase and shows nothing in clear', async () => {
    const text = await exportEncryptedCaseFile(c, 'lawyer handoff 2026', '0.1.0', { iterations: 100_000 });
    expect(isEncryptedCaseFile(text)).toBe(true);
    expect(text).not.toContain('Nguyễn');
    expect(text).not.toContain('Línea');
    expect(await readCaseFile(text)).toEqual({ ok: false, error: 'needs-passphrase', issues: [] });
    expect(await readCaseFile(text, 'not it')).toEqual({ ok: false, error: 'wrong-passphrase', issues: [] });
    expect(await readCaseFile(text, 'lawyer handoff 2026')).toEqual({ ok: true, data: c, migratedFrom: null, encrypted: true });
  });

  it('refuses damaged, foreign and oversized files with a reason', async () => {
    expect((await readCaseFile('not json')).ok).toBe(false);
    expect(await readCaseFile('{"type":"something-else","schemaVersion":1,"data":{}}')).toMatchObject({ ok: false, error: 'wrong-type' });
    expect(await readCaseFile('{"type":"pd-helper-case","schemaVersion":99,"data":{}}')).toMatchObject({ ok: false, error: 'newer-version' });
    expect(await readCaseFile('{"type":"pd-helper-case","schemaVersion":1,"data":{"posture":{"detained":"maybe"}}}')).toMatchObject({ ok: false, error: 'invalid-data' });
    expect(await readCaseFile('{"type":"pd-helper-case-encrypted","v":1,"kdf":"PBKDF2-SHA-256","iterations":10,"salt":"AAAA","blob":{}}', 'x'))
      .toMatchObject({ ok: false, error: 'damaged-encryption' });
    expect(await readCaseFile('x'.repeat(MAX_FILE_BYTES + 1))).toMatchObject({ ok: false, error: 'too-large' });
    const enc = JSON.parse(await exportEncryptedCaseFile(c, 'pass phrase 1', '0.1.0', { iterations: 100_000 })) as { blob: { ct: string } };
    enc.blob.ct = (enc.blob.ct[0] === 'A' ? 'B' : 'A') + enc.blob.ct.slice(1);
    expect(await readCaseFile(JSON.stringify(enc), 'pass phrase 1')).toMatchObject({ ok: false, error: 'wrong-passphrase' });
  });

  it('never throws on arbitrary text, JSON or envelope-shaped input', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.string({ unit: 'binary' }),
          fc.json(),
          fc.jsonValue().map((data) => JSON.stringify({ type: 'pd-helper-case', schemaVersion: 1, data })),
          fc.record({ salt: fc.string(), iterations: fc.integer(), ct: fc.string(), iv: fc.string() })
            .map((f) => JSON.stringify({ type: 'pd-helper-case-encrypted', v: 1, kdf: 'PBKDF2-SHA-256', iterations: f.iterations, salt: f.salt, blob: { v: 1, alg: 'AES-GCM', iv: f.iv, ct: f.ct } })),
        ),
        fc.option(fc.string(), { nil: undefined }),
        async (text, pass) => {
          const r = await readCaseFile(text, pass);
          expect(typeof r.ok).toBe('boolean');
        },
      ),
      { numRuns: propertyRuns(1000) },
    );
    // Some generated files ask for many key-derivation rounds: about 3 s alone, more when the
    // two cores are shared with other test files.
  }, 30_000);

  it('importing any file (valid, damaged or foreign) into clinic mode never changes an existing case', async () => {
    const store = new MemoryStore();
    const vault = await setUpClinic(store, 'volunteer passphrase 1', { iterations: 100_000 });
    const existing = await vault.createCase('Ana', c);
    const blobBefore = store.getItem(CLINIC_CASE_PREFIX + existing.id);
    const valid = exportCaseFile(walk(inCourtBaseline).c, '0.1.0');
    let imported = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.string({ unit: 'binary' }),
          fc.json(),
          fc.constant(valid),
          // A valid file with one character changed somewhere.
          fc.tuple(fc.nat(valid.length - 1), fc.string({ minLength: 1, maxLength: 1 })).map(([i, ch]) => valid.slice(0, i) + ch + valid.slice(i + 1)),
        ),
        async (text) => {
          const r = await readCaseFile(text);
          // As the case-file page does in clinic mode: an accepted file becomes a new case.
          if (r.ok) {
            await vault.createCase('Imported', r.data);
            imported += 1;
          }
          expect(store.getItem(CLINIC_CASE_PREFIX + existing.id)).toBe(blobBefore);
        },
      ),
      { numRuns: propertyRuns(1000) },
    );
    expect(imported).toBeGreaterThan(0);
    expect(await vault.loadCase(existing.id)).toEqual(c);
    expect((await vault.listCases()).find((x) => x.id === existing.id)?.label).toBe('Ana');
  });
});

/**
 * The passphrase rules, in one place: the two pages that ask for a new passphrase use
 * checkNewPassphrase, and the code that encrypts refuses what the pages would refuse.
 */
import { describe, expect, it } from 'vitest';
import { emptyCase } from '../../../src/domain';
import { exportEncryptedCaseFile } from '../../../src/state/case-file-io';
import { setUpClinic } from '../../../src/state/clinic/clinic-vault';
import { checkNewPassphrase, MIN_PASSPHRASE_LENGTH } from '../../../src/state/clinic/passphrase-rules';
import { MemoryStore } from './memory-store';

describe('checkNewPassphrase', () => {
  it.each([
    ['', '', { passphrase: 'setup.errors.passphraseEmpty', confirm: 'setup.errors.confirmEmpty' }],
    ['short', 'short', { passphrase: 'setup.errors.passphraseShort' }],
    ['x'.repeat(MIN_PASSPHRASE_LENGTH - 1), 'x'.repeat(MIN_PASSPHRASE_LENGTH - 1), { passphrase: 'setup.errors.passphraseShort' }],
    ['long enough passphrase', '', { confirm: 'setup.errors.confirmEmpty' }],
    ['long enough passphrase', 'long enough passfrase', { confirm: 'setup.errors.mismatch' }],
    // Nothing to compare with while the first field is empty: one message, on that field.
    ['', 'something', { passphrase: 'setup.errors.passphraseEmpty' }],
    ['x'.repeat(MIN_PASSPHRASE_LENGTH), 'x'.repeat(MIN_PASSPHRASE_LENGTH), {}],
  ])('%j / %j', (passphrase, confirm, expected) => {
    expect(checkNewPassphrase(passphrase, confirm)).toEqual(expected);
  });
});

describe('the code that encrypts refuses a passphrase the pages refuse', () => {
  it('clinic setup', async () => {
    const store = new MemoryStore();
    await expect(setUpClinic(store, 'too short', { iterations: 100_000 })).rejects.toThrow(/at least 10/);
    // Nothing was written.
    expect(store.length).toBe(0);
  });

  it('an encrypted case file', async () => {
    await expect(exportEncryptedCaseFile(emptyCase(), 'too short', '0.1.0', { iterations: 100_000 })).rejects.toThrow(/at least 10/);
  });
});

/**
 * The passphrase rules, in one place: the two pages that ask for a new passphrase use
 * checkNewPassphrase, and the code that encrypts refuses what the pages would refuse.
 * The rule: at least 10 characters AND a zxcvbn strength score of at least 3.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import en from '../../../locales/en/clinic.json';
import es from '../../../locales/es/clinic.json';
import { emptyCase } from '../../../src/domain';
import { exportEncryptedCaseFile } from '../../../src/state/case-file-io';
import { setUpClinic } from '../../../src/state/clinic/clinic-vault';
import {
  checkNewPassphrase,
  loadStrengthEstimator,
  MIN_PASSPHRASE_LENGTH,
  MIN_STRENGTH_SCORE,
  type StrengthEstimator,
} from '../../../src/state/clinic/passphrase-rules';
import { MemoryStore } from './memory-store';

let estimate: StrengthEstimator;
beforeAll(async () => {
  estimate = await loadStrengthEstimator();
});

/** Accepts anything long enough: for the checks that are not about strength. */
const anyStrength: StrengthEstimator = () => ({ score: 4, weakness: null });

describe('checkNewPassphrase', () => {
  it.each([
    ['', '', { passphrase: 'setup.errors.passphraseEmpty', confirm: 'setup.errors.confirmEmpty' }],
    ['short', 'short', { passphrase: 'setup.errors.passphraseShort' }],
    ['x'.repeat(MIN_PASSPHRASE_LENGTH - 1), 'x'.repeat(MIN_PASSPHRASE_LENGTH - 1), { passphrase: 'setup.errors.passphraseShort' }],
    ['long enough passphrase', '', { confirm: 'setup.errors.confirmEmpty' }],
    ['long enough passphrase', 'long enough passfrase', { confirm: 'setup.errors.mismatch' }],
    // Nothing to compare with while the first field is empty: one message, on that field.
    ['', 'something', { passphrase: 'setup.errors.passphraseEmpty' }],
    ['y'.repeat(MIN_PASSPHRASE_LENGTH), 'y'.repeat(MIN_PASSPHRASE_LENGTH), {}],
  ])('%j / %j', (passphrase, confirm, expected) => {
    expect(checkNewPassphrase(passphrase, confirm, anyStrength)).toEqual(expected);
  });

  it('does not ask the estimator about a passphrase that is too short', () => {
    expect(checkNewPassphrase('short', 'short', () => {
      throw new Error('asked');
    })).toEqual({ passphrase: 'setup.errors.passphraseShort' });
  });
});

describe('strength (zxcvbn, score ≥ 3)', () => {
  it.each([
    ['1234567890', 'passphrase.weak.common'],
    ['passwordpassword', 'passphrase.weak.repeat'],
    ['aaaaaaaaaa', 'passphrase.weak.repeat'],
    ['qwertyuiop', 'passphrase.weak.common'],
    ['abcdefghijkl', 'passphrase.weak.sequence'],
    ['password123', 'passphrase.weak.common'],
  ])('refuses %j, long enough but easy to guess (%s)', (passphrase, key) => {
    expect(estimate(passphrase).score).toBeLessThan(MIN_STRENGTH_SCORE);
    expect(checkNewPassphrase(passphrase, passphrase, estimate)).toEqual({ passphrase: key });
  });

  it.each(['maple tractor violet 42', 'correct horse battery staple', 'volunteer passphrase 1', 'contraseña segura 2026', 'lawyer handoff quarterly 2026'])(
    'accepts %j',
    (passphrase) => {
      expect(checkNewPassphrase(passphrase, passphrase, estimate)).toEqual({});
    },
  );

  it('gives every reason in our own words, in English and Spanish', () => {
    const keys = Object.keys(en.passphrase.weak);
    expect(Object.keys(es.passphrase.weak)).toEqual(keys);
    for (const k of keys) {
      const text = (es.passphrase.weak as Record<string, string>)[k]!;
      expect(text).toMatch(/contraseña/);
      // zxcvbn's English feedback never reaches the Spanish page.
      expect(text).not.toMatch(/\b(This|password|Add|Avoid|Use)\b/);
    }
  });
});

describe('the code that encrypts refuses a passphrase the pages refuse', () => {
  it('clinic setup', async () => {
    const store = new MemoryStore();
    await expect(setUpClinic(store, 'too short', { iterations: 100_000 })).rejects.toThrow(/at least 10/);
    await expect(setUpClinic(store, '1234567890', { iterations: 100_000 })).rejects.toThrow(/hard to guess/);
    // Nothing was written.
    expect(store.length).toBe(0);
  });

  it('an encrypted case file', async () => {
    await expect(exportEncryptedCaseFile(emptyCase(), 'too short', '0.1.0', { iterations: 100_000 })).rejects.toThrow(/at least 10/);
    await expect(exportEncryptedCaseFile(emptyCase(), 'passwordpassword', '0.1.0', { iterations: 100_000 })).rejects.toThrow(/hard to guess/);
  });
});

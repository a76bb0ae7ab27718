// @vitest-environment jsdom
/** The small pure parts of the clinic and case-file pages: validation, file names, labels, idle choices. */
import { describe, expect, it } from 'vitest';
import en from '../../locales/en/clinic.json';
import es from '../../locales/es/clinic.json';
import type { ImportError } from '../../src/state/case-file-io';
import { idleChoice } from '../../src/ui/form/form-bits';
import { validateSetup } from '../../src/features/clinic/setup-page';
import type { StrengthEstimator } from '../../src/state/clinic/passphrase-rules';
import { caseFileName } from '../../src/domain';
import { caseLabel } from '../../src/state/clinic/clinic-vault';

describe('validateSetup', () => {
  const ok = { passphrase: 'ten chars!', confirm: 'ten chars!', hasAnswers: false, keep: 'keep' as const, label: '' };
  // The strength rule itself is tested with the real estimator in tests/unit/clinic/passphrase-rules.test.ts.
  const strong: StrengthEstimator = () => ({ score: 4, weakness: null });
  const weak: StrengthEstimator = () => ({ score: 1, weakness: 'keyboard' });

  it('accepts a passphrase of exactly the minimum length, strong enough, typed twice', () => {
    expect(validateSetup(ok, strong)).toEqual({});
  });

  it('names each problem by field', () => {
    expect(validateSetup({ ...ok, passphrase: '', confirm: '' }, strong)).toEqual({ passphrase: 'setup.errors.passphraseEmpty', confirm: 'setup.errors.confirmEmpty' });
    expect(validateSetup({ ...ok, passphrase: 'nine char', confirm: 'nine char' }, strong)).toEqual({ passphrase: 'setup.errors.passphraseShort' });
    expect(validateSetup({ ...ok, confirm: 'ten chars?' }, strong)).toEqual({ confirm: 'setup.errors.mismatch' });
    expect(validateSetup(ok, weak)).toEqual({ passphrase: 'passphrase.weak.keyboard' });
  });

  it('needs a label only when existing answers are kept', () => {
    expect(validateSetup({ ...ok, hasAnswers: true, label: '  ' }, strong)).toEqual({ label: 'setup.errors.labelEmpty' });
    expect(validateSetup({ ...ok, hasAnswers: true, keep: 'discard', label: '' }, strong)).toEqual({});
    expect(validateSetup({ ...ok, hasAnswers: true, label: 'Ana R.' }, strong)).toEqual({});
    // Too long to keep whole: said, not cut (80 characters, counted as a person sees them).
    expect(validateSetup({ ...ok, hasAnswers: true, label: 'A'.repeat(81) }, strong)).toEqual({ label: 'setup.errors.labelTooLong' });
    expect(validateSetup({ ...ok, hasAnswers: true, label: `${'ñ'.repeat(79)}😀` }, strong)).toEqual({});
  });
});

describe('case file names', () => {
  it('are pd-case-<date>.pdcase.json: no name or label, whoever sees the Downloads folder', () => {
    expect(caseFileName('2027-01-05')).toBe('pd-case-2027-01-05.pdcase.json');
    expect(caseFileName('2026-11-30')).toBe('pd-case-2026-11-30.pdcase.json');
  });
});

describe('case labels', () => {
  it('are one line of cleaned text: no direction, invisible or control characters, at most 80 characters', () => {
    expect(caseLabel('  \u202eAna\u200b R.\n\u0000 ')).toBe('Ana R.');
    expect(caseLabel('Jose\u0301 N.')).toBe('José N.');
    expect(caseLabel('\u200b\u2066')).toBe('');
    expect(caseLabel('ñ'.repeat(100))).toBe('ñ'.repeat(80));
  });
});

describe('idle choices', () => {
  it('shows a stored time as one of the choices', () => {
    expect(idleChoice(10)).toBe('10');
    expect(idleChoice(1)).toBe('5');
    expect(idleChoice(12)).toBe('15');
    expect(idleChoice(240)).toBe('30');
  });
});

describe('import errors', () => {
  // Every reason readCaseFile can give (the compiler checks the list is complete), plus the page's own.
  const codes = Object.keys({
    'not-json': 1, 'not-an-object': 1, 'wrong-type': 1, 'missing-version': 1, 'newer-version': 1, 'unknown-version': 1,
    'migration-failed': 1, 'invalid-data': 1, 'too-large': 1, 'needs-passphrase': 1, 'wrong-passphrase': 1, 'damaged-encryption': 1,
  } satisfies Record<ImportError, 1>);

  it.each([['en', en], ['es', es]] as const)('has a plain message for each in %s', (_lang, strings) => {
    const messages: Record<string, string> = strings.caseFile.import.errors;
    for (const code of [...codes, 'no-file', 'read-failed']) expect(messages[code], code).toBeTruthy();
  });
});

/**
 * What a new passphrase must be, in one place: the clinic setup page, the encrypted case file
 * page, and the functions that encrypt with it (which refuse a passphrase the pages would refuse).
 * Results are message keys in the `clinic` namespace, by field.
 */
export const MIN_PASSPHRASE_LENGTH = 10;

export type NewPassphraseErrors = Partial<{
  passphrase: 'setup.errors.passphraseEmpty' | 'setup.errors.passphraseShort';
  confirm: 'setup.errors.confirmEmpty' | 'setup.errors.mismatch';
}>;

/** Checks a new passphrase and its confirmation (typed twice); {} when both are fine. */
export function checkNewPassphrase(passphrase: string, confirm: string): NewPassphraseErrors {
  const errors: NewPassphraseErrors = {};
  if (passphrase === '') errors.passphrase = 'setup.errors.passphraseEmpty';
  else if (passphrase.length < MIN_PASSPHRASE_LENGTH) errors.passphrase = 'setup.errors.passphraseShort';
  if (confirm === '') errors.confirm = 'setup.errors.confirmEmpty';
  else if (passphrase !== '' && confirm !== passphrase) errors.confirm = 'setup.errors.mismatch';
  return errors;
}

/** For the code that encrypts: a passphrase the pages would refuse is a bug, not a choice. */
export function assertUsablePassphrase(passphrase: string): void {
  if (checkNewPassphrase(passphrase, passphrase).passphrase) {
    throw new Error(`A new passphrase needs at least ${MIN_PASSPHRASE_LENGTH} characters.`);
  }
}

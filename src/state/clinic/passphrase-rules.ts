/**
 * What a new passphrase must be, in one place: the clinic setup page, the encrypted case file
 * page, and the functions that encrypt with it (which refuse a passphrase the pages would refuse).
 *
 * The rule: at least MIN_PASSPHRASE_LENGTH characters AND a strength score of at least
 * MIN_STRENGTH_SCORE out of 4 from zxcvbn (@zxcvbn-ts, with its list of common passwords and
 * keyboard patterns): 3 means "about 10^8 guesses or more", so `1234567890`, `passwordpassword`
 * or `aaaaaaaaaa` are refused although they are long enough. The estimator and its word lists
 * (hundreds of kB) load only when a new passphrase is checked (loadStrengthEstimator), never
 * with the first pages. Results are message keys in the `clinic` namespace, by field; the reason
 * a passphrase is weak is our own (Weakness), never zxcvbn's English text.
 */
export const MIN_PASSPHRASE_LENGTH = 10;
/** zxcvbn's scale: 0 too guessable … 3 safely unguessable (≥ 10^8 guesses) … 4 very unguessable. */
export const MIN_STRENGTH_SCORE = 3;

/** Why a passphrase is easy to guess, in our words (locales: clinic `passphrase.weak.*`). */
export type Weakness = 'common' | 'repeat' | 'sequence' | 'keyboard' | 'dates' | 'names' | 'oneWord' | 'guessable';

export interface Strength {
  score: 0 | 1 | 2 | 3 | 4;
  weakness: Weakness | null;
}

export type StrengthEstimator = (passphrase: string) => Strength;

export type NewPassphraseErrors = Partial<{
  passphrase: 'setup.errors.passphraseEmpty' | 'setup.errors.passphraseShort' | `passphrase.weak.${Weakness}`;
  confirm: 'setup.errors.confirmEmpty' | 'setup.errors.mismatch';
}>;

let estimator: Promise<StrengthEstimator> | null = null;

/** The strength estimator, loaded on first use (a lazy chunk), then kept. */
export function loadStrengthEstimator(): Promise<StrengthEstimator> {
  estimator ??= import('./passphrase-strength').then((m) => m.estimateStrength).catch((error: unknown) => {
    estimator = null;
    throw error;
  });
  return estimator;
}

/** Checks a new passphrase and its confirmation (typed twice); {} when both are fine. */
export function checkNewPassphrase(passphrase: string, confirm: string, estimate: StrengthEstimator): NewPassphraseErrors {
  const errors: NewPassphraseErrors = {};
  if (passphrase === '') errors.passphrase = 'setup.errors.passphraseEmpty';
  else if (passphrase.length < MIN_PASSPHRASE_LENGTH) errors.passphrase = 'setup.errors.passphraseShort';
  else {
    const { score, weakness } = estimate(passphrase);
    if (score < MIN_STRENGTH_SCORE) errors.passphrase = `passphrase.weak.${weakness ?? 'guessable'}`;
  }
  if (confirm === '') errors.confirm = 'setup.errors.confirmEmpty';
  else if (passphrase !== '' && confirm !== passphrase) errors.confirm = 'setup.errors.mismatch';
  return errors;
}

/** For the code that encrypts: a passphrase the pages would refuse is a bug, not a choice. */
export async function assertUsablePassphrase(passphrase: string): Promise<void> {
  // The length first: a short passphrase is refused without loading the estimator.
  const estimate: StrengthEstimator = passphrase.length < MIN_PASSPHRASE_LENGTH
    ? () => ({ score: 0, weakness: null })
    : await loadStrengthEstimator();
  if (checkNewPassphrase(passphrase, passphrase, estimate).passphrase) {
    throw new Error(`A new passphrase needs at least ${MIN_PASSPHRASE_LENGTH} characters and must be hard to guess (strength ${MIN_STRENGTH_SCORE} of 4 or more).`);
  }
}

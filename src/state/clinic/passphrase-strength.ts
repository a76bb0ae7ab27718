/**
 * The passphrase strength estimator: zxcvbn (@zxcvbn-ts/core) with the common-password list,
 * the diceware word list and the keyboard layouts of @zxcvbn-ts/language-common. Everything is
 * bundled: no network, no dictionary fetched at run time. Loaded only through
 * loadStrengthEstimator (passphrase-rules.ts), so it is its own lazy chunk.
 */
import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import { adjacencyGraphs, dictionary } from '@zxcvbn-ts/language-common';
import type { Strength, Weakness } from './passphrase-rules';

const zxcvbn = new ZxcvbnFactory({ graphs: adjacencyGraphs, dictionary: { ...dictionary } });

/** Words tied to this app and its use, which make a passphrase easier to guess here. */
const APP_WORDS = ['pdhelper', 'pd helper', 'clinic', 'clinica', 'clínica', 'immigration', 'inmigracion', 'inmigración', 'volunteer', 'voluntario'];

/** zxcvbn's warning codes (its translation keys) → our own reasons, so no English text reaches the page. */
const WEAKNESS: Record<string, Weakness> = {
  topTen: 'common',
  topHundred: 'common',
  common: 'common',
  similarToCommon: 'common',
  pwned: 'common',
  simpleRepeat: 'repeat',
  extendedRepeat: 'repeat',
  sequences: 'sequence',
  straightRow: 'keyboard',
  keyPattern: 'keyboard',
  recentYears: 'dates',
  dates: 'dates',
  namesByThemselves: 'names',
  commonNames: 'names',
  wordByItself: 'oneWord',
};

export function estimateStrength(passphrase: string): Strength {
  const result = zxcvbn.check(passphrase, APP_WORDS);
  const warning = result.feedback.warning;
  return { score: result.score, weakness: warning ? (WEAKNESS[warning] ?? 'guessable') : null };
}

/**
 * The common-password list of the passphrase check (@zxcvbn-ts/language-common, 49,233 leaked
 * passwords, most common first) in an order that compresses much better: 201 → 124 kB gzip of
 * the first visit (issue 17). The list is cut into ranks 1, 2–3, 4–7, 8–15… (each twice the one
 * before) and each group is sorted alphabetically, so neighbours share their beginnings and the
 * package's own front coding (dictionary-compression) saves more. zxcvbn reads a password's rank
 * from its place in the list: every word keeps all its company and stays within its group, so its
 * rank changes by less than a factor of 2 either way, a third of a step on the scale of 10s the
 * strength score uses. No password is dropped.
 *
 * Applied to the built app by vite.config.ts (`passwordRanksInGroups`, a transform of the
 * package's passwords.json.mjs); tests/unit/clinic/password-ranks.test.ts checks the result.
 */
import compress from '@zxcvbn-ts/dictionary-compression/compress';
import decompress from '@zxcvbn-ts/dictionary-compression/decompress';

/** The words in rank groups of doubling size (1, 2, 4, 8…), each group sorted. */
export function groupByRank(words) {
  const out = [];
  for (let start = 0, size = 1; start < words.length; start += size, size *= 2) {
    out.push(...words.slice(start, start + size).sort());
  }
  return out;
}

const CALL = 'decompress("';

/** The module text with its list regrouped (the package keeps it as one decompress("…") call). */
export function regroupPasswordModule(code) {
  const start = code.indexOf(CALL);
  const end = code.indexOf('")', start + CALL.length);
  if (start < 0 || end < 0 || code.indexOf(CALL, end) >= 0) throw new Error('password-ranks: the password list is not one decompress("…") call any more');
  const words = decompress(code.slice(start + CALL.length, end));
  return `${code.slice(0, start + CALL.length)}${compress(groupByRank(words))}${code.slice(end)}`;
}

/** Vite plugin: the built app's copy of the list, regrouped. */
export function passwordRanksInGroups() {
  return {
    name: 'pd-helper:password-ranks-in-groups',
    apply: 'build',
    transform(code, id) {
      if (!/[\\/]@zxcvbn-ts[\\/]language-common[\\/]dist[\\/]passwords\.json\.mjs$/.test(id)) return null;
      return { code: regroupPasswordModule(code), map: null };
    },
  };
}

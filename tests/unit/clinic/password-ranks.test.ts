/**
 * The built app regroups the passphrase check's common-password list to compress it better
 * (tests/tools/password-ranks.mjs, issue 17). Every password is still there, each within a factor
 * of 2 of its rank, and the strength scores of the check do not move for the sample below.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { gzipSync } from 'node:zlib';
import decompress from '@zxcvbn-ts/dictionary-compression/decompress';
import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import { adjacencyGraphs, dictionary } from '@zxcvbn-ts/language-common';
import { describe, expect, it } from 'vitest';
import { groupByRank, regroupPasswordModule } from '../../tools/password-ranks.mjs';

const original = dictionary['passwords-common'];
const regrouped = groupByRank(original);

describe('the common-password list, regrouped', () => {
  it('keeps every password, each within a factor of 2 of its rank', () => {
    expect(regrouped).toHaveLength(original.length);
    expect(new Set(regrouped)).toEqual(new Set(original));
    const rankOf = new Map(regrouped.map((w, i) => [w, i + 1]));
    const far = original.filter((w, i) => {
      const ratio = rankOf.get(w)! / (i + 1);
      return !(ratio > 0.5 && ratio < 2);
    });
    expect(far).toEqual([]);
  });

  it('rewrites the package\'s module to the regrouped list, and compresses much better', () => {
    const file = createRequire(import.meta.url).resolve('@zxcvbn-ts/language-common').replace(/index\.c?js$/, 'passwords.json.mjs');
    const code = readFileSync(file, 'utf8');
    const out = regroupPasswordModule(code);
    const list = (text: string) => decompress(text.slice(text.indexOf('decompress("') + 12, text.indexOf('")', text.indexOf('decompress("'))));
    expect(list(out)).toEqual(regrouped);
    expect(gzipSync(out).length).toBeLessThan(gzipSync(code).length * 0.7);
    expect(() => regroupPasswordModule('export default []')).toThrow(/password list/);
  });

  it('gives the same strength scores as the package\'s own order', () => {
    const make = (passwords: string[]) => new ZxcvbnFactory({ graphs: adjacencyGraphs, dictionary: { ...dictionary, 'passwords-common': passwords } });
    const [before, after] = [make(original), make(regrouped)];
    const sample = [
      'password123', 'iloveyou2024', 'sunshine!', 'correct horse battery staple', 'Tr0ub4dor&3', 'qwertyuiop',
      'clinica-2026-maple', 'monkeydragon', 'a1b2c3d4e5', 'blue kettle river song', ...original.slice(20_000, 20_040).map((w) => `${w}77`),
    ];
    for (const p of sample) expect(after.check(p).score, p).toBe(before.check(p).score);
  });
});

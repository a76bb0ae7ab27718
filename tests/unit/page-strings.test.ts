/**
 * The page chrome strings (namespace "pages") exist in English and Spanish with the same keys,
 * no empty strings, the same interpolation variables, and a real translation for every string.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import en from '../../locales/en/pages.json';
import { BLOCKING_GAPS } from '../../src/domain';
import es from '../../locales/es/pages.json';

/** Strings that may be the same in both languages: names and symbols, not sentences. */
const SAME_IN_BOTH = new Set<string>(['OPLA', 'ICE', 'No']);

type Flat = Map<string, string>;

function flatten(value: unknown, prefix = '', out: Flat = new Map(), bad: string[] = []): { flat: Flat; bad: string[] } {
  if (typeof value === 'string') out.set(prefix, value);
  else if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    for (const [k, v] of Object.entries(value)) flatten(v, prefix ? `${prefix}.${k}` : k, out, bad);
  } else bad.push(prefix);
  return { flat: out, bad };
}

function variables(s: string): string[] {
  const vars = [...s.matchAll(/\{\{\s*([\w.]+)\s*(?:,[^}]*)?\}\}/g)].map((m) => `{{${m[1]!}}}`);
  const nests = [...s.matchAll(/\$t\(([^)]*)\)/g)].map((m) => `$t(${m[1]!})`);
  return [...vars, ...nests].sort();
}

const langs = { en: flatten(en), es: flatten(es) } as const;
const flatEn = langs.en.flat;
const flatEs = langs.es.flat;

describe('page strings', () => {
  it('has strings only (no arrays, numbers or nulls)', () => {
    expect(langs.en.bad).toEqual([]);
    expect(langs.es.bad).toEqual([]);
  });

  it('has the same keys in English and Spanish', () => {
    expect([...flatEn.keys()].filter((k) => !flatEs.has(k)), 'only in English').toEqual([]);
    expect([...flatEs.keys()].filter((k) => !flatEn.has(k)), 'only in Spanish').toEqual([]);
    expect(flatEn.size).toBeGreaterThan(50);
  });

  it.each(['en', 'es'] as const)('has no empty strings in %s', (lang) => {
    const empty = [...langs[lang].flat].filter(([, v]) => v.trim() === '').map(([k]) => k);
    expect(empty).toEqual([]);
  });

  it('translates every string', () => {
    const same = [...flatEn].filter(([k, v]) => flatEs.get(k) === v && !SAME_IN_BOTH.has(v)).map(([k]) => k);
    expect(same).toEqual([]);
  });

  it('uses the same interpolation variables in both languages', () => {
    const diffs = [...flatEn]
      .filter(([k]) => flatEs.has(k))
      .filter(([k, v]) => variables(v).join('|') !== variables(flatEs.get(k)!).join('|'))
      .map(([k]) => k);
    expect(diffs).toEqual([]);
  });

  it('does not promise outcomes or use exclamation marks', () => {
    const bad = [...flatEn, ...flatEs]
      .filter(([, v]) => /!|¡|\b(you qualify|guaranteed?|usted califica|garantiza)/i.test(v))
      .map(([k]) => k);
    expect(bad).toEqual([]);
  });
});

describe('page strings used by the pages', () => {
  /** Literal keys passed to `t(` (the pages namespace) in the result, checklist and letter pages. */
  function usedKeys(): string[] {
    const keys: string[] = [];
    for (const dir of ['result', 'checklist', 'letter']) {
      const url = new URL(`../../src/features/${dir}/`, import.meta.url);
      for (const file of readdirSync(url).filter((f) => f.endsWith('.tsx'))) {
        const text = readFileSync(new URL(file, url), 'utf8');
        for (const m of text.matchAll(/\bt\(\s*'([\w.-]+)'/g)) keys.push(m[1]!);
      }
    }
    return [...new Set(keys)];
  }

  it('has every key the pages use', () => {
    const keys = usedKeys();
    expect(keys.length).toBeGreaterThan(50);
    expect(keys.filter((k) => !flatEn.has(k))).toEqual([]);
  });

  it('has the keys built from ids', () => {
    for (const k of ['result.concerns.severity.stop', 'result.concerns.severity.warn', 'result.missing.reason.unanswered', 'result.missing.reason.unknown']) {
      expect(flatEn.has(k), k).toBe(true);
    }
  });

  it('has the download checks\' words for every gap that blocks the download', () => {
    // Concerns are listed one by one ("concern"); the parts fixed on the letter page have an inline message too.
    const listed = BLOCKING_GAPS.map((g) => (g === 'concerns-not-explained' ? 'concern' : g));
    for (const g of listed) expect(flatEn.has(`letter.checks.summary.${g}`), g).toBe(true);
    for (const g of ['office', 'request', 'concern', 'what-is-new', 'humanitarian-not-described']) {
      expect(flatEn.has(`letter.checks.inline.${g}`), g).toBe(true);
    }
  });
});

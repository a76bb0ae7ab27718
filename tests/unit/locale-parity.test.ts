/**
 * Every locale file, whatever its namespace: the same keys in English and Spanish, no empty
 * string, no English string left untranslated in Spanish, and the same {{variables}}.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../../locales');
const files = readdirSync(path.join(root, 'en')).filter((f) => f.endsWith('.json'));

/** Strings that are the same in both languages on purpose (names, acronyms, numbers). */
const SAME_IN_BOTH = new Set(['PD Helper', 'Error:', 'No', 'DACA', 'TPS', 'VAWA', 'SIJS', 'ICE', 'GED', 'ITIN', 'ERO', 'OPLA', 'EOIR', 'ACLU', 'RAICES', '211']);

function flatten(value: unknown, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  if (typeof value === 'string') out.set(prefix, value);
  else if (Array.isArray(value)) value.forEach((v, i) => flatten(v, `${prefix}[${i}]`).forEach((s, k) => out.set(k, s)));
  else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) flatten(v, prefix ? `${prefix}.${k}` : k).forEach((s, key) => out.set(key, s));
  }
  return out;
}

const vars = (s: string) => [...s.matchAll(/\{\{\s*([\w.]+)[^}]*\}\}/g)].map((m) => m[1]).sort();

describe.each(files)('locales/*/%s', (file) => {
  const en = flatten(JSON.parse(readFileSync(path.join(root, 'en', file), 'utf8')));
  const es = flatten(JSON.parse(readFileSync(path.join(root, 'es', file), 'utf8')));

  it('has the same keys in English and Spanish', () => {
    expect([...es.keys()].filter((k) => !en.has(k))).toEqual([]);
    expect([...en.keys()].filter((k) => !es.has(k))).toEqual([]);
  });

  it('has no empty strings', () => {
    expect([...en, ...es].filter(([, v]) => v.trim() === '').map(([k]) => k)).toEqual([]);
  });

  it('leaves no English string untranslated in Spanish', () => {
    const same = [...en].filter(([k, v]) => es.get(k) === v && !SAME_IN_BOTH.has(v) && !/^[\d\s()+\-–.]+$/.test(v));
    expect(same.map(([k, v]) => `${k}: ${v}`)).toEqual([]);
  });

  it('uses the same interpolation variables in both languages', () => {
    const diff = [...en].filter(([k, v]) => es.has(k) && JSON.stringify(vars(v)) !== JSON.stringify(vars(es.get(k)!)));
    expect(diff.map(([k]) => k)).toEqual([]);
  });
});

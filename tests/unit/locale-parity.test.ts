/**
 * Every language of the list (src/domain/languages.ts) has its folder in locales/, with every
 * locale file and every key the default language (English) has: no key more or less, no empty
 * string, no English string left untranslated, the same {{variables}}. No folder is there for a
 * language outside the list. This is what lets the app run without a fallback language
 * (docs/adr/0006-translations-and-languages.md).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_LANGUAGE, LANGUAGES, parseTypedDate } from '../../src/domain';

const root = path.resolve(import.meta.dirname, '../../locales');
/** The language every other is compared with. */
const reference = DEFAULT_LANGUAGE;
const jsonFiles = (code: string) => (existsSync(path.join(root, code)) ? readdirSync(path.join(root, code)).filter((f) => f.endsWith('.json')).sort() : []);
const files = jsonFiles(reference);
const translations = LANGUAGES.filter((l) => l.code !== reference);

/** Strings that are the same in every language on purpose (names, acronyms, numbers). */
const SAME_IN_ALL = new Set(['PD Helper', 'Error:', 'No', 'DACA', 'TPS', 'VAWA', 'SIJS', 'ICE', 'GED', 'ITIN', 'ERO', 'OPLA', 'EOIR', 'ACLU', 'RAICES', '211']);

function flatten(value: unknown, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  if (typeof value === 'string') out.set(prefix, value);
  else if (Array.isArray(value)) value.forEach((v, i) => flatten(v, `${prefix}[${i}]`).forEach((s, k) => out.set(k, s)));
  else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) flatten(v, prefix ? `${prefix}.${k}` : k).forEach((s, key) => out.set(key, s));
  }
  return out;
}

/** A file's strings, or none when the file is missing (reported by "has every locale file"). */
const read = new Map<string, Map<string, string>>();
function strings(code: string, file: string): Map<string, string> {
  const p = path.join(root, code, file);
  if (!read.has(p)) read.set(p, existsSync(p) ? flatten(JSON.parse(readFileSync(p, 'utf8'))) : new Map());
  return read.get(p)!;
}

const vars = (s: string) => [...s.matchAll(/\{\{\s*([\w.]+)[^}]*\}\}/g)].map((m) => m[1]).sort();

/** For each translation, the keys failing `test`: `{ es: [] }` when all is well. */
function perTranslation(test: (code: string) => string[]): Record<string, string[]> {
  return Object.fromEntries(translations.map((l) => [l.code, test(l.code)]));
}
const none = () => Object.fromEntries(translations.map((l) => [l.code, []]));

describe('the language list and locales/', () => {
  it('has one folder per language of the list, and no other', () => {
    const folders = readdirSync(root, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort();
    expect(folders).toEqual(LANGUAGES.map((l) => l.code).sort());
  });

  it.each(LANGUAGES.map((l) => l.code))('locales/%s has every locale file', (code) => {
    expect(files.length).toBeGreaterThan(0);
    expect(jsonFiles(code)).toEqual(files);
  });

  it.each(LANGUAGES.map((l) => [l.code, l.dateOrder] as const))('locales/%s shows a full date in the order its dates are read (%s)', (code, order) => {
    // The date hint of every language shows the same day (14 March 2019), written in its order.
    const hint = strings(code, 'questions.json').get('formats.date') ?? '';
    const full = /\b\d{1,2}\/\d{1,2}\/\d{4}\b/.exec(hint)?.[0] ?? '';
    expect(parseTypedDate(full, order)).toBe('2019-03-14');
  });
});

describe.each(files)('locales/*/%s', (file) => {
  const en = strings(reference, file);

  it('has the same keys in every language', () => {
    expect(perTranslation((code) => [...strings(code, file).keys()].filter((k) => !en.has(k))), 'keys English does not have').toEqual(none());
    expect(perTranslation((code) => [...en.keys()].filter((k) => !strings(code, file).has(k))), 'keys missing').toEqual(none());
  });

  it('has no empty strings', () => {
    const empty = (m: Map<string, string>) => [...m].filter(([, v]) => v.trim() === '').map(([k]) => k);
    expect(empty(en)).toEqual([]);
    expect(perTranslation((code) => empty(strings(code, file)))).toEqual(none());
  });

  it('leaves no English string untranslated', () => {
    expect(perTranslation((code) => {
      const t = strings(code, file);
      return [...en].filter(([k, v]) => t.get(k) === v && !SAME_IN_ALL.has(v) && !/^[\d\s()+\-–.]+$/.test(v)).map(([k, v]) => `${k}: ${v}`);
    })).toEqual(none());
  });

  it('uses the same interpolation variables in every language', () => {
    expect(perTranslation((code) => {
      const t = strings(code, file);
      return [...en].filter(([k, v]) => t.has(k) && JSON.stringify(vars(v)) !== JSON.stringify(vars(t.get(k)!))).map(([k]) => k);
    })).toEqual(none());
  });
});

describe('what the person reads', () => {
  // Research notes stay with the developers' sources (reference.md §11.5): a person is told what
  // is uncertain in plain words, never "UNCERTAIN", "not checked with ICE" or "date not shown".
  const NOTE = /\bUNCERTAIN\b|not checked with|date not shown|not confirmed\.|no confirmado con|\(sin fecha\)/;
  it.each(LANGUAGES.map((l) => l.code))('holds no research notes (%s)', (code) => {
    const found: string[] = [];
    for (const file of jsonFiles(code)) {
      const walk = (node: unknown, key: string) => {
        if (typeof node === 'string') {
          if (NOTE.test(node)) found.push(`${file}:${key}`);
        } else if (node && typeof node === 'object') {
          for (const [k, v] of Object.entries(node)) walk(v, key ? `${key}.${k}` : k);
        }
      };
      walk(JSON.parse(readFileSync(path.join(root, code, file), 'utf8')), '');
    }
    expect(found).toEqual([]);
  });
});

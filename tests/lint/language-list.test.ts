/**
 * "Adding a language is one entry in the list" holds only if nothing else names the languages:
 * no file under src/ but src/domain/languages.ts spells out a union of language codes, a locale
 * of the list, a comparison with a language code, or a language's own name
 * (docs/adr/0006-translations-and-languages.md). And the language flows one way: only i18next's
 * listener in src/app/i18n.ts writes the store's language, and only the shell changes i18next's.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../src/domain/languages';

const root = path.resolve(import.meta.dirname, '../..');
const LIST_FILE = 'src/domain/languages.ts';

function sourceFiles(dir: string): string[] {
  return readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((e) => {
    const rel = `${dir}/${e.name}`;
    if (e.isDirectory()) return sourceFiles(rel);
    return /\.(ts|tsx)$/.test(e.name) ? [rel] : [];
  });
}

const files = sourceFiles('src').filter((f) => f !== LIST_FILE);
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const anyOf = (values: readonly string[]) => values.map(escape).join('|');
const codes = anyOf(LANGUAGES.map((l) => l.code));
const locales = anyOf(LANGUAGES.map((l) => l.locale));
const labels = anyOf(LANGUAGES.map((l) => l.label));

/** Each line of src/ (outside the list) matching `pattern`, as "file:line: text". */
function linesMatching(pattern: RegExp, only: readonly string[] = files): string[] {
  return only.flatMap((f) =>
    readFileSync(path.join(root, f), 'utf8')
      .split('\n')
      .flatMap((line, i) => (pattern.test(line) ? [`${f}:${i + 1}: ${line.trim()}`] : [])),
  );
}

/** What would name a language outside the list, each with a line this change removed from src/. */
const forbidden = [
  ['a union type of language codes', new RegExp(`(['"])(${codes})\\1\\s*\\|\\s*(['"])(${codes})\\3`), "export type UiLanguage = 'en' | 'es';"],
  ['a locale of the list', new RegExp(`(['"\`])(${locales})\\1`), "  return language === 'es' ? 'es-US' : 'en-US';"],
  ['a comparison with a language code', new RegExp(`[!=]==?\\s*(['"])(${codes})\\1|(['"])(${codes})\\3\\s*[!=]==?`), "  const uiLanguage = i18n.resolvedLanguage === 'es' ? 'es' : 'en';"],
  ["a language's own name (the switch reads it from the list)", new RegExp(`(['"\`])(${labels})\\1|>\\s*(${labels})\\s*<`), "  en: { lng: 'es', label: 'Español' },"],
] as const;

describe('the language list is the only place that names the languages', () => {
  it('finds the files it checks', () => {
    expect(files.length).toBeGreaterThan(50);
    expect(files).toContain('src/app/language-switch.tsx');
  });

  it.each(forbidden)('has no %s', (_what, pattern) => {
    expect(linesMatching(pattern)).toEqual([]);
  });

  it.each(forbidden)('would catch %s', (_what, pattern, removedLine) => {
    expect(pattern.test(removedLine)).toBe(true);
  });
});

describe('the language flows one way: i18next → store', () => {
  it("only i18next's languageChanged listener writes the store's language", () => {
    // src/pdf cannot reach the store (zone rule); its `doc.setLanguage` is pdf-lib's.
    const writers = linesMatching(/\bsetLanguage\(|setState\([^)]*\blanguage\b/, files.filter((f) => !f.startsWith('src/pdf/')));
    expect(writers.map((w) => w.split(':')[0])).toEqual(['src/app/i18n.ts']);
  });

  it('only the shell changes the language', () => {
    const changers = linesMatching(/\bchangeLanguage\(/).map((w) => w.split(':')[0]!);
    expect(changers.length).toBeGreaterThan(0);
    expect(changers.filter((f) => !f.startsWith('src/app/'))).toEqual([]);
  });
});

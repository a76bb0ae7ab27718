/**
 * The question page's quick `t` (`plainFirst`, src/features/wizard/field-parts.tsx) gives exactly
 * what i18next's `t` gives: for every key of the question and common strings, in English and
 * Spanish, with no options, with the helper's wording (`context`), with values to fill in, and for
 * keys that are not there. Its quick `exists` (`hasWords`) answers as `i18n.exists` does.
 */
import { describe, expect, it } from 'vitest';
import i18n, { loadLaterQuestions, loadNamespaces } from '../../src/app/i18n';
import { hasWords, plainFirst } from '../../src/features/wizard/field-parts';

function keysOf(tree: unknown, prefix = ''): string[] {
  if (typeof tree !== 'object' || tree === null) return [prefix];
  return Object.entries(tree).flatMap(([k, v]) => keysOf(v, prefix ? `${prefix}.${k}` : k));
}

describe.each(['en', 'es'])('plainFirst (%s)', (language) => {
  it('matches t for every question and common string, plain and in the helper wording', async () => {
    await i18n.changeLanguage(language);
    await loadNamespaces(['common', 'questions']);
    await loadLaterQuestions();
    for (const ns of ['questions', 'common'] as const) {
      const t = i18n.getFixedT(null, ns);
      const quick = plainFirst(t, i18n, ns);
      const keys = keysOf(i18n.getResourceBundle(language, ns)).map((k) => k.replace(/_helper$/, ''));
      expect(keys.length).toBeGreaterThan(50);
      for (const key of [...new Set(keys)]) {
        expect(quick(key), `${ns}:${key}`).toBe(t(key));
        expect(quick(key, { context: 'helper' }), `${ns}:${key} (helper)`).toBe(t(key, { context: 'helper' }));
        expect(quick(key, { context: undefined }), `${ns}:${key} (no context)`).toBe(t(key, { context: undefined }));
      }
    }
  });

  it('fills in values and answers for missing keys as t does', async () => {
    await i18n.changeLanguage(language);
    const t = i18n.getFixedT(null, 'questions');
    const quick = plainFirst(t, i18n, 'questions');
    const withValue = keysOf(i18n.getResourceBundle(language, 'questions')).find((k) => String(i18n.getResource(language, 'questions', k)).includes('{{n}}'));
    expect(withValue).toBeDefined();
    expect(quick(withValue!, { n: 3 })).toBe(t(withValue!, { n: 3 }));
    expect(quick(withValue!, { n: 3 })).not.toContain('{{');
    expect(quick('fields.no.such.key')).toBe(t('fields.no.such.key'));
    expect(quick('common:actions.continue')).toBe(t('common:actions.continue'));
  });
});

describe.each(['en', 'es'])('hasWords (%s)', (language) => {
  it('answers as i18n.exists for every question string, the keys the pages ask for, and missing ones', async () => {
    await i18n.changeLanguage(language);
    await loadNamespaces(['common', 'questions']);
    await loadLaterQuestions();
    // A string only English has (the app has no fallback language: not found in Spanish).
    i18n.addResource('en', 'questions', 'fields.testOnly.hint', 'English only');
    const keys = new Set<string>();
    for (const lng of ['en', 'es']) for (const k of keysOf(i18n.getResourceBundle(lng, 'questions'))) keys.add(k);
    for (const k of [...keys]) {
      const field = /^fields\.(.+)\.label$/.exec(k)?.[1];
      if (field) for (const end of ['hint', 'dateHint', 'tickHint']) keys.add(`fields.${field}.${end}`);
      const step = /^steps\.(.+)\.title$/.exec(k)?.[1];
      if (step) keys.add(`steps.${step}.intro`);
    }
    keys.add('fields.no.such.key');
    let found = 0;
    for (const key of keys) {
      const exists = i18n.exists(`questions:${key}`);
      expect(hasWords(i18n, 'questions', key), key).toBe(exists);
      if (exists) found += 1;
    }
    expect(found).toBeGreaterThan(50);
    expect(keys.size - found).toBeGreaterThan(50);
    expect(hasWords(i18n, 'questions', 'fields.testOnly.hint')).toBe(language === 'en');
  });
});

/** The one list of page languages: well-formed entries, and the helpers that read it. */
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_LANGUAGE,
  isLanguageCode,
  LANGUAGES,
  languageCode,
  languageInfo,
  LETTER_LANGUAGE,
  preferredLanguage,
} from '../../../src/domain/languages';

describe('LANGUAGES', () => {
  it('has unique codes and labels, and holds the default language', () => {
    expect(new Set(LANGUAGES.map((l) => l.code)).size).toBe(LANGUAGES.length);
    expect(new Set(LANGUAGES.map((l) => l.label)).size).toBe(LANGUAGES.length);
    expect(isLanguageCode(DEFAULT_LANGUAGE)).toBe(true);
  });

  it.each(LANGUAGES.map((l) => [l.code, l] as const))('%s: a canonical tag, a locale Intl knows, a date order and a direction', (_code, l) => {
    expect(Intl.getCanonicalLocales(l.code)).toEqual([l.code]);
    expect(Intl.getCanonicalLocales(l.locale)).toEqual([l.locale]);
    expect(Intl.DateTimeFormat.supportedLocalesOf([l.locale])).toEqual([l.locale]);
    // The locale is a variant of the language (es-US for es), so dates read as the page does.
    expect(new Intl.Locale(l.locale).language).toBe(new Intl.Locale(l.code).language);
    expect(['mdy', 'dmy']).toContain(l.dateOrder);
    expect(['ltr', 'rtl']).toContain(l.dir);
    expect(l.label.trim()).not.toBe('');
  });

  it('keeps the letter in U.S. English, whatever the list', () => {
    expect(LETTER_LANGUAGE).toEqual({ code: 'en', locale: 'en-US' });
  });
});

describe('the helpers', () => {
  it('isLanguageCode accepts only codes of the list', () => {
    for (const l of LANGUAGES) expect(isLanguageCode(l.code)).toBe(true);
    for (const v of ['fr', 'EN', 'en-US', '', null, undefined, 1, {}]) expect(isLanguageCode(v)).toBe(false);
  });

  it('languageInfo and languageCode fall back to the default language', () => {
    for (const l of LANGUAGES) expect(languageInfo(l.code)).toBe(l);
    expect(languageInfo('fr').code).toBe(DEFAULT_LANGUAGE);
    expect(languageInfo(undefined).code).toBe(DEFAULT_LANGUAGE);
    expect(languageCode('cimode')).toBe(DEFAULT_LANGUAGE);
    expect(languageCode('es')).toBe('es');
  });

  it('preferredLanguage takes the first listed language the browser prefers, on the primary subtag', () => {
    expect(preferredLanguage(['es-MX', 'en-US'])).toBe('es');
    expect(preferredLanguage(['fr-FR', 'ES'])).toBe('es');
    expect(preferredLanguage(['en-GB', 'es'])).toBe('en');
    expect(preferredLanguage(['fr', 'de'])).toBe(DEFAULT_LANGUAGE);
    expect(preferredLanguage([])).toBe(DEFAULT_LANGUAGE);
  });
});

/** The declaration's words from the locales, filled like i18next ({{x}}): tests use the app's real words. */
import en from '../../../locales/en/pages.json';
import es from '../../../locales/es/pages.json';
import type { DeclarationWords } from '../../../src/domain';

export const localeWords: DeclarationWords = (lang, key, params = {}) => {
  const words = (lang === 'es' ? es : en).declaration.pdf as Record<string, string>;
  const text = words[key];
  if (text === undefined) throw new Error(`no words for ${lang} ${key}`);
  return text.replace(/\{\{(\w+)\}\}/g, (_m, k: string) => params[k] ?? `{{${k}}}`);
};

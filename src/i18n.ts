/**
 * i18next with every string bundled at build time (no HTTP backend: nothing is fetched).
 * Keeps <html lang> and the default document title in step with the chosen language.
 */
import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import enCatalog from '../locales/en/catalog.json';
import enCommon from '../locales/en/common.json';
import enPages from '../locales/en/pages.json';
import enQuestions from '../locales/en/questions.json';
import esCatalog from '../locales/es/catalog.json';
import esCommon from '../locales/es/common.json';
import esPages from '../locales/es/pages.json';
import esQuestions from '../locales/es/questions.json';

export const LANGUAGES = ['en', 'es'] as const;
export type Language = (typeof LANGUAGES)[number];

export const defaultNS = 'common';
export const namespaces = ['common', 'questions', 'catalog', 'pages'] as const;
export const resources = {
  en: { common: enCommon, questions: enQuestions, catalog: enCatalog, pages: enPages },
  es: { common: esCommon, questions: esQuestions, catalog: esCatalog, pages: esPages },
} as const;

// Keys are built from domain ids (steps, factors, fields), so they are not typed literally;
// tests check that every id has its strings in both languages instead.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: typeof defaultNS;
  }
}

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/** The first supported language in the browser's preference list, else English. */
export function preferredLanguage(preferences: readonly string[]): Language {
  for (const tag of preferences) {
    const base = tag.toLowerCase().split('-')[0];
    if (isLanguage(base)) return base;
  }
  return 'en';
}

function applyToDocument(lng: string): void {
  document.documentElement.lang = lng;
  document.title = i18n.t('app.name', { lng });
}

i18n.on('languageChanged', applyToDocument);

void i18n.use(initReactI18next).init({
  resources,
  lng: preferredLanguage(typeof navigator === 'undefined' ? [] : navigator.languages),
  fallbackLng: 'en',
  supportedLngs: LANGUAGES,
  ns: [...namespaces],
  defaultNS,
  initAsync: false,
  interpolation: { escapeValue: false },
});

export default i18n;

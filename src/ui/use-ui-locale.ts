import { useTranslation } from 'react-i18next';
import { uiLocale, type UiLocale } from './format';

/** The page language as a locale for dates and numbers (its `locale` in src/domain/languages.ts). */
export function useUiLocale(): UiLocale {
  const { i18n } = useTranslation();
  return uiLocale(i18n.resolvedLanguage);
}

import { useTranslation } from 'react-i18next';
import { uiLocale, type UiLocale } from './format';

/** The page language as a locale for dates and numbers ("en-US" / "es-US"). */
export function useUiLocale(): UiLocale {
  const { i18n } = useTranslation();
  return uiLocale(i18n.resolvedLanguage);
}

import { useTranslation } from 'react-i18next';
import type { LanguageCode as Language } from '../domain';

/** Each language is named in itself, so a person who cannot read the current one can still find theirs. */
const OTHER: Record<Language, { lng: Language; label: string }> = {
  en: { lng: 'es', label: 'Español' },
  es: { lng: 'en', label: 'English' },
};

export function LanguageSwitch() {
  const { i18n } = useTranslation();
  const current: Language = i18n.resolvedLanguage === 'es' ? 'es' : 'en';
  const other = OTHER[current];
  return (
    <button
      type="button"
      className="language-switch"
      lang={other.lng}
      onClick={() => void i18n.changeLanguage(other.lng)}
    >
      {other.label}
    </button>
  );
}

import { useTranslation } from 'react-i18next';
import { LANGUAGES, languageCode } from '../domain';

/**
 * Every language of the list but the current one, each named in itself and marked with its own
 * `lang` and `dir`, so a person who cannot read the current one can still find theirs. With two
 * languages that is one button in the header; with more, a labelled list of buttons.
 *
 * The switch only asks i18next to change the language: the store follows i18next (its
 * `languageChanged` listener in src/app/i18n.ts), never the other way round.
 */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const current = languageCode(i18n.resolvedLanguage);
  const others = LANGUAGES.filter((l) => l.code !== current);
  // One button: the same element whatever it names, so it keeps the focus after the switch (as
  // the start page's first paint does, ./first-paint.ts), rather than a new one leaving the
  // focus nowhere and a screen reader at the top of the page.
  const buttons = others.map((l) => (
    <button key={others.length === 1 ? 'switch' : l.code} type="button" className="language-switch" lang={l.code} dir={l.dir} onClick={() => void i18n.changeLanguage(l.code)}>
      {l.label}
    </button>
  ));
  if (buttons.length === 1) return buttons[0];
  return (
    <ul className="language-switches" aria-label={t('app.otherLanguages')}>
      {buttons.map((b) => (
        <li key={b.key}>{b}</li>
      ))}
    </ul>
  );
}

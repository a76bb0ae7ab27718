import { useTranslation } from 'react-i18next';
import { LANGUAGES, languageCode } from '../domain';

/**
 * The language switch; each language is named in itself and marked with its own `lang` and `dir`,
 * so a person who cannot read the current one can still find theirs. With two languages it is one
 * button in the header that names the other. With more, a labelled list of every language, the
 * current one marked (`aria-current`): the buttons stay where they are, so the one pressed keeps
 * the focus, rather than disappearing and leaving the focus nowhere and a screen reader at the
 * top of the page.
 *
 * The switch only asks i18next to change the language: the store follows i18next (its
 * `languageChanged` listener in src/app/i18n.ts), never the other way round.
 */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const current = languageCode(i18n.resolvedLanguage);
  const choose = (code: string) => {
    if (code !== current) void i18n.changeLanguage(code);
  };
  if (LANGUAGES.length === 2) {
    const other = LANGUAGES.find((l) => l.code !== current)!;
    // The same element whatever it names, so it keeps the focus after the switch (as the start
    // page's first paint does, ./first-paint.ts).
    return (
      <button type="button" className="language-switch" lang={other.code} dir={other.dir} onClick={() => choose(other.code)}>
        {other.label}
      </button>
    );
  }
  return (
    <ul className="language-switches" aria-label={t('app.languages')}>
      {LANGUAGES.map((l) => (
        <li key={l.code}>
          <button type="button" className="language-switch" lang={l.code} dir={l.dir} aria-current={l.code === current ? 'true' : undefined}
            onClick={() => choose(l.code)}>
            {l.label}
          </button>
        </li>
      ))}
    </ul>
  );
}

import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LANGUAGES, type LanguageCode, STATUS_CHECKED_ON } from '../../domain';
import { formatDate, uiLocale } from '../../ui/format';
import { loadLanguageNamespaces } from '../../ui/load-language';

const CARDS = ['detained', 'door'] as const;
/** A U.S. phone number (1-888-351-4024): never split across two lines of a small card. */
const PHONE = /(\b1-\d{3}-\d{3}-\d{4}\b)/;
type CardId = (typeof CARDS)[number];
/** Copies of each card on the printed sheet: 2 languages × 2 cards × 2 copies = 8 cards, one Letter page. */
const PRINT_COPIES = 2;

/**
 * Wallet-size rights cards (3.5 × 2 in) in every language, whatever the page language: a person
 * may need to show the other side to a relative or an officer. The screen shows one of each; the
 * printed sheet has copies with dashed cut lines (base.css, print).
 */
export function RightsCards() {
  const { t, i18n } = useTranslation('learn');
  const [, setLoaded] = useState(0);
  useEffect(() => {
    let live = true;
    void Promise.all(LANGUAGES.map((l) => loadLanguageNamespaces(i18n, l.code, ['learn']).catch(() => undefined))).then(() => {
      if (live) setLoaded((n) => n + 1);
    });
    return () => {
      live = false;
    };
  }, [i18n]);
  const page = i18n.resolvedLanguage;
  // The page's language first; a language whose words are not in (yet, or at all) is left out.
  const languages = [...LANGUAGES]
    .sort((a, b) => Number(b.code === page) - Number(a.code === page))
    .map((l) => l.code)
    .filter((code) => i18n.hasResourceBundle(code, 'learn'));
  const cards = languages.flatMap((lng) => CARDS.map((card) => ({ lng, card })));
  return (
    <section className="rights-cards" aria-labelledby="rights-cards-title">
      <h2 id="rights-cards-title">{t('cards.title')}</h2>
      <p>{t('cards.intro')}</p>
      <button type="button" className="button" onClick={() => window.print()}>
        {t('cards.print')}
      </button>
      <div className="rights-sheet">
        {Array.from({ length: PRINT_COPIES }, (_, copy) =>
          cards.map(({ lng, card }) => <RightsCard key={`${copy}-${lng}-${card}`} lng={lng} card={card} copy={copy} />),
        )}
      </div>
    </section>
  );
}

function RightsCard({ lng, card, copy }: { lng: LanguageCode; card: CardId; copy: number }) {
  const { i18n } = useTranslation();
  const t = i18n.getFixedT(lng, 'learn');
  const lines = t(`cards.${card}.lines`, { returnObjects: true });
  const list: string[] = Array.isArray(lines) ? lines.filter((l): l is string => typeof l === 'string') : [];
  return (
    // Copies after the first are only on paper (hidden on screen and from screen readers).
    <div className={`rights-card${copy > 0 ? ' rights-card--copy' : ''}`} lang={lng}>
      <p className="rights-card__title">{t(`cards.${card}.title`)}</p>
      <ul className="rights-card__lines">
        {list.map((line, i) => (
          <li key={i}>{line.split(PHONE).map((part, j) => (j % 2 === 1 ? <span key={j} className="rights-card__phone">{part}</span> : part))}</li>
        ))}
      </ul>
      <p className="rights-card__fill">
        <span>{t('cards.aNumber')}</span>
        <span>{t('cards.lawyer')}</span>
      </p>
      <p className="rights-card__foot">{t('cards.foot', { date: formatDate(STATUS_CHECKED_ON, uiLocale(lng)) })}</p>
    </div>
  );
}

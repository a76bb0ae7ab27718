import { useTranslation } from 'react-i18next';
import { useDocumentTitle } from '../../ui/use-document-title';

export function StartPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('start.title'));

  return (
    <article className="start">
      <h1>{t('start.title')}</h1>
      <p className="lead">{t('start.lead')}</p>

      <section aria-labelledby="start-does">
        <h2 id="start-does">{t('start.does.heading')}</h2>
        <ul>
          <li>{t('start.does.items.questions')}</li>
          <li>{t('start.does.items.factors')}</li>
          <li>{t('start.does.items.letter')}</li>
          <li>{t('start.does.items.yourself')}</li>
        </ul>
      </section>

      <section aria-labelledby="start-does-not">
        <h2 id="start-does-not">{t('start.doesNot.heading')}</h2>
        <ul>
          <li>{t('start.doesNot.items.advice')}</li>
          <li>{t('start.doesNot.items.send')}</li>
          <li>{t('start.doesNot.items.promise')}</li>
        </ul>
      </section>

      <section aria-labelledby="start-help" className="panel">
        <h2 id="start-help">{t('start.help.heading')}</h2>
        <p>{t('start.help.body')}</p>
        <p>{t('start.help.notario')}</p>
      </section>

      <section aria-labelledby="start-time">
        <h2 id="start-time">{t('start.time.heading')}</h2>
        <p>{t('start.time.body')}</p>
      </section>

      <section aria-labelledby="start-needs">
        <h2 id="start-needs">{t('start.needs.heading')}</h2>
        <ul>
          <li>{t('start.needs.items.papers')}</li>
          <li>{t('start.needs.items.aNumber')}</li>
          <li>{t('start.needs.items.dates')}</li>
          <li>{t('start.needs.items.life')}</li>
        </ul>
      </section>

      <section aria-labelledby="start-privacy" className="panel panel--privacy">
        <h2 id="start-privacy">{t('start.privacy.heading')}</h2>
        <p>{t('start.privacy.body')}</p>
      </section>
    </article>
  );
}

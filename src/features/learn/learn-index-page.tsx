import { useTranslation } from 'react-i18next';
import { learnTopics, STATUS_CHECKED_ON } from '../../domain';
import { AppLink } from '../../ui/app-link';
import { formatDate } from '../../ui/format';
import { HelpResources } from '../../ui/help-resources';
import { paths } from '../../ui/paths';
import { useDocumentTitle } from '../../ui/use-document-title';
import { useUiLocale } from '../../ui/use-ui-locale';
import './learn.css';

/** #/learn: every topic, with one line on what it covers. Needs no answers. */
export function LearnIndexPage() {
  const { t } = useTranslation('learn');
  const { t: tp } = useTranslation('pages');
  const locale = useUiLocale();
  useDocumentTitle(tp('learn.title'));
  return (
    <div className="learn-page">
      <h1>{tp('learn.title')}</h1>
      <p className="lead">{t('index.lead')}</p>
      <p className="learn-page__as-of">{t('shared.asOf', { date: formatDate(STATUS_CHECKED_ON, locale) })}</p>
      <p className="panel panel--info">{t('shared.notAdvice')}</p>
      <ul className="learn-index">
        {learnTopics.map((topic) => (
          <li key={topic.id} className="learn-index__item">
            <AppLink to={paths.learnTopic.href(topic.id)} className="learn-index__link">
              {tp(`learn.topics.${topic.id}`)}
            </AppLink>
            <p>{t(`topics.${topic.id}.summary`)}</p>
          </li>
        ))}
      </ul>
      <HelpResources />
    </div>
  );
}

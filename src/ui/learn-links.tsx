import { useTranslation } from 'react-i18next';
import type { LearnTopicId } from '../domain';
import { AppLink } from './app-link';
import { paths } from './paths';

/** A short "Learn more" list of learn topics (words from `pages`). */
export function LearnLinks({ topics }: { topics: readonly LearnTopicId[] }) {
  const { t } = useTranslation('pages');
  return (
    <nav className="learn-links no-print" aria-labelledby="learn-links-title">
      <h2 id="learn-links-title">{t('learn.more')}</h2>
      <ul>
        {topics.map((id) => (
          <li key={id}>
            <AppLink to={paths.learnTopic.href(id)}>{t(`learn.topics.${id}`)}</AppLink>
          </li>
        ))}
        <li>
          <AppLink to={paths.learn.href()}>{t('learn.all')}</AppLink>
        </li>
      </ul>
    </nav>
  );
}

import { useTranslation } from 'react-i18next';
import { findLearnTopic, type LearnSection, type LearnTopic, learnTopics, STATUS_CHECKED_ON } from '../../domain';
import { AppLink } from '../../ui/app-link';
import { BackLink } from '../../ui/back-link';
import { formatDate } from '../../ui/format';
import { HelpResources } from '../../ui/help-resources';
import { paths } from '../../ui/paths';
import { SourcesDisclosure } from '../../ui/sources-disclosure';
import { useDocumentTitle } from '../../ui/use-document-title';
import { useUiLocale } from '../../ui/use-ui-locale';
import { RightsCards } from './rights-cards';
import './learn.css';

/** #/learn/<topic>: one topic, each section with its sources and the date it was checked. */
export function LearnTopicPage({ topic: topicId }: { topic: string | undefined }) {
  const topic = findLearnTopic(topicId);
  const { t } = useTranslation('learn');
  const { t: tp } = useTranslation('pages');
  const locale = useUiLocale();
  const title = topic ? tp(`learn.topics.${topic.id}`) : tp('notFound.title');
  useDocumentTitle(title);
  if (!topic) {
    return (
      <div className="learn-page">
        <h1>{title}</h1>
        <p>{tp('notFound.body')}</p>
        <p>
          <AppLink to={paths.learn.href()}>{t('shared.toIndex')}</AppLink>
        </p>
      </div>
    );
  }
  const timeline = topic.id === 'timeline';
  const sections = topic.sections.map((s) => <TopicSection key={s.id} topic={topic} section={s} as={timeline ? 'li' : 'section'} />);
  return (
    <div className={`learn-page learn-page--${topic.id}`}>
      <BackLink to={paths.learn.href()} label={t('shared.toIndex')} />
      <h1>{title}</h1>
      <p className="lead">{t(`topics.${topic.id}.lead`)}</p>
      <p className="learn-page__as-of">{t('shared.asOf', { date: formatDate(STATUS_CHECKED_ON, locale) })}</p>
      <p className="panel panel--info">{t('shared.notAdvice')}</p>
      {topic.id === 'rights-cards' && <RightsCards />}
      {timeline ? <ol className="timeline">{sections}</ol> : sections}
      <HelpResources />
      <nav className="learn-others no-print" aria-labelledby="learn-others-title">
        <h2 id="learn-others-title">{t('shared.otherTopics')}</h2>
        <ul>
          {learnTopics
            .filter((other) => other.id !== topic.id)
            .map((other) => (
              <li key={other.id}>
                <AppLink to={paths.learnTopic.href(other.id)}>{tp(`learn.topics.${other.id}`)}</AppLink>
              </li>
            ))}
        </ul>
      </nav>
    </div>
  );
}

/** A section's paragraphs: a list in the learn strings, or one text (the after-sending page's). */
function paragraphs(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  return Array.isArray(value) ? value.filter((p): p is string => typeof p === 'string') : [];
}

function TopicSection({ topic, section, as: Tag }: { topic: LearnTopic; section: LearnSection; as: 'section' | 'li' }) {
  const ns = topic.words?.ns ?? 'learn';
  const prefix = topic.words?.prefix ?? `topics.${topic.id}.sections`;
  const { t } = useTranslation(ns);
  const { t: tl } = useTranslation('learn');
  const locale = useUiLocale();
  const title = t(`${prefix}.${section.id}.title`);
  const body = paragraphs(t(`${prefix}.${section.id}.body`, { returnObjects: true }));
  const headingId = `learn-${section.id}`;
  return (
    <Tag className="card learn-section" aria-labelledby={Tag === 'section' ? headingId : undefined}>
      <h2 id={headingId}>
        {section.date && (
          <>
            <time dateTime={section.date}>{formatDate(section.date, locale)}</time>
            <span className="visually-hidden">: </span>
            <br />
          </>
        )}
        {title}
      </h2>
      {body.map((p, i) => (
        <p key={i}>{p}</p>
      ))}
      {section.uncertain && <p className="learn-section__uncertain">{tl('shared.uncertain', { date: formatDate(STATUS_CHECKED_ON, locale) })}</p>}
      <SourcesDisclosure ids={section.sources} about={title} />
    </Tag>
  );
}

import { useTranslation } from 'react-i18next';
import { addDays, FOLLOW_UP_AFTER_WEEKS, followUpDue, type SentRecord } from '../domain';
import { AppLink } from './app-link';
import { formatDate } from './format';
import { paths } from './paths';
import { useUiLocale } from './use-ui-locale';

const STEPS = ['hearings', 'write', 'askAtHearing', 'help'] as const;

/**
 * "It has been N weeks since you sent your request…": shown once FOLLOW_UP_AFTER_WEEKS have
 * passed since the sent date (on the after-sending page and the result page). Before that, with
 * `showWhenNotDue`, only the date from which it will be shown.
 */
export function FollowUpReminder({ sent, asOf, link = false, showWhenNotDue = false }: {
  sent: SentRecord | undefined;
  asOf: string;
  /** A link to the after-sending page (on other pages). */
  link?: boolean;
  showWhenNotDue?: boolean;
}) {
  const { t } = useTranslation('pages');
  const locale = useUiLocale();
  if (!sent) return null;
  const weeks = followUpDue(sent, asOf);
  if (weeks === null) {
    if (!showWhenNotDue) return null;
    return <p className="follow-up-later">{t('afterSending.reminder.notYet', { date: formatDate(addDays(sent.date, FOLLOW_UP_AFTER_WEEKS * 7), locale) })}</p>;
  }
  return (
    <aside className="panel panel--warning follow-up-reminder" aria-labelledby="follow-up-title">
      <h2 id="follow-up-title">{t('afterSending.reminder.title')}</h2>
      <p>{t('afterSending.reminder.body', { count: weeks, date: formatDate(sent.date, locale) })}</p>
      <p>{t('afterSending.reminder.what')}</p>
      <ul>
        {STEPS.map((s) => <li key={s}>{t(`afterSending.reminder.steps.${s}`)}</li>)}
      </ul>
      {link && <AppLink to={paths.afterSending.href()}>{t('afterSending.reminder.link')}</AppLink>}
    </aside>
  );
}

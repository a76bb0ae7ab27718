/**
 * Shown on the question pages once after saved answers were upgraded to a newer version of the
 * rules (rare): it loads then, with the `pages` strings, not with the first page.
 */
import { useTranslation } from 'react-i18next';
import { POLICY_BASIS } from '../../domain';
import { formatDate, uiLocale } from '../../ui/format';

export function UpgradeNotice() {
  const { t, i18n } = useTranslation('pages');
  return (
    <div className="panel panel--info" role="note">
      <p className="panel__title">{t('upgrade.title')}</p>
      <p>{t('upgrade.body', { date: formatDate(POLICY_BASIS.lastChecked, uiLocale(i18n.resolvedLanguage)) })}</p>
    </div>
  );
}

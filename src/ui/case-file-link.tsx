import { useTranslation } from 'react-i18next';
import { AppLink } from './app-link';
import { paths } from './paths';

/** "Save or open a case file", for the result page. */
export function CaseFileLink({ className = 'button button--secondary' }: { className?: string }) {
  const { t } = useTranslation();
  return <AppLink to={paths.caseFile.href()} className={className}>{t('clinicEntry.caseFile')}</AppLink>;
}

import { useTranslation } from 'react-i18next';
import { AppLink } from './app-link';
import { paths } from './paths';

/** "Save or open a case file", for the result page. */
export function CaseFileLink() {
  const { t } = useTranslation();
  return <AppLink to={paths.caseFile.href()} className="button button--secondary">{t('clinicEntry.caseFile')}</AppLink>;
}

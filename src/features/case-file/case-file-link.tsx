import { useTranslation } from 'react-i18next';
import { AppLink } from '../../ui/app-link';

/** "Save or open a case file", for the result page. */
export function CaseFileLink() {
  const { t } = useTranslation();
  return <AppLink to="/case-file" className="button button--secondary">{t('clinicEntry.caseFile')}</AppLink>;
}

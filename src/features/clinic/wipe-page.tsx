/**
 * "Wipe this device": says exactly what will be deleted (counting the encrypted cases without
 * opening them, so it works while locked too), then removes every key the app keeps.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { clinicSession, useClinicStore } from '../../state/clinic/clinic-session';
import { CLINIC_CASE_PREFIX } from '../../state/clinic/clinic-vault';
import { AppLink } from '../../ui/app-link';
import { useDocumentTitle } from '../../ui/use-document-title';
import { paths } from '../../ui/paths';

/** How many encrypted cases this browser holds (their number is not secret; their content is). */
function storedCaseCount(): number {
  try {
    return Object.keys(window.localStorage).filter((k) => k.startsWith(CLINIC_CASE_PREFIX)).length;
  } catch {
    return 0;
  }
}

export function WipePage() {
  const { t } = useTranslation('clinic');
  const status = useClinicStore((s) => s.status);
  const wipe = clinicSession.wipe;
  const [count] = useState(storedCaseCount);
  const [done, setDone] = useState(false);
  useDocumentTitle(done ? t('wipe.done') : t('wipe.title'));

  if (done) {
    return (
      <div className="clinic-wipe">
        <h1 tabIndex={-1} ref={(el) => el?.focus()}>{t('wipe.done')}</h1>
        <p>{t('wipe.doneBody')}</p>
        <p>{t('wipe.notDeleted')}</p>
        <p>{t('wipe.history')}</p>
        <AppLink to={paths.start.href()} className="button">{t('wipe.home')}</AppLink>
      </div>
    );
  }
  return (
    <div className="clinic-wipe">
      <h1>{t('wipe.title')}</h1>
      <p className="lead">{t('wipe.lead')}</p>
      <h2 className="clinic-wipe__subheading">{t('wipe.deletes')}</h2>
      <ul>
        <li>{t('wipe.cases', { count })}</li>
        <li>{t('wipe.settings')}</li>
        <li>{t('wipe.plain')}</li>
      </ul>
      <p>{t('wipe.notDeleted')}</p>
      <p>{t('wipe.history')}</p>
      <div className="button-group">
        <button
          type="button"
          className="button button--warning"
          onClick={() => {
            wipe();
            setDone(true);
          }}
        >
          {t('wipe.confirm')}
        </button>
        <AppLink to={status === 'off' ? paths.start.href() : paths.clinic.href()} className="button button--secondary">{t('wipe.cancel')}</AppLink>
      </div>
    </div>
  );
}

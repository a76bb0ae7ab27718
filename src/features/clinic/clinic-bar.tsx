/** The clinic bar's content (loaded only in clinic mode): the open case, Switch case, Summary, Lock. */
import { useTranslation } from 'react-i18next';
import { useClinicStore } from '../../state/clinic/clinic-status';
import { AppLink } from '../../ui/app-link';
import { Isolated } from '../../ui/isolated';
import { useLockNow } from './lock-now';
import { paths } from '../../ui/paths';

export function ClinicBarContent() {
  const { t } = useTranslation('clinic');
  const activeId = useClinicStore((s) => s.activeId);
  const cases = useClinicStore((s) => s.cases);
  const saveFailed = useClinicStore((s) => s.saveFailed);
  const lockNow = useLockNow();
  const label = cases.find((c) => c.id === activeId)?.label ?? '';
  return (
    <nav className="clinic-bar" aria-label={t('bar.label')}>
      <div className="clinic-bar__inner">
        <p className="clinic-bar__case">{activeId ? <Isolated sentence={(slot) => t('bar.case', { label: slot })} value={label} /> : t('bar.noCase')}</p>
        <ul className="clinic-bar__actions">
          {activeId && (
            <>
              <li><AppLink to={paths.clinic.href()}>{t('bar.switch')}</AppLink></li>
              <li><AppLink to={paths.clinicSummary.href()}>{t('bar.summary')}</AppLink></li>
            </>
          )}
          <li>
            <button type="button" className="clinic-bar__lock" onClick={() => lockNow()}>
              {t('bar.lock')}
            </button>
          </li>
        </ul>
      </div>
      {saveFailed && <p className="clinic-bar__error" role="alert">{t('bar.saveFailed')}</p>}
    </nav>
  );
}

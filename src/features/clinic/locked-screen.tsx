/**
 * Shown instead of every page while clinic mode is locked (see ClinicOutlet): the passphrase,
 * Unlock, a plain "wrong passphrase" message (nothing is touched), and the way out when the
 * passphrase is forgotten.
 */
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { clinicSession } from '../../state/clinic/clinic-session';
import { DamagedVaultError } from '../../state/clinic/clinic-vault';
import { AppLink, useAppNavigate } from '../../ui/app-link';
import { ErrorSummary } from '../../ui/form/error-summary';
import { useDocumentTitle } from '../../ui/use-document-title';
import { PassphraseField, ShowPassphrase } from '../../ui/form/form-bits';
import { useLockNotice } from './lock-now';
import { paths } from '../../ui/paths';

type Problem = 'empty' | 'wrong' | 'damaged';

export function LockedScreen() {
  const { t } = useTranslation('clinic');
  const { t: tc } = useTranslation();
  const navigate = useAppNavigate();
  const unlock = clinicSession.unlock;
  const idleMinutes = useLockNotice((s) => s.idleMinutes);
  const [passphrase, setPassphrase] = useState('');
  const [visible, setVisible] = useState(false);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [focusKey, setFocusKey] = useState(0);
  const [busy, setBusy] = useState(false);
  const title = t('locked.title');
  useDocumentTitle(problem ? `${tc('errors.titlePrefix')} ${title}` : title);

  const fail = (p: Problem) => {
    setProblem(p);
    setFocusKey((k) => k + 1);
  };

  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    if (busy) return;
    if (passphrase === '') return fail('empty');
    setBusy(true);
    try {
      await unlock(passphrase);
      useLockNotice.setState({ idleMinutes: null });
      navigate(paths.clinic.href());
    } catch (error) {
      setBusy(false);
      setPassphrase('');
      fail(error instanceof DamagedVaultError ? 'damaged' : 'wrong');
    }
  };

  const message = problem ? t(`locked.${problem}`) : null;
  return (
    <div className="clinic-locked">
      {idleMinutes !== null && !problem && (
        <p className="notice" role="status">{t('locked.idle', { count: idleMinutes })}</p>
      )}
      <ErrorSummary errors={message ? [{ fieldId: 'unlock-passphrase', message }] : []} focusKey={focusKey} />
      <h1>{title}</h1>
      <p className="lead">{t('locked.lead')}</p>
      <form onSubmit={(e) => void onSubmit(e)} noValidate>
        <PassphraseField
          id="unlock-passphrase"
          label={t('locked.label')}
          value={passphrase}
          onValue={setPassphrase}
          error={message}
          visible={visible}
          autoComplete="current-password"
          inputClassName="input input--passphrase"
        />
        <ShowPassphrase id="unlock-show" checked={visible} onChange={setVisible} />
        <button type="submit" className="button" disabled={busy} aria-describedby={busy ? 'unlock-working' : undefined}>
          {t('locked.submit')}
        </button>
        <p id="unlock-working" className="hint" role="status">{busy ? t('locked.working') : ''}</p>
      </form>
      <p className="clinic-locked__forgot">
        {t('locked.forgot')} <AppLink to={paths.clinicWipe.href()}>{t('locked.wipeLink')}</AppLink>
      </p>
    </div>
  );
}

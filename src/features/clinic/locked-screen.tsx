/**
 * Shown instead of every page while clinic mode is locked (see ClinicGuard): the passphrase,
 * Unlock, a plain "wrong passphrase" message (nothing is touched), and the way out when the
 * passphrase is forgotten. After wrong passphrases the next try waits (state/clinic/unlock-delay):
 * Unlock is disabled meanwhile, a line under it counts down, and a live region says once how
 * long to wait and once that trying again is possible.
 */
import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { clinicSession } from '../../state/clinic/clinic-session';
import { DamagedVaultError } from '../../state/clinic/clinic-vault';
import { UnlockTooSoonError } from '../../state/clinic/unlock-delay';
import { useClinicStore } from '../../state/clinic/clinic-status';
import { AppLink, useAppNavigate } from '../../ui/app-link';
import { ErrorSummary } from '../../ui/form/error-summary';
import { useDocumentTitle } from '../../ui/use-document-title';
import { PassphraseField, ShowPassphrase } from '../../ui/form/form-bits';
import { useLockNotice } from './lock-now';
import { paths } from '../../ui/paths';

type Problem = 'empty' | 'wrong' | 'damaged';

/**
 * After unlocking, this screen and its button are gone: the page it opens takes the focus, as a new
 * page does (src/app/app.tsx), also when it is the page the lock covered (the address did not change).
 * Tried for a moment while that page's code loads.
 */
function focusOpenedPage(triesLeft = 20): void {
  requestAnimationFrame(() => {
    const main = document.getElementById('main');
    const focused = document.activeElement;
    // The opened page has moved the focus itself (not this screen's box or button, if still there).
    if (!main || (focused && main.contains(focused) && focused !== main && !focused.closest('.clinic-locked'))) return;
    const heading = main.querySelector<HTMLElement>('h1');
    // Until this screen has gone and the page's heading is there (its code may still be loading).
    if ((!heading || heading.closest('.clinic-locked')) && triesLeft > 0) {
      focusOpenedPage(triesLeft - 1);
      return;
    }
    if (heading && !heading.hasAttribute('tabindex')) heading.tabIndex = -1;
    (heading ?? main).focus({ preventScroll: true });
  });
}

export function LockedScreen() {
  const { t } = useTranslation('clinic');
  const { t: tc } = useTranslation();
  const navigate = useAppNavigate();
  const unlock = clinicSession.unlock;
  const idleMinutes = useLockNotice((s) => s.idleMinutes);
  const typedNotKept = useClinicStore((s) => s.typedNotKept);
  const [passphrase, setPassphrase] = useState('');
  const [visible, setVisible] = useState(false);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [focusKey, setFocusKey] = useState(0);
  const [busy, setBusy] = useState(false);
  // The wait after wrong passphrases: until when (ms since 1970), the time now (ticks each second),
  // and what the live region says (once at the start of a wait, once at its end).
  const [waitUntil, setWaitUntil] = useState(() => Date.now() + clinicSession.unlockWaitMs());
  const [now, setNow] = useState(() => Date.now());
  const [announce, setAnnounce] = useState('');
  const secondsLeft = Math.max(0, Math.ceil((waitUntil - now) / 1000));
  const waiting = secondsLeft > 0;
  useEffect(() => {
    if (waitUntil <= Date.now()) return;
    const timer = setInterval(() => {
      const t2 = Date.now();
      setNow(t2);
      if (t2 >= waitUntil) {
        clearInterval(timer);
        setAnnounce(t('locked.waitOver'));
      }
    }, 250);
    return () => clearInterval(timer);
  }, [waitUntil, t]);
  const startWait = (ms: number) => {
    if (ms <= 0) return;
    const start = Date.now();
    setNow(start);
    setWaitUntil(start + ms);
    setAnnounce(t('locked.wait', { count: Math.ceil(ms / 1000) }));
  };
  const title = t('locked.title');
  useDocumentTitle(problem ? `${tc('errors.titlePrefix')} ${title}` : title);

  const fail = (p: Problem) => {
    setProblem(p);
    setFocusKey((k) => k + 1);
  };

  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    if (busy || waiting) return;
    if (passphrase === '') return fail('empty');
    setBusy(true);
    setAnnounce('');
    try {
      await unlock(passphrase);
      useLockNotice.setState({ idleMinutes: null });
      navigate(paths.clinic.href());
      focusOpenedPage();
    } catch (error) {
      setBusy(false);
      if (error instanceof UnlockTooSoonError) {
        // Another tab counted a wrong passphrase meanwhile: nothing was tried.
        startWait(error.waitMs);
        return;
      }
      setPassphrase('');
      fail(error instanceof DamagedVaultError ? 'damaged' : 'wrong');
      startWait(clinicSession.unlockWaitMs());
    }
  };

  const message = problem ? t(`locked.${problem}`) : null;
  return (
    <div className="clinic-locked">
      {idleMinutes !== null && !problem && (
        <p className="notice" role="status">{t('locked.idle', { count: idleMinutes })}</p>
      )}
      {typedNotKept && !problem && <p className="notice" role="status">{t('locked.typedNotKept')}</p>}
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
        <button
          type="submit"
          className="button"
          disabled={busy || waiting}
          aria-describedby={busy ? 'unlock-working' : waiting ? 'unlock-wait' : undefined}
        >
          {t('locked.submit')}
        </button>
        <p id="unlock-wait" className="hint">{waiting ? t('locked.waitLeft', { count: secondsLeft }) : ''}</p>
        <p id="unlock-working" className="hint" role="status">{busy ? t('locked.working') : ''}</p>
        <p className="visually-hidden" role="status">{announce}</p>
      </form>
      <p className="clinic-locked__forgot">
        {t('locked.forgot')} <AppLink to={paths.clinicWipe.href()}>{t('locked.wipeLink')}</AppLink>
      </p>
    </div>
  );
}

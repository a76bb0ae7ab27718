/**
 * The parts of clinic mode that live in the layout: the guard around the page (while
 * locked, only the locked screen renders, so every form unmounts and nothing of a case stays on
 * screen), the clinic bar ("Case: … · Switch case · Summary · Lock"), the footer links, and the
 * entry on the start page. Their strings are in the `clinic` namespace, loaded with clinic mode;
 * the start page entry and the case-file link, seen by everyone, use `common`.
 */
import { lazy, type ReactNode, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation } from 'react-router';
import { useCaseStore } from '../../state/case-store';
import { useClinicStore } from '../../state/clinic/clinic-status';
import { AppLink } from '../../ui/app-link';
import { paths, resumeUrl } from '../../ui/paths';
import './clinic.css';

// Only clinic mode needs these: they load when it is on, not with the first page.
const LockedScreen = lazy(() => import('./locked-screen').then((m) => ({ default: m.LockedScreen })));
const ClinicBarContent = lazy(() => import('./clinic-bar').then((m) => ({ default: m.ClinicBarContent })));

/** Pages that show or change the open case: with no case open in clinic mode they go to the case list. */
const CASE_PAGES = /^\/(questions(\/.*)?|review|result|checklist|letter|clinic\/summary)$/;

/** The one page that may show while locked: the way out when the passphrase is forgotten. */
const WHILE_LOCKED = paths.clinicWipe.href();

export function ClinicGuard({ children }: { children: ReactNode }) {
  const status = useClinicStore((s) => s.status);
  const activeId = useClinicStore((s) => s.activeId);
  const { pathname } = useLocation();
  if (status === 'locked' && pathname !== WHILE_LOCKED) {
    return (
      <Suspense fallback={null}>
        <LockedScreen />
      </Suspense>
    );
  }
  if (status === 'unlocked') {
    // "Delete my answers" would remove every case at once: in clinic mode cases are deleted one by one.
    if (pathname === paths.delete.href()) return <Navigate to={paths.clinic.href()} replace />;
    if (activeId === null && CASE_PAGES.test(pathname)) return <Navigate to={paths.clinic.href()} replace />;
  }
  return children;
}

/** Shown on every page while clinic mode is unlocked. */
export function ClinicBar() {
  const status = useClinicStore((s) => s.status);
  if (status !== 'unlocked') return null;
  return (
    <Suspense fallback={null}>
      <ClinicBarContent />
    </Suspense>
  );
}

function WipeLink() {
  const { t } = useTranslation('clinic');
  return <AppLink to={paths.clinicWipe.href()} className="site-footer__link">{t('footer.wipe')}</AppLink>;
}

/** "Save or open a case file" (always, except while locked) and, in clinic mode, "Wipe this device". */
export function ClinicFooterLinks() {
  const { t } = useTranslation();
  const status = useClinicStore((s) => s.status);
  if (status === 'locked') return null;
  return (
    <>
      <AppLink to={paths.caseFile.href()} className="site-footer__link">{t('clinicEntry.caseFile')}</AppLink>
      {status === 'unlocked' && (
        <Suspense fallback={null}>
          <WipeLink />
        </Suspense>
      )}
    </>
  );
}

/** The separate "For clinics and volunteers" section at the end of the start page (clinic mode off). */
export function ClinicStartEntry() {
  const { t } = useTranslation();
  const status = useClinicStore((s) => s.status);
  if (status !== 'off') return null;
  return (
    <section aria-labelledby="start-clinic" className="panel clinic-entry">
      <h2 id="start-clinic">{t('clinicEntry.heading')}</h2>
      <p>{t('clinicEntry.body')}</p>
      <p>
        <AppLink to={paths.clinicSetup.href()}>{t('clinicEntry.link')}</AppLink>
      </p>
    </section>
  );
}

function StartActionsContent() {
  const { t } = useTranslation('clinic');
  const activeId = useClinicStore((s) => s.activeId);
  const c = useCaseStore((s) => s.caseData);
  if (!activeId) {
    return (
      <div className="button-group">
        <AppLink to={paths.clinic.href()} className="button">{t('entry.caseList')}</AppLink>
      </div>
    );
  }
  return (
    <div className="button-group">
      <AppLink to={resumeUrl(c)} className="button">{t('entry.resume')}</AppLink>
      <AppLink to={paths.clinic.href()} className="button button--secondary">{t('entry.switchCase')}</AppLink>
    </div>
  );
}

/** The start page's buttons in clinic mode (unlocked): continue the open case, or the case list. */
export function ClinicStartActions() {
  return (
    <Suspense fallback={null}>
      <StartActionsContent />
    </Suspense>
  );
}

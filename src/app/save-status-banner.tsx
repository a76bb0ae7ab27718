/**
 * Says plainly when answers are not being saved on this device (loaded only when that happens):
 * - another tab saved newer answers (or, in clinic mode, the same case) while this tab had
 *   changes of its own: the person chooses which to keep; nothing is written until then;
 * - the browser's storage is full (or blocked): the answers are only in this tab; offer a case file.
 */
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useCaseStore } from '../state/case-store';
import { useClinicStore } from '../state/clinic/clinic-status';
import { useSaveStatus } from '../state/device-storage';
import { AppLink } from '../ui/app-link';
import { paths } from '../ui/paths';

export function SaveStatusBanner() {
  const { t } = useTranslation('pages');
  const { conflict, failed } = useSaveStatus();
  const resolveSaved = useCaseStore((s) => s.resolveSaveConflict);
  // In clinic mode the open case is saved encrypted by the clinic session, which resolves it.
  const clinic = useClinicStore((s) => s.status === 'unlocked');
  const resolve = (choice: 'theirs' | 'mine') =>
    clinic ? void import('../state/clinic/clinic-session').then((m) => m.clinicSession.resolveConflict(choice)) : resolveSaved(choice);
  const heading = useRef<HTMLHeadingElement>(null);
  // Moved to once, so a screen reader hears it and a keyboard user is next to the choice.
  useEffect(() => {
    heading.current?.focus();
  }, [conflict, failed]);

  if (conflict) {
    return (
      <div className="panel panel--warning save-status" role="region" aria-labelledby="save-status-title">
        <h2 id="save-status-title" ref={heading} tabIndex={-1}>{t('saveStatus.conflict.title')}</h2>
        <p>{t('saveStatus.conflict.body')}</p>
        <div className="button-group">
          <button type="button" className="button" onClick={() => resolve('theirs')}>{t('saveStatus.conflict.theirs')}</button>
          <button type="button" className="button button--secondary" onClick={() => resolve('mine')}>{t('saveStatus.conflict.mine')}</button>
        </div>
      </div>
    );
  }
  if (failed) {
    return (
      <div className="panel panel--warning save-status" role="region" aria-labelledby="save-status-title">
        <h2 id="save-status-title" ref={heading} tabIndex={-1}>{t('saveStatus.failed.title')}</h2>
        <p>{t('saveStatus.failed.body')}</p>
        <p>
          <AppLink to={paths.caseFile.href()}>{t('saveStatus.failed.caseFile')}</AppLink>
        </p>
      </div>
    );
  }
  return null;
}

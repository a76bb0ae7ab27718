/**
 * The "A new version is ready" banner (update-prompt.tsx shows it when a new version waits):
 * "Reload now" hands over to the new version; "Later" hides it until the next visit.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useClinicStore } from '../state/clinic/clinic-status';

export function UpdateBanner({ apply }: { apply: () => Promise<void> }) {
  // Its words are in `pages`, loaded with it (most visits never show it).
  const { t } = useTranslation('pages');
  const [later, setLater] = useState(false);
  const [reloading, setReloading] = useState(false);

  // In clinic mode a reload locks the cases: say so, and save the open case's last change first.
  const clinicUnlocked = useClinicStore((s) => s.status === 'unlocked');

  const reload = () => {
    setReloading(true);
    const saved = clinicUnlocked
      ? import('../state/clinic/clinic-session').then((m) => m.clinicSession.flush())
      : Promise.resolve();
    void saved.then(() => apply()).catch(() => setReloading(false));
  };

  if (later) return null;
  return (
    <section className="update-prompt__banner" aria-label={t('update.label')}>
      <p className="update-prompt__text">{t('update.message')}</p>
      {clinicUnlocked && <p className="update-prompt__text">{t('update.clinicLocks')}</p>}
      <div className="button-group">
        <button type="button" className="button update-prompt__button" onClick={reload} disabled={reloading}>
          {t('update.reload')}
        </button>
        <button type="button" className="button button--secondary update-prompt__button" onClick={() => setLater(true)}>
          {t('update.later')}
        </button>
      </div>
    </section>
  );
}

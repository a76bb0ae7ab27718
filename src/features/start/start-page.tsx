import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FIRST_STEP_ID, isEmptyCase } from '../../domain';
import { useCaseStore } from '../../state/case-store';
import type { StorageMode } from '../../state/device-storage';
import { AppLink, useAppNavigate } from '../../ui/app-link';
import { useDocumentTitle } from '../../ui/use-document-title';
import { useClinicStore } from '../../state/clinic/clinic-status';
import { paths, resumeUrl, stepUrl } from '../../ui/paths';
import './start.css';

function StartActions() {
  const { t } = useTranslation();
  const navigate = useAppNavigate();
  const c = useCaseStore((s) => s.caseData);
  const storedMode = useCaseStore((s) => s.storageMode);
  const setStorageMode = useCaseStore((s) => s.setStorageMode);
  const [mode, setMode] = useState<StorageMode>(storedMode);
  const hasAnswers = !isEmptyCase(c);

  if (hasAnswers) {
    return (
      <div className="button-group">
        <AppLink to={resumeUrl(c)} className="button">{t('actions.resume')}</AppLink>
        <AppLink to={paths.delete.href()} className="button button--secondary">{t('actions.startAgain')}</AppLink>
      </div>
    );
  }
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        setStorageMode(mode);
        navigate(stepUrl(FIRST_STEP_ID));
      }}
    >
      <fieldset className="field">
        <legend className="label">{t('saving.legend')}</legend>
        <div className="radios">
          {(['device', 'session'] as const).map((m) => (
            <div className="radio" key={m}>
              <input type="radio" id={`saving-${m}`} name="saving" value={m} checked={mode === m}
                onChange={() => setMode(m)} aria-describedby={`saving-${m}-hint`} />
              <label htmlFor={`saving-${m}`}>{t(`saving.${m}`)}</label>
              <p id={`saving-${m}-hint`} className="hint radio__hint">{t(`saving.${m}Hint`)}</p>
            </div>
          ))}
        </div>
      </fieldset>
      <button type="submit" className="button button--start">{t('actions.start')}</button>
    </form>
  );
}

/**
 * The start page. The clinic parts come from the shell (a feature does not import another):
 * `clinicActions` replaces the usual buttons when clinic mode is on; `clinicEntry` is its entry link.
 */
export function StartPage({ clinicActions, clinicEntry }: { clinicActions: ReactNode; clinicEntry: ReactNode }) {
  const { t } = useTranslation();
  const clinicOn = useClinicStore((s) => s.status !== 'off');
  // The tab title stays in the browser's history: no "ICE" in it (the heading says what the tool is for).
  useDocumentTitle(t('start.documentTitle'));

  return (
    <article className="start">
      <h1>{t('start.title')}</h1>
      <p className="lead">{t('start.lead')}</p>

      <section aria-labelledby="start-does">
        <h2 id="start-does">{t('start.does.heading')}</h2>
        <ul>
          <li>{t('start.does.items.questions')}</li>
          <li>{t('start.does.items.factors')}</li>
          <li>{t('start.does.items.letter')}</li>
          <li>{t('start.does.items.yourself')}</li>
        </ul>
      </section>

      <section aria-labelledby="start-does-not">
        <h2 id="start-does-not">{t('start.doesNot.heading')}</h2>
        <ul>
          <li>{t('start.doesNot.items.advice')}</li>
          <li>{t('start.doesNot.items.send')}</li>
          <li>{t('start.doesNot.items.promise')}</li>
        </ul>
      </section>

      <section aria-labelledby="start-help" className="panel">
        <h2 id="start-help">{t('start.help.heading')}</h2>
        <p>{t('start.help.body')}</p>
        <p>{t('start.help.notario')}</p>
      </section>

      <section aria-labelledby="start-time">
        <h2 id="start-time">{t('start.time.heading')}</h2>
        <p>{t('start.time.body')}</p>
      </section>

      <section aria-labelledby="start-needs">
        <h2 id="start-needs">{t('start.needs.heading')}</h2>
        <ul>
          <li>{t('start.needs.items.papers')}</li>
          <li>{t('start.needs.items.aNumber')}</li>
          <li>{t('start.needs.items.dates')}</li>
          <li>{t('start.needs.items.life')}</li>
        </ul>
      </section>

      <section aria-labelledby="start-privacy" className="panel panel--privacy">
        <h2 id="start-privacy">{t('start.privacy.heading')}</h2>
        <p>{t('start.privacy.body')}</p>
      </section>

      {clinicOn ? clinicActions : <StartActions />}

      {clinicEntry}
    </article>
  );
}

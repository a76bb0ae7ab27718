import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { isEmptyCase } from '../../domain';
import { useCaseStore } from '../../state/case-store';
import { AppLink, useAppNavigate } from '../../ui/app-link';
import { useDocumentTitle } from '../../ui/use-document-title';
import { useClinicStore } from '../../state/clinic/clinic-status';
import { paths } from '../../ui/paths';
import './start.css';

/**
 * The one thing to do, near the top (GOV.UK start page): "Start now", or for a returning person
 * "Continue where you left off". The saving choice is asked on the next page, with nothing chosen.
 */
function StartActions() {
  const { t } = useTranslation();
  const navigate = useAppNavigate();
  const c = useCaseStore((s) => s.caseData);

  if (!isEmptyCase(c)) {
    return (
      <div className="button-group">
        <AppLink to={paths.taskList.href()} className="button">{t('actions.resume')}</AppLink>
        <AppLink to={paths.delete.href()} className="button button--secondary">{t('actions.startAgain')}</AppLink>
      </div>
    );
  }
  return (
    <button type="button" className="button button--start" onClick={() => navigate(paths.saving.href())}>
      {t('actions.start')}
    </button>
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
      <p>{t('start.time.body')}</p>

      {clinicOn ? clinicActions : <StartActions />}

      <h2 className="start__before">{t('start.before')}</h2>

      <section aria-labelledby="start-does">
        <h3 id="start-does">{t('start.does.heading')}</h3>
        <ul>
          <li>{t('start.does.items.questions')}</li>
          <li>{t('start.does.items.factors')}</li>
          <li>{t('start.does.items.letter')}</li>
          <li>{t('start.does.items.yourself')}</li>
        </ul>
      </section>

      <section aria-labelledby="start-does-not">
        <h3 id="start-does-not">{t('start.doesNot.heading')}</h3>
        <ul>
          <li>{t('start.doesNot.items.advice')}</li>
          <li>{t('start.doesNot.items.send')}</li>
          <li>{t('start.doesNot.items.promise')}</li>
        </ul>
      </section>

      <section aria-labelledby="start-help" className="panel">
        <h3 id="start-help">{t('start.help.heading')}</h3>
        <p>{t('start.help.body')}</p>
        <p>{t('start.help.notario')}</p>
      </section>

      <section aria-labelledby="start-needs">
        <h3 id="start-needs">{t('start.needs.heading')}</h3>
        <ul>
          <li>{t('start.needs.items.papers')}</li>
          <li>{t('start.needs.items.aNumber')}</li>
          <li>{t('start.needs.items.dates')}</li>
          <li>{t('start.needs.items.life')}</li>
        </ul>
      </section>

      <section aria-labelledby="start-privacy" className="panel panel--privacy">
        <h3 id="start-privacy">{t('start.privacy.heading')}</h3>
        <p>{t('start.privacy.body')}</p>
      </section>

      {clinicEntry}
    </article>
  );
}

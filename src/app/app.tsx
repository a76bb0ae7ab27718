import { type ComponentType, lazy, Suspense, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { type RouteObject, useParams, useRoutes } from 'react-router';
import { isEmptyCase, sectionIds } from '../domain';
import { NotFoundPage } from '../features/not-found/not-found-page';
import { SavingPage } from '../features/start/saving-page';
import { StartPage } from '../features/start/start-page';
import { loadLaterInputs } from '../features/wizard/field-input';
import { StepPage } from '../features/wizard/step-page';
import { TaskListPage } from '../features/wizard/task-list-page';
import { ClinicBar, ClinicFooterLinks, ClinicOutlet, ClinicStartActions, ClinicStartEntry } from '../features/clinic/clinic-chrome';
import { useIdleLock } from '../features/clinic/use-idle-lock';
import { clinicNamespaces, learnNamespaces, loadLaterQuestions, loadNamespaces, type Namespace, pageNamespaces } from './i18n';
import { useCaseStore } from '../state/case-store';
import { useSaveStatus } from '../state/device-storage';
import { useClinicStore } from '../state/clinic/clinic-status';
import { AppLink as Link, useAppNavigate } from '../ui/app-link';
import { EXIT_EVENT, ExitButton } from '../ui/exit-button';
import { AppHashRouter } from './hash-router';
import { LanguageSwitch } from './language-switch';
import { WithLaterQuestions } from './later-questions';
import { PageBoundary, PageLoading } from './page-loading';
import { paths } from '../ui/paths';
import { skipToMain } from '../ui/skip-link';

/**
 * A page that is not needed before the first question: its code and the strings it reads load
 * when someone goes there (docs/adr/0004-bundle-budget.md). Meanwhile the layout shows a loading
 * line in place of the page (PageBoundary), never a blank page; from the service worker's cache
 * that is a moment.
 */
function lazyPage(load: () => Promise<ComponentType>, nss: readonly Namespace[] = pageNamespaces): Pick<RouteObject, 'element'> {
  const Page = lazy(async () => {
    // Every page after the questions may name any question (review, result, summary, case file).
    const [Component] = await Promise.all([load(), loadNamespaces(nss), loadLaterQuestions()]);
    return { default: Component };
  });
  return { element: <Page /> };
}

/** A question page: the first section's words come with the first download; later ones load on their own. */
function QuestionPage() {
  const step = paths.question.step(useParams().code);
  return (
    <WithLaterQuestions needed={step !== undefined && step.section !== sectionIds[0]} alsoLoad={loadLaterInputs}>
      <StepPage />
    </WithLaterQuestions>
  );
}

/** The route table (exported so component tests can mount it in a memory router). */
export const routes: RouteObject[] = [
  {
    element: <Layout />,
    children: [
      // The start page and the questions are in the first bundle, so the first question paints at once.
      { index: true, element: <StartPage clinicActions={<ClinicStartActions />} clinicEntry={<ClinicStartEntry />} /> },
      { path: paths.saving.route, element: <SavingPage /> },
      { path: paths.taskList.route, element: <TaskListPage /> },
      { path: paths.question.route, element: <QuestionPage /> },
      { path: paths.review.route, ...lazyPage(() => import('../features/review/review-page').then((m) => m.ReviewPage)) },
      { path: paths.result.route, ...lazyPage(() => import('../features/result/result-page').then((m) => m.ResultPage)) },
      { path: paths.checklist.route, ...lazyPage(() => import('../features/checklist/checklist-page').then((m) => m.ChecklistPage)) },
      { path: paths.supportLetters.route, ...lazyPage(() => import('../features/support-letters/support-letters-page').then((m) => m.SupportLettersPage)) },
      { path: paths.letter.route, ...lazyPage(() => import('../features/letter/letter-page').then((m) => m.LetterPage)) },
      { path: paths.lawyerSummary.route, ...lazyPage(() => import('../features/lawyer-summary/lawyer-summary-page').then((m) => m.LawyerSummaryPage)) },
      { path: paths.factsSheet.route, ...lazyPage(() => import('../features/facts-sheet/facts-sheet-page').then((m) => m.FactsSheetPage)) },
      { path: paths.declaration.route, ...lazyPage(() => import('../features/declaration/declaration-page').then((m) => m.DeclarationPage)) },
      { path: paths.afterSending.route, ...lazyPage(() => import('../features/after-sending/after-sending-page').then((m) => m.AfterSendingPage)) },
      { path: paths.stayOfRemoval.route, ...lazyPage(() => import('../features/stay/stay-page').then((m) => m.StayPage)) },
      { path: paths.delete.route, ...lazyPage(() => import('../features/privacy/delete-page').then((m) => m.DeletePage), ['pages']) },
      { path: paths.clinic.route, ...lazyPage(() => import('../features/clinic/case-list-page').then((m) => m.CaseListPage), clinicNamespaces) },
      { path: paths.clinicSetup.route, ...lazyPage(() => import('../features/clinic/setup-page').then((m) => m.SetupPage), clinicNamespaces) },
      { path: paths.clinicWipe.route, ...lazyPage(() => import('../features/clinic/wipe-page').then((m) => m.WipePage), clinicNamespaces) },
      { path: paths.clinicSummary.route, ...lazyPage(() => import('../features/clinic/summary-page').then((m) => m.SummaryPage), [...clinicNamespaces, ...pageNamespaces]) },
      { path: paths.caseFile.route, ...lazyPage(() => import('../features/case-file/case-file-page').then((m) => m.CaseFilePage), clinicNamespaces) },
      // Learn pages need no answers; their words are their own chunk (never in the first download).
      { path: paths.learn.route, ...lazyPage(() => import('../features/learn/learn-index-page').then((m) => m.LearnIndexPage), learnNamespaces) },
      { path: paths.learnTopic.route, ...lazyPage(() => import('../features/learn/learn-topic-page').then((m) => m.LearnTopicPage), learnNamespaces) },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];

/**
 * Hash routing: works from any sub-path and on reload without server rewrites (docs/adr/0002-routing.md).
 * Declarative mode (the app's hash router, ./hash-router.tsx, + useRoutes): the app uses no loaders
 * or actions, and the data router would add ~16 kB gzip to the first bundle (docs/adr/0004-bundle-budget.md).
 */
function AppRoutes() {
  return useRoutes(routes);
}

/** Shown instead of any page when saved data could not be used (rare: not in the first download). */
const LoadErrorPage = lazy(async () => {
  const [m] = await Promise.all([import('../features/load-error/load-error-page'), loadNamespaces(['pages'])]);
  return { default: m.LoadErrorPage };
});

const SaveStatusBanner = lazy(() => import('./save-status-banner').then((m) => ({ default: m.SaveStatusBanner })));

/**
 * Session-only answers live in this tab's memory: closing or reloading the tab loses them, so the
 * browser asks first (never on a quick exit, which must leave at once).
 */
function useWarnBeforeLosingAnswers(active: boolean) {
  useEffect(() => {
    if (!active) return;
    let exiting = false;
    const onExit = () => {
      exiting = true;
    };
    const warn = (event: BeforeUnloadEvent) => {
      if (exiting) return;
      event.preventDefault();
      // Older browsers need returnValue set to show the question.
      event.returnValue = '';
    };
    window.addEventListener(EXIT_EVENT, onExit);
    window.addEventListener('beforeunload', warn);
    return () => {
      window.removeEventListener(EXIT_EVENT, onExit);
      window.removeEventListener('beforeunload', warn);
    };
  }, [active]);
}

/** Clinic mode's idle lock. Its own component: it follows the address, the layout need not. */
function IdleLock() {
  useIdleLock();
  return null;
}

/** "Finish and delete" for session-only answers (it moves to the start page, so it follows the address). */
function FinishAndDeleteButton() {
  const { t } = useTranslation();
  const navigate = useAppNavigate();
  const deleteEverything = useCaseStore((s) => s.deleteEverything);
  const finishAndDelete = () => {
    deleteEverything();
    navigate(paths.start.href());
  };
  return (
    <button type="button" className="footer-button" onClick={finishAndDelete}>
      {t('privacy.finishAndDelete')}
    </button>
  );
}

/**
 * The header, the exit button and the footer around every page. It reads no address (the hooks
 * that do are in small components of their own), so moving from one question to the next
 * renders the page, not the whole layout again (issue 17, step time).
 */
function Layout() {
  const { t } = useTranslation();
  const loadError = useCaseStore((s) => s.loadError);
  const sessionOnly = useCaseStore((s) => s.storageMode === 'session');
  const hasAnswers = useCaseStore((s) => !isEmptyCase(s.caseData));
  const saveTrouble = useSaveStatus((s) => s.conflict || s.failed);
  const clinicOff = useClinicStore((s) => s.status === 'off');
  useWarnBeforeLosingAnswers(sessionOnly && hasAnswers);
  return (
    <>
      <IdleLock />
      <a className="skip-link" href="#main" onClick={skipToMain}>
        {t('app.skipToContent')}
      </a>
      <header className="site-header">
        <div className="site-header__inner">
          <Link to={paths.start.href()} className="site-header__name">
            {t('app.name')}
          </Link>
          <LanguageSwitch />
        </div>
      </header>
      <ExitButton />
      <ClinicBar />
      <main id="main" tabIndex={-1} className="page">
        {saveTrouble && (
          <Suspense fallback={null}>
            <SaveStatusBanner />
          </Suspense>
        )}
        <PageBoundary>{loadError ? <LoadErrorPage /> : <ClinicOutlet />}</PageBoundary>
      </main>
      <footer className="site-footer">
        <div className="site-footer__inner">
          {sessionOnly && (
            <p>
              {t('privacy.sessionOnly')}{' '}
              {hasAnswers && <FinishAndDeleteButton />}
            </p>
          )}
          <Link to={paths.learn.href()}>{t('learn.footer')}</Link>
          {clinicOff && <Link to={paths.delete.href()}>{t('privacy.deleteLink')}</Link>}
          <ClinicFooterLinks />
        </div>
      </footer>
    </>
  );
}

export function App() {
  // Until the current language's first strings are in (a moment), the layout waits here.
  return (
    <Suspense fallback={<PageLoading />}>
      {/* Navigations render at once rather than as interruptible transitions (the router never
          uses transitions): the next question paints ~10 ms sooner (npm run bench). A page loaded
          on demand shows the loading line for that moment the first time instead of keeping the
          previous page. */}
      <AppHashRouter>
        <AppRoutes />
      </AppHashRouter>
    </Suspense>
  );
}

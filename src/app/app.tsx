import { type ComponentType, lazy, type ReactElement, Suspense, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { isEmptyCase, sectionIds } from '../domain';
import { SavingPage } from '../features/start/saving-page';
import { StartPage } from '../features/start/start-page';
import { loadLaterInputs } from '../features/wizard/field-input';
import { StepPage } from '../features/wizard/step-page';
import { TaskListPage } from '../features/wizard/task-list-page';
import { ClinicBar, ClinicFooterLinks, ClinicGuard, ClinicStartActions, ClinicStartEntry } from '../features/clinic/clinic-chrome';
import { useIdleLock } from '../features/clinic/use-idle-lock';
import i18n, { clinicNamespaces, learnNamespaces, loadNamespaces, type Namespace, pageNamespaces } from './i18n';
import { LoadAhead, type LazyPage, lazyPage } from './lazy-page';
import { useCaseStore } from '../state/case-store';
import { useSaveStatus } from '../state/device-storage';
import { useClinicStore } from '../state/clinic/clinic-status';
import { AppLink as Link, useAppNavigate } from '../ui/app-link';
import { EXIT_EVENT, ExitButton } from '../ui/exit-button';
import { AppHashRouter } from './hash-router';
import { LanguageSwitch } from './language-switch';
import { matchRoute, type RouteParams, type RoutePattern } from './match-route';
import { WithLaterQuestions } from './later-questions';
import { PageBoundary, PageLoading } from './page-loading';
import { paths } from '../ui/paths';
import { whenIdleAfterPaint } from '../ui/after-paint';
import { skipToMain } from '../ui/skip-link';

/** A page of the app: its path (src/ui/paths.ts) and what it shows, given the address's `:name` parts. */
export interface AppRoute extends RoutePattern {
  page: (params: RouteParams) => ReactElement;
}

function lazyRoute(path: string, load: () => Promise<ComponentType>, nss?: readonly Namespace[], questions?: boolean): AppRoute {
  const Page = lazyPage(load, nss, questions);
  return { path, page: () => <Page /> };
}

/**
 * The pages after the questions write dates, and the browser's first date formatter is slow to
 * make (80 ms on a slow phone, whatever its language; the next ones about 1 ms). It is made once,
 * in an idle moment of its own, from the second section's questions on: well before the answers
 * page, even for someone who answers quickly.
 */
let datesPrepared = false;
const prepareDates = () => {
  if (datesPrepared) return;
  import('../ui/format').then(
    (m) =>
      whenIdleAfterPaint(() => {
        m.prepareDateFormats(m.uiLocale(i18n.resolvedLanguage));
        datesPrepared = true;
      }, 2000),
    () => {},
  );
};

// An address that names no page is rare: its code and words load when one is opened.
const NotFoundPage = lazyPage(() => import('../features/not-found/not-found-page').then((m) => m.NotFoundPage), ['pages'], false);
const ReviewPage = lazyPage(() => import('../features/review/review-page').then((m) => m.ReviewPage));
const ResultPage = lazyPage(() => import('../features/result/result-page').then((m) => m.ResultPage));
const ChecklistPage = lazyPage(() => import('../features/checklist/checklist-page').then((m) => m.ChecklistPage));
const LetterPage = lazyPage(() => import('../features/letter/letter-page').then((m) => m.LetterPage), pageNamespaces, true, true);
const FactsSheetPage = lazyPage(() => import('../features/facts-sheet/facts-sheet-page').then((m) => m.FactsSheetPage));
const StayPage = lazyPage(() => import('../features/stay/stay-page').then((m) => m.StayPage));
const SupportLettersPage = lazyPage(() => import('../features/support-letters/support-letters-page').then((m) => m.SupportLettersPage));
const LawyerSummaryPage = lazyPage(() => import('../features/lawyer-summary/lawyer-summary-page').then((m) => m.LawyerSummaryPage));
const DeclarationPage = lazyPage(() => import('../features/declaration/declaration-page').then((m) => m.DeclarationPage));
const AfterSendingPage = lazyPage(() => import('../features/after-sending/after-sending-page').then((m) => m.AfterSendingPage));
const AFTER_QUESTIONS: readonly LazyPage[] = [ReviewPage];
const NONE: readonly LazyPage[] = [];

/** A page, and the pages it links on to, loaded while it is read (`LoadAhead`). */
function withNext(Page: LazyPage, next: readonly LazyPage[]): AppRoute['page'] {
  return () => (
    <>
      <Page />
      <LoadAhead pages={next} />
    </>
  );
}

const LAST_SECTION = sectionIds[sectionIds.length - 1];

/** A question page: the first section's words come with the first download; later ones load on their own. */
function QuestionPage({ code }: { code: string | undefined }) {
  const step = paths.question.step(code);
  return (
    <WithLaterQuestions needed={step !== undefined && step.section !== sectionIds[0]} alsoLoad={loadLaterInputs}>
      <StepPage code={code} />
      {step && step.section !== sectionIds[0] && <LoadAhead pages={step.section === LAST_SECTION ? AFTER_QUESTIONS : NONE} prepare={prepareDates} />}
    </WithLaterQuestions>
  );
}

const LearnTopicPage = lazyPage(() => import('../features/learn/learn-topic-page').then((m) => m.LearnTopicPage), learnNamespaces, false);

/**
 * The route table; the first match wins (./match-route.ts). The start page and the questions are
 * in the first bundle, so the first question paints at once; the other pages load when needed.
 * Exported for its test against the path table (tests/component/app-routes.test.tsx).
 */
export const routes: readonly AppRoute[] = [
  { path: paths.start.route, page: () => <StartPage clinicActions={<ClinicStartActions />} clinicEntry={<ClinicStartEntry />} /> },
  { path: paths.saving.route, page: () => <SavingPage /> },
  { path: paths.taskList.route, page: () => <TaskListPage /> },
  { path: paths.question.route, page: ({ code }) => <QuestionPage code={code} /> },
  { path: paths.review.route, page: withNext(ReviewPage, [ResultPage]) },
  // The result's next steps: the letter, the facts sheet or the stay of removal, the checklist, and more.
  { path: paths.result.route, page: withNext(ResultPage, [LetterPage, FactsSheetPage, StayPage, ChecklistPage, LawyerSummaryPage, AfterSendingPage]) },
  { path: paths.checklist.route, page: withNext(ChecklistPage, [LetterPage, SupportLettersPage, DeclarationPage]) },
  { path: paths.supportLetters.route, page: () => <SupportLettersPage /> },
  { path: paths.letter.route, page: withNext(LetterPage, [ChecklistPage, DeclarationPage, LawyerSummaryPage, AfterSendingPage]) },
  { path: paths.lawyerSummary.route, page: () => <LawyerSummaryPage /> },
  { path: paths.factsSheet.route, page: () => <FactsSheetPage /> },
  { path: paths.declaration.route, page: () => <DeclarationPage /> },
  { path: paths.afterSending.route, page: () => <AfterSendingPage /> },
  { path: paths.stayOfRemoval.route, page: withNext(StayPage, [ChecklistPage]) },
  lazyRoute(paths.delete.route, () => import('../features/privacy/delete-page').then((m) => m.DeletePage), ['pages']),
  lazyRoute(paths.clinic.route, () => import('../features/clinic/case-list-page').then((m) => m.CaseListPage), clinicNamespaces),
  lazyRoute(paths.clinicSetup.route, () => import('../features/clinic/setup-page').then((m) => m.SetupPage), clinicNamespaces),
  lazyRoute(paths.clinicWipe.route, () => import('../features/clinic/wipe-page').then((m) => m.WipePage), clinicNamespaces),
  lazyRoute(paths.clinicSummary.route, () => import('../features/clinic/summary-page').then((m) => m.SummaryPage), [...clinicNamespaces, ...pageNamespaces]),
  lazyRoute(paths.caseFile.route, () => import('../features/case-file/case-file-page').then((m) => m.CaseFilePage), clinicNamespaces),
  // Learn pages need no answers and name no question; their words are their own chunk (never in the first download).
  lazyRoute(paths.learn.route, () => import('../features/learn/learn-index-page').then((m) => m.LearnIndexPage), learnNamespaces, false),
  { path: paths.learnTopic.route, page: ({ topic }) => <LearnTopicPage topic={topic} /> },
  { path: '*', page: () => <NotFoundPage /> },
];

/** The page the address names: the only part of the layout that follows the address. */
function CurrentPage() {
  const { pathname } = useLocation();
  const match = matchRoute(routes, pathname);
  return match ? match.route.page(match.params) : <NotFoundPage />;
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

/**
 * A move to another page (not the first page shown; not a change of the address's query alone)
 * starts where a page load would: at the top, with the focus on the new page's heading, so a
 * screen reader reads where the person now is. Without it the focus was left on <body> (the
 * pressed button had gone with its page) and a long page opened scrolled down. A page that
 * moved the focus into itself keeps it. Its own component: the layout does not follow the address.
 */
function FocusOnNewPage() {
  const { pathname } = useLocation();
  const shown = useRef<string | null>(null);
  useEffect(() => {
    const before = shown.current;
    shown.current = pathname;
    if (before === null || before === pathname) return;
    const pageHasFocus = (main: HTMLElement) => main.contains(document.activeElement) && document.activeElement !== main;
    const main = document.getElementById('main');
    if (!main || pageHasFocus(main)) return;
    // The focus moves in the task after the frame that shows the page: moving it restyles the page,
    // and a step's time is the time to that frame (issue 17). The heading, or the page while its code loads.
    let timer = 0;
    const frame = requestAnimationFrame(() => {
      // In the frame, before its paint, so the page is never painted scrolled down and then moved;
      // not in this effect, where reading scrollY made the click's task lay out the new page before
      // the frame did. A page that has since moved the focus (and scrolled to it) keeps its place.
      if (pageHasFocus(main)) return;
      if (window.scrollY !== 0 || window.scrollX !== 0) window.scrollTo(0, 0);
      timer = window.setTimeout(() => {
        if (pageHasFocus(main)) return;
        const heading = main.querySelector<HTMLElement>('h1');
        if (heading && !heading.hasAttribute('tabindex')) heading.tabIndex = -1;
        (heading ?? main).focus({ preventScroll: true });
      }, 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [pathname]);
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
        <PageBoundary>
          {loadError ? (
            <LoadErrorPage />
          ) : (
            <ClinicGuard>
              <CurrentPage />
            </ClinicGuard>
          )}
        </PageBoundary>
      </main>
      <FocusOnNewPage />
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

/**
 * The layout and the page the address names, inside any router: the app's hash router (App),
 * the start page's build-time render (./start-markup.tsx), a memory router in component tests.
 * Hash routing works from any sub-path and on reload without server rewrites
 * (docs/adr/0002-routing.md); the app uses no loaders or actions, so no data router
 * (docs/adr/0004-bundle-budget.md).
 */
export function AppPages() {
  return <Layout />;
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
        <AppPages />
      </AppHashRouter>
    </Suspense>
  );
}

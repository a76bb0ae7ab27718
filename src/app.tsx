import { type MouseEvent, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { createHashRouter, Outlet, type RouteObject } from 'react-router';
import { RouterProvider } from 'react-router/dom';
import { LoadErrorPage } from './features/load-error/load-error-page';
import { NotFoundPage } from './features/not-found/not-found-page';
import { DeletePage } from './features/privacy/delete-page';
import { ChecklistPage } from './features/checklist/checklist-page';
import { LetterPage } from './features/letter/letter-page';
import { ResultPage } from './features/result/result-page';
import { ReviewPage } from './features/review/review-page';
import { StartPage } from './features/start/start-page';
import { StepPage } from './features/wizard/step-page';
import { useCaseStore } from './state/case-store';
import { AppLink as Link } from './ui/app-link';
import { ExitButton } from './ui/exit-button';
import { LanguageSwitch } from './ui/language-switch';

/** The route table (exported so component tests can mount it in a memory router). */
export const routes: RouteObject[] = [
  {
    element: <Layout />,
    children: [
      { index: true, element: <StartPage /> },
      { path: 'questions/:stepId', element: <StepPage /> },
      { path: 'review', element: <ReviewPage /> },
      { path: 'result', element: <ResultPage /> },
      { path: 'checklist', element: <ChecklistPage /> },
      { path: 'letter', element: <LetterPage /> },
      { path: 'delete', element: <DeletePage /> },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];

/** Hash routing: works from any sub-path and on reload without server rewrites (docs/adr/0002-routing.md). */
const router = createHashRouter(routes);

/** The saved language (if any) wins over the browser's preference. */
function useSavedLanguage() {
  const { i18n } = useTranslation();
  const saved = useCaseStore((s) => s.language);
  useEffect(() => {
    if (saved && saved !== i18n.resolvedLanguage) void i18n.changeLanguage(saved);
  }, [saved, i18n]);
}

function Layout() {
  const { t } = useTranslation();
  const loadError = useCaseStore((s) => s.loadError);
  const sessionOnly = useCaseStore((s) => s.storageMode === 'session');
  useSavedLanguage();
  return (
    <>
      <a className="skip-link" href="#main" onClick={skipToMain}>
        {t('app.skipToContent')}
      </a>
      <header className="site-header">
        <div className="site-header__inner">
          <Link to="/" className="site-header__name">
            {t('app.name')}
          </Link>
          <LanguageSwitch />
        </div>
      </header>
      <ExitButton />
      <main id="main" tabIndex={-1} className="page">
        {loadError ? <LoadErrorPage error={loadError} /> : <Outlet />}
      </main>
      <footer className="site-footer">
        <div className="site-footer__inner">
          {sessionOnly && <p>{t('privacy.sessionOnly')}</p>}
          <Link to="/delete">{t('privacy.deleteLink')}</Link>
        </div>
      </footer>
    </>
  );
}

/** With hash routing, href="#main" would be read as a route; move focus by hand instead. */
function skipToMain(event: MouseEvent<HTMLAnchorElement>) {
  event.preventDefault();
  document.getElementById('main')?.focus();
}

export function App() {
  return <RouterProvider router={router} />;
}

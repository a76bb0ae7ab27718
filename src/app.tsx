import type { MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { createHashRouter, Link, Outlet } from 'react-router';
import { RouterProvider } from 'react-router/dom';
import { StartPage } from './features/start/start-page';
import { NotFoundPage } from './features/not-found/not-found-page';
import { LanguageSwitch } from './ui/language-switch';

/** Hash routing: works from any sub-path and on reload without server rewrites (docs/adr/0002-routing.md). */
const router = createHashRouter([
  {
    element: <Layout />,
    children: [
      { index: true, element: <StartPage /> },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);

function Layout() {
  const { t } = useTranslation();
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
      <main id="main" tabIndex={-1} className="page">
        <Outlet />
      </main>
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

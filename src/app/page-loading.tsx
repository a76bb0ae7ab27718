import { Component, type ReactNode, Suspense, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { BODY_CLASSES, useBodyClass } from '../ui/use-body-class';

/**
 * Shown while a page's code or strings load (a moment, from the app's own files): a polite
 * status line, so the page is never blank and a screen reader hears that something is coming.
 * It does not wait for strings itself; before the first strings arrive it is an empty status.
 */
export function PageLoading({ wide = false }: { wide?: boolean }) {
  const { t, ready } = useTranslation('common', { useSuspense: false });
  useBodyClass(BODY_CLASSES.pageLoading);
  // The page to come is wide: the layout is wide from now on, not when it arrives.
  useBodyClass(BODY_CLASSES.widePage, wide);
  return (
    <p className="page-loading" role="status">
      {ready ? t('app.loading') : null}
    </p>
  );
}

function subscribeOnline(onChange: () => void): () => void {
  window.addEventListener('online', onChange);
  window.addEventListener('offline', onChange);
  return () => {
    window.removeEventListener('online', onChange);
    window.removeEventListener('offline', onChange);
  };
}

/** Whether the browser says it has a network connection, kept up to date. */
function useOnline(): boolean {
  return useSyncExternalStore(subscribeOnline, () => navigator.onLine, () => true);
}

/**
 * A page's file could not be loaded. Offline (the first visit ended before the app was saved for
 * offline use), a reload would only show the browser's own error page: the person is asked to
 * reconnect first, and the reload button comes back once the browser is online again.
 */
export function PageFailed() {
  const { t } = useTranslation('common', { useSuspense: false });
  const online = useOnline();
  if (!online) {
    return (
      <div className="page-failed" role="alert">
        <p>{t('app.offline')}</p>
      </div>
    );
  }
  return (
    <div className="page-failed" role="alert">
      <p>{t('app.pageFailed')}</p>
      <button type="button" className="button" onClick={() => location.reload()}>
        {t('app.reload')}
      </button>
    </div>
  );
}

class FailedBoundary extends Component<{ resetKey: string; children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override componentDidUpdate(previous: { resetKey: string }): void {
    // Going to another page tries again.
    if (this.state.failed && previous.resetKey !== this.props.resetKey) this.setState({ failed: false });
  }

  override render(): ReactNode {
    return this.state.failed ? <PageFailed /> : this.props.children;
  }
}

/**
 * Around the page in the layout: the loading line should anything in a page still wait through
 * Suspense (a `useTranslation` whose strings are not loaded yet). Pages loaded on demand and the
 * later questions' words show the same line themselves (./lazy-page.tsx, ./later-questions.tsx),
 * without React's 300 ms hold after a Suspense line. If a page's file cannot be loaded (e.g.
 * offline before the app was ever fully loaded), a message and a reload button.
 */
export function PageBoundary({ children }: { children: ReactNode }) {
  const { pathname } = useLocation();
  return (
    <FailedBoundary resetKey={pathname}>
      <Suspense fallback={<PageLoading />}>{children}</Suspense>
    </FailedBoundary>
  );
}

/**
 * The pages that are not needed before the first question (docs/adr/0004-bundle-budget.md): their
 * code and strings load when someone goes there, or ahead, while the page before is read.
 */
import { type ComponentType, createElement, useEffect, useState } from 'react';
import { whenIdleAfterPaint } from '../ui/after-paint';
import { loadLaterQuestions, loadNamespaces, type Namespace, pageNamespaces } from './i18n';
import { PageLoading } from './page-loading';

/**
 * A page that is not needed before the first question: its code and the strings it reads load
 * when someone goes there (docs/adr/0004-bundle-budget.md), or ahead with `preload`. Meanwhile
 * the page shows the loading line (`PageLoading`), never a blank page; a file that cannot load
 * reaches the layout's boundary (`PageBoundary`), which says so.
 * It waits in its own state, not through React's `lazy` and `Suspense`: React shows a page that
 * waited behind a Suspense loading line no sooner than 300 ms after that line appeared, however
 * short the wait, and that hold was most of the time to open such a page (issue 17).
 */
export function lazyPage<P extends object>(
  load: () => Promise<ComponentType<P>>,
  nss: readonly Namespace[] = pageNamespaces,
  questions = true,
  /** The page widens the layout (`BODY_CLASSES.widePage`): so does its loading line. */
  wide = false,
) {
  let loaded: ComponentType<P> | null = null;
  let loading: Promise<ComponentType<P>> | null = null;
  const start = () =>
    (loading ??= Promise.all([load(), loadNamespaces(nss), questions && loadLaterQuestions()]).then(
      // Every page after the questions may name any question (review, result, summary, case file);
      // the learn pages name none (`questions` false).
      ([Component]) => (loaded = Component),
      (error: unknown) => {
        // Offline before the app was saved: the next try (the page itself) fetches again.
        loading = null;
        throw error;
      },
    ));
  function Page(props: P) {
    // Set once, from nothing to the page: the page is mounted once, and never swapped. The load
    // starts in the render that needs it, not after the loading line is painted (its failure is
    // handled by the effect below, or dropped if React throws this render away).
    const [shown, setShown] = useState<{ Component: ComponentType<P> } | { error: unknown } | null>(() =>
      loaded ? { Component: loaded } : (start().catch(() => {}), null),
    );
    useEffect(() => {
      // (A page left meanwhile ignores the answer: React drops state set after unmounting.)
      if (!shown) start().then((Component) => setShown({ Component }), (error: unknown) => setShown({ error }));
    }, []); // eslint-disable-line react-hooks/exhaustive-deps -- once: `shown` only ever goes from nothing to the page
    if (shown && 'error' in shown) throw shown.error;
    return shown ? createElement(shown.Component, props) : createElement(PageLoading, { wide });
  }
  return Object.assign(Page, { preload: () => start().then(() => {}) });
}

export type LazyPage = ReturnType<typeof lazyPage>;

/**
 * Loads the pages a person usually opens next while they read this one (see `lazyPage`), so the
 * next tap does not wait for them: the answers page after the last section's questions, then
 * from each page after them the pages it links on to (the route table). Continue on the last
 * question took about 400 ms on a slow phone without it, nearly all of it React's wait after the
 * loading line (issue 17). `prepare`: other work those pages would do first, done here instead.
 */
export function LoadAhead({ pages, prepare }: { pages: readonly LazyPage[]; prepare?: () => void }) {
  useEffect(
    () =>
      whenIdleAfterPaint(() => {
        // A failure here is not shown: the page itself tries again, and says so if it fails.
        for (const page of pages) page.preload().catch(() => {});
        prepare?.();
      }, 2000),
    [pages, prepare],
  );
  return null;
}

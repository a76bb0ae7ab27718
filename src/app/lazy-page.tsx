/**
 * The pages that are not needed before the first question (docs/adr/0004-bundle-budget.md): their
 * code and strings load when someone goes there, or ahead, while the page before is read.
 */
import { type ComponentType, createElement, lazy, useEffect, useState } from 'react';
import { whenIdleAfterPaint } from '../ui/after-paint';
import { loadLaterQuestions, loadNamespaces, type Namespace, pageNamespaces } from './i18n';

/**
 * A page that is not needed before the first question: its code and the strings it reads load
 * when someone goes there (docs/adr/0004-bundle-budget.md), or ahead with `preload`. Meanwhile
 * the layout shows a loading line in place of the page (PageBoundary), never a blank page.
 * Once loaded, the page renders at once, not through `lazy`: React shows a page that waited
 * behind a loading line no sooner than 300 ms after that line appeared, however short the wait.
 */
export function lazyPage<P extends object>(load: () => Promise<ComponentType<P>>, nss: readonly Namespace[] = pageNamespaces) {
  let loaded: ComponentType<P> | null = null;
  let loading: Promise<{ default: ComponentType<P> }> | null = null;
  const start = () =>
    (loading ??= Promise.all([load(), loadNamespaces(nss), loadLaterQuestions()]).then(
      // Every page after the questions may name any question (review, result, summary, case file).
      ([Component]) => {
        loaded = Component;
        return { default: Component };
      },
      (error: unknown) => {
        // Offline before the app was saved: the next try (the page itself) fetches again.
        loading = null;
        throw error;
      },
    ));
  const Waiting = lazy(start) as unknown as ComponentType<P>;
  function Page(props: P) {
    // Chosen once for as long as the page is shown: should React resume a waiting page without
    // running this again, a later render must not swap `Waiting` for the loaded page, which would
    // mount it a second time and lose what it holds.
    const [Shown] = useState(() => loaded ?? Waiting);
    return createElement(Shown, props);
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

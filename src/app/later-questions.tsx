/**
 * The words of the questions after the first section load separately from the first ones
 * (src/app/i18n.ts, docs/adr/0004-bundle-budget.md). A page that needs them waits here, showing the
 * loading line for that moment; a page that does not need them yet fetches them once the person
 * starts answering, so the next section does not wait. If they cannot be loaded, the page's
 * boundary says so and offers a reload (PageBoundary).
 */
import { type ReactNode, useEffect, useState, useSyncExternalStore } from 'react';
import { laterQuestionsLoaded, laterQuestionsSnapshot, loadLaterQuestions, subscribeLaterQuestions } from './i18n';
import { PageLoading } from './page-loading';

const PREFETCH_EVENTS = ['pointerdown', 'keydown', 'touchstart'] as const;
/** Fetch them anyway after this long on a first-section page. */
const PREFETCH_AFTER_MS = 2000;

/**
 * `alsoLoad`: code the later question pages need (their longer inputs), fetched together with
 * their words so those pages open at once.
 */
export function WithLaterQuestions({ needed, alsoLoad, children }: { needed: boolean; alsoLoad?: () => Promise<void>; children: ReactNode }) {
  const version = useSyncExternalStore(subscribeLaterQuestions, laterQuestionsSnapshot, laterQuestionsSnapshot);
  const [error, setError] = useState<unknown>(null);
  const ready = !needed || laterQuestionsLoaded();

  useEffect(() => {
    if (ready) return;
    let live = true;
    alsoLoad?.().catch(() => {});
    loadLaterQuestions().catch((e: unknown) => {
      if (live) setError(e instanceof Error ? e : new Error(String(e)));
    });
    return () => {
      live = false;
    };
  }, [ready, version, alsoLoad]);

  useEffect(() => {
    if (needed) return;
    const prefetch = () => {
      stop();
      // A failure here is not shown: the page that needs them tries again and says so.
      loadLaterQuestions().catch(() => {});
      alsoLoad?.().catch(() => {});
    };
    const timer = setTimeout(prefetch, PREFETCH_AFTER_MS);
    const options = { capture: true, passive: true } as const;
    for (const e of PREFETCH_EVENTS) window.addEventListener(e, prefetch, options);
    function stop() {
      clearTimeout(timer);
      for (const e of PREFETCH_EVENTS) window.removeEventListener(e, prefetch, options);
    }
    return stop;
  }, [needed, alsoLoad]);

  if (error) throw error;
  return ready ? children : <PageLoading />;
}

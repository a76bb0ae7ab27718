/**
 * A rehearsal: pages a person has not reached yet, each drawn once where nobody sees it, while
 * the browser is idle. The first page of each kind used to pay for the browser preparing the
 * code that draws it: up to 30 ms of a step on a slow phone (issue 17, ADR 0004). A rehearsal
 * pays that while the person reads the current page.
 */
import { Activity, Component, type ReactNode, Suspense, useEffect, useMemo, useState } from 'react';
import { createPortal } from 'react-dom';
import { whenIdleAfterPaint } from './after-paint';

/** Idle moments to wait for one item to be drawn; one that never is (it waits for a file) is skipped. */
const MOST_WAITS = 20;

/**
 * A rehearsal never shows an error: the real page, if it comes, shows its own. (React 19.3 already
 * drops an error thrown while it draws a hidden tree ahead; this keeps it so if that changes.)
 */
class Quiet extends Component<{ children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override render(): ReactNode {
    return this.state.failed ? null : this.props.children;
  }
}

/**
 * Draws each item once, one after another, then nothing. Each is drawn hidden (React's
 * `<Activity mode="hidden">`: at the lowest priority, in small slices that give way to a tap,
 * and with none of its effects run: no focus, no title, no saving) into an element that is not
 * in the page, so no one sees it, reads it or tabs to it, and its ids meet no others.
 */
export function Rehearsal<T>({ items, render }: { items: readonly T[]; render: (item: T) => ReactNode }) {
  // -1: the page that holds the rehearsal is not painted yet.
  const [index, setIndex] = useState(-1);
  // A new element for each item, to see when React has drawn it.
  const box = useMemo(() => document.createElement('div'), [index]); // eslint-disable-line react-hooks/exhaustive-deps -- one per item
  useEffect(() => {
    if (index >= items.length) return;
    let waits = 0;
    let cancel = () => {};
    const next = () => {
      if (index >= 0 && !box.hasChildNodes() && ++waits < MOST_WAITS) {
        cancel = whenIdleAfterPaint(next);
        return;
      }
      setIndex(index + 1);
    };
    cancel = whenIdleAfterPaint(next);
    return () => cancel();
  }, [index, items, box]);
  if (index < 0 || index >= items.length) return null;
  return (
    <Activity mode="hidden">
      {createPortal(
        <Quiet>
          <Suspense fallback={null}>{render(items[index]!)}</Suspense>
        </Quiet>,
        box,
      )}
    </Activity>
  );
}

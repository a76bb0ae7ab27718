/**
 * Work that can wait until a new page is on screen: it runs once the browser has painted the
 * frame that shows the page and is idle, not in that frame, and after any tap or key that came
 * meanwhile. A step's time is the time to that frame, and a slow phone feels every millisecond
 * in it (issue 17).
 */
import { useEffect, useState } from 'react';

/**
 * Runs `fn` after the next frame is painted, in the browser's next idle moment (at the latest
 * `timeout` ms after that frame); returns a function that cancels it if it has not run yet.
 */
export function whenIdleAfterPaint(fn: () => void, timeout = 500): () => void {
  let idle = 0;
  let timer = 0;
  const frame = requestAnimationFrame(() => {
    // Without idle callbacks (Safari): the next task after the frame.
    if (typeof requestIdleCallback === 'function') idle = requestIdleCallback(fn, { timeout });
    else timer = window.setTimeout(fn, 0);
  });
  return () => {
    cancelAnimationFrame(frame);
    if (idle) cancelIdleCallback(idle);
    clearTimeout(timer);
  };
}

/** False in a component's first frame; true once that frame is painted and the browser is idle. */
export function usePaintedOnce(): boolean {
  const [painted, setPainted] = useState(false);
  useEffect(() => whenIdleAfterPaint(() => setPainted(true)), []);
  return painted;
}

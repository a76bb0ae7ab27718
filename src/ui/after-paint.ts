/**
 * Work that can wait until a new page is on screen: it runs in a task after the browser has
 * painted the frame that shows the page (a frame callback, then a timer), not in that frame.
 * A step's time is the time to that frame, and a slow phone feels every millisecond in it (issue 17).
 */
import { useEffect, useState } from 'react';

/** Runs `fn` once the next frame is painted; returns a function that cancels it if not yet run. */
export function afterNextPaint(fn: () => void): () => void {
  let timer = 0;
  const frame = requestAnimationFrame(() => {
    timer = window.setTimeout(fn, 0);
  });
  return () => {
    cancelAnimationFrame(frame);
    clearTimeout(timer);
  };
}

/** False in a component's first frame, true from the next one on. */
export function usePaintedOnce(): boolean {
  const [painted, setPainted] = useState(false);
  useEffect(() => afterNextPaint(() => setPainted(true)), []);
  return painted;
}

import { useLayoutEffect } from 'react';

/**
 * Classes on <body> that change the layout around a page (src/styles/base.css). Set by the page
 * or its loading line before the frame is painted, and removed when the last one that set it goes.
 */
export const BODY_CLASSES = {
  /**
   * A wide page (the letter, with its preview beside the boxes on a wide screen): header, exit bar,
   * page and footer are wider. Its loading line sets it too, so the layout is wide before the page
   * arrives: widening it then moved everything on the screen (a layout shift of 1.0 on a desktop).
   */
  widePage: 'wide-page',
  /**
   * A page is loading: the footer waits with it. Shown under the loading line, it was pushed down
   * the screen by the page a moment later (a layout shift on a phone).
   */
  pageLoading: 'page-loading-shown',
} as const;

const holders = new Map<string, number>();

export function useBodyClass(name: (typeof BODY_CLASSES)[keyof typeof BODY_CLASSES], active = true): void {
  useLayoutEffect(() => {
    if (!active) return;
    holders.set(name, (holders.get(name) ?? 0) + 1);
    document.body.classList.add(name);
    return () => {
      const left = (holders.get(name) ?? 1) - 1;
      holders.set(name, left);
      if (left === 0) document.body.classList.remove(name);
    };
  }, [name, active]);
}

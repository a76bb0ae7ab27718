/**
 * Long pages lay out a part below the first only as it comes near the screen
 * (content-visibility: auto in letter.css and checklist.css); until then the part holds a guessed
 * height. A jump to a place just below such a part (a screen reader moving to a heading, a script
 * scrolling a button into view) took the part as the point to hold still: the browser kept its top
 * in place while it grew to its real height, and what the jump was for went out of view (by 8,000
 * px under a long letter preview). While a part is skipped it carries `data-skipped`, which
 * base.css takes out of scroll anchoring, so the browser holds what is below it still instead.
 */

function mark(event: Event): void {
  if (event.target instanceof HTMLElement && 'skipped' in event) event.target.toggleAttribute('data-skipped', event.skipped === true);
}

/**
 * The page's ref (`<div ref={markSkippedParts}>`): keeps `data-skipped` on each part inside it
 * whose drawing the browser skips. Set when the page is committed, before its first frame, after
 * which the browser says of each part whether it is skipped.
 */
export function markSkippedParts(page: HTMLElement | null): (() => void) | undefined {
  if (!page) return undefined;
  // Capture: the event does not bubble up from the part.
  page.addEventListener('contentvisibilityautostatechange', mark, true);
  return () => page.removeEventListener('contentvisibilityautostatechange', mark, true);
}

/**
 * Long pages lay out a part below the first only as it comes near the screen
 * (content-visibility: auto in letter.css and checklist.css); until then the part holds a guessed
 * height. A jump to a place near such a part (a screen reader moving to a heading, a script
 * scrolling a button into view) could land wrong when the part then grew to its real height:
 * - The browser took the part as the point to hold still, kept its top in place while it grew,
 *   and what the jump was for went out of view (by 8,000 px under a long letter preview). While a
 *   part is skipped it carries `data-skipped`, which base.css takes out of scroll anchoring.
 * - Or it held still something drawn above the part, with the same result (a checklist heading
 *   brought to the bottom of the screen went 2,400 px down). Nothing can be held still well while
 *   a part in view has only a guess for its height. So once the page is on screen and the browser
 *   idle, each part still skipped is drawn for one frame (`data-drawing`, base.css), one part per
 *   idle moment: the browser then knows its real height (the `auto` of contain-intrinsic-size)
 *   and skips it again. A part drawn once carries `data-sized`.
 */
import { whenIdleAfterPaint } from './after-paint';

/** Parts that the browser skips and has never drawn: their height is still the guess. */
const UNSIZED = '[data-skipped]:not([data-sized])';

/** Draws each unsized part inside one page for one frame, one after the other, in idle moments. */
class PartSizer {
  private cancel: (() => void) | null = null;

  constructor(private readonly page: HTMLElement) {}

  /** Starts drawing the unsized parts, unless it is already going on. */
  start(): void {
    if (!this.cancel) this.cancel = whenIdleAfterPaint(() => this.drawNext());
  }

  stop(): void {
    this.cancel?.();
    this.cancel = null;
  }

  private drawNext(): void {
    const part = this.page.querySelector<HTMLElement>(UNSIZED);
    if (!part) {
      this.cancel = null;
      return;
    }
    part.setAttribute('data-drawing', '');
    // The next frame lays the part out; its real height is kept at the end of that frame, so it
    // may be skipped again in the task after it.
    let timer = 0;
    const frame = requestAnimationFrame(() => {
      timer = window.setTimeout(() => {
        part.removeAttribute('data-drawing');
        part.setAttribute('data-sized', '');
        this.cancel = whenIdleAfterPaint(() => this.drawNext());
      }, 0);
    });
    this.cancel = () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
      part.removeAttribute('data-drawing');
    };
  }
}

/**
 * The page's ref (`<div ref={markSkippedParts}>`): keeps `data-skipped` on each part inside it
 * whose drawing the browser skips, and has each such part drawn once when the browser is idle.
 * Set when the page is committed, before its first frame, after which the browser says of each
 * part whether it is skipped.
 */
export function markSkippedParts(page: HTMLElement | null): (() => void) | undefined {
  if (!page) return undefined;
  const sizer = new PartSizer(page);
  const mark = (event: Event) => {
    if (!(event.target instanceof HTMLElement) || !('skipped' in event)) return;
    const part = event.target;
    part.toggleAttribute('data-skipped', event.skipped === true);
    // Drawn near the screen: the browser now knows its real height.
    if (event.skipped === false) part.setAttribute('data-sized', '');
    else if (!part.hasAttribute('data-sized')) sizer.start();
  };
  // Capture: the event does not bubble up from the part.
  page.addEventListener('contentvisibilityautostatechange', mark, true);
  return () => {
    page.removeEventListener('contentvisibilityautostatechange', mark, true);
    sizer.stop();
  };
}

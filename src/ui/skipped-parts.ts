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
 * - A height taken while a web font was still loading is the stand-in font's: the letter preview's
 *   own font starts loading only when the preview is first drawn, and a long letter came out
 *   872 px taller with it than its height taken before. So a part drawn while a font loads is not
 *   counted as sized, and once fonts have loaded every part is drawn for its height again.
 */
import { whenIdleAfterPaint } from './after-paint';

/** The page's fonts: `document.fonts`, which some browsers' DOMs and jsdom lack. */
export function documentFonts(): FontFaceSet | undefined {
  return (document as { fonts?: FontFaceSet }).fonts;
}

/** Parts that the browser skips and has never drawn: their height is still the guess. */
const UNSIZED = '[data-skipped]:not([data-sized])';

/** Draws each unsized part inside one page for one frame, one after the other, in idle moments. */
class PartSizer {
  private cancel: (() => void) | null = null;
  /** How many times fonts have finished loading: a height taken across one is stale. */
  private fontLoads = 0;
  private stopped = false;

  constructor(private readonly page: HTMLElement) {}

  /** Fonts finished loading: heights taken before may be a stand-in font's. */
  fontsLoaded(): void {
    this.fontLoads += 1;
    for (const part of this.page.querySelectorAll('[data-sized]')) part.removeAttribute('data-sized');
    this.start();
  }

  /** Starts drawing the unsized parts, unless it is already going on. */
  start(): void {
    if (!this.cancel && !this.stopped) this.cancel = whenIdleAfterPaint(() => this.drawNext());
  }

  stop(): void {
    this.stopped = true;
    this.cancel?.();
    this.cancel = null;
  }

  /** While a font loads, a part drawn now would be laid out with a stand-in: wait for it. */
  private waitForFonts(): boolean {
    const fonts = documentFonts();
    if (fonts?.status !== 'loading') return false;
    this.cancel = null;
    void fonts.ready.then(() => this.start());
    return true;
  }

  private drawNext(): void {
    const part = this.page.querySelector<HTMLElement>(UNSIZED);
    if (!part) {
      this.cancel = null;
      return;
    }
    if (this.waitForFonts()) return;
    part.setAttribute('data-drawing', '');
    const fontLoadsBefore = this.fontLoads;
    // The next frame lays the part out; its real height is kept at the end of that frame, so it
    // may be skipped again in the task after it.
    let timer = 0;
    const frame = requestAnimationFrame(() => {
      timer = window.setTimeout(() => {
        part.removeAttribute('data-drawing');
        // Drawing it may be what started a font's load: then it is drawn again once that is in.
        if (this.waitForFonts()) return;
        // A font that came in during the frame: the same part is drawn again.
        if (this.fontLoads === fontLoadsBefore) part.setAttribute('data-sized', '');
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
  const fontsLoaded = () => sizer.fontsLoaded();
  const fonts = documentFonts();
  fonts?.addEventListener('loadingdone', fontsLoaded);
  return () => {
    page.removeEventListener('contentvisibilityautostatechange', mark, true);
    fonts?.removeEventListener('loadingdone', fontsLoaded);
    sizer.stop();
  };
}

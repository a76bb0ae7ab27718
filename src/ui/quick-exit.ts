/**
 * "Exit this page" without React: the button and Shift pressed three times (GOV.UK). The app's
 * button (exit-button.tsx) and the start page painted from the HTML before the app has loaded
 * (src/app/first-paint.ts) both use it, so the way out works from the first paint.
 */

/** Sent on window just before a quick exit. */
export const EXIT_EVENT = 'pd-helper:exit';

/** A neutral page. Opening it is the only request to another origin, and only when asked. */
export const EXIT_URL = 'https://www.weather.gov/';

/**
 * Leave at once: blank the page, then replace this history entry with a neutral site. All
 * navigation inside the app replaces its history entry (see docs/adr/0003-exit-and-history.md),
 * so Back after leaving does not return to the app's content.
 */
export function exitNow(): void {
  // Nothing may hold the person here (e.g. a "leave this page?" warning): tell the app first.
  window.dispatchEvent(new Event(EXIT_EVENT));
  document.title = '';
  document.body.replaceChildren();
  window.location.replace(EXIT_URL);
}

/** A keydown listener that calls `onExit` at the third press of Shift within two seconds. */
export function shiftTripleListener(onExit: () => void): (e: KeyboardEvent) => void {
  let times: number[] = [];
  return (e) => {
    if (e.key !== 'Shift') {
      times = [];
      return;
    }
    if (e.repeat) return;
    const now = e.timeStamp;
    times = [...times.filter((t) => now - t < 2000), now];
    if (times.length >= 3) {
      times = [];
      onExit();
    }
  };
}

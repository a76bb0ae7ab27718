/**
 * The skip link's click. With hash routing, href="#main" would be read as a page: move focus by
 * hand instead. The app's layout and the start page painted from the HTML (src/app/first-paint.ts)
 * both use it.
 */
export function skipToMain(event: Pick<Event, 'preventDefault'>): void {
  event.preventDefault();
  document.getElementById('main')?.focus();
}

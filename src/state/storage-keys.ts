/**
 * Every key the app writes to the browser's storage starts with this. Wiping looks for it, and
 * the first paint (src/app/first-paint.ts) shows the start page from the HTML only when no key
 * has it: nothing of the app on this device yet. No import, so that script stays a few bytes.
 */
export const STORAGE_PREFIX = 'pd-helper';

/**
 * How the start page painted from the HTML (src/app/first-paint.ts) tells the app that the
 * person chose a language before the app had started: the app starts in it, and keeps it as
 * the person's choice (src/app/i18n.ts). No import: it goes into that small script.
 */

/** Set on <html> to the language's code. */
export const CHOSEN_LANGUAGE_ATTRIBUTE = 'data-chosen-language';

/** Sent on window with the code as `detail`, for an app whose strings have already started. */
export const LANGUAGE_CHOSEN_EVENT = 'pd-helper:language-chosen';

import { useEffect } from 'react';
import { getI18n } from 'react-i18next';
import { whenIdleAfterPaint } from './after-paint';

/** "<page> – PD Helper", or just the app name. */
export function documentTitle(appName: string, pageTitle?: string): string {
  return pageTitle ? `${pageTitle} – ${appName}` : appName;
}

/**
 * Sets the tab title to "<page> – PD Helper" (or just the app name), in the current language,
 * once the page is on screen and the browser is idle: not in the frame that shows the page.
 *
 * The app's name is read then, not followed with `useTranslation`: that hook's setup for each page
 * that mounts, and its lookup of the name, were about 3 % of React's work of a step (issue 17).
 * Every page passes a title in its language, so a change of language draws it again anyway; the
 * language is a dependency for a title that reads the same in both.
 */
export function useDocumentTitle(pageTitle?: string): void {
  const i18n = getI18n();
  useEffect(
    () => whenIdleAfterPaint(() => (document.title = documentTitle(i18n.t('common:app.name'), pageTitle))),
    [i18n, pageTitle, i18n.resolvedLanguage],
  );
}

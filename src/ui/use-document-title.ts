import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { whenIdleAfterPaint } from './after-paint';

/** "<page> – PD Helper", or just the app name. */
export function documentTitle(appName: string, pageTitle?: string): string {
  return pageTitle ? `${pageTitle} – ${appName}` : appName;
}

/**
 * Sets the tab title to "<page> – PD Helper" (or just the app name), in the current language,
 * once the page is on screen and the browser is idle: not in the frame that shows the page.
 */
export function useDocumentTitle(pageTitle?: string): void {
  const { t } = useTranslation();
  const appName = t('app.name');
  useEffect(() => whenIdleAfterPaint(() => (document.title = documentTitle(appName, pageTitle))), [pageTitle, appName]);
}

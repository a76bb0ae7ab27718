import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

/** "<page> – PD Helper", or just the app name. */
export function documentTitle(appName: string, pageTitle?: string): string {
  return pageTitle ? `${pageTitle} – ${appName}` : appName;
}

/** Sets the tab title to "<page> – PD Helper" (or just the app name), in the current language. */
export function useDocumentTitle(pageTitle?: string): void {
  const { t } = useTranslation();
  const appName = t('app.name');
  useEffect(() => {
    document.title = documentTitle(appName, pageTitle);
  }, [pageTitle, appName]);
}

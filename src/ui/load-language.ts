import type { i18n as I18n } from 'i18next';

/**
 * Loads namespaces in a language even when it is not the page's language (e.g. the PDF's Spanish
 * page), through the i18next instance the shell set up. Resolves at once when they are there.
 */
export async function loadLanguageNamespaces(i18n: I18n, lng: string, nss: readonly string[]): Promise<void> {
  const missing = nss.filter((ns) => !i18n.hasResourceBundle(lng, ns));
  if (missing.length) await i18n.reloadResources([lng], missing);
}

/**
 * Build time only (vite.config.ts, `firstPaintMarkup`): the start page of a first visit, rendered
 * by the app's own components to HTML, once per language. index.html carries it, and
 * src/app/first-paint.ts shows it before the app's code has arrived (issue 17: the start page
 * painted from the first response, even from a host that does not compress). Never in the
 * browser's bundle.
 */
import { renderToString } from 'react-dom/server';
import { createPath, type Navigator, Router } from 'react-router';
import type { LanguageCode } from '../domain';
import { paths } from '../ui/paths';
import { documentTitle } from '../ui/use-document-title';
import { AppPages } from './app';
import i18n, { startNamespaces } from './i18n';

/** Links as the app's hash router writes them ("#/learn"); nothing moves at build time. */
const hashNavigator: Navigator = {
  createHref: (to) => `#${typeof to === 'string' ? to : createPath(to)}`,
  go: () => {},
  push: () => {},
  replace: () => {},
};

/** The whole page (header, start page, footer) as a first visit in `language` sees it. */
export interface StartMarkup {
  html: string;
  /** The tab title the start page sets. */
  title: string;
  dir: string;
  /** Where "Start now" goes (the app's button navigates there). */
  startHref: string;
  /** What the page says if the app's code cannot be loaded (as the app's own PageFailed). */
  failed: { message: string; offline: string; reload: string };
}

export async function renderStartMarkup(language: LanguageCode): Promise<StartMarkup> {
  await i18n.changeLanguage(language);
  await i18n.loadNamespaces([...startNamespaces]);
  const html = renderToString(
    <Router location="/" navigator={hashNavigator} static>
      <AppPages />
    </Router>,
  );
  return {
    html,
    title: documentTitle(i18n.t('app.name'), i18n.t('start.documentTitle')),
    dir: i18n.dir(language),
    startHref: hashNavigator.createHref(paths.saving.href()),
    failed: { message: i18n.t('app.pageFailed'), offline: i18n.t('app.offline'), reload: i18n.t('app.reload') },
  };
}

// @vitest-environment jsdom
/**
 * The pages a person usually opens next load while they read the one before (src/app/app.tsx,
 * `LoadAhead`): the answers page from the last section's questions (not from earlier ones), the
 * result from the answers page. Here: what loads, and when, and that the page then opens with no
 * loading line. That a loaded page also skips React's 300 ms hold behind a loading line is only
 * seen in a real browser: tests/e2e/load-ahead.e2e.ts (issue 17).
 */
import { act, cleanup, screen, waitFor } from '@testing-library/react';
import { afterEach, expect, it } from 'vitest';
import pages from '../../locales/en/pages.json';
import i18n from '../../src/app/i18n';
import { paths, stepUrl } from '../../src/ui/paths';
import { inCourtBaseline, walk } from '../unit/domain/walk';
import { renderApp } from './render-app';

afterEach(() => cleanup());

/** Counts the loading lines (PageLoading) that appear from now on, however briefly. */
function watchLoadingLines(): () => number {
  let seen = 0;
  const observer = new MutationObserver((records) => {
    for (const r of records) for (const n of r.addedNodes) if (n instanceof Element && (n.matches('.page-loading') || n.querySelector('.page-loading'))) seen++;
  });
  observer.observe(document.body, { childList: true, subtree: true });
  return () => {
    for (const r of observer.takeRecords()) for (const n of r.addedNodes) if (n instanceof Element && (n.matches('.page-loading') || n.querySelector('.page-loading'))) seen++;
    observer.disconnect();
    return seen;
  };
}

it('loads the answers page from the last section, then shows it with no loading line', async () => {
  const c = walk(inCourtBaseline).c;
  // An earlier section's question does not load it.
  const first = await renderApp(stepUrl('in-proceedings'), c);
  await screen.findByRole('heading', { level: 1 });
  await new Promise((resolve) => setTimeout(resolve, 100));
  expect(i18n.hasResourceBundle('en', 'pages')).toBe(false);
  first.unmount();

  const { router } = await renderApp(stepUrl('contact'), c);
  await screen.findByRole('heading', { level: 1 });
  await waitFor(() => expect(i18n.hasResourceBundle('en', 'pages')).toBe(true), { timeout: 2000 });
  // Its code too: give the import its moment.
  await new Promise((resolve) => setTimeout(resolve, 200));

  const lines = watchLoadingLines();
  await act(() => router.navigate(paths.review.href()));
  expect(screen.getByRole('heading', { level: 1, name: pages.review.title })).toBeTruthy();
  // In the same render as the new address: no loading line first.
  expect(lines()).toBe(0);
});

it('loads the result from the answers page, then shows it with no loading line', async () => {
  const c = walk(inCourtBaseline).c;
  const { router } = await renderApp(paths.review.href(), c);
  await screen.findByRole('heading', { level: 1, name: pages.review.title });
  // The result's code has no other way in before a visit to it.
  await new Promise((resolve) => setTimeout(resolve, 300));

  const lines = watchLoadingLines();
  await act(() => router.navigate(paths.result.href()));
  expect(screen.getByRole('heading', { level: 1 }).textContent).not.toBe(pages.review.title);
  expect(lines()).toBe(0);
});

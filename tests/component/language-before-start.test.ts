// @vitest-environment jsdom
/**
 * Issue 17: the start page painted from the HTML (src/app/first-paint.ts) has a working language
 * button before the app has started. A language picked there is the language the app starts in,
 * and the person's choice (kept with the answers), like the app's own switch; the browser's
 * language alone is never kept.
 */
import type * as I18next from 'i18next';
import { afterEach, expect, it, vi } from 'vitest';
import { CHOSEN_LANGUAGE_ATTRIBUTE, LANGUAGE_CHOSEN_EVENT } from '../../src/app/first-paint-signals';

afterEach(() => {
  document.documentElement.removeAttribute(CHOSEN_LANGUAGE_ATTRIBUTE);
  localStorage.clear();
});

/** The app's strings and store as a page load makes them, with what <html> says at that moment. */
async function startApp(chosen: string | null) {
  vi.resetModules();
  // A new i18next instance for each start (the package's default one outlives resetModules).
  vi.doMock('i18next', async () => {
    const actual = await vi.importActual<typeof I18next>('i18next');
    return { ...actual, default: actual.default.createInstance() };
  });
  if (chosen) document.documentElement.setAttribute(CHOSEN_LANGUAGE_ATTRIBUTE, chosen);
  const { default: i18n } = await import('../../src/app/i18n');
  const { useCaseStore } = await import('../../src/state/case-store');
  await vi.waitFor(() => expect(i18n.isInitialized).toBe(true));
  return { i18n, store: useCaseStore };
}

it('starts in the language picked before the app, and keeps it as the person\'s choice', async () => {
  const { i18n, store } = await startApp('es');
  expect(i18n.language).toBe('es');
  expect(store.getState().language).toBe('es');
});

it('starts in the browser\'s language without keeping it, when nothing was picked', async () => {
  const { i18n, store } = await startApp(null);
  expect(i18n.language).toBe('en');
  expect(store.getState().language).toBeNull();
});

it('switches when the pick comes after the strings have started, and keeps it', async () => {
  const { i18n, store } = await startApp(null);
  window.dispatchEvent(new CustomEvent(LANGUAGE_CHOSEN_EVENT, { detail: 'es' }));
  await vi.waitFor(() => expect(i18n.language).toBe('es'));
  expect(store.getState().language).toBe('es');
  // Anything else on that event is ignored.
  window.dispatchEvent(new CustomEvent(LANGUAGE_CHOSEN_EVENT, { detail: 'xx' }));
  expect(i18n.language).toBe('es');
});

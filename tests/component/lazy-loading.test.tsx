// @vitest-environment jsdom
/**
 * Loading on demand (docs/adr/0004-bundle-budget.md): only the current language's start strings
 * are loaded at first, the page strings come with the pages that read them, the other language
 * only on a switch (and then <html lang> and the title follow); a page loaded on demand shows a
 * loading line, never a blank page, and a message with a reload button if its file cannot load.
 */
import { act, cleanup, render, screen, waitFor } from '@testing-library/react';
import { lazy } from 'react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import en from '../../locales/en/common.json';
import i18n, { loadNamespaces } from '../../src/app/i18n';
import { loadLanguageNamespaces } from '../../src/ui/load-language';
import { PageBoundary } from '../../src/app/page-loading';

afterEach(() => cleanup());

function renderInBoundary(element: React.ReactNode) {
  const router = createMemoryRouter([{ path: '/', element: <PageBoundary>{element}</PageBoundary> }]);
  return render(<RouterProvider router={router} />);
}

describe('strings loaded on demand', () => {
  it('starts with the current language\'s common and questions strings only', async () => {
    await i18n.changeLanguage('en');
    expect(i18n.hasResourceBundle('en', 'common')).toBe(true);
    expect(i18n.hasResourceBundle('en', 'questions')).toBe(true);
    expect(i18n.hasResourceBundle('en', 'catalog')).toBe(false);
    expect(i18n.hasResourceBundle('en', 'pages')).toBe(false);
    expect(i18n.hasResourceBundle('es', 'common')).toBe(false);
  });

  it('loads the page strings when asked, in the current language only', async () => {
    await loadNamespaces(['catalog', 'pages']);
    expect(i18n.hasResourceBundle('en', 'catalog')).toBe(true);
    expect(i18n.hasResourceBundle('es', 'catalog')).toBe(false);
    expect(i18n.t('pages:result.policy.title')).not.toBe('result.policy.title');
  });

  it('loads another language for a fixed-language text (the PDF\'s Spanish page) without switching', async () => {
    await loadLanguageNamespaces(i18n, 'es', ['pages']);
    expect(i18n.language).toBe('en');
    expect(i18n.getFixedT('es')('pages:pdf.spanish.title')).not.toBe('pdf.spanish.title');
  });

  it('switches language with every namespace in use, then sets <html lang> and the title', async () => {
    await i18n.changeLanguage('es');
    expect(i18n.hasResourceBundle('es', 'questions')).toBe(true);
    expect(i18n.hasResourceBundle('es', 'catalog')).toBe(true);
    expect(document.documentElement.lang).toBe('es');
    await waitFor(() => expect(document.title).toBe('PD Helper'));
    await i18n.changeLanguage('en');
    expect(document.documentElement.lang).toBe('en');
  });
});

describe('PageBoundary', () => {
  it('shows a loading status while the page loads, then the page', async () => {
    let done: (m: { default: () => React.ReactNode }) => void = () => {};
    const Page = lazy(() => new Promise<{ default: () => React.ReactNode }>((resolve) => { done = resolve; }));
    renderInBoundary(<Page />);
    expect((await screen.findByRole('status')).textContent).toBe(en.app.loading);
    done({ default: () => <h1>Loaded</h1> });
    expect(await screen.findByRole('heading', { name: 'Loaded' })).toBeTruthy();
  });

  it('says so, with a reload button, when the page cannot load', async () => {
    const Page = lazy(() => Promise.reject(new Error('chunk missing')));
    const quiet = console.error;
    console.error = () => {};
    try {
      renderInBoundary(<Page />);
      const alert = await screen.findByRole('alert');
      expect(alert.textContent).toContain(en.app.pageFailed);
      expect(screen.getByRole('button', { name: en.app.reload })).toBeTruthy();
    } finally {
      console.error = quiet;
    }
  });

  it('offline, asks to reconnect first (a reload would show the browser\'s error page), then offers the reload', async () => {
    const Page = lazy(() => Promise.reject(new Error('chunk missing')));
    const quiet = console.error;
    console.error = () => {};
    const onLine = vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false);
    try {
      renderInBoundary(<Page />);
      const alert = await screen.findByRole('alert');
      expect(alert.textContent).toBe(en.app.offline);
      expect(screen.queryByRole('button', { name: en.app.reload })).toBeNull();
      onLine.mockReturnValue(true);
      act(() => window.dispatchEvent(new Event('online')));
      // The boundary listens from an effect that may run just after the alert shows; it reads
      // the state again when it starts listening, so the change shows either way.
      await waitFor(() => expect(screen.getByRole('alert').textContent).toContain(en.app.pageFailed));
      expect(screen.getByRole('button', { name: en.app.reload })).toBeTruthy();
    } finally {
      onLine.mockRestore();
      console.error = quiet;
    }
  });
});

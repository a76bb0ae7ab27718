// @vitest-environment jsdom
/**
 * A page loaded on demand (src/app/lazy-page.tsx): loaded once, whether ahead or on the visit;
 * once loaded it shows at once, with no loading line (tests/e2e/load-ahead.e2e.ts counts them in
 * the browser); a page still loading shows the loading line, then itself as soon as it is loaded,
 * not after React's 300 ms hold for Suspense; a failed load is tried again by the visit, and one
 * that fails during the visit reaches the layout's message; a page that showed behind the loading
 * line is not mounted a second time when it renders again.
 */
import { act, cleanup, render, screen, waitFor } from '@testing-library/react';
import { useEffect, useState } from 'react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { afterEach, expect, it } from 'vitest';
import en from '../../locales/en/common.json';
import '../../src/app/i18n';
import { lazyPage } from '../../src/app/lazy-page';
import { PageBoundary } from '../../src/app/page-loading';

afterEach(() => cleanup());

/** The page inside the layout's boundary (a loading line for anything else that waits, a message on failure). */
function inBoundary(element: React.ReactNode) {
  return <PageBoundary>{element}</PageBoundary>;
}

function inRouter(element: React.ReactNode) {
  return <RouterProvider router={createMemoryRouter([{ path: '/', element }])} />;
}

const loadingLine = () => document.querySelector('.page-loading');

it('loads once when loaded ahead, then shows the page in its first render', async () => {
  let loads = 0;
  const Page = lazyPage(async () => {
    loads++;
    return () => <h1>The page</h1>;
  }, []);
  await Page.preload();
  await Page.preload();
  render(inRouter(inBoundary(<Page />)));
  // No loading line first: the page is there in the same render.
  expect(loadingLine()).toBeNull();
  expect(screen.getByRole('heading', { name: 'The page' })).toBeTruthy();
  expect(loads).toBe(1);
});

it('tries again on the visit when loading ahead failed (offline before the app was saved)', async () => {
  let loads = 0;
  const Page = lazyPage(async () => {
    loads++;
    if (loads === 1) throw new Error('offline');
    return () => <h1>The page</h1>;
  }, []);
  await expect(Page.preload()).rejects.toThrow('offline');
  render(inRouter(inBoundary(<Page />)));
  expect(await screen.findByRole('heading', { name: 'The page' })).toBeTruthy();
  expect(loads).toBe(2);
});

it('does not mount a page a second time that showed behind the loading line', async () => {
  let mounts = 0;
  let finish: (page: React.ComponentType) => void = () => {};
  function Counted() {
    useEffect(() => {
      mounts++;
    }, []);
    return <h1>The page</h1>;
  }
  const Page = lazyPage(() => new Promise<React.ComponentType>((resolve) => (finish = resolve)), []);
  let setN: (n: number) => void = () => {};
  function Parent() {
    const [n, set] = useState(0);
    setN = set;
    // Another page first; then this one, as when a link is followed.
    return inBoundary(n === 0 ? <p>The page before</p> : <Page data-n={n} />);
  }
  render(inRouter(<Parent />));
  act(() => setN(1));
  expect(loadingLine()).not.toBeNull();
  await act(async () => finish(Counted));
  await screen.findByRole('heading', { name: 'The page' });
  expect(mounts).toBe(1);
  // Rendered again now that the page is loaded: the same page, not a new one.
  act(() => setN(2));
  expect(screen.getByRole('heading', { name: 'The page' })).toBeTruthy();
  expect(mounts).toBe(1);
});

it('shows the loading line while the page loads, then the page as soon as it is loaded', async () => {
  let finish: (page: React.ComponentType) => void = () => {};
  const Page = lazyPage(() => new Promise<React.ComponentType>((resolve) => (finish = resolve)), []);
  render(inRouter(inBoundary(<Page />)));
  expect((await screen.findByRole('status')).textContent).toBe(en.app.loading);
  // Through React's lazy and Suspense, the page came no sooner than 300 ms after the loading line.
  await new Promise((resolve) => setTimeout(resolve, 20));
  const loadedAt = performance.now();
  finish(() => <h1>The page</h1>);
  await waitFor(() => expect(screen.getByRole('heading', { name: 'The page' })).toBeTruthy(), { interval: 5 });
  expect(performance.now() - loadedAt).toBeLessThan(150);
  expect(loadingLine()).toBeNull();
});

it('says so, with a reload button, when the page cannot load during the visit', async () => {
  const Page = lazyPage(() => Promise.reject(new Error('chunk missing')), []);
  const quiet = console.error;
  console.error = () => {};
  try {
    render(inRouter(inBoundary(<Page />)));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain(en.app.pageFailed);
    expect(screen.getByRole('button', { name: en.app.reload })).toBeTruthy();
  } finally {
    console.error = quiet;
  }
});

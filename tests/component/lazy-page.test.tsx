// @vitest-environment jsdom
/**
 * A page loaded on demand (src/app/lazy-page.tsx): loaded once, whether ahead or on the visit;
 * once loaded it shows at once, with no loading line (in a browser, React then also waits 300 ms:
 * tests/e2e/load-ahead.e2e.ts); a failed load is tried again by the visit; and a page that showed
 * behind the loading line is not mounted a second time when it renders again.
 */
import { act, cleanup, render, screen } from '@testing-library/react';
import { Suspense, useEffect, useState } from 'react';
import { afterEach, expect, it } from 'vitest';
import { lazyPage } from '../../src/app/lazy-page';

afterEach(() => cleanup());

function inBoundary(element: React.ReactNode) {
  return <Suspense fallback={<p>Loading</p>}>{element}</Suspense>;
}

it('loads once when loaded ahead, then shows the page in its first render', async () => {
  let loads = 0;
  const Page = lazyPage(async () => {
    loads++;
    return () => <h1>The page</h1>;
  }, []);
  await Page.preload();
  await Page.preload();
  render(inBoundary(<Page />));
  // No loading line first: the page is there in the same render.
  expect(screen.queryByText('Loading')).toBeNull();
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
  render(inBoundary(<Page />));
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
  render(<Parent />);
  act(() => setN(1));
  expect(screen.getByText('Loading')).toBeTruthy();
  await act(async () => finish(Counted));
  await screen.findByRole('heading', { name: 'The page' });
  expect(mounts).toBe(1);
  // Rendered again now that the page is loaded: the same page, not a new one.
  act(() => setN(2));
  expect(screen.getByRole('heading', { name: 'The page' })).toBeTruthy();
  expect(mounts).toBe(1);
});

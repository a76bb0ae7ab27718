// @vitest-environment jsdom
/**
 * The app's links (src/ui/app-link.tsx): a plain click moves to the page in place of the current
 * history entry (docs/adr/0003-exit-and-history.md); a click that asks for a new tab or window is
 * left to the browser; the address is the router's own, so "open in new tab" opens the page.
 */
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createMemoryRouter, RouterProvider, useLocation } from 'react-router';
import { AppLink } from '../../src/ui/app-link';

afterEach(cleanup);

function Here() {
  return <p>At {useLocation().pathname}</p>;
}

function renderLink(onClick?: (event: React.MouseEvent<HTMLAnchorElement>) => void) {
  const router = createMemoryRouter(
    [
      {
        path: '*',
        element: (
          <>
            <AppLink to="/letter?part=2" className="next" onClick={onClick}>
              Your letter
            </AppLink>
            <Here />
          </>
        ),
      },
    ],
    { initialEntries: ['/', '/result'], initialIndex: 1 },
  );
  render(<RouterProvider router={router} />);
  return { router, link: screen.getByRole('link', { name: 'Your letter' }) };
}

describe('AppLink', () => {
  it("names the page in the router's own address, with the link's other attributes", () => {
    const { link } = renderLink();
    expect(link.getAttribute('href')).toBe('/letter?part=2');
    expect(link.className).toBe('next');
  });

  it('moves to the page in place of the current entry', async () => {
    const { router, link } = renderLink();
    const notPrevented = fireEvent.click(link);
    expect(notPrevented).toBe(false);
    expect(await screen.findByText('At /letter')).toBeTruthy();
    expect(router.state.location.search).toBe('?part=2');
    expect(router.state.historyAction).toBe('REPLACE');
    // One entry back is the page before /result: /result itself was replaced.
    await act(() => router.navigate(-1));
    expect(screen.getByText('At /')).toBeTruthy();
  });

  it.each([
    ['Ctrl', { ctrlKey: true }],
    ['Cmd', { metaKey: true }],
    ['Shift', { shiftKey: true }],
    ['Alt', { altKey: true }],
    ['the middle button', { button: 1 }],
  ])('leaves a click with %s to the browser', (_, init) => {
    const { router, link } = renderLink();
    // Seen after the app's handler; then stopped, as jsdom cannot open another tab.
    let leftToBrowser = false;
    const browser = (event: MouseEvent) => {
      leftToBrowser = !event.defaultPrevented;
      event.preventDefault();
    };
    window.addEventListener('click', browser);
    try {
      fireEvent.click(link, init);
    } finally {
      window.removeEventListener('click', browser);
    }
    expect(leftToBrowser).toBe(true);
    expect(router.state.location.pathname).toBe('/result');
  });

  it("runs the link's own click first, which may keep the page where it is", () => {
    const onClick = vi.fn((event: React.MouseEvent<HTMLAnchorElement>) => event.preventDefault());
    const { router, link } = renderLink(onClick);
    fireEvent.click(link);
    expect(onClick).toHaveBeenCalledTimes(1);
    expect(router.state.location.pathname).toBe('/result');
  });
});

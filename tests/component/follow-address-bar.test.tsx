// @vitest-environment jsdom
/**
 * The hash router reads the address when it renders but listens only once it is on the page. An
 * address that changes in between (a slow first load) must still be the page shown. Seen in the
 * e2e runs under load: the start page stayed on screen under #/stay-of-removal.
 */
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { HashRouter, Route, Routes } from 'react-router';
import { addressBarRoute, FollowAddressBar } from '../../src/app/follow-address-bar';

afterEach(() => {
  cleanup();
  history.replaceState(null, '', '#/');
});

/** Changes the address during the first render, after the router has read it: no popstate reaches it. */
function ChangesAddressWhileRendering({ to }: { to: string }) {
  if (window.location.hash !== to) history.replaceState(null, '', to);
  return null;
}

function app(withFix: boolean) {
  return (
    <HashRouter>
      {withFix && <FollowAddressBar />}
      <Routes>
        <Route path="/" element={<h1>Start</h1>} />
        <Route path="/result" element={<h1>Result</h1>} />
      </Routes>
      <ChangesAddressWhileRendering to="#/result" />
    </HashRouter>
  );
}

describe('following the address bar when the router goes on screen', () => {
  it('without it, the router would show the page of the address it first read (the bug)', () => {
    history.replaceState(null, '', '#/');
    render(app(false));
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Start');
  });

  it('shows the page of the address as it is when the router goes on screen', () => {
    history.replaceState(null, '', '#/');
    render(app(true));
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Result');
    expect(window.location.hash).toBe('#/result');
  });

  it('reads the route from the hash the way the router does', () => {
    expect(addressBarRoute('')).toBe('/');
    expect(addressBarRoute('#/')).toBe('/');
    expect(addressBarRoute('#/result?from=review')).toBe('/result?from=review');
    expect(addressBarRoute('#result')).toBe('/result');
  });
});

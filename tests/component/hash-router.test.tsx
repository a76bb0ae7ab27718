// @vitest-environment jsdom
/**
 * The app's hash router (src/app/hash-router.tsx): the new page is on screen before the address
 * bar is written, the address is then written in place of the entry, and whatever the address bar
 * does by itself (back, forward, a typed address, a change while the first strings loaded) wins.
 */
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Link, Route, Routes, useNavigate } from 'react-router';
import { addressBarRoute, AppHashRouter } from '../../src/app/hash-router';
import { EXIT_EVENT } from '../../src/ui/quick-exit';

beforeEach(() => history.replaceState(null, '', '#/'));
afterEach(() => {
  cleanup();
  history.replaceState(null, '', '#/');
});

/** Longer than the router waits for an idle moment when the browser has no idle callbacks (jsdom). */
const afterTheWrite = () => new Promise((resolve) => setTimeout(resolve, 120));

function Start() {
  const navigate = useNavigate();
  return (
    <>
      <h1>Start</h1>
      <button type="button" onClick={() => navigate('/result?from=start', { replace: true })}>Go</button>
      <Link to="/letter">Letter, as a new entry</Link>
    </>
  );
}

/** Changes the address during the first render, after the router has read it: no popstate reaches it. */
function ChangesAddressWhileRendering({ to }: { to: string }) {
  if (window.location.hash !== to) history.replaceState(null, '', to);
  return null;
}

function app(changeAddressTo?: string) {
  return (
    <AppHashRouter>
      <Routes>
        <Route path="/" element={<Start />} />
        <Route path="/result" element={<h1>Result</h1>} />
        <Route path="/letter" element={<h1>Letter</h1>} />
      </Routes>
      {changeAddressTo && <ChangesAddressWhileRendering to={changeAddressTo} />}
    </AppHashRouter>
  );
}

const heading = () => screen.getByRole('heading', { level: 1 }).textContent;

describe('the app hash router', () => {
  it('shows the new page first, then writes its address in place of the entry', async () => {
    render(app());
    const entries = history.length;
    fireEvent.click(screen.getByRole('button', { name: 'Go' }));
    expect(heading()).toBe('Result');
    // Not yet: the address is written once the browser is idle, after the new page's frame.
    expect(window.location.hash).toBe('#/');
    await waitFor(() => expect(window.location.hash).toBe('#/result?from=start'));
    expect(history.length).toBe(entries);
    expect((history.state as { key?: unknown }).key).toEqual(expect.any(String));
  });

  it('links to "#/…" and adds an entry for a link that does not replace', async () => {
    render(app());
    const link = screen.getByRole('link', { name: 'Letter, as a new entry' });
    expect(link.getAttribute('href')).toBe('#/letter');
    const entries = history.length;
    fireEvent.click(link);
    expect(heading()).toBe('Letter');
    await waitFor(() => expect(window.location.hash).toBe('#/letter'));
    expect(history.length).toBe(entries + 1);
  });

  it('follows the address bar (back, forward, typed), and drops an address not yet written', async () => {
    render(app());
    fireEvent.click(screen.getByRole('button', { name: 'Go' }));
    expect(heading()).toBe('Result');
    act(() => {
      history.replaceState(null, '', '#/letter');
      window.dispatchEvent(new PopStateEvent('popstate'));
    });
    expect(heading()).toBe('Letter');
    await afterTheWrite();
    expect(window.location.hash).toBe('#/letter');
  });

  it('writes no address after a quick exit', async () => {
    render(app());
    fireEvent.click(screen.getByRole('button', { name: 'Go' }));
    window.dispatchEvent(new Event(EXIT_EVENT));
    await afterTheWrite();
    expect(window.location.hash).toBe('#/');
  });

  it('shows the page of the address as it is when the router goes on screen', () => {
    // react-router's own HashRouter listens only from then on, and kept the start page here.
    render(app('#/result'));
    expect(heading()).toBe('Result');
    expect(window.location.hash).toBe('#/result');
  });

  it('reads the route from the hash', () => {
    expect(addressBarRoute('')).toBe('/');
    expect(addressBarRoute('#/')).toBe('/');
    expect(addressBarRoute('#/result?from=review')).toBe('/result?from=review');
    expect(addressBarRoute('#result')).toBe('/result');
  });
});

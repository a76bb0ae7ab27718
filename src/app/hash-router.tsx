/**
 * The app's router: hash routing (docs/adr/0002-routing.md) through react-router's `Router`,
 * like its `HashRouter`, with two differences.
 *
 * - A navigation puts the new page on screen first and writes the address bar once the browser
 *   is idle (within 0.1 s). Writing it (`history.replaceState`) took about 2 ms of a 16 ms step on
 *   a desktop and 6 ms on a slow phone, and it changes nothing the person sees (issue 17, ADR 0012).
 * - It follows the address bar from its first render: an address changed while the first strings
 *   were loading (the back button, a link opened meanwhile) is the page shown. react-router's
 *   router only starts listening once it is on screen, and kept the old page then.
 *
 * The app only ever replaces its history entry (docs/adr/0003-exit-and-history.md); a quick exit
 * drops an address not yet written, so nothing writes a page's address after the person has left.
 */
import { type ReactNode, useLayoutEffect, useState } from 'react';
import { createPath, type Location, NavigationType, type Navigator, parsePath, Router, type To } from 'react-router';
import { EXIT_EVENT } from '../ui/quick-exit';

/** What the app keeps in its history entry: the navigation's state and its key (as react-router does). */
interface EntryState {
  usr: unknown;
  key: string;
}

/** The route the address bar names ("#/result?x" → "/result?x"; "#result" → "/result"). */
export function addressBarRoute(hash: string): string {
  const route = hash.replace(/^#/, '');
  return route.startsWith('/') ? route : `/${route}`;
}

function locationOf(to: To, state: unknown, key: string): Location {
  const path = typeof to === 'string' ? parsePath(to) : to;
  return { pathname: path.pathname ?? '/', search: path.search ?? '', hash: path.hash ?? '', state, key };
}

function locationFromAddress(): Location {
  const entry = window.history.state as Partial<EntryState> | null;
  return locationOf(addressBarRoute(window.location.hash), entry?.usr ?? null, typeof entry?.key === 'string' ? entry.key : 'default');
}

const newKey = () => Math.random().toString(36).slice(2, 10);

interface Shown {
  action: NavigationType;
  location: Location;
}

/**
 * The navigator and the address writes still to do. One per router; the router hands it the
 * function that shows a location.
 */
function addressBar(show: (shown: Shown) => void) {
  let pending: Shown[] = [];
  let cancel: (() => void) | null = null;

  const write = () => {
    cancel = null;
    const writes = pending;
    pending = [];
    for (const { action, location } of writes) {
      const entry: EntryState = { usr: location.state, key: location.key };
      const url = `#${createPath(location)}`;
      if (action === NavigationType.Push) window.history.pushState(entry, '', url);
      else window.history.replaceState(entry, '', url);
    }
  };
  const writeWhenIdle = () => {
    if (cancel) return;
    if (typeof requestIdleCallback === 'function') {
      const id = requestIdleCallback(write, { timeout: 100 });
      cancel = () => cancelIdleCallback(id);
    } else {
      // No idle callbacks (Safari): a moment later, after the new page's frame.
      const id = setTimeout(write, 50);
      cancel = () => clearTimeout(id);
    }
  };
  /** The address bar changed by itself (back, forward, typed) or the person left: its address wins. */
  const drop = () => {
    cancel?.();
    cancel = null;
    pending = [];
  };
  const go = (action: NavigationType, to: To, state: unknown) => {
    const location = locationOf(to, state ?? null, newKey());
    show({ action, location });
    pending.push({ action, location });
    writeWhenIdle();
  };
  const navigator: Navigator = {
    createHref: (to) => `#${typeof to === 'string' ? to : createPath(to)}`,
    go: (delta) => {
      if (cancel) {
        cancel();
        write();
      }
      window.history.go(delta);
    },
    push: (to, state) => go(NavigationType.Push, to, state),
    replace: (to, state) => go(NavigationType.Replace, to, state),
  };
  return { navigator, drop, hasPending: () => pending.length > 0 };
}

export function AppHashRouter({ children }: { children: ReactNode }) {
  const [shown, setShown] = useState<Shown>(() => ({ action: NavigationType.Pop, location: locationFromAddress() }));
  const [bar] = useState(() => addressBar(setShown));

  useLayoutEffect(() => {
    const followAddress = () => {
      bar.drop();
      setShown({ action: NavigationType.Pop, location: locationFromAddress() });
    };
    window.addEventListener('popstate', followAddress);
    window.addEventListener(EXIT_EVENT, bar.drop);
    // The address may have changed between the first render and now, with nobody listening.
    if (!bar.hasPending() && addressBarRoute(window.location.hash) !== createPath(shown.location)) followAddress();
    return () => {
      window.removeEventListener('popstate', followAddress);
      window.removeEventListener(EXIT_EVENT, bar.drop);
    };
    // Once: later changes of the address reach the listener.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [bar]);

  return (
    <Router location={shown.location} navigationType={shown.action} navigator={bar.navigator} useTransitions={false}>
      {children}
    </Router>
  );
}

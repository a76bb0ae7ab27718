import { useEffect } from 'react';
import { useLocation, useNavigate } from 'react-router';

/** The route the address bar names, as the hash router reads it ("#/result?x" → "/result?x"). */
export function addressBarRoute(hash: string): string {
  const route = hash.replace(/^#/, '');
  return route.startsWith('/') ? route : `/${route}`;
}

/**
 * The hash router reads the address when it first renders but only starts listening for changes
 * when the page is put on screen. On a slow phone, the first strings can take a second to arrive
 * in between; an address changed then (the back button, a link opened while the app was loading)
 * used to leave the old page on screen under the new address. Once the router is on screen and
 * listening (a passive effect runs after its layout effect), this follows the address bar.
 */
export function FollowAddressBar() {
  const { pathname, search } = useLocation();
  const navigate = useNavigate();
  useEffect(() => {
    const wanted = addressBarRoute(window.location.hash);
    if (wanted !== pathname + search) navigate(wanted, { replace: true });
    // Only once: from now on, changes reach the router's own listener.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  return null;
}

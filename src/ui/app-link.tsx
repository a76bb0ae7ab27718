/**
 * Links and navigation that replace the current history entry instead of adding one, so the
 * app never takes more than one entry in the tab's history and "Exit this page" can remove it.
 * The pages carry their own Back links.
 *
 * The link is a plain <a> with the router's address: react-router's `Link` brought its prefetch,
 * view-transition and form code into the first download (about 2.3 kB gzip, issue 17), and the
 * app uses none of it.
 */
import { type AnchorHTMLAttributes, type MouseEvent, type Ref, useContext, useMemo } from 'react';
import { UNSAFE_NavigationContext as NavigationContext } from 'react-router';

export interface AppLinkProps extends AnchorHTMLAttributes<HTMLAnchorElement> {
  /** A path from src/ui/paths.ts: always from the root ("/letter"), never relative. */
  to: string;
  ref?: Ref<HTMLAnchorElement>;
}

/**
 * The router's navigator, which does not change from page to page. react-router's `useNavigate`
 * and `useHref` also read the current address (to resolve relative paths, which the app never
 * uses), so every link and every user of `useAppNavigate` was drawn again at each step: the four
 * links of the header and footer, the idle lock, about 12 % of React's drawing of a step in a
 * CPU profile (issue 17, ADR 0004).
 */
function useNavigator() {
  return useContext(NavigationContext).navigator;
}

/** A click the browser should handle itself: a new tab or window, a download, another button. */
const leftToBrowser = (event: MouseEvent<HTMLAnchorElement>, target: string | undefined) =>
  event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey || (target !== undefined && target !== '_self');

export function AppLink({ to, onClick, ...props }: AppLinkProps) {
  const navigator = useNavigator();
  const follow = (event: MouseEvent<HTMLAnchorElement>) => {
    onClick?.(event);
    if (event.defaultPrevented || leftToBrowser(event, props.target)) return;
    event.preventDefault();
    void navigator.replace(to);
  };
  return <a {...props} href={navigator.createHref(to)} onClick={follow} />;
}

/**
 * Moves to a page (a path from src/ui/paths.ts) in place of the current history entry. `state`:
 * what the next page should know but the address should not say (read with `useLocation().state`).
 */
export function useAppNavigate(): (to: string, state?: unknown) => void {
  const navigator = useNavigator();
  return useMemo(() => (to: string, state?: unknown) => void navigator.replace(to, state), [navigator]);
}

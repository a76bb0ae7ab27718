/**
 * Links and navigation that replace the current history entry instead of adding one, so the
 * app never takes more than one entry in the tab's history and "Exit this page" can remove it.
 * The pages carry their own Back links.
 *
 * The link is a plain <a> with the router's address: react-router's `Link` brought its prefetch,
 * view-transition and form code into the first download (about 2.3 kB gzip, issue 17), and the
 * app uses none of it.
 */
import type { AnchorHTMLAttributes, MouseEvent } from 'react';
import { useHref, useNavigate } from 'react-router';

export interface AppLinkProps extends AnchorHTMLAttributes<HTMLAnchorElement> {
  /** A path from src/ui/paths.ts. */
  to: string;
}

/** A click the browser should handle itself: a new tab or window, a download, another button. */
const leftToBrowser = (event: MouseEvent<HTMLAnchorElement>, target: string | undefined) =>
  event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey || (target !== undefined && target !== '_self');

export function AppLink({ to, onClick, ...props }: AppLinkProps) {
  const navigate = useNavigate();
  const href = useHref(to);
  const follow = (event: MouseEvent<HTMLAnchorElement>) => {
    onClick?.(event);
    if (event.defaultPrevented || leftToBrowser(event, props.target)) return;
    event.preventDefault();
    void navigate(to, { replace: true });
  };
  return <a {...props} href={href} onClick={follow} />;
}

export function useAppNavigate(): (to: string) => void {
  const navigate = useNavigate();
  return (to: string) => void navigate(to, { replace: true });
}

/**
 * Links and navigation that replace the current history entry instead of adding one, so the
 * app never takes more than one entry in the tab's history and "Exit this page" can remove it.
 * The pages carry their own Back links.
 */
import type { ComponentProps } from 'react';
import { Link, useNavigate } from 'react-router';

export function AppLink(props: ComponentProps<typeof Link>) {
  return <Link replace {...props} />;
}

export function useAppNavigate(): (to: string) => void {
  const navigate = useNavigate();
  return (to: string) => void navigate(to, { replace: true });
}

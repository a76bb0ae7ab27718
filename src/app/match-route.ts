/**
 * Which page an address names. The app's routes are a short flat list (src/app/app.tsx): fixed
 * words ("clinic/setup"), at most one `:name` part ("questions/:code"), and "*" for anything
 * else. Matching them here, instead of with react-router's `useRoutes`, keeps its route ranking,
 * nested outlets and error screens out of the first download (about 3.5 kB gzip) and out of every
 * step: `useRoutes` rebuilt its regular expressions on each navigation (issue 17, ADR 0012).
 */

/** The `:name` parts of a matched address, decoded. */
export type RouteParams = Readonly<Record<string, string | undefined>>;

export interface RoutePattern {
  /** Relative to the app's root, as in src/ui/paths.ts: '' (start page), 'questions/:code', '*'. */
  path: string;
}

export interface RouteMatch<R extends RoutePattern> {
  route: R;
  params: RouteParams;
}

const segmentsOf = (path: string) => path.split('/').filter((s) => s !== '');

/** A part of the address as typed or pasted: "%20" is a space; a broken escape stays as it is. */
function decodeSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/**
 * The first route, in the list's order, that `pathname` names, and its `:name` parts. As with
 * react-router: fixed words match whatever their case, and extra or trailing slashes are ignored.
 */
export function matchRoute<R extends RoutePattern>(routes: readonly R[], pathname: string): RouteMatch<R> | undefined {
  const parts = segmentsOf(pathname);
  for (const route of routes) {
    if (route.path === '*') return { route, params: {} };
    const pattern = segmentsOf(route.path);
    if (pattern.length !== parts.length) continue;
    const params: Record<string, string> = {};
    const matches = pattern.every((word, i) => {
      if (word.startsWith(':')) {
        params[word.slice(1)] = decodeSegment(parts[i] ?? '');
        return true;
      }
      return word.toLowerCase() === parts[i]?.toLowerCase();
    });
    if (matches) return { route, params };
  }
  return undefined;
}

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

/**
 * Each route's parts, split once: the table is matched at every step, and splitting its ~20
 * patterns each time was about 3 % of React's drawing of a step in a CPU profile (issue 17).
 */
const patternParts = new WeakMap<RoutePattern, { words: readonly string[]; lower: readonly string[] }>();
function partsOf(route: RoutePattern): { words: readonly string[]; lower: readonly string[] } {
  let parts = patternParts.get(route);
  if (!parts) {
    const words = segmentsOf(route.path);
    parts = { words, lower: words.map((w) => w.toLowerCase()) };
    patternParts.set(route, parts);
  }
  return parts;
}

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
  const lowerParts = parts.map((p) => p.toLowerCase());
  for (const route of routes) {
    if (route.path === '*') return { route, params: {} };
    const pattern = partsOf(route);
    if (pattern.words.length !== parts.length) continue;
    const params: Record<string, string> = {};
    const matches = pattern.words.every((word, i) => {
      if (word.startsWith(':')) {
        params[word.slice(1)] = decodeSegment(parts[i] ?? '');
        return true;
      }
      return pattern.lower[i] === lowerParts[i];
    });
    if (matches) return { route, params };
  }
  return undefined;
}

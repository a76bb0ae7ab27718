/**
 * Scans the built app (dist/) for code that would load anything from another origin: fetch,
 * import(), importScripts, workers, sockets, beacons, CSS url() and HTML src/href with an absolute
 * URL, and service-worker routes for other origins. Absolute URLs may appear only as text the app
 * shows (sources, help) or that libraries keep in messages — each host must be on the list below.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const dist = path.resolve(import.meta.dirname, '../../dist');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const full = path.join(dir, n);
    return statSync(full).isDirectory() ? files(full) : [full];
  });
}

const textFiles = () => files(dist).filter((f) => /\.(js|mjs|css|html|webmanifest|json)$/.test(f));

/** Patterns that make the browser load something. Any absolute URL in them is a failure. */
const LOADERS: [string, RegExp][] = [
  ['fetch', /fetch\(\s*[`'"](?:https?:)?\/\//],
  ['dynamic import', /import\(\s*[`'"](?:https?:)?\/\//],
  ['importScripts', /importScripts\(\s*[`'"](?:https?:)?\/\//],
  ['worker', /new\s+(?:Shared)?Worker\(\s*[`'"](?:https?:)?\/\//],
  ['socket/event source', /new\s+(?:WebSocket|EventSource)\(\s*[`'"]/],
  ['beacon', /sendBeacon\(/],
  ['css url()', /url\(\s*['"]?(?:https?:)?\/\//],
  ['html src/href', /<(?:script|link|img|iframe|source|video|audio)\b[^>]*\b(?:src|href)=["'](?:https?:)?\/\//i],
  ['service-worker route', /registerRoute\([\s\S]{0,200}?https?:\/\//],
];

/**
 * Hosts allowed as text only: sources and help shown to the person (domain data), the exit page,
 * and URLs that libraries keep in error messages or as identifiers (never requested).
 */
const TEXT_ONLY_HOSTS = new Set([
  'www.ice.gov', 'www.justice.gov', 'acis.eoir.justice.gov', 'locator.ice.gov', 'www.immigrationadvocates.org',
  'www.ilrc.org', 'www.govinfo.gov', 'papers.ssrn.com', 'assets.documentcloud.org', 'consumer.ftc.gov',
  'www.weather.gov',
  'www.w3.org', 'react.dev', 'reactrouter.com', 'react.i18next.com', 'github.com', 'json-schema.org', 'www.apache.org',
  'bit.ly', 'localhost',
]);

describe('built app', () => {
  it('has no code that loads resources from an absolute URL', () => {
    const hits: string[] = [];
    for (const f of textFiles()) {
      const text = readFileSync(f, 'utf8');
      for (const [name, re] of LOADERS) {
        const m = re.exec(text);
        if (m) hits.push(`${path.relative(dist, f)}: ${name}: …${text.slice(Math.max(0, m.index - 40), m.index + 80)}…`);
      }
    }
    expect(hits).toEqual([]);
  });

  it('mentions absolute URLs only on known text-only hosts', () => {
    const unknown = new Set<string>();
    for (const f of textFiles()) {
      for (const m of readFileSync(f, 'utf8').matchAll(/\b(?:https?|wss?):\/\/([a-zA-Z0-9.-]+)/g)) {
        if (!TEXT_ONLY_HOSTS.has(m[1]!)) unknown.add(`${m[1]} in ${path.relative(dist, f)}`);
      }
    }
    expect([...unknown]).toEqual([]);
  });

  it('proves the loader patterns match what they should', () => {
    const probe = [
      'fetch("https://cdn.example/x")', "import('//cdn.example/m.js')", 'importScripts("https://x/y.js")',
      'new Worker("https://x/w.js")', 'new WebSocket(`wss://x`)', 'navigator.sendBeacon(u)', "url('https://fonts.example/f.woff2')",
      '<script src="https://x/a.js">', 'registerRoute(({url}) => url.href.startsWith("https://x"))',
    ];
    for (const [i, [name, re]] of LOADERS.entries()) expect(re.test(probe[i]!), name).toBe(true);
    expect(LOADERS.some(([, re]) => re.test('fetch(fontUrl)'))).toBe(false);
  });
});

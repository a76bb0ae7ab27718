/**
 * Headless Chromium for the e2e tests and the bench (playwright-core; no browser download). Which
 * Chromium is chosen once per run, in tests/e2e/support/global-setup.ts with chromium.mjs.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { inject } from 'vitest';
import { CHROMIUM_ARGS } from './chromium.mjs';

export { CHROMIUM_ARGS };

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
export const SCREENSHOT_DIR = path.join(root, 'tests', 'artifacts', 'screenshots');

/** The Chromium chosen for this run (CHROMIUM_PATH, a system one, or the npm one; see chromium.mjs). */
export function chromiumPath(): string {
  return inject('chromiumPath');
}

/**
 * Nothing a test's page asks for leaves this machine: every address but the machine's own goes to
 * a proxy that is not there (port 9 of this machine), so the request fails at once. Chromium reaches
 * 127.0.0.1 and localhost directly, as always with a proxy. Each request is still recorded
 * (`openPage`). This replaced a `context.route` that aborted other origins: it held every request,
 * the app's own files included, for a round trip to the test's process (e2e files ~10 % slower).
 */
export const NOTHING_LEAVES = ['--proxy-server=http://127.0.0.1:9', '--proxy-bypass-list=127.0.0.1;localhost'];

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath(), args: [...CHROMIUM_ARGS, ...NOTHING_LEAVES] });
}

export interface RecordedPage {
  context: BrowserContext;
  page: Page;
  /** Every request the page, its workers and its service worker made, in order (URLs). */
  requests: string[];
  /** console.error messages and uncaught page errors. */
  errors: string[];
}

export interface OpenPageOptions {
  viewport?: { width: number; height: number };
  locale?: string;
  /** Ignore the app's Content-Security-Policy (only to prove the request recorder works). */
  bypassCSP?: boolean;
  /**
   * 'allow' for the tests about the service worker and what it keeps (offline use, updates, the
   * clinic, wiping, a sub-path). Elsewhere it is blocked: it only serves the same files from a
   * cache, and installing it copies the whole app (3.7 MB) into every fresh context, which made
   * each test about a tenth slower on 2 cores.
   */
  serviceWorkers?: 'allow' | 'block';
  /** The device's time zone (IANA name); the machine's own when not given. */
  timezoneId?: string;
}

/**
 * Opens `url` in a fresh context and records every request. A request to another origin also
 * fails before it leaves the machine (`NOTHING_LEAVES`), so a failing test never sends anything.
 */
export async function openPage(
  browser: Browser,
  url: string,
  options: OpenPageOptions = {},
): Promise<RecordedPage> {
  const context = await browser.newContext({
    viewport: options.viewport ?? { width: 390, height: 844 },
    locale: options.locale ?? 'en-US',
    bypassCSP: options.bypassCSP ?? false,
    serviceWorkers: options.serviceWorkers ?? 'block',
    ...(options.timezoneId ? { timezoneId: options.timezoneId } : {}),
  });
  const requests: string[] = [];
  const errors: string[] = [];

  context.on('request', (request) => requests.push(request.url()));

  // Every fetch/XHR/WebSocket/EventSource/beacon the page makes is checked in the page itself:
  // anything but the app's own static files is reported as a console error, which every test
  // fails on. CSP violations are reported the same way.
  await context.addInitScript(networkGuard);

  const page = await context.newPage();
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console.error: ${message.text()}`);
  });
  page.on('pageerror', (error) => errors.push(`page error: ${error.message}`));

  await page.goto(url, { waitUntil: 'load' });
  await appReplacedFirstPaint(page);
  return { context, page, requests, errors };
}

/**
 * On a first visit the start page is painted from the HTML (src/app/first-paint.ts) and the app
 * draws the same page over it a moment later, with new elements. A test that found a button on
 * the painted page could then hold an element just taken out of the page: wait for the app's own
 * (React marks its elements), unless nothing was painted or the painted page says the app could
 * not load. A page whose app never comes otherwise goes on after the wait; its test looks.
 */
async function appReplacedFirstPaint(page: Page): Promise<void> {
  await page
    .waitForFunction(() => {
      const first = document.getElementById('root')?.firstElementChild;
      // Nothing painted; the app's page is there; or the painted page says the app could not load.
      return !first || Object.keys(first).some((key) => key.startsWith('__reactFiber')) || !!document.querySelector('#root .page-failed');
    }, undefined, { timeout: 10_000 })
    .catch(() => {});
}

/**
 * Runs in the page before any app code (serialised by Playwright, so it must be self-contained).
 * Only same-origin static files may be fetched; WebSocket, EventSource and beacons are never used.
 */
function networkGuard(): void {
  const report = (kind: string, target: unknown) => console.error(`PD-NETWORK-GUARD: ${kind} ${String(target)}`);
  const staticFile = /\.(js|css|json|ttf|woff2?|png|svg|ico|webmanifest|txt|html)$/;
  const allowed = (target: unknown): boolean => {
    try {
      const url = new URL(target instanceof Request ? target.url : String(target), location.href);
      if (url.protocol === 'blob:' || url.protocol === 'data:') return true;
      return url.origin === location.origin && (staticFile.test(url.pathname) || url.pathname.endsWith('/'));
    } catch {
      return false;
    }
  };
  const originalFetch = window.fetch.bind(window);
  window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
    if (!allowed(input)) report('fetch', input instanceof Request ? input.url : input);
    return originalFetch(input, init);
  };
  const open = XMLHttpRequest.prototype.open;
  XMLHttpRequest.prototype.open = function (this: XMLHttpRequest, method: string, url: string | URL, ...rest: unknown[]) {
    if (!allowed(url)) report('xhr', url);
    return (open as (...a: unknown[]) => void).call(this, method, url, ...rest);
  } as typeof XMLHttpRequest.prototype.open;
  const NativeWebSocket = window.WebSocket;
  window.WebSocket = class extends NativeWebSocket {
    constructor(url: string | URL, protocols?: string | string[]) {
      report('websocket', url);
      super(url, protocols);
    }
  };
  const NativeEventSource = window.EventSource;
  window.EventSource = class extends NativeEventSource {
    constructor(url: string | URL, init?: EventSourceInit) {
      report('eventsource', url);
      super(url, init);
    }
  };
  navigator.sendBeacon = (url: string | URL) => {
    report('beacon', url);
    return false;
  };
  document.addEventListener('securitypolicyviolation', (e) => report('csp-violation', `${e.violatedDirective} ${e.blockedURI}`));
}

/** The requests that went somewhere other than `appURL`'s origin (data: and blob: are local). */
export function foreignRequests(requests: readonly string[], appURL: string): string[] {
  const origin = new URL(appURL).origin;
  return requests.filter((request) => {
    const url = new URL(request);
    if (url.protocol === 'data:' || url.protocol === 'blob:') return false;
    return url.origin !== origin;
  });
}

/** Throws, listing them, if any request went to another origin than the app's own. */
export function assertOnlySameOrigin(requests: readonly string[], appURL: string): void {
  const foreign = foreignRequests(requests, appURL);
  if (foreign.length > 0) {
    throw new Error(
      `The app made ${foreign.length} request(s) to another origin than ${new URL(appURL).origin}:\n` +
        foreign.map((u) => `  ${u}`).join('\n'),
    );
  }
}

/**
 * Full-page screenshot saved as tests/artifacts/screenshots/<name>.png, for a person to look at,
 * when asked for: `PD_HELPER_SCREENSHOTS=1 npm run test:e2e`. Not in a plain `npm test`: encoding
 * thirty tall pages as PNG took a fair share of the e2e time, and no test reads them.
 */
export async function saveScreenshot(page: Page, name: string, { fullPage = true }: { fullPage?: boolean } = {}): Promise<void> {
  if (process.env.PD_HELPER_SCREENSHOTS !== '1') return;
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const file = path.join(SCREENSHOT_DIR, `${name}.png`);
  await page.screenshot({ path: file, fullPage });
}

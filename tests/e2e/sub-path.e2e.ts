/**
 * The built app works when hosted under a sub-path (here /tools/pd-helper/) by a plain static
 * file server with no rewrites, and a reload on a #/questions/... URL shows that question.
 */
import { createReadStream, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answerSteps, expectH1, fieldLabel, questionHash, startWizard, strings, WAIT, waitForHash, withApp } from './support/app';
import { saveScreenshot } from './support/browser';
import { inCourtBaseline } from './support/personas';
import { browser } from './support/shared-browser';

const DIST = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../dist');
const PREFIX = '/tools/pd-helper/';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.woff': 'font/woff',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};

/** Serves dist/ under PREFIX only: anything else is a 404, as on a shared host. */
function startStaticServer(): Promise<{ server: Server; url: string; served: string[]; missing: string[] }> {
  const served: string[] = [];
  const missing: string[] = [];
  const server = createServer((req, res) => {
    const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    if (pathname === PREFIX.slice(0, -1)) {
      res.writeHead(301, { Location: PREFIX }).end();
      return;
    }
    if (!pathname.startsWith(PREFIX) || req.method !== 'GET') {
      missing.push(pathname);
      res.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
      return;
    }
    const rel = pathname.slice(PREFIX.length) || 'index.html';
    const file = path.resolve(DIST, rel);
    let ok = file.startsWith(DIST + path.sep);
    try {
      ok = ok && statSync(file).isFile();
    } catch {
      ok = false;
    }
    const type = CONTENT_TYPES[path.extname(file)];
    if (!ok || !type) {
      missing.push(pathname);
      res.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
      return;
    }
    served.push(rel);
    res.writeHead(200, { 'Content-Type': type, 'Cache-Control': 'no-cache' });
    createReadStream(file).pipe(res);
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      resolve({ server, url: `http://127.0.0.1:${port}${PREFIX}`, served, missing });
    });
  });
}

let site: Awaited<ReturnType<typeof startStaticServer>>;
beforeAll(async () => {
  site = await startStaticServer();
});
afterAll(async () => {
  await new Promise<void>((resolve) => (site ? site.server.close(() => resolve()) : resolve()));
});

const en = strings.en;

describe('hosted under a sub-path by a plain static server', () => {
  it('starts, answers a question, and shows the next question after a reload on its URL', async () => {
    await withApp(browser, site.url, async ({ page, requests }) => {
      await startWizard(page);
      // The app writes a page's address once the browser is idle after showing it (src/app/hash-router.tsx).
      await page.waitForURL(`${site.url}${questionHash('detained')}`, { timeout: WAIT });
      await answerSteps(page, inCourtBaseline, 1);
      await waitForHash(page, questionHash('notice-to-appear'));
      const second = fieldLabel('posture.receivedNta');
      await expectH1(page, second);

      await page.reload();
      expect(page.url()).toBe(`${site.url}${questionHash('notice-to-appear')}`);
      await expectH1(page, second);
      expect(await page.locator('link[rel="stylesheet"]').count()).toBe(1);
      // The stylesheet applied (the exit button is styled as a button, not a bare text link).
      expect(await page.locator('.exit__button').evaluate((el) => getComputedStyle(el).cursor)).toBe('pointer');
      await saveScreenshot(page, 'sub-path-question-2');

      // The service worker installed with the sub-path as its scope; its precache (the manifest
      // and icons included) loaded from under the sub-path too.
      const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
      expect(scope).toBe(site.url);

      // Every request stayed under the sub-path, and the script, the styles and the manifest loaded.
      const own = requests.filter((r) => new URL(r).origin === new URL(site.url).origin);
      expect(own.filter((r) => !new URL(r).pathname.startsWith(PREFIX))).toEqual([]);
      expect(site.missing).toEqual([]);
      expect(site.served).toEqual(expect.arrayContaining(['index.html', 'manifest.webmanifest']));
      // Every script and stylesheet dist/index.html names (the first-paint script, the CSS, and in
      // that script's data the app's entry and its preloads: the first-load chunk, the start strings).
      const html = readFileSync(path.join(DIST, 'index.html'), 'utf8');
      const named = [...html.matchAll(/(?:src|href|data-app)="\.\/(assets\/[^"]+\.(?:js|css))"/g)].map((m) => m[1]);
      named.push(...(/data-preload="([^"]+)"/.exec(html)?.[1]?.split(' ').map((f) => f.replace(/^\.\//, '')) ?? []));
      expect(named.filter((f) => /\/(first-paint|index|first-load)-[\w-]+\.js$/.test(f!))).toHaveLength(3);
      expect(named.some((f) => f!.endsWith('.js')) && named.some((f) => f!.endsWith('.css'))).toBe(true);
      expect(site.served).toEqual(expect.arrayContaining(named));

      // The header link goes to the app's start page under the sub-path, not to the host's root.
      await page.getByRole('link', { name: en.common.app.name, exact: true }).click();
      await expectH1(page, en.common.start.title);
      await page.waitForURL(`${site.url}#/`, { timeout: WAIT });
    }, { serviceWorkers: 'allow' });
  });
});

/**
 * Offline use and updates, against the BUILT app:
 * - the service worker precaches every file of dist/ (found by pattern, so new lazy or locale
 *   chunks are included) and caches nothing at run time; the manifest and its icons are right;
 * - after one visit, the whole journey works with the network off, PDF included;
 * - offline on a first visit, before the service worker has the app, a page whose code cannot
 *   load asks to reconnect (a reload would show the browser's error page), then offers the reload;
 * - a new deployed version waits until the person presses "Reload now", and their answers are kept;
 * - answers saved by the previous store version (1) are found after the update.
 */
import { createHash } from 'node:crypto';
import { cpSync, createReadStream, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Response } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import storedV1 from '../fixtures/store-v1-in-court.json';
import { walk } from '../unit/domain/walk';
import { inCourtBaseline } from './support/personas';
import { expectH1, questionHash, seedCase, seedCaseV1, seedSaved, startWizard, storedKeys, strings, waitForHash, waitForServiceWorker, WAIT, withApp } from './support/app';
import { axeViolations } from './support/axe';
import { assertOnlySameOrigin, openPage, saveScreenshot, SCREENSHOT_DIR } from './support/browser';
import { answerQuestions } from './support/journey';
import { expectNetworkOff } from './support/offline';
import { baseURL, browser } from './support/shared-browser';

const DIST = path.resolve(import.meta.dirname, '../../dist');
const en = strings.en;
const es = strings.es;


function filesUnder(dir: string, base = dir): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? filesUnder(full, base) : [path.relative(base, full).split(path.sep).join('/')];
  });
}

/** The precache list in a built sw.js: [url, revision]. */
function precacheEntries(sw: string): [string, string | null][] {
  return [...sw.matchAll(/\{url:"([^"]+)",revision:(?:"([^"]+)"|null)\}/g)].map((m) => [m[1]!, m[2] ?? null]);
}

describe('the service worker and the manifest in dist/', () => {
  it('precaches every file of the built app, each once, and caches nothing at run time', () => {
    const sw = readFileSync(path.join(DIST, 'sw.js'), 'utf8');
    const urls = precacheEntries(sw).map(([url]) => url);
    expect(urls.length).toBeGreaterThan(5);
    expect(new Set(urls).size).toBe(urls.length);
    // Everything the app may load: the shell, every JS chunk (lazy routes, per-language strings,
    // the PDF code, workbox-window), CSS, fonts, icons, licence texts. Only the service worker's
    // own files are not precached (the browser keeps those itself).
    const expected = filesUnder(DIST).filter((f) => f !== 'sw.js' && !/^workbox-[\w-]+\.js$/.test(f) && !f.endsWith('.map'));
    expect([...urls].sort()).toEqual(expected.sort());
    expect(urls).toEqual(expect.arrayContaining(['index.html', 'manifest.webmanifest', 'icons/icon-192.png', 'icons/icon-512.png', 'icons/icon-maskable-512.png']));
    expect(urls.some((u) => /^assets\/pdf-[\w-]+\.js$/.test(u))).toBe(true);
    expect(urls.filter((u) => u.endsWith('.woff')).length).toBeGreaterThanOrEqual(2);
    // One route only: navigations fall back to the precached index.html (hash routing).
    expect(sw.match(/registerRoute\(/g)).toHaveLength(1);
    expect(sw).toMatch(/registerRoute\(new \w+\.NavigationRoute\(\w+\.createHandlerBoundToURL\("index\.html"\)\)\)/);
    expect(sw).not.toMatch(/https?:\/\//);
    // Updates wait for the person: the worker skips waiting only when the page asks.
    expect(sw).toMatch(/"SKIP_WAITING"===\w+\.data\.type&&self\.skipWaiting\(\)/);
    expect(sw.match(/skipWaiting\(\)/g)).toHaveLength(1);
  });

  it('has a web app manifest that works from a sub-path, with the icons it lists', () => {
    const manifest = JSON.parse(readFileSync(path.join(DIST, 'manifest.webmanifest'), 'utf8')) as Record<string, unknown> & {
      icons: { src: string; sizes: string; type: string; purpose: string }[];
    };
    expect(manifest).toMatchObject({
      name: 'PD Helper',
      short_name: 'PD Helper',
      lang: 'en',
      display: 'standalone',
      start_url: './',
      scope: './',
      theme_color: '#143a6b',
      background_color: '#ffffff',
    });
    expect(String(manifest.description)).not.toBe('');
    expect(manifest.icons.map((i) => `${i.sizes} ${i.purpose}`).sort()).toEqual(['192x192 any', '512x512 any', '512x512 maskable']);
    for (const icon of manifest.icons) {
      expect(icon.src).not.toMatch(/^\/|:\/\//);
      const png = readFileSync(path.join(DIST, icon.src));
      expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
      // Width and height from the IHDR chunk.
      expect(`${png.readUInt32BE(16)}x${png.readUInt32BE(20)}`).toBe(icon.sizes);
    }
    const html = readFileSync(path.join(DIST, 'index.html'), 'utf8');
    expect(html).toContain('<link rel="manifest" href="./manifest.webmanifest">');
    // The service worker is registered from the app's own bundle: no inline or extra register script.
    expect(html).not.toContain('registerSW.js');
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
    expect(html).toMatch(/Content-Security-Policy" content="[^"]*worker-src 'self'/);
  });
});

describe('offline after one visit', () => {
  it('the whole journey works with the network off, down to the PDF', async () => {
    const { context, page, requests, errors } = await openPage(browser, baseURL, { serviceWorkers: 'allow', viewport: { width: 1024, height: 900 } });
    try {
      await expectH1(page, en.common.start.title);
      await waitForServiceWorker(page);

      await context.setOffline(true);
      expect(await page.evaluate(() => navigator.onLine)).toBe(false);
      const served: { url: string; fromServiceWorker: boolean }[] = [];
      const failed: string[] = [];
      const onResponse = (r: Response) => served.push({ url: r.url(), fromServiceWorker: r.fromServiceWorker() });
      page.on('response', onResponse);
      page.on('requestfailed', (r) => failed.push(`${r.url()} ${r.failure()?.errorText ?? ''}`));

      const reloaded = await page.reload();
      expect(reloaded?.fromServiceWorker()).toBe(true);
      await startWizard(page);
      await answerQuestions(page, inCourtBaseline);
      await expectH1(page, en.pages.review.title);
      await page.getByRole('link', { name: en.pages.review.submit, exact: true }).click();
      await waitForHash(page, '#/result');
      await page.getByRole('link', { name: en.pages.result.next.letter, exact: true }).first().click();
      await waitForHash(page, '#/letter');
      await page.locator('#office-select').selectOption('opla-chicago');
      await expect.poll(() => page.locator('article.letter').textContent()).toContain('55 E. Monroe St');

      const [download] = await Promise.all([
        page.waitForEvent('download', { timeout: WAIT * 3 }),
        page.getByRole('button', { name: en.pages.letter.pdf.button, exact: true }).click(),
      ]);
      const file = await download.path();
      const bytes = readFileSync(file);
      expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      expect(bytes.length).toBeGreaterThan(1000);
      await saveScreenshot(page, 'offline-letter');

      // Still offline, and everything (the PDF code and both fonts too) came from the service worker.
      await expectNetworkOff(page, { failed, errors });
      expect(failed).toEqual([]);
      const own = served.filter((r) => r.url.startsWith('http'));
      expect(own.some((r) => /\/assets\/pdf-[\w-]+\.js$/.test(r.url))).toBe(true);
      // The two fonts: for the preview (letter.css) and again for the PDF, the same two files.
      expect(new Set(own.filter((r) => r.url.endsWith('.woff')).map((r) => r.url)).size).toBe(2);
      expect(own.filter((r) => !r.fromServiceWorker)).toEqual([]);
      expect(errors).toEqual([]);
      assertOnlySameOrigin(requests, baseURL);
    } finally {
      await context.close();
    }
  });
});

/** Serves a copy of dist/ that the test can change, like a static host after a new deploy. */
function startCopyServer(root: string): Promise<{ server: Server; url: string }> {
  const types: Record<string, string> = {
    '.html': 'text/html; charset=utf-8',
    '.js': 'text/javascript; charset=utf-8',
    '.css': 'text/css; charset=utf-8',
    '.json': 'application/json; charset=utf-8',
    '.webmanifest': 'application/manifest+json; charset=utf-8',
    '.woff': 'font/woff',
    '.png': 'image/png',
    '.svg': 'image/svg+xml',
    '.txt': 'text/plain; charset=utf-8',
  };
  const server = createServer((req, res) => {
    const rel = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname).slice(1) || 'index.html';
    const file = path.resolve(root, rel);
    const type = types[path.extname(file)];
    let ok = file.startsWith(root + path.sep) && type !== undefined;
    try {
      ok = ok && statSync(file).isFile();
    } catch {
      ok = false;
    }
    if (!ok) {
      res.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
      return;
    }
    res.writeHead(200, { 'Content-Type': type!, 'Cache-Control': 'no-cache' });
    createReadStream(file).pipe(res);
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      resolve({ server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/` });
    });
  });
}

/** "Deploys" a new version into the copy: a changed index.html and the sw.js that precaches it. */
function deployNewVersion(root: string): void {
  const htmlFile = path.join(root, 'index.html');
  const html = readFileSync(htmlFile, 'utf8').replace('</head>', '  <meta name="pd-helper-test-release" content="2" />\n  </head>');
  writeFileSync(htmlFile, html);
  const swFile = path.join(root, 'sw.js');
  const sw = readFileSync(swFile, 'utf8');
  const revision = createHash('md5').update(html).digest('hex');
  const updated = sw.replace(/\{url:"index\.html",revision:"[0-9a-f]+"\}/, `{url:"index.html",revision:"${revision}"}`);
  if (updated === sw) throw new Error('index.html not found in the precache list of sw.js');
  writeFileSync(swFile, updated);
}

describe('offline before the app was saved for offline use', () => {
  it('a page whose file cannot load asks to reconnect (no reload into the browser\'s error page), then offers the reload', async () => {
    const { context, page, errors } = await openPage(browser, baseURL, { serviceWorkers: 'block' });
    try {
      await expectH1(page, en.common.start.title);
      await context.setOffline(true);
      expect(await page.evaluate(() => navigator.onLine)).toBe(false);
      // The delete page's code is loaded when someone goes there: offline, it cannot be.
      await page.getByRole('link', { name: en.common.privacy.deleteLink, exact: true }).click();
      await waitForHash(page, '#/delete');
      const alert = page.getByRole('alert');
      await expect.poll(() => alert.textContent()).toBe(en.common.app.offline);
      expect(await page.getByRole('button', { name: en.common.app.reload, exact: true }).count()).toBe(0);
      await saveScreenshot(page, 'offline-first-visit');

      // Back online, the reload button is there, and reloading opens the page.
      await context.setOffline(false);
      await page.getByRole('button', { name: en.common.app.reload, exact: true }).click();
      await expectH1(page, en.pages.deletePage.title);
      // The only errors were the file that could not be loaded offline.
      for (const e of errors) expect(e).toMatch(/ERR_INTERNET_DISCONNECTED|dynamically imported module|Failed to fetch/);
    } finally {
      await context.close();
    }
  });
});

describe('a new version', () => {
  let root: string;
  let site: { server: Server; url: string };
  beforeAll(async () => {
    root = mkdtempSync(path.join(tmpdir(), 'pd-helper-update-'));
    cpSync(DIST, root, { recursive: true });
    site = await startCopyServer(root);
  });
  afterAll(async () => {
    await new Promise<void>((resolve) => (site ? site.server.close(() => resolve()) : resolve()));
    if (root) rmSync(root, { recursive: true, force: true });
  });

  it('waits until the person chooses "Reload now", and their answers are kept', async () => {
    const { context, page, requests, errors } = await openPage(browser, site.url, { serviceWorkers: 'allow' });
    try {
      await waitForServiceWorker(page);
      const { c } = walk(inCourtBaseline);
      await seedCase(page, c, '#/review');
      await expectH1(page, en.pages.review.title);
      const banner = page.getByRole('region', { name: en.pages.update.label });
      expect(await banner.count()).toBe(0);

      deployNewVersion(root);
      // The browser looks for a new version on navigation; ask it now instead of waiting.
      await page.evaluate(async () => {
        const registration = await navigator.serviceWorker.getRegistration();
        await registration?.update();
      });
      await banner.waitFor({ timeout: WAIT * 3 });
      expect(await banner.textContent()).toContain(en.pages.update.message);
      // Nothing reloaded by itself: still the old version, still on the same page.
      expect(await page.locator('meta[name="pd-helper-test-release"]').count()).toBe(0);
      await expectH1(page, en.pages.review.title);
      expect(await axeViolations(page, 'update prompt', { include: '.update-prompt', minPasses: 3 })).toEqual([]);
      // The banner is fixed to the bottom of the window: a window-sized screenshot shows it in place.
      await page.screenshot({ path: path.join(SCREENSHOT_DIR, 'update-ready.png') });

      await Promise.all([
        page.waitForEvent('load', { timeout: WAIT * 3 }),
        page.getByRole('button', { name: en.pages.update.reload, exact: true }).click(),
      ]);
      // The new version is running, and the answers are still there.
      await page.locator('meta[name="pd-helper-test-release"]').waitFor({ state: 'attached', timeout: WAIT * 3 });
      await expectH1(page, en.pages.review.title);
      expect(await page.locator('main').textContent()).toContain('José Núñez Peña');
      expect(await banner.count()).toBe(0);
      const saved = (await storedKeys(page)).local['pd-helper:case'] ?? '';
      expect(saved).toContain('José Núñez Peña');
      expect(errors).toEqual([]);
      assertOnlySameOrigin(requests, site.url);
    } finally {
      await context.close();
    }
  });
});

describe('answers saved by the previous version (store version 1)', () => {
  it('are found: the case, in the language the person chose, with only the new or changed questions asked', async () => {
    await withApp(browser, baseURL, async ({ page }) => {
      await expectH1(page, en.common.start.title);
      await seedSaved(page, JSON.stringify(storedV1), '#/review');
      // The case schema moved to version 2: the answers page says questions are open, and its
      // button opens the first one the old answers do not settle.
      await expectH1(page, es.pages.review.title);
      await page.getByRole('link', { name: es.pages.review.open.answer, exact: true }).first().click();
      await waitForHash(page, questionHash('court-status', true));
      expect(await page.getAttribute('html', 'lang')).toBe('es');
      // Said once, plainly: new or changed questions are asked, the other answers are kept.
      await page.getByRole('note').filter({ hasText: es.pages.upgrade.title }).waitFor({ timeout: WAIT });
      await saveScreenshot(page, 'store-v1-new-question');
      // Saved again in today's shape, with the same case, less the answers asked again (reference.md §11.4).
      const saved = JSON.parse((await storedKeys(page)).local['pd-helper:case'] ?? '{}') as {
        version: number;
        state: { settings: unknown; envelope: { schemaVersion: number; data: typeof storedV1.state.envelope.data } };
      };
      const old = storedV1.state.envelope.data;
      expect(saved.version).toBe(2);
      expect(saved.state.settings).toEqual({ language: 'es', storageMode: 'device' });
      expect(saved.state.envelope.schemaVersion).toBe(2);
      const { anyArrest: _cleared, ...criminalKept } = old.criminal;
      expect(saved.state.envelope.data).toEqual({
        ...old,
        criminal: criminalKept,
        favourable: { ...old.favourable, partnerPregnantOrNursing: 'no' },
      });
      // The new questions (and "ever arrested?", now wider) need answers; every other page is already
      // filled. Each one is answered and "Save and go back" returns to the answers page, until none is open.
      const newAnswers = {
        'posture.courtStatus': 'active', 'posture.attendedPastHearing': 'yes', 'posture.supervision': 'no',
        'criminal.anyArrest': 'no', 'favourable.competencyConcern': 'no',
      } as const;
      const asked: string[] = [];
      for (let n = 0; n < 10; n++) {
        asked.push(...(await answerQuestions(page, newAnswers, 'es')));
        await expectH1(page, es.pages.review.title);
        const next = page.getByRole('link', { name: es.pages.review.open.answer, exact: true });
        if ((await next.count()) === 0) break;
        // The question shows first; its address follows once the page is idle (src/app/hash-router.tsx).
        const review = page.url();
        await next.first().click();
        await page.waitForFunction((u) => location.href !== u, review, { timeout: WAIT });
      }
      expect(asked).toContain('court-status');
      expect(asked).toContain('criminal-any');
      await page.getByRole('link', { name: es.pages.review.submit, exact: true }).waitFor({ timeout: WAIT });
      const main = (await page.locator('main').textContent()) ?? '';
      expect(main).toContain('José Núñez Peña');
      expect(main).toContain('Chicago, IL');
      await saveScreenshot(page, 'store-v1-review');
      // The letter text written with the old version is there too.
      await page.evaluate(() => { location.hash = '#/letter'; });
      await waitForHash(page, '#/letter');
      await expect.poll(() => page.locator('#story').inputValue(), { timeout: WAIT }).toBe(old.letter.story);
    }, { serviceWorkers: 'allow' });
  });

  it('a v1 case written by seedCaseV1 opens on the letter page', async () => {
    await withApp(browser, baseURL, async ({ page }) => {
      const { c } = walk(inCourtBaseline, { letter: { story: 'Vine en 2015.' } });
      await seedCaseV1(page, c, '#/letter');
      await expect.poll(() => page.locator('#story').inputValue(), { timeout: WAIT }).toBe('Vine en 2015.');
      expect(await page.getAttribute('html', 'lang')).toBe('en');
    }, { serviceWorkers: 'allow' });
  });
});

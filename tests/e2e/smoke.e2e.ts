import { describe, expect, it } from 'vitest';
import en from '../../locales/en/common.json';
import es from '../../locales/es/common.json';
import enPages from '../../locales/en/pages.json';
import {
  assertOnlySameOrigin,
  foreignRequests,
  openPage,
  saveScreenshot,
} from './support/browser';
import { baseURL, browser } from './support/shared-browser';

describe('start page', () => {
  it('shows English, switches to Spanish, and talks only to its own origin', async () => {
    const { context, page, requests, errors } = await openPage(browser, baseURL);
    try {
      const h1 = page.getByRole('heading', { level: 1 });
      await expect.poll(() => h1.textContent()).toBe(en.start.title);
      expect(await page.getAttribute('html', 'lang')).toBe('en');
      await expect.poll(() => page.title()).toContain(en.app.name);
      await saveScreenshot(page, 'start-en');

      const toSpanish = page.getByRole('button', { name: 'Español' });
      expect(await toSpanish.getAttribute('lang')).toBe('es');
      await toSpanish.click();

      await expect.poll(() => h1.textContent()).toBe(es.start.title);
      expect(await page.getAttribute('html', 'lang')).toBe('es');
      await expect.poll(() => page.title()).toBe(`${es.start.documentTitle} – ${es.app.name}`);
      expect(await page.getByRole('button', { name: 'English' }).getAttribute('lang')).toBe('en');
      await page.mouse.move(0, 0); // no hover styling in the screenshot
      await saveScreenshot(page, 'start-es');

      expect(errors).toEqual([]);
      expect(requests.length).toBeGreaterThan(0);
      assertOnlySameOrigin(requests, baseURL);
    } finally {
      await context.close();
    }
  });

  it('renders a route after a reload on it (hash routing)', async () => {
    const { context, page, errors } = await openPage(browser, `${baseURL}#/no-such-page`);
    try {
      await page.reload();
      await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe(enPages.notFound.title);
      await page.getByRole('link', { name: enPages.notFound.back }).click();
      await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe(en.start.title);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('looks right on a wide screen', async () => {
    const { context, page } = await openPage(browser, baseURL, { viewport: { width: 1280, height: 900 } });
    try {
      await page.getByRole('heading', { level: 1 }).waitFor();
      await saveScreenshot(page, 'start-en-desktop');
    } finally {
      await context.close();
    }
  });
});

describe('network audit', () => {
  const leak = 'https://example.invalid/leak';
  const tryLeak = (url: string) =>
    fetch(url).then(
      () => 'sent',
      () => 'failed',
    );

  it('the Content-Security-Policy stops a request to another origin in the browser', async () => {
    const { context, page, requests } = await openPage(browser, baseURL);
    try {
      expect(await page.locator('meta[http-equiv="Content-Security-Policy"]').count()).toBe(1);
      expect(await page.evaluate(tryLeak, leak)).toBe('failed');
      expect(foreignRequests(requests, baseURL)).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('the request recorder sees (and blocks) a request to another origin', async () => {
    const { context, page, requests } = await openPage(browser, baseURL, { bypassCSP: true });
    try {
      expect(await page.evaluate(tryLeak, leak)).toBe('failed');
      expect(foreignRequests([...requests, 'data:,x'], baseURL)).toEqual([leak]);
      expect(() => assertOnlySameOrigin(requests, baseURL)).toThrow(/example\.invalid/);
    } finally {
      await context.close();
    }
  });

  it('the in-page guard reports any API call other than the app\'s own static files', async () => {
    const { context, page, errors } = await openPage(browser, baseURL);
    try {
      expect(errors).toEqual([]);
      await page.evaluate(() => {
        void fetch('./api/answers').catch(() => undefined);
        navigator.sendBeacon('./collect', 'x');
        try {
          new WebSocket('ws://127.0.0.1:1/');
        } catch {
          /* the guard reports before the socket is made */
        }
      });
      await expect.poll(() => errors.filter((e) => e.includes('PD-NETWORK-GUARD')).length).toBeGreaterThanOrEqual(3);
      expect(errors.join('\n')).toMatch(/fetch .*api\/answers/);
      expect(errors.join('\n')).toMatch(/beacon/);
      expect(errors.join('\n')).toMatch(/websocket/);
    } finally {
      await context.close();
    }
  });
});

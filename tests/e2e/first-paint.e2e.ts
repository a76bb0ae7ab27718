/**
 * Issue 17: the start page of a first visit is in index.html (rendered at build time by the app's
 * own components, one <template> per language) and a small script shows it before the app's code
 * has arrived (src/app/first-paint.ts). It must be exactly the page the app then draws, in the
 * language the app picks, and shown only when the app will show that page: never to a returning
 * person, on another page, or in another language.
 */
import type { Page, Route } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import en from '../../locales/en/common.json';
import es from '../../locales/es/common.json';
import { CLINIC_DEVICE_KEY } from '../../src/state/clinic/clinic-status';
import { SESSION_ONLY_KEY, STORAGE_KEY } from '../../src/state/device-storage';
import { EXIT_URL } from '../../src/ui/quick-exit';
import { axeViolations } from './support/axe';
import { openPage, saveScreenshot } from './support/browser';
import { baseURL, browser } from './support/shared-browser';

const FIRST_LOAD = /\/assets\/first-load-[\w-]+\.js$/;

/** Opens the app with its code held back: only the HTML, the CSS and the first-paint script run. */
async function openWithoutApp(options: {
  locale?: string;
  hash?: string;
  saved?: Record<string, string>;
  session?: Record<string, string>;
  viewport?: { width: number; height: number };
  /** Run in every document before its own scripts. */
  initScript?: () => void;
} = {}) {
  const opened = await openPage(browser, `${baseURL}${options.hash ?? ''}`, { locale: options.locale ?? 'en-US', viewport: options.viewport });
  const { context, page } = opened;
  if (options.initScript) await context.addInitScript(options.initScript);
  if (options.saved || options.session) {
    await context.addInitScript(({ saved, session }) => {
      for (const [key, value] of Object.entries(saved)) window.localStorage.setItem(key, value);
      for (const [key, value] of Object.entries(session)) window.sessionStorage.setItem(key, value);
    }, { saved: options.saved ?? {}, session: options.session ?? {} });
  }
  // Held: the app's code does not arrive while the test looks, until `release`.
  const held: Route[] = [];
  let released = false;
  await context.route(FIRST_LOAD, (route) => {
    if (released) void route.continue();
    else held.push(route);
  });
  const release = async () => {
    released = true;
    for (const route of held.splice(0)) await route.continue();
  };
  // From a blank page, so a URL that differs only by its #hash is a new load.
  await page.goto('about:blank');
  // Not 'domcontentloaded': that waits for the app's modules, which never come here.
  await page.goto(`${baseURL}${options.hash ?? ''}`, { waitUntil: 'commit' });
  // The first-paint script is a classic script at the end of the body: it has run once the
  // HTML is parsed.
  await page.waitForFunction(() => document.readyState !== 'loading');
  return { ...opened, release };
}

/** The React root is mounted (createRoot marks its container). */
function appMounted(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const root = document.getElementById('root');
    return !!root && Object.keys(root).some((k) => k.startsWith('__reactContainer'));
  });
}

/** What a person sees of the page: its text and where the main parts sit. */
function pageShape(page: Page) {
  return page.evaluate(() => {
    const box = (selector: string) => {
      const r = document.querySelector(selector)?.getBoundingClientRect();
      return r ? [Math.round(r.x), Math.round(r.y), Math.round(r.width), Math.round(r.height)] : null;
    };
    return {
      text: document.getElementById('root')?.innerText ?? '',
      lang: document.documentElement.lang,
      title: document.title,
      h1: box('h1'),
      start: box('.button--start'),
      footer: box('.site-footer'),
    };
  });
}

/**
 * Records, from the first paint on, what #root shows at each change: the loading line, a page
 * (its h1's text), something else or nothing. Read it with `rootStates`.
 */
function watchRoot(): void {
  const seen: string[] = [];
  (window as unknown as { __rootStates: string[] }).__rootStates = seen;
  new MutationObserver(() => {
    const root = document.getElementById('root');
    if (!root) return;
    const h1 = root.querySelector('h1');
    const state = root.querySelector('.page-loading') ? 'loading' : h1 ? `page: ${h1.textContent}` : root.firstChild ? 'other' : 'empty';
    // Before the body is parsed, #root is empty as in any page.
    if (seen.length === 0 && state === 'empty') return;
    if (seen.at(-1) !== state) seen.push(state);
  }).observe(document, { childList: true, subtree: true, characterData: true });
}

/** Records, from the first paint on, each title the tab shows. Read it with `titlesShown`. */
function watchTitle(): void {
  const seen: string[] = [];
  (window as unknown as { __titles: string[] }).__titles = seen;
  new MutationObserver(() => {
    if (document.title && seen.at(-1) !== document.title) seen.push(document.title);
  }).observe(document, { childList: true, subtree: true, characterData: true });
}

function titlesShown(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { __titles: string[] }).__titles);
}

function rootStates(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { __rootStates: string[] }).__rootStates);
}

describe('first paint from the HTML', () => {
  for (const [lang, locale, strings] of [['en', 'en-US', en], ['es', 'es-MX', es]] as const) {
    it(`shows the start page before the app's code, in the browser's language (${lang}), as the app then draws it`, async () => {
      const early = await openWithoutApp({ locale });
      let before: Awaited<ReturnType<typeof pageShape>>;
      try {
        const { page } = early;
        await expect.poll(() => page.locator('h1').textContent()).toBe(strings.start.title);
        expect(await appMounted(page)).toBe(false);
        before = await pageShape(page);
        expect(before.lang).toBe(lang);
        expect(before.title).toBe(`${strings.start.documentTitle} – ${strings.app.name}`);
        expect(await axeViolations(page, `first paint (${lang})`)).toEqual([]);
        await saveScreenshot(page, `first-paint-${lang}`);
      } finally {
        await early.context.close();
      }

      const { context, page, errors } = await openPage(browser, baseURL, { locale });
      try {
        await expect.poll(() => appMounted(page)).toBe(true);
        await page.getByRole('button', { name: strings.actions.start }).waitFor();
        expect(await pageShape(page)).toEqual(before);
        expect(errors).toEqual([]);
      } finally {
        await context.close();
      }
    });
  }

  it('is replaced by the app without a shift or a loading line in between', async () => {
    const { context, page, errors } = await openPage(browser, baseURL, { locale: 'en-US' });
    try {
      await context.addInitScript(() => {
        let shift = 0;
        (window as unknown as { __shift: () => number }).__shift = () => shift;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries() as unknown as { value: number }[]) shift += entry.value;
        }).observe({ type: 'layout-shift', buffered: true });
      });
      await context.addInitScript(watchRoot);
      await context.addInitScript(watchTitle);
      await page.goto(baseURL);
      await expect.poll(() => appMounted(page)).toBe(true);
      await page.getByRole('button', { name: en.actions.start }).waitFor();
      // Never the loading line, an empty page or a page without its heading, not even for a moment.
      expect(await rootStates(page)).toEqual([`page: ${en.start.title}`]);
      // The tab keeps the page's title from the first paint on: the app's start does not put the
      // bare app name there until the page sets its title again. The page does so once the browser
      // is idle, at the latest 500 ms after its frame (whenIdleAfterPaint), and writes the same
      // title, which changes nothing to wait on: so the wait is past that bound.
      await page.evaluate(() => new Promise((resolve) => requestIdleCallback(() => setTimeout(resolve, 600))));
      const startTitle = `${en.start.documentTitle} – ${en.app.name}`;
      const titles = await titlesShown(page);
      expect(titles.slice(titles.indexOf(startTitle))).toEqual([startTitle]);
      expect(await page.evaluate(() => (window as unknown as { __shift: () => number }).__shift())).toBe(0);
      // The page works: Start goes on.
      await page.getByRole('button', { name: en.actions.start }).click();
      await expect.poll(() => page.url()).toMatch(/#\/saving$/);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('lets a person leave (button or Shift three times), skip to the page and start before the app has loaded', async () => {
    for (const how of ['button', 'shift'] as const) {
      const { context, page } = await openWithoutApp();
      try {
        await page.locator('h1').waitFor();
        const failed = page.waitForEvent('requestfailed', { predicate: (r) => r.url() === EXIT_URL });
        if (how === 'button') await page.getByRole('button', { name: en.exit.button }).click();
        else for (let i = 0; i < 3; i++) await page.keyboard.press('Shift');
        expect((await failed).isNavigationRequest(), how).toBe(true);
      } finally {
        await context.close();
      }
    }
    const { context, page } = await openWithoutApp();
    try {
      // The skip link moves focus to the page, without changing the address (hash routing).
      await page.keyboard.press('Tab');
      await page.keyboard.press('Enter');
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
      expect(new URL(page.url()).hash).toBe('');
      const entries = await page.evaluate(() => history.length);
      await page.getByRole('button', { name: en.actions.start }).click();
      await expect.poll(() => new URL(page.url()).hash).toBe('#/saving');
      // Replaced, not added: the app keeps one entry in the tab's history (ADR 0003).
      expect(await page.evaluate(() => history.length)).toBe(entries);
    } finally {
      await context.close();
    }
  });

  it('switches the language before the app has loaded, and the app starts in it', async () => {
    const { context, page, errors, release } = await openWithoutApp({ locale: 'en-US', initScript: watchRoot });
    try {
      await page.getByRole('button', { name: 'Español' }).click();
      await expect.poll(() => page.locator('h1').textContent()).toBe(es.start.title);
      expect(await page.evaluate(() => document.documentElement.lang)).toBe('es');
      await expect.poll(() => page.title()).toBe(`${es.start.documentTitle} – ${es.app.name}`);
      // Focus stays on the switch, which now offers English.
      expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('English');
      await release();
      await expect.poll(() => appMounted(page)).toBe(true);
      await page.getByRole('button', { name: es.actions.start }).waitFor();
      expect(await page.locator('h1').textContent()).toBe(es.start.title);
      // From English to Spanish on the painted page, then straight to the app's Spanish page:
      // no loading line, no empty page and no English page while the Spanish strings load.
      expect(await rootStates(page)).toEqual([`page: ${en.start.title}`, `page: ${es.start.title}`]);
      expect(await page.evaluate(() => document.documentElement.lang)).toBe('es');
      // The app's own switch goes back to English.
      await page.getByRole('button', { name: 'English' }).click();
      await expect.poll(() => page.locator('h1').textContent()).toBe(en.start.title);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('says so, with a reload button, when the app\'s code cannot be loaded', async () => {
    const { context, page } = await openPage(browser, baseURL, { locale: 'es-US' });
    try {
      await context.route(FIRST_LOAD, (route) => route.abort('internetdisconnected'));
      await page.goto('about:blank');
      await page.goto(baseURL, { waitUntil: 'commit' });
      const alert = page.getByRole('alert');
      await expect.poll(() => alert.textContent(), { timeout: 10_000 }).toContain(es.app.pageFailed);
      expect(await alert.getByRole('button', { name: es.app.reload }).count()).toBe(1);
      expect(await axeViolations(page, 'first paint, app not loaded (es)')).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('shows nothing before the app for a returning person, another page, or a clinic laptop', async () => {
    const cases: { name: string; saved?: Record<string, string>; session?: Record<string, string>; hash?: string }[] = [
      { name: 'answers saved', saved: { [STORAGE_KEY]: '{}' } },
      { name: 'answers kept in this tab only', session: { [SESSION_ONLY_KEY]: '1' } },
      { name: 'clinic mode', saved: { [CLINIC_DEVICE_KEY]: '{}' } },
      { name: 'another page', hash: '#/learn' },
      { name: 'a question', hash: '#/questions/q1' },
    ];
    for (const c of cases) {
      const { context, page } = await openWithoutApp(c);
      try {
        expect(await page.evaluate(() => document.getElementById('root')?.childNodes.length), c.name).toBe(0);
      } finally {
        await context.close();
      }
    }
  });
});

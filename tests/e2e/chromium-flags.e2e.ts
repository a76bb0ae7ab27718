/**
 * The flags every test browser starts with (tests/e2e/support/chromium.mjs). Chromium reads only
 * the last --disable-features on its command line: ours must keep every feature playwright turns
 * off itself, and add the ones the tests never use (the address bar's popups, which Debian's
 * Chromium 156 runs as web pages, two renderers per browser context).
 */
import { chromium, type Browser } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { chromiumPath } from './support/browser';
import { CHROMIUM_ARGS, UNUSED_FEATURES } from './support/chromium.mjs';

/** Chromium tells its command line only to a browser started for automation. */
const AUTOMATION = '--enable-automation';

/** The features the browser was started without: the last --disable-features, as Chromium reads it. */
async function disabledFeatures(browser: Browser): Promise<string[]> {
  const cdp = await browser.newBrowserCDPSession();
  const { arguments: args } = await cdp.send('Browser.getBrowserCommandLine');
  const last = args.filter((a) => a.startsWith('--disable-features=')).at(-1);
  return last ? last.slice('--disable-features='.length).split(',') : [];
}

describe('the test browser', () => {
  it("keeps playwright's own disabled features, and turns off the address bar's popups", async () => {
    const plain = await chromium.launch({ executablePath: chromiumPath(), args: ['--headless=new', '--no-sandbox', AUTOMATION] });
    const playwrights = await disabledFeatures(plain).finally(() => plain.close());
    expect(playwrights.length, "playwright's own --disable-features was not found").toBeGreaterThan(5);

    const ours = await chromium.launch({ executablePath: chromiumPath(), args: [...CHROMIUM_ARGS, AUTOMATION] });
    try {
      const features = await disabledFeatures(ours);
      expect(features).toEqual(expect.arrayContaining([...playwrights, ...UNUSED_FEATURES]));
      // A new context and page start no page of the browser's own (a Chromium without them has none either).
      const context = await ours.newContext();
      await (await context.newPage()).goto('about:blank');
      const { targetInfos } = await (await ours.newBrowserCDPSession()).send('Target.getTargets');
      expect(targetInfos.filter((t) => t.type !== 'page').map((t) => `${t.type} ${t.url}`)).toEqual([]);
      await context.close();
    } finally {
      await ours.close();
    }
  });
});

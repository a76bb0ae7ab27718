/**
 * The letter preview in the real browser: drawn in the PDF's own font (Noto Sans Regular and
 * Bold, the TTFs the PDF embeds, as Chromium reports the faces it used), beside the boxes on a wide
 * screen where it stays in view as the person types, after them on a phone; printed alone; no axe
 * violation. Screenshots at 390, 1280 and 1440 px in English and Spanish for a person to look at.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { walk } from '../unit/domain/walk';
import { type Lang, strings, WAIT, withApp, seedCase } from './support/app';
import { axeViolations } from './support/axe';
import { saveScreenshot } from './support/browser';
import { DIST } from './support/initial-js';
import { inCourtBaseline } from './support/personas';
import { baseURL, browser } from './support/shared-browser';

const STORY = Array.from({ length: 8 }, (_, i) =>
  `Paragraph ${i + 1}. I came to Chicago in 2015 with my daughter. I work at a bakery and I go to every hearing. Mi hija dice “gracias” — Nguyễn Thị Ánh helped us.`).join('\n\n');

const { c } = walk(
  { ...inCourtBaseline, 'person.fullName': 'Nguyễn Thị Ánh', 'favourable.work': 'yes' },
  { letter: { office: { kind: 'listed', id: 'opla-chicago' }, story: STORY } },
);

async function openLetter(page: Page, lang: Lang): Promise<void> {
  await seedCase(page, c, '#/letter', lang);
  await page.getByRole('heading', { level: 1, name: strings[lang].pages.letter.title, exact: true }).waitFor({ timeout: WAIT });
  await page.locator('article.letter').waitFor({ timeout: WAIT });
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
}

/** The font faces Chromium used to draw the text of the first element matching `selector`. */
async function facesUsed(page: Page, selector: string): Promise<{ familyName: string; postScriptName: string; isCustomFont: boolean }[]> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('DOM.enable');
  await cdp.send('CSS.enable');
  const { root } = await cdp.send('DOM.getDocument', { depth: -1 });
  const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector });
  const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
  await cdp.detach();
  return fonts.map(({ familyName, postScriptName, isCustomFont }) => ({ familyName, postScriptName, isCustomFont }));
}

const box = (page: Page, selector: string) => page.locator(selector).first().evaluate((el) => {
  const r = el.getBoundingClientRect();
  return { left: r.left, right: r.right, top: r.top, bottom: r.bottom, width: r.width, height: r.height };
});

describe('the letter preview', () => {
  it('is drawn in the PDF\'s Noto Sans, regular and bold, from the app\'s own font files', async () => {
    await withApp(browser, baseURL, async ({ page, requests }) => {
      await openLetter(page, 'en');
      const family = await page.locator('article.letter').evaluate((el) => getComputedStyle(el).fontFamily);
      expect(family.split(',')[0]).toBe('"PD Letter Noto Sans"');
      // What Chromium really drew with: the web font (not a system font), the PDF's two faces.
      expect(await facesUsed(page, 'article.letter .letter__date')).toEqual([{ familyName: 'Noto Sans', postScriptName: 'NotoSans-Regular', isCustomFont: true }]);
      expect(await facesUsed(page, 'article.letter .letter__re dt')).toEqual([{ familyName: 'Noto Sans', postScriptName: 'NotoSans-Bold', isCustomFont: true }]);
      // The very files the PDF embeds (the PDF worker, warmed when the page is idle, fetches the
      // same two), and no PDF code on the page's thread: pdf-lib is only in the worker.
      const fonts = requests.filter((u) => /\.(ttf|woff2?|otf)$/.test(u)).map((u) => new URL(u).pathname.replace(/^.*\//, ''));
      expect([...new Set(fonts)].sort()).toEqual([expect.stringMatching(/^NotoSans-Bold-[\w-]+\.woff$/), expect.stringMatching(/^NotoSans-Regular-[\w-]+\.woff$/)]);
      const scripts = requests.filter((u) => u.endsWith('.js')).map((u) => new URL(u).pathname.replace(/^.*\/assets\//, ''));
      expect(scripts.length).toBeGreaterThan(3);
      const withFontkit = (f: string) => readFileSync(path.join(DIST, 'assets', f), 'utf8').includes('registerFontkit');
      expect(scripts.filter((f) => !f.startsWith('pdf-worker-') && withFontkit(f))).toEqual([]);
      // One file holds pdf-lib: the worker's.
      expect(readdirSync(path.join(DIST, 'assets')).filter((f) => f.endsWith('.js') && withFontkit(f))).toEqual([expect.stringMatching(/^pdf-worker-[\w-]+\.js$/)]);
      // 11 pt type on 15 pt leading when printed, as in the PDF, and only the letter prints.
      await page.emulateMedia({ media: 'print' });
      const print = await page.evaluate(() => {
        const letter = document.querySelector('article.letter')!;
        const visible = [...document.querySelectorAll('.letter-page *')].filter((el) => el.getClientRects().length > 0 && !letter.contains(el) && !el.contains(letter));
        const style = getComputedStyle(letter.querySelector('.letter__date')!);
        return { visible: visible.map((el) => el.tagName), fontSize: parseFloat(style.fontSize), lineHeight: parseFloat(style.lineHeight) };
      });
      expect(print.visible).toEqual([]);
      // CSS px: 1 pt = 4/3 px.
      expect(print.fontSize).toBeCloseTo((11 * 4) / 3, 2);
      expect(print.lineHeight).toBeCloseTo((15 * 4) / 3, 2);
    }, { viewport: { width: 1280, height: 800 } });
  });

  it.each([
    { width: 1280, lang: 'en' as const },
    { width: 1440, lang: 'es' as const },
  ])('at $width px ($lang): beside the boxes, in view while the person types, like a page', async ({ width, lang }) => {
    await withApp(browser, baseURL, async ({ page }) => {
      await openLetter(page, lang);
      const preview = await box(page, 'section.letter-preview');
      const story = await box(page, '#story');
      expect(preview.left).toBeGreaterThan(story.right);
      // The paper has the PDF's proportions: 1-inch margins on a page 8.5 inches wide.
      const paper = await page.locator('article.letter').evaluate((el) => {
        const s = getComputedStyle(el);
        return { width: el.getBoundingClientRect().width, padding: parseFloat(s.paddingLeft), fontSize: parseFloat(s.fontSize) };
      });
      expect(paper.padding / paper.width).toBeCloseTo(72 / 612, 2);
      expect(paper.fontSize).toBeGreaterThanOrEqual(14);

      // Typing in the story, far down the page: the preview is still in view, and shows it.
      await page.locator('#story').scrollIntoViewIfNeeded();
      await page.locator('#story').fill(`${STORY}\n\nThe last words I typed.`);
      const after = await box(page, 'section.letter-preview');
      expect(after.top).toBeGreaterThanOrEqual(0);
      expect(after.top).toBeLessThan(40);
      expect(after.bottom).toBeLessThanOrEqual(800);
      expect(await page.locator('article.letter').textContent()).toContain('The last words I typed.');
      // The preview has scrolled itself to where the person types: the end of the story is in view.
      const inView = () => page.evaluate(() => {
        const view = document.querySelector('section.letter-preview')!.getBoundingClientRect();
        const story = document.querySelector('article.letter [data-kind="story"]')!.getBoundingClientRect();
        return story.bottom <= view.bottom && story.bottom > view.top;
      });
      await expect.poll(inView).toBe(true);
      // It scrolls on its own, from the keyboard too (from its button).
      await page.locator('section.letter-preview').evaluate((el) => { el.scrollTop = 0; });
      await page.locator('section.letter-preview button').focus();
      const scrolled = await page.locator('section.letter-preview').evaluate((el) => el.scrollHeight > el.clientHeight);
      expect(scrolled).toBe(true);
      await page.keyboard.press('End');
      await expect.poll(() => page.locator('section.letter-preview').evaluate((el) => el.scrollTop)).toBeGreaterThan(0);

      expect(await axeViolations(page, `letter ${width} ${lang}`)).toEqual([]);
      await page.evaluate(() => window.scrollTo(0, 0));
      await page.locator('section.letter-preview').evaluate((el) => { el.scrollTop = 0; });
      // The screen as the person sees it (a full-page shot would unstick the preview).
      await saveScreenshot(page, `letter-preview-${width}-${lang}`, { fullPage: false });
    }, { viewport: { width, height: 800 } });
  });

  it.each(['en', 'es'] as const)('at 390 px (%s): one column, the preview after the boxes, no sideways scrolling', async (lang) => {
    await withApp(browser, baseURL, async ({ page }) => {
      await openLetter(page, lang);
      const preview = await box(page, 'section.letter-preview');
      const story = await box(page, '#request-details');
      expect(preview.top).toBeGreaterThan(story.bottom);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
      expect(await page.locator('article.letter').evaluate((el) => getComputedStyle(el).position)).toBe('static');
      expect(await axeViolations(page, `letter 390 ${lang}`)).toEqual([]);
      await page.locator('section.letter-preview').scrollIntoViewIfNeeded();
      await saveScreenshot(page, `letter-preview-390-${lang}`);

      // A word the PDF cannot print, typed in the story: the box says so, and the page still fits.
      await page.locator('#story').fill('My daughter calls me แม่ every day.');
      const error = page.locator('#story-error');
      await error.waitFor({ timeout: WAIT });
      expect(await error.locator('bdi').allTextContents()).toEqual(['แม่']);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
      expect(await axeViolations(page, `letter 390 ${lang} unsupported`)).toEqual([]);
      await page.locator('#story').scrollIntoViewIfNeeded();
      await saveScreenshot(page, `letter-preview-390-${lang}-unsupported`, { fullPage: false });
    }, { viewport: { width: 390, height: 844 } });
  });
});

/**
 * The two PDF files, in the real browser: complete a journey, write the letter, download the
 * letter to send and read its text back (exactly what the HTML preview says), then download the
 * guide (what the letter says in Spanish, how to send it, the checklist with tab letters); each
 * button saves its own file and its message names it.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import pages from '../../locales/en/pages.json';
import pagesEs from '../../locales/es/pages.json';
import { inkShare, PNG_SIGNATURE, renderPageImage } from '../unit/pdf/page-image';
import { extractPages, squash } from '../unit/pdf/support';
import { walk } from '../unit/domain/walk';
import { inCourtBaseline } from './support/personas';
import { assertOnlySameOrigin, openPage, saveScreenshot } from './support/browser';
import { fill, pressStart, questionHash, seedCase, strings, WAIT, withApp } from './support/app';
import { axeViolations } from './support/axe';
import { answerQuestions } from './support/journey';
import { baseURL, browser } from './support/shared-browser';

const ARTIFACTS = path.resolve(import.meta.dirname, '../artifacts/pdf');
beforeAll(() => {
  mkdirSync(ARTIFACTS, { recursive: true });
});

const persona = {
  ...inCourtBaseline,
  'person.fullName': 'Nguyễn Thị Ánh',
  'person.phone': '(312) 555-0100',
  'favourable.family': [{ relationship: 'child', status: 'citizen' }],
  'favourable.work': 'yes',
  'history.applications': { u_visa: 'pending' },
};

describe('letter PDF', () => {
  it('downloads a PDF whose text matches the preview, and loads pdf-lib only on demand', async () => {
    const { context, page, requests, errors } = await openPage(browser, baseURL, { viewport: { width: 1024, height: 900 } });
    try {
      await pressStart(page);
      await answerQuestions(page, persona);
      // Before asking for the PDF, the page has not loaded the PDF code or the font (the service
      // worker may precache them for offline use, but the page itself has not asked for them).
      const pageLoaded = () => page.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name));
      expect((await pageLoaded()).filter((u) => /\/assets\/pdf-[\w-]+\.js$/.test(u) || u.endsWith('.woff'))).toEqual([]);

      await page.evaluate(() => { location.hash = '#/checklist'; });
      // Include three documents as exhibits (Tabs A–C).
      for (const id of ['personal-declaration', 'residence-proof', 'family-status-proof']) {
        await page.locator(`label[for="included-${id}"]`).click();
        await expect.poll(() => page.locator(`#included-${id}`).isChecked()).toBe(true);
      }

      await page.evaluate(() => { location.hash = '#/letter'; });
      // A story in Spanish is not pasted into the English letter: the person makes it a declaration.
      const story = 'Llegué en 2015 con mi hija.\nTrabajo en una panadería — “con orgullo”.';
      await page.locator('#story').fill(story);
      await page.getByText(pages.letter.storyLanguage.titleSpanish).waitFor({ timeout: WAIT });
      await page.getByRole('button', { name: pages.letter.storyLanguage.makeDeclaration }).click();
      await page.getByText(pages.letter.storyLanguage.declaration.replace('{{tab}}', 'A')).waitFor({ timeout: WAIT });
      await page.locator('#office-select').selectOption('opla-chicago');
      const preview = page.locator('article.letter');
      await expect.poll(() => preview.textContent()).toContain('55 E. Monroe St');

      const today = new Date().toISOString().slice(0, 10);
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: pages.letter.pdf.button }).click(),
      ]);
      const letterName = `PD-request-Nguyễn-Thị-Ánh-${today}.pdf`;
      expect(download.suggestedFilename()).toBe(letterName);
      await expect.poll(() => page.locator('#pdf-status').textContent()).toContain(pages.letter.pdf.doneLetter.replace('{{fileName}}', letterName));
      const file = path.join(ARTIFACTS, 'e2e-download.pdf');
      await download.saveAs(file);
      const bytes = new Uint8Array(readFileSync(file));
      expect((await pageLoaded()).some((u) => /\/assets\/pdf-[\w-]+\.js$/.test(u))).toBe(true);

      // The preview, block by block, is in the PDF; and every text run of the PDF is in the preview:
      // the file to send holds the letter and its exhibit index, and nothing else.
      const blocks = await preview.locator('p, dt, dd, li, caption, th, td').allInnerTexts();
      const allPages = await extractPages(bytes);
      // The declaration, in Spanish, on pages of its own after the exhibit index, signed by the person.
      const declarationAt = allPages.findIndex((p) => p.text.includes('Declaración de Nguyễn Thị Ánh'));
      expect(declarationAt).toBeGreaterThan(0);
      const declaration = squash(allPages.slice(declarationAt).map((p) => p.text).join(''));
      for (const part of ['Yo, Nguyễn Thị Ánh, declaro lo siguiente:', 'Llegué en 2015 con mi hija.', 'Trabajo en una panadería — “con orgullo”.',
        'Número A: A-012-345-678', 'Firma:', 'Fecha:']) expect(declaration, part).toContain(squash(part));
      allPages.slice(declarationAt).forEach((p, i) => expect(p.text).toContain(`Página ${declarationAt + i + 1} de ${allPages.length}`));
      const pdfPages = allPages.slice(0, declarationAt);
      expect(pdfPages.some((p) => p.text.includes('Qué dice esta carta'))).toBe(false);
      const letterText = squash(pdfPages.map((p) => p.text).join(''));
      for (const b of blocks.map(squash).filter((b) => b !== '')) expect(letterText, b).toContain(b);
      const previewText = squash(blocks.join(''));
      const runs = pdfPages.flatMap((p) => p.items.map((i) => i.str));
      const header = squash(`Nguyễn Thị Ánh`);
      for (const run of runs.map(squash)) {
        // Page furniture: "Page X of Y" and the header with name and A-number on pages after the first.
        if (/^Page\d+of\d+$/.test(run) || run === header || /^(A-Number:?)?A-\d{3}-\d{3}-\d{3}$/.test(run)) continue;
        expect(previewText, run).toContain(run);
      }
      pdfPages.forEach((p, i) => expect(p.text).toContain(`Page ${i + 1} of ${allPages.length}`));
      expect(letterText).toContain(squash('Nguyễn Thị Ánh'));
      expect(letterText).toContain('A-012-345-678');
      // The letter itself does not quote the Spanish story: it points to the declaration.
      expect(letterText).not.toContain(squash('Llegué en 2015'));
      expect(letterText).toContain(squash('I have written a declaration about my situation in Spanish, which I have signed.'));
      // Exhibits: the index lists Tabs A–C and the factor paragraphs cite them.
      expect(letterText).toContain(squash('A Personal declaration of the respondent'));
      expect(letterText).toContain('SeeTabB');
      expect(letterText).toContain('SeeTabC');

      // The guide: its own file, its own message, its own page numbers; never the letter.
      const [guideDownload] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: pages.letter.pdf.guideButton }).click(),
      ]);
      const guideName = `PD-guide-Nguyễn-Thị-Ánh-${today}.pdf`;
      expect(guideDownload.suggestedFilename()).toBe(guideName);
      await expect.poll(() => page.locator('#pdf-status').textContent()).toContain(pages.letter.pdf.doneGuide.replace('{{fileName}}', guideName));
      const guideFile = path.join(ARTIFACTS, 'e2e-guide.pdf');
      await guideDownload.saveAs(guideFile);
      const guidePages = await extractPages(new Uint8Array(readFileSync(guideFile)));
      const guideText = guidePages.map((p) => p.text).join('\n');
      expect(guidePages[0]!.text).toContain(pagesEs.pdf.spanish.title);
      expect(guidePages[0]!.text).toContain(`Página 1 de ${guidePages.length}`);
      expect(guideText).toContain(pages.pdf.sending.title);
      expect(guideText).toContain(pages.pdf.checklist.title);
      expect(guideText).not.toContain('Dear Chief Counsel:');
      // The sending sheet names the file to attach; the checklist gives each exhibit its tab.
      expect(squash(guideText)).toContain(squash(letterName));
      for (const tab of ['A', 'B', 'C']) expect(guideText).toMatch(new RegExp(`Tab ${tab} – `));
      // The certificate of translation, in English, for the translator to fill in and sign.
      const certificate = squash(guidePages[guidePages.length - 1]!.text);
      expect(certificate).toContain('CertificateofTranslation');
      expect(certificate).toContain(squash('certify that I am competent to translate from Spanish into English'));
      expect(certificate).toContain(squash('the declaration of Nguyễn Thị Ánh'));
      expect(squash(guideText)).toContain(squash(pages.pdf.translatorNote.sendingBody));

      // Page 1 as a PNG (pdf.js), kept as an artefact: it renders, and its glyphs are drawn.
      const page1 = await renderPageImage(bytes, 1, 60);
      writeFileSync(path.join(ARTIFACTS, 'e2e-page1.png'), page1.png);
      expect(page1.png.subarray(0, 8)).toEqual(PNG_SIGNATURE);
      expect(inkShare(page1)).toBeGreaterThan(0.01);
      const guide1 = await renderPageImage(new Uint8Array(readFileSync(guideFile)), 1, 60);
      writeFileSync(path.join(ARTIFACTS, 'e2e-guide-page1.png'), guide1.png);
      expect(inkShare(guide1)).toBeGreaterThan(0.01);
      await saveScreenshot(page, 'letter-with-pdf-button');
      expect(errors).toEqual([]);
      assertOnlySameOrigin(requests, baseURL);
    } finally {
      await context.close();
    }
  });
});

describe('the two downloads on the letter page', () => {
  it('sit side by side on a wide screen and stack on a phone (390 px), with nothing cut off', async () => {
    // 1000 px: one column of the page, room for both side by side (from about 1100 px the preview
    // takes the right-hand column, and the two stack in the column of the boxes, as on a phone).
    for (const [width, lang] of [[1000, 'en'], [390, 'en'], [390, 'es']] as const) {
      const { context, page, errors } = await openPage(browser, baseURL, { viewport: { width, height: 900 } });
      try {
        const { c } = walk(inCourtBaseline, { letter: { office: { kind: 'listed', id: 'opla-chicago' } } });
        await seedCase(page, c, '#/letter', lang);
        const strings = lang === 'es' ? pagesEs : pages;
        const letter = page.getByRole('button', { name: strings.letter.pdf.button, exact: true });
        const guide = page.getByRole('button', { name: strings.letter.pdf.guideButton, exact: true });
        await guide.scrollIntoViewIfNeeded();
        const [a, b] = [await letter.boundingBox(), await guide.boundingBox()];
        await page.locator('.pdf-download').screenshot({ path: path.join(ARTIFACTS, `downloads-${width}-${lang}.png`) });
        if (width > 900) expect(Math.abs(a!.y + a!.height - (b!.y + b!.height))).toBeLessThan(2);
        else expect(b!.y).toBeGreaterThan(a!.y + a!.height);
        for (const box of [a!, b!]) expect(box.x + box.width).toBeLessThanOrEqual(width);
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
        expect(errors).toEqual([]);
      } finally {
        await context.close();
      }
    }
  });
});

describe('letter PDF with a character the font cannot print', () => {
  it.each(['en', 'es'] as const)('says so on the letter page before any download (%s): beside the letter and above the button', async (lang) => {
    await withApp(browser, baseURL, async ({ page, requests }) => {
      const name = 'محمد علي';
      const { c } = walk({ ...inCourtBaseline, 'person.fullName': name }, { letter: { office: { kind: 'listed', id: 'opla-chicago' } } });
      await seedCase(page, c, '#/letter', lang);
      const t = strings[lang].pages.letter;
      const field = t.pdf.fields.person.fullName;
      const summary = page.getByRole('region', { name: t.unsupported.summaryTitle });
      await summary.waitFor({ timeout: WAIT });
      // The name quoted whole, as typed, isolated from the sentence; the codes after it.
      const [open, close] = t.unsupported.quote.split('{{word}}');
      expect(await summary.getByRole('listitem').textContent()).toBe(
        `${fill(t.unsupported.inField, { field, words: `${open}${name}${close}` })} ${fill(t.unsupported.fix, { field })} ` +
          fill(t.unsupported.codes, { codes: 'U+0645 U+062D U+062F U+0639 U+0644 U+064A' }),
      );
      expect(await summary.locator('bdi').allTextContents()).toEqual([name]);
      // Beside the letter that shows the name: what to do, and the way to the question.
      const notice = page.locator('.letter-preview .unsupported-answers');
      expect(await notice.textContent()).toBe(`${fill(t.unsupported.answer, { field, words: `${open}${name}${close}` })} ${fill(t.unsupported.fix, { field })}`);
      // The summary comes before the download button, and nothing was downloaded for it. The
      // page's own thread never loads the PDF code: at most its small entry and the worker
      // (warmed when the page is idle) are fetched.
      const button = page.getByRole('button', { name: t.pdf.button });
      expect((await summary.boundingBox())!.y).toBeLessThan((await button.boundingBox())!.y);
      expect(requests.filter((u) => /\/assets\/pdf-[\w-]+\.js$/.test(u) && !/\/assets\/pdf-(worker-)?[\w-]{8}\.js$/.test(u))).toEqual([]);
      expect(await page.getByRole('alert').count()).toBe(0);
      expect(await axeViolations(page, `letter unsupported ${lang}`)).toEqual([]);
      await summary.scrollIntoViewIfNeeded();
      await saveScreenshot(page, `letter-unsupported-live-${lang}`, { fullPage: false });
      await notice.getByRole('link').click();
      await page.waitForFunction((hash) => location.hash.startsWith(hash), questionHash('personal-details'));
    }, { viewport: { width: 1280, height: 800 } });
  });


  it('names the field and the character, links to where to fix it, and never crashes', async () => {
    const { context, page, requests, errors } = await openPage(browser, baseURL);
    try {
      const { c } = walk({ ...inCourtBaseline, 'person.fullName': 'สมชาย ใจดี' }, { letter: { office: { kind: 'listed', id: 'opla-chicago' } } });
      await seedCase(page, c, '#/letter');
      await page.getByRole('button', { name: pages.letter.pdf.button }).click();
      const alert = page.getByRole('alert');
      await expect.poll(() => alert.textContent()).toContain(pages.letter.pdf.unsupportedTitle);
      const text = (await alert.textContent()) ?? '';
      expect(text).toContain('ส');
      expect(text).toContain('U+0E2A');
      expect(text).toContain(pages.letter.pdf.fields.person.fullName);
      await saveScreenshot(page, 'letter-pdf-unsupported');
      await alert.getByRole('link').first().click();
      await page.waitForFunction((hash) => location.hash.startsWith(hash), questionHash('personal-details'));
      expect(errors).toEqual([]);
      assertOnlySameOrigin(requests, baseURL);
    } finally {
      await context.close();
    }
  });
});

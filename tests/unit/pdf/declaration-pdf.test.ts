/**
 * The personal declaration as a PDF, read back with pdfjs: what the person typed as numbered
 * paragraphs, the closing they chose, and (in Spanish) the English translation page and the
 * certificate of translation, each on its own page, inside the margins. PD_HELPER_SCREENSHOTS=1
 * saves the pages as images to look at.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { caseDataSchema, type CaseData, CLOSING_IN_ENGLISH, personalDeclaration } from '../../../src/domain';
import { renderPrintablePdf } from '../../../src/pdf/printable-pdf';
import { UnsupportedCharactersError } from '../../../src/pdf/render-letter-pdf';
import { englishWordsIn } from '../../fixtures/english-words';
import { localeWords } from '../domain/declaration-words';
import { inCourtBaseline, walk } from '../domain/walk';
import { inkShare, renderPageImage } from './page-image';
import { extractPages, FONTS, marginViolations, spaced } from './support';

const META = { appName: 'PD Helper', appVersion: '0.1.0' };

const long = 'Trabajo en una panadería desde 2012 y cada domingo ayudo en la cocina de mi iglesia. '.repeat(6).trim();

function caseWith(d: CaseData['declaration']): CaseData {
  const { c } = walk(inCourtBaseline);
  return caseDataSchema.parse({ ...c, declaration: d });
}

async function pdfOf(d: CaseData['declaration']) {
  const doc = personalDeclaration(caseWith(d), localeWords)!;
  const bytes = await renderPrintablePdf(doc, FONTS, META);
  return { bytes, pages: await extractPages(bytes) };
}

describe('the declaration PDF', () => {
  it('in English: the numbered paragraphs as typed, the plain closing, signature, date and place', async () => {
    const { pages } = await pdfOf({ parts: { origin: 'I was born in Morelia, Mexico.', leaving: 'My daughter Ana needs me.\n\nShe is 7.' } });
    expect(pages).toHaveLength(1);
    const text = spaced(pages[0]!.text.replace(/\n/g, ' '));
    expect(text).toContain('Declaration of José Núñez Peña');
    expect(text).toContain('I, José Núñez Peña, state the following:');
    expect(text).toMatch(/1\. ?I was born in Morelia, Mexico\. ?2\. ?My daughter Ana needs me\. ?3\. ?She is 7\./);
    expect(text).toContain(CLOSING_IN_ENGLISH.true);
    expect(text).not.toContain('perjury');
    expect(text).toContain('Signature:');
    expect(text).toContain('Date signed:');
    expect(text).toContain('Place signed (city and state):');
    expect(marginViolations(pages)).toEqual([]);
  });

  it('in Spanish: the Spanish declaration, then the English translation page and the certificate, each on a new page', async () => {
    const { bytes, pages } = await pdfOf({ language: 'es', closing: 'perjury', signedAt: 'Chicago, Illinois',
      parts: { origin: 'Nací en Morelia, México.', life: long, other: 'Gracias por leer mi declaración.' } });
    const texts = pages.map((p) => spaced(p.text.replace(/\n/g, ' ')));
    const translationAt = texts.findIndex((t) => t.includes('English Translation'));
    const certificateAt = texts.findIndex((t) => t.includes('Certificate of Translation'));
    expect(texts[0]).toContain('Declaración de José Núñez Peña');
    expect(texts[0]).toContain('Nací en Morelia, México.');
    // The Spanish pages say nothing in English (issue 16 §5): only the name and what was typed.
    for (const page of pages.slice(0, translationAt)) expect(englishWordsIn(page.text.replace(/\s+/g, ' '), ['José Núñez Peña'])).toEqual([]);
    expect(texts.slice(0, translationAt).join(' ')).toContain('Declaro bajo pena de perjurio');
    expect(texts.slice(0, translationAt).join(' ')).toContain('Lugar de la firma (ciudad y estado): Chicago, Illinois');
    expect(translationAt).toBeGreaterThan(0);
    expect(certificateAt).toBeGreaterThan(translationAt);
    const translation = texts.slice(translationAt, certificateAt).join(' ');
    expect(translation).toContain('Paragraph 3:');
    expect(translation).toContain(CLOSING_IN_ENGLISH.perjury);
    expect(texts[certificateAt]).toContain('competent to translate from Spanish into English');
    // The footer is in each page's language.
    expect(texts[0]).toMatch(/Página 1 de \d/);
    expect(texts[certificateAt]).toMatch(/Page \d of \d/);
    expect(marginViolations(pages)).toEqual([]);

    if (process.env.PD_HELPER_SCREENSHOTS === '1') {
      const dir = path.resolve('tests/artifacts/screenshots');
      fs.mkdirSync(dir, { recursive: true });
      for (let n = 1; n <= pages.length; n++) fs.writeFileSync(path.join(dir, `declaration-es-${n}.png`), (await renderPageImage(bytes, n, 80)).png);
    }
    const image = await renderPageImage(bytes, 1);
    expect(inkShare(image)).toBeGreaterThan(0.01);
    expect(inkShare(image, { x: 0, y: 0, width: 55, height: image.height })).toBe(0);
  });

  it('refuses a character the font cannot draw, naming the declaration', async () => {
    const doc = personalDeclaration(caseWith({ parts: { other: 'Happy \u{1F600}' } }), localeWords)!;
    const error = await renderPrintablePdf(doc, FONTS, META).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UnsupportedCharactersError);
    expect((error as UnsupportedCharactersError).problems.map((p) => p.field)).toEqual(['declaration.parts']);
  });
});

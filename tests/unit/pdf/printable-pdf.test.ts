import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { PrintableDocument } from '../../../src/domain';
import { paginate } from '../../../src/pdf/layout';
import { printablePlan, renderPrintablePdf } from '../../../src/pdf/printable-pdf';
import { fontMeasure, UnsupportedCharactersError } from '../../../src/pdf/render-letter-pdf';
import { inkShare, renderPageImage } from './page-image';
import { extractPages, FONTS, marginViolations, spaced } from './support';

const META = { appName: 'PD Helper', appVersion: '0.1.0' };

function sample(extra: Partial<PrintableDocument> = {}): PrintableDocument {
  return {
    title: 'Support letters',
    lang: 'en',
    name: 'José Núñez Peña',
    aNumber: '123-456-789',
    draft: null,
    pageOf: { en: 'Page {page} of {total}', es: 'Página {page} de {total}' },
    aNumberLabel: { en: 'A-Number:', es: 'Número A:' },
    sections: [
      {
        lang: 'en',
        blocks: [
          { kind: 'title', text: 'A letter from your employer' },
          { kind: 'notice', text: 'Give this page to the person who writes the letter.' },
          { kind: 'heading', text: 'What a strong letter says' },
          { kind: 'list', items: ['Who you are, and your status in the U.S.', 'How long you have known José.'] },
          { kind: 'rows', rows: [{ label: 'Name:', value: 'José Núñez Peña', field: 'person.fullName' }] },
          { kind: 'paragraph', text: 'I have known José for ______ years.' },
          { kind: 'write-in', label: 'What José does at work:', lines: 3 },
          { kind: 'signature', lines: ['', 'Signature: ____________', 'Date: ____________'] },
        ],
      },
      {
        lang: 'es',
        blocks: [
          { kind: 'title', text: 'Una carta de su empleador' },
          { kind: 'list', numbered: true, items: ['Primero.', 'Segundo.'] },
        ],
      },
    ],
    ...extra,
  };
}

describe('a printable document', () => {
  it('draws every block, a section a page, with the header and footer in each page\'s language', async () => {
    const pages = await extractPages(await renderPrintablePdf(sample(), FONTS, META));
    expect(pages).toHaveLength(2);
    const first = spaced(pages[0]!.text);
    for (const words of ['A letter from your employer', 'Give this page to the person who writes the letter.', 'What a strong letter says',
      '• Who you are, and your status in the U.S.', 'Name: José Núñez Peña', 'I have known José for ______ years.',
      'What José does at work:', 'Signature: ____________', 'Page 1 of 2']) {
      expect(first).toContain(words);
    }
    const second = spaced(pages[1]!.text);
    expect(second).toContain('1. Primero.');
    expect(second).toContain('2. Segundo.');
    expect(second).toContain('Página 2 de 2');
    expect(second).toContain('Número A: 123-456-789');
    expect(marginViolations(pages)).toEqual([]);
  });

  it('gives each write-in line a rule to write on, and keeps them with their label', () => {
    const plan = printablePlan(sample());
    const rules = plan.ops.filter((o) => o.kind === 'row' && o.rule !== undefined);
    expect(rules).toHaveLength(3);
    const measure = fontMeasure(FONTS);
    const { pages } = paginate(plan, measure);
    expect(pages).toHaveLength(2);
  });

  it('puts the draft banner on every page, and no A-number in the header when it is not known', async () => {
    const pages = await extractPages(await renderPrintablePdf(sample({ draft: 'DRAFT for a lawyer to review', aNumber: 'Not known' }), FONTS, META));
    for (const p of pages) {
      expect(spaced(p.text)).toContain('DRAFT for a lawyer to review');
      expect(p.text).not.toContain('Not known');
    }
  });

  it('refuses a character the font cannot draw, naming where it is', async () => {
    const doc = sample();
    doc.sections[0]!.blocks.push({ kind: 'paragraph', text: 'Emoji \u{1F600}', field: 'story' });
    const refusal = await renderPrintablePdf(doc, FONTS, META).catch((e: unknown) => e);
    expect(refusal).toBeInstanceOf(UnsupportedCharactersError);
    expect((refusal as UnsupportedCharactersError).problems.map((p) => p.field)).toEqual(['story']);
  });

  it('keeps the text inside the margins (rendered to an image)', async () => {
    const bytes = await renderPrintablePdf(sample(), FONTS, META);
    const image = await renderPageImage(bytes, 1);
    expect(inkShare(image)).toBeGreaterThan(0.01);
    expect(inkShare(image, { x: 0, y: 0, width: 55, height: image.height })).toBe(0);
    expect(inkShare(image, { x: image.width - 55, y: 0, width: 55, height: image.height })).toBe(0);
    if (process.env.PD_HELPER_SCREENSHOTS === '1') {
      const dir = path.resolve('tests/artifacts/screenshots');
      fs.mkdirSync(dir, { recursive: true });
      fs.writeFileSync(path.join(dir, 'printable-document.pdf'), bytes);
    }
  });
});

/**
 * The PDF worker's warm-up (issue 17) makes one small throwaway file, so the person's first click
 * does not pay for the first run of the PDF code: it must draw (every character supported) and
 * reach every step of a real file, both faces included.
 */
import { describe, expect, it } from 'vitest';
import { WARM_UP_DOCUMENT } from '../../../src/pdf/pdf-jobs';
import { renderPrintablePdf } from '../../../src/pdf/printable-pdf';
import { extractPages, FONTS } from './support';

describe('the PDF warm-up document', () => {
  it('is drawn in full: a page with its title, heading, wrapped text, rows and list', async () => {
    const bytes = await renderPrintablePdf(WARM_UP_DOCUMENT, FONTS, { appName: 'PD Helper', appVersion: 'warm-up' });
    const [page, ...more] = await extractPages(bytes);
    expect(more).toEqual([]);
    for (const text of ['Warm-up', 'Heading', 'Nguyễn', 'Label', 'Value', 'One', 'Two']) expect(page!.text).toContain(text);
    expect(page!.items.length).toBeGreaterThan(8);
  });
});

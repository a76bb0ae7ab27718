/**
 * The PDF worker's warm-up (issue 17) makes one small throwaway file, so the person's first click
 * does not pay for the first run of the PDF code: it must draw (every character supported) and
 * reach every step of a real file, both faces included. Then it makes both files of the person's
 * own letter once and drops them (warmOn).
 */
import { describe, expect, it } from 'vitest';
import { WARM_UP_DOCUMENT, warmOn } from '../../../src/pdf/pdf-jobs';
import { renderPrintablePdf } from '../../../src/pdf/printable-pdf';
import { inCourtBaseline, walk } from '../domain/walk';
import { extractPages, FONTS, letterFor, pdfInput } from './support';

describe('the PDF warm-up document', () => {
  it('is drawn in full: a page with its title, heading, wrapped text, rows and list', async () => {
    const bytes = await renderPrintablePdf(WARM_UP_DOCUMENT, FONTS, { appName: 'PD Helper', appVersion: 'warm-up' });
    const [page, ...more] = await extractPages(bytes);
    expect(more).toEqual([]);
    for (const text of ['Warm-up', 'Heading', 'Nguyễn', 'Label', 'Value', 'One', 'Two']) expect(page!.text).toContain(text);
    expect(page!.items.length).toBeGreaterThan(8);
  });
});

describe('the warm-up on the person\'s letter', () => {
  it('goes through a whole letter it can draw and hands nothing back', async () => {
    const input = pdfInput(letterFor(walk(inCourtBaseline).c)!);
    await expect(warmOn(input)).resolves.toBeUndefined();
  });

  it('stops quietly at a character the font cannot draw: the click, not the warm-up, says so', async () => {
    const input = pdfInput(letterFor(walk({ ...inCourtBaseline, 'person.fullName': '王秀英' }).c)!);
    await expect(warmOn(input)).resolves.toBeUndefined();
  });

  it('lets any other failure through (the worker reports it; the page ignores a failed warm-up)', async () => {
    const input = pdfInput(letterFor(walk(inCourtBaseline).c)!);
    await expect(warmOn({ ...input, fonts: { regular: new Uint8Array(8) } })).rejects.toThrow();
  });
});

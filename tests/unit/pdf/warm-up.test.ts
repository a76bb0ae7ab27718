/**
 * The PDF worker's warm-up (issue 17) makes one small throwaway file, so the person's first click
 * does not pay for the first run of the PDF code: it must draw (every character supported) and
 * reach every step of a real file, both faces included. Then it makes both files of the person's
 * own letter once and drops them (warmOn), giving way to a file the person asks for meanwhile.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { runPdfJob, WARM_UP_DOCUMENT, warmOn } from '../../../src/pdf/pdf-jobs';
import { renderPrintablePdf } from '../../../src/pdf/printable-pdf';
import type * as PrintableModule from '../../../src/pdf/printable-pdf';
import type * as RenderModule from '../../../src/pdf/render-letter-pdf';
import { inCourtBaseline, walk } from '../domain/walk';
import { extractPages, FONTS, letterFor, pdfInput } from './support';

// The unit files share one module registry per worker (vitest.config.ts): a file run before this
// one may have loaded the PDF code without the watches below. Start this file's imports afresh
// (vi.hoisted runs before them), so the watches are in the code it tests.
vi.hoisted(() => vi.resetModules());

/** The files made, in order (the real code, watched). */
const made: string[] = [];
/** Small warm-up files made. */
let smallFiles = 0;
vi.mock('../../../src/pdf/printable-pdf', async (importOriginal) => {
  const real = await importOriginal<typeof PrintableModule>();
  return {
    ...real,
    renderPrintablePdf: (...args: Parameters<typeof real.renderPrintablePdf>) => {
      if (args[0].title === 'Warm-up') smallFiles++;
      return real.renderPrintablePdf(...args);
    },
  };
});
vi.mock('../../../src/pdf/render-letter-pdf', async (importOriginal) => {
  const real = await importOriginal<typeof RenderModule>();
  return {
    ...real,
    renderDocument: (...args: Parameters<typeof real.renderDocument>) => {
      made.push(args[1]);
      return real.renderDocument(...args);
    },
  };
});

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
  const input = () => pdfInput(letterFor(walk(inCourtBaseline).c)!);
  const planInput = () => {
    const { fonts: _fonts, ...rest } = input();
    return rest;
  };

  it('makes both files of it, and hands nothing back', async () => {
    made.length = 0;
    await expect(warmOn(input(), () => false)).resolves.toBeUndefined();
    expect(made).toEqual(['toSend', 'forYou']);
  });

  it('stops before the next file once a file the person asked for is under way', async () => {
    made.length = 0;
    let clicked = false;
    await warmOn(input(), () => {
      const now = clicked;
      clicked = true;
      return now;
    });
    expect(made).toEqual(['toSend']);
  });

  it('stops quietly at a character the font cannot draw: the click, not the warm-up, says so', async () => {
    const odd = pdfInput(letterFor(walk({ ...inCourtBaseline, 'person.fullName': '王秀英' }).c)!);
    await expect(warmOn(odd, () => false)).resolves.toBeUndefined();
  });

  it('lets any other failure through (the worker reports it; the page ignores a failed warm-up)', async () => {
    await expect(warmOn({ ...input(), fonts: { regular: new Uint8Array(8) } }, () => false)).rejects.toThrow();
  });

  it('in the worker: a click sent during the warm-up is made at once, and the warm-up makes nothing more', async () => {
    // The worker fetches its fonts from the app's own files: here, from the disk.
    vi.stubGlobal('fetch', async (url: string) => new Response(new Uint8Array(readFileSync(path.join(process.cwd(), url.split('?')[0]!)))));
    try {
      made.length = 0;
      smallFiles = 0;
      const warm = runPdfJob({ kind: 'warm', input: planInput() });
      const click = runPdfJob({ kind: 'document', input: planInput(), doc: 'toSend' });
      const [warmed, file] = await Promise.all([warm, click]);
      expect(warmed).toHaveLength(0);
      expect((await extractPages(file))[0]!.text).toContain('Dear Chief Counsel:');
      expect(made).toEqual(['toSend']);
      // Alone, it makes both.
      await runPdfJob({ kind: 'warm', input: planInput() });
      expect(made).toEqual(['toSend', 'toSend', 'forYou']);
      // The small file once per worker: the first warm-up gave way before it; this one made it.
      expect(smallFiles).toBe(1);
      await runPdfJob({ kind: 'warm' });
      expect(smallFiles).toBe(1);
    } finally {
      vi.unstubAllGlobals();
    }
  });
});

/**
 * PDF figures for `npm run bench`: time to build the PDF files for a large case (every exhibit
 * included, a 10,000-character story, a long explanation) in Node (both files) and in headless
 * Chromium (the letter to send, as a click makes it), and the letter's size. Targets (issue 5):
 * ≤ 500 ms in Chromium, ≤ 200 KB.
 */
import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import pages from '../../locales/en/pages.json';
import { evidenceItems } from '../../src/domain';
import { renderDocuments } from '../../src/pdf/render-letter-pdf';
import { seedCase } from '../e2e/support/app';
import { launchBrowser, openPage } from '../e2e/support/browser';
import { record } from './record';
import { inCourtBaseline, walk } from '../unit/domain/walk';
import { letterFor, pdfInput } from '../unit/pdf/support';

const baseURL = inject('baseURL');
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const sentence = 'We have lived in the same apartment since 2012 and my children go to the school down the street. ';
const largeCase = walk(
  {
    ...inCourtBaseline,
    'history.entryDate': '2009-04', 'history.ageAtEntry': 9,
    'favourable.family': [{ relationship: 'child', status: 'citizen' }, { relationship: 'spouse', status: 'permanent_resident' }],
    'favourable.primaryCaregiver': 'yes', 'favourable.work': 'yes', 'favourable.taxes': 'yes', 'favourable.community': 'yes',
    'favourable.education': 'us_high_school_or_ged', 'favourable.seriousIllness': 'yes', 'favourable.crimeVictim': 'yes',
    'history.applications': { u_visa: 'pending', adjustment: 'possible' },
    'person.phone': '(312) 555-0100',
  },
  {
    letter: {
      office: { kind: 'listed', id: 'opla-chicago' },
      story: sentence.repeat(Math.floor(10_000 / sentence.length)),
      concernsExplanation: sentence.repeat(20),
    },
    checklist: { included: evidenceItems.filter((i) => i.exhibit).map((i) => i.id) },
  },
).c;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const round = (x: number) => Math.round(x);


it('builds the large-case PDF in Node', async () => {
  const letter = letterFor(largeCase)!;
  const input = pdfInput(letter);
  await renderDocuments(input); // warm-up (font parsing, JIT)
  const times: number[] = [];
  let size = 0;
  for (let i = 0; i < 10; i++) {
    const t0 = performance.now();
    size = (await renderDocuments(input)).toSend.length;
    times.push(performance.now() - t0);
  }
  console.log(`pdf node: median ${round(median(times))} ms, max ${round(Math.max(...times))} ms, size ${(size / 1000).toFixed(1)} kB, exhibits ${letter.exhibits.length}`);
  record('pdfNode', { medianMs: round(median(times)), maxMs: round(Math.max(...times)), bytes: size, exhibits: letter.exhibits.length });
  expect(size).toBeGreaterThan(0);
});

it('builds the large-case PDF in Chromium (click to download)', async () => {
  const { context, page } = await openPage(browser, baseURL, { serviceWorkers: 'allow', viewport: { width: 1024, height: 900 } });
  try {
    await seedCase(page, largeCase, '#/letter');
    const button = page.getByRole('button', { name: pages.letter.pdf.button });
    const once = async () => {
      const t0 = performance.now();
      const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
      const ms = performance.now() - t0;
      const file = await download.path();
      return { ms, bytes: file ? readFileSync(file).length : 0 };
    };
    const first = await once(); // includes loading the PDF code and the font
    const runs = [];
    for (let i = 0; i < 5; i++) runs.push(await once());
    const times = runs.map((r) => r.ms);
    console.log(`pdf chromium: first ${round(first.ms)} ms (loads code + font), then median ${round(median(times))} ms, max ${round(Math.max(...times))} ms, size ${(runs[0]!.bytes / 1000).toFixed(1)} kB`);
    record('pdfChromium', { firstMs: round(first.ms), medianMs: round(median(times)), maxMs: round(Math.max(...times)), bytes: runs[0]!.bytes });
    expect(runs[0]!.bytes).toBeGreaterThan(0);
  } finally {
    await context.close();
  }
});

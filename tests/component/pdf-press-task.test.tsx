// @vitest-environment jsdom
/**
 * Pressing download ends its own task with the "Making…" line on the page; the file's words are
 * gathered and handed to the PDF code in a later task. Together they made one task of 50–97 ms
 * on a slow phone now and then (issue 17: no task over 50 ms during a PDF build).
 */
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { expect, it, vi } from 'vitest';
import { inCourtBaseline } from '../unit/domain/walk';
import { renderPage, seed } from './support/pages';
import en from '../../locales/en/pages.json';
import { downloadPageSetup } from './support/download-page';
import type * as PdfInNode from './support/pdf-in-node';

const seen = vi.hoisted(() => ({ laterTaskRan: [] as boolean[], status: [] as string[], marker: { ran: false } }));
vi.mock('../../src/pdf', async () => {
  const real: typeof PdfInNode = await import('./support/pdf-in-node');
  return {
    ...real,
    createPdfDocument: (...args: Parameters<typeof real.createPdfDocument>) => {
      seen.laterTaskRan.push(seen.marker.ran);
      seen.status.push(document.getElementById('pdf-status')?.textContent ?? '');
      return real.createPdfDocument(...args);
    },
  };
});
vi.setConfig({ testTimeout: 30_000 });

const saved = downloadPageSetup();

it('shows "Making…" and ends the press before it builds the file', async () => {
  seed(inCourtBaseline, { letter: { office: { kind: 'listed', id: 'opla-chicago' } }, checklist: { included: ['personal-declaration', 'photo-id'] } });
  renderPage('/letter');
  const button = await screen.findByRole('button', { name: en.letter.pdf.button });
  // Warm once, so the PDF code is loaded and only the press is measured.
  fireEvent.click(button);
  await waitFor(() => expect(saved).toHaveLength(1));
  seen.laterTaskRan.length = 0;
  seen.status.length = 0;

  // A task queued just before the press: it runs before the file is built only if the press yields.
  seen.marker.ran = false;
  setTimeout(() => (seen.marker.ran = true), 0);
  fireEvent.click(button);
  await waitFor(() => expect(saved).toHaveLength(2));
  expect(seen.laterTaskRan).toEqual([true]);
  expect(seen.status).toEqual([en.letter.pdf.workingLetter]);
});

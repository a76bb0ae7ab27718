// @vitest-environment jsdom
/**
 * Pressing download ends its own task at once: the "Making…" line renders in a later task, and
 * the file's words are gathered and handed to the PDF code in another. In one task they made
 * 50–97 ms on a slow phone now and then (issue 17: no task over 50 ms during a PDF build). A
 * second tap before the line shows makes no second file.
 */
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { expect, it, vi } from 'vitest';
import { inCourtBaseline } from '../unit/domain/walk';
import { renderPage, seed } from './support/pages';
import en from '../../locales/en/pages.json';
import { downloadPageSetup } from './support/download-page';
import type * as PdfInNode from './support/pdf-in-node';

const seen = vi.hoisted(() => ({ laterTaskRan: [] as boolean[], status: [] as string[], marker: { ran: false }, workerMs: 0 }));
vi.mock('../../src/pdf', async () => {
  const real: typeof PdfInNode = await import('./support/pdf-in-node');
  return {
    ...real,
    createPdfDocument: (...args: Parameters<typeof real.createPdfDocument>) => {
      seen.laterTaskRan.push(seen.marker.ran);
      seen.status.push(document.getElementById('pdf-status')?.textContent ?? '');
      // In the page the file is made in a worker, which takes a while and leaves the page's thread free.
      return new Promise((resolve) => setTimeout(resolve, seen.workerMs)).then(() => real.createPdfDocument(...args));
    },
  };
});
vi.setConfig({ testTimeout: 30_000 });

const saved = downloadPageSetup();

/**
 * The first file is saved and the page says so: only then is the button pressable again. The file
 * is saved a moment before the "saved" line renders; a press in that moment found the button
 * still disabled and made nothing (a CI run on a loaded machine).
 */
async function firstFileShown(button: HTMLElement): Promise<void> {
  await waitFor(() => {
    expect(saved).toHaveLength(1);
    expect(document.getElementById('pdf-status')!.textContent).toBe(en.letter.pdf.doneLetter.replace('{{fileName}}', saved[0]!.name));
    expect((button as HTMLButtonElement).disabled).toBe(false);
  });
}

it('shows "Making…" and ends the press before it builds the file', async () => {
  seed(inCourtBaseline, { letter: { office: { kind: 'listed', id: 'opla-chicago' } }, checklist: { included: ['personal-declaration', 'photo-id'] } });
  renderPage('/letter');
  const button = await screen.findByRole('button', { name: en.letter.pdf.button });
  // Warm once, so the PDF code is loaded and only the press is measured.
  fireEvent.click(button);
  await firstFileShown(button);
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

it('renders "Making…" after the press\'s own task, and a second quick tap makes no second file', async () => {
  seed(inCourtBaseline, { letter: { office: { kind: 'listed', id: 'opla-chicago' } }, checklist: { included: ['personal-declaration', 'photo-id'] } });
  renderPage('/letter');
  const button = await screen.findByRole<HTMLButtonElement>('button', { name: en.letter.pdf.button });
  fireEvent.click(button);
  await firstFileShown(button);
  seen.laterTaskRan.length = 0;
  seen.workerMs = 30;
  const status = document.getElementById('pdf-status')!;
  const before = status.textContent;
  const shown: string[] = [];
  const watch = new MutationObserver(() => shown.push(status.textContent ?? ''));
  watch.observe(status, { childList: true, subtree: true, characterData: true });

  // As the browser hands over a person's taps: outside act(), so React schedules its work as it would on a page.
  const env = globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean };
  const wasAct = env.IS_REACT_ACT_ENVIRONMENT;
  env.IS_REACT_ACT_ENVIRONMENT = false;
  try {
    button.click();
    button.click();
    // React renders an urgent update in a microtask at the end of the press's task: let those run.
    await new Promise<void>((resolve) => queueMicrotask(resolve));
    expect(status.textContent).toBe(before);
    expect(button.disabled).toBe(false);

    await waitFor(() => expect(saved).toHaveLength(2));
    await new Promise((resolve) => setTimeout(resolve, 50));
  } finally {
    env.IS_REACT_ACT_ENVIRONMENT = wasAct;
    seen.workerMs = 0;
    watch.disconnect();
  }
  expect(saved).toHaveLength(2);
  expect(seen.laterTaskRan).toHaveLength(1);
  expect(shown).toContain(en.letter.pdf.workingLetter);
  expect(shown.at(-1)).toBe(before);
});

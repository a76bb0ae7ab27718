// @vitest-environment jsdom
/**
 * The browser's first date formatter is slow to make (about 80 ms on a slow phone), and the
 * answers page used to make it as it opened. Now a question page from the second section on has
 * it made while the person reads it, once, in the page's language (src/app/app.tsx,
 * `prepareDates`); the first section's pages, which come with the first download, do not.
 */
import { cleanup, screen, waitFor } from '@testing-library/react';
import { afterEach, expect, it, vi } from 'vitest';
import { stepUrl } from '../../src/ui/paths';
import { inCourtBaseline, walk } from '../unit/domain/walk';
import { renderApp } from './render-app';
import type * as Format from '../../src/ui/format';

const prepared = vi.hoisted(() => [] as string[]);
vi.mock('../../src/ui/format', async (importOriginal) => {
  const real = await importOriginal<typeof Format>();
  return {
    ...real,
    prepareDateFormats: (locale: Format.UiLocale) => {
      prepared.push(locale);
      real.prepareDateFormats(locale);
    },
  };
});

afterEach(() => cleanup());

it('makes the date formatters from the second section’s questions on, once, in the page’s language', async () => {
  const c = walk(inCourtBaseline).c;
  await renderApp(stepUrl('in-proceedings'), c, 'es');
  await screen.findByRole('heading', { level: 1 });
  await new Promise((resolve) => setTimeout(resolve, 200));
  expect(prepared).toEqual([]);
  cleanup();

  await renderApp(stepUrl('court-status'), c, 'es');
  await screen.findByRole('heading', { level: 1 });
  // Not in the frame that shows the page.
  expect(prepared).toEqual([]);
  await waitFor(() => expect(prepared).toEqual(['es-US']), { timeout: 2000 });
  cleanup();

  // Once only.
  await renderApp(stepUrl('contact'), c, 'es');
  await screen.findByRole('heading', { level: 1 });
  await new Promise((resolve) => setTimeout(resolve, 300));
  expect(prepared).toEqual(['es-US']);
});

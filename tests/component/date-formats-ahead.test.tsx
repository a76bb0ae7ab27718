// @vitest-environment jsdom
/**
 * The browser's first date formatter is slow to make (about 80 ms on a slow phone), and the
 * answers page, the first page after the questions, used to make it as it opened. A question
 * page now has it made once it is on screen and idle, once per visit, in the page's language
 * (issue 17).
 */
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, expect, it, vi } from 'vitest';
import en from '../../locales/en/common.json';
import { enQuestions as q } from '../fixtures/question-strings';
import { emptyCase } from '../../src/domain';
import { stepUrl } from '../../src/ui/paths';
import { useCaseStore } from '../../src/state/case-store';
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

it('makes the date formatters once a question page shows, once per visit, in its language', async () => {
  useCaseStore.setState({ caseData: emptyCase(), loadError: null });
  await renderApp(stepUrl('detained'), undefined, 'es');
  await screen.findAllByRole('radio');
  // Not in the frame that shows the page.
  expect(prepared).toEqual([]);
  await waitFor(() => expect(prepared).toEqual(['es-US']), { timeout: 1000 });
  cleanup();

  await renderApp(stepUrl('detained'));
  fireEvent.click(await screen.findByRole('radio', { name: q.options.yesNo.yes }));
  fireEvent.click(screen.getByRole('button', { name: en.actions.continue }));
  await screen.findByText(q.steps['detention-place'].title);
  // Give the new page its idle moment: nothing more is made.
  await new Promise((resolve) => setTimeout(resolve, 100));
  expect(prepared).toEqual(['es-US']);
});

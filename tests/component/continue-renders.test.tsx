// @vitest-environment jsdom
/**
 * Issue 17 (step time): Continue does not draw the page it leaves once more before the next page.
 * It used to on a page whose choices had been changed: the form's submit cleared an error flag
 * that was already clear, and React then ran the whole page again (its progress and back link
 * work the flow out) in a commit of its own, before the checks and the next page.
 */
import { act, fireEvent, screen } from '@testing-library/react';
import { beforeEach, expect, it, vi } from 'vitest';
import en from '../../locales/en/common.json';
import type * as Domain from '../../src/domain';
import { stepUrl } from '../../src/ui/paths';
import { enQuestions as q } from '../fixtures/question-strings';
import { inCourtBaseline, walk } from '../unit/domain/walk';
import { renderApp } from './render-app';
import { startEachTestAfresh } from './support/fresh-page';

/** Each question page works out its section's progress once per drawing: counted by step. */
const drawings = vi.hoisted(() => new Map<string, number>());
vi.mock('../../src/domain', async (importOriginal) => {
  const original = await importOriginal<typeof Domain>();
  return {
    ...original,
    sectionProgress: (...args: Parameters<typeof Domain.sectionProgress>) => {
      drawings.set(args[2], (drawings.get(args[2]) ?? 0) + 1);
      return original.sectionProgress(...args);
    },
  };
});

startEachTestAfresh();
beforeEach(() => drawings.clear());

it('does not draw the page again on Continue, after its choices were changed', async () => {
  const { c } = walk(inCourtBaseline);
  await renderApp(stepUrl('representation'), c);
  await screen.findByRole('heading', { level: 1 });
  // A choice changed and changed back: the page is drawn for each change.
  await act(async () => fireEvent.click(document.getElementById('f-representation-kind-attorney')!));
  await act(async () => fireEvent.click(document.getElementById('f-representation-kind-none')!));
  drawings.clear();
  // The click and the work React does at once for it; the checks run after (they are async).
  act(() => {
    fireEvent.click(screen.getByRole('button', { name: en.actions.continue }));
  });
  expect(drawings.get('representation') ?? 0).toBe(0);
  await screen.findByRole('heading', { level: 1, name: q.steps['entry-date'].title });
  expect(drawings.get('entry-date')).toBeGreaterThan(0);
});

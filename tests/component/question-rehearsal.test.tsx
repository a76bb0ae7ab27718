// @vitest-environment jsdom
/**
 * From the second question page shown in a tab, the wizard rehearses one page of each kind of
 * question not met yet (src/ui/rehearsal.tsx), unseen; the page on screen keeps its title, its
 * focus and its answers (issue 17: the first court picker or tick list was the slowest step).
 */
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, expect, it, vi } from 'vitest';
import en from '../../locales/en/common.json';
import { enQuestions as q } from '../fixtures/question-strings';
import { emptyCase, type Step, stepNumber, steps } from '../../src/domain';
import { pagesToRehearse } from '../../src/features/wizard/rehearsed-pages';
import { stepUrl } from '../../src/ui/paths';
import { useCaseStore } from '../../src/state/case-store';
import { renderApp } from './render-app';
import type * as RehearsalModule from '../../src/ui/rehearsal';

const seen = vi.hoisted(() => ({ asked: [] as string[][], drawn: [] as string[] }));
vi.mock('../../src/ui/rehearsal', async (importOriginal) => {
  const real = await importOriginal<typeof RehearsalModule>();
  // Drawn after the page's form: it is reached only if the form drew without an error.
  const Drawn = ({ id }: { id: string }) => {
    if (!seen.drawn.includes(id)) seen.drawn.push(id);
    return null;
  };
  return {
    Rehearsal: ({ items, render }: { items: readonly Step[]; render: (item: Step) => ReactNode }) => {
      if (!seen.asked.some((a) => a.join() === items.map((s) => s.id).join())) seen.asked.push(items.map((s) => s.id));
      return <real.Rehearsal items={items} render={(step) => (<>{render(step)}<Drawn id={step.id} /></>)} />;
    },
  };
});

afterEach(() => cleanup());

it('starts on the second page, draws each page of a new kind, and leaves the page on screen alone', { timeout: 15_000 }, async () => {
  useCaseStore.setState({ caseData: emptyCase(), loadError: null });
  await renderApp(stepUrl('detained'));
  await screen.findByRole('radio', { name: q.options.yesNo.no });
  // The first page's idle moments go to the app's start.
  await new Promise((r) => setTimeout(r, 300));
  expect(seen.asked).toEqual([]);

  fireEvent.click(screen.getByRole('radio', { name: q.options.yesNo.no }));
  fireEvent.click(screen.getByRole('button', { name: en.actions.continue }));
  await screen.findByRole('heading', { name: q.fields.posture.receivedNta.label });
  expect(stepNumber('notice-to-appear')?.number).toBe(3);
  const expected = pagesToRehearse(steps.find((s) => s.id === 'notice-to-appear')!, steps, new Set()).map((s) => s.id);
  expect(expected).toContain('court-details');
  await waitFor(() => expect(seen.drawn).toEqual(expected), { timeout: 4000 });
  expect(seen.asked).toEqual([expected]);

  // The page on screen: its title, one form, and its answer goes through.
  await waitFor(() => expect(document.title).toBe(`Question 3 of ${steps.length}: ${q.sections.situation} – ${en.app.name}`));
  expect(document.querySelectorAll('form')).toHaveLength(1);
  expect(document.querySelectorAll('select')).toHaveLength(0);
  fireEvent.click(screen.getByRole('radio', { name: q.options.tri.no }));
  fireEvent.click(screen.getByRole('button', { name: en.actions.continue }));
  await screen.findByRole('heading', { name: q.fields.posture.finalOrder.label });
  expect(useCaseStore.getState().caseData.posture.receivedNta).toBe('no');
  // Once per tab: the next page rehearses nothing new.
  await new Promise((r) => setTimeout(r, 300));
  expect(seen.asked).toEqual([expected]);
});

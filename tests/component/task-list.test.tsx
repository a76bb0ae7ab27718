// @vitest-environment jsdom
/** "Your questions" (the task list): each part's status, where its link goes, and one part's answers. */
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import en from '../../locales/en/common.json';
import enPages from '../../locales/en/pages.json';
import { enQuestions as q } from '../fixtures/question-strings';
import { emptyCase, setField, taskList } from '../../src/domain';
import { paths, stepUrl } from '../../src/ui/paths';
import { useCaseStore } from '../../src/state/case-store';
import { wipeAllStorage } from '../../src/state/device-storage';
import { inCourtBaseline, SCENARIO_DATE, walk } from '../unit/domain/walk';
import { renderApp } from './render-app';

beforeEach(() => {
  localStorage.clear();
  wipeAllStorage();
  useCaseStore.setState({ caseData: emptyCase(), loadError: null });
});
afterEach(() => cleanup());

const rows = () =>
  screen.getAllByRole('listitem').filter((li) => li.classList.contains('task-list__item')).map((li) => ({
    name: li.querySelector('.task-list__name')?.textContent,
    status: li.querySelector('.task-list__status')?.textContent,
    link: li.querySelector('a')?.getAttribute('href') ?? null,
  }));

describe('the task list', () => {
  it('shows a new case the six usual parts: the first to start, the others not yet', async () => {
    await renderApp(paths.taskList.href());
    await screen.findByRole('heading', { level: 1, name: en.taskList.title });
    const list = rows();
    expect(list.map((r) => r.name)).toEqual(['situation', 'court-case', 'history', 'risks', 'favour', 'about-you'].map((s) => q.sections[s as keyof typeof q.sections]));
    expect(list.map((r) => r.status)).toEqual([en.taskList.status['not-started'], ...Array<string>(5).fill(en.taskList.status['cannot-start'])]);
    expect(list[0]!.link).toBe(`${stepUrl('detained')}`);
    expect(list.slice(1).every((r) => r.link === null)).toBe(true);
    expect(screen.getByText('You have finished 0 of 6 parts.')).toBeTruthy();
    // The status is read with the part's name.
    const link = screen.getByRole('link', { name: q.sections.situation });
    expect(document.getElementById(link.getAttribute('aria-describedby')!)?.textContent).toBe(en.taskList.status['not-started']);
    expect(screen.getByRole('link', { name: en.taskList.start })).toBeTruthy();
  });

  it('carries on from the next question, and sends a finished part to its own answers', async () => {
    let c = walk(inCourtBaseline).c;
    // The court part half done: the questions from "ICE and your case" on are not answered yet.
    for (const path of ['posture.iceMovedToDismiss', 'posture.supervision', 'representation.kind'] as const) c = setField(c, path, undefined);
    const tasks = taskList(c, { asOf: SCENARIO_DATE });
    // The later parts keep their answers: they stay completed (a new question in part 2 does not undo them).
    expect(tasks.map((t) => t.status)).toEqual(['completed', 'in-progress', 'completed', 'completed', 'completed', 'completed']);
    const { router } = await renderApp(paths.taskList.href(), c);
    await screen.findByRole('heading', { level: 1, name: en.taskList.title });
    expect(rows()[1]!.link).toBe(`${stepUrl('ice-supervision')}`);
    fireEvent.click(screen.getByRole('link', { name: en.actions.continue }));
    await waitFor(() => expect(router.state.location.pathname).toBe(stepUrl('ice-supervision')));
  });

  it('opens one part\'s answers from a finished part, and goes back to the list from there', async () => {
    const { router } = await renderApp(paths.taskList.href(), walk(inCourtBaseline).c);
    await screen.findByRole('heading', { level: 1, name: en.taskList.title });
    expect(rows().every((r) => r.status === en.taskList.status.completed)).toBe(true);
    expect(screen.getByRole('link', { name: en.taskList.checkAll }).getAttribute('href')).toBe(`${paths.review.href()}`);
    fireEvent.click(screen.getByRole('link', { name: q.sections.history }));
    await screen.findByRole('heading', { level: 1, name: enPages.review.title });
    expect(router.state.location.search).toBe('?section=history');
    // Only that part's answers, and a way back to the list instead of the result.
    expect(screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)).toEqual([q.sections.history]);
    expect(screen.queryByRole('link', { name: enPages.review.submit })).toBeNull();
    const change = within(screen.getByText(q.fields.history.entryManner.label, { selector: 'dt' }).closest('.summary-list__row') as HTMLElement).getByRole('link');
    expect(change.getAttribute('href')).toBe(`${stepUrl('entry-manner', true, 'history')}`);
    fireEvent.click(change);
    await screen.findByRole('button', { name: en.actions.saveAndReview });
    fireEvent.click(screen.getByRole('button', { name: en.actions.saveAndReview }));
    // Back to that part's answers, then to the list.
    await waitFor(() => expect(router.state.location.search).toBe('?section=history'));
    fireEvent.click(await screen.findByRole('link', { name: en.taskList.back }));
    await screen.findByRole('heading', { level: 1, name: en.taskList.title });
  }, 15_000);

  it('is where "Start now" leads after the saving choice, and where a question page\'s "See all parts" goes', async () => {
    const { router } = await renderApp(paths.saving.href());
    fireEvent.click(await screen.findByLabelText(en.saving.device));
    fireEvent.click(screen.getByRole('button', { name: en.actions.continue }));
    await screen.findByRole('heading', { level: 1, name: en.taskList.title });
    fireEvent.click(screen.getByRole('link', { name: en.taskList.start }));
    await screen.findByRole('heading', { level: 1, name: q.fields.posture.detained.label });
    expect(router.state.location.pathname).toBe(stepUrl('detained'));
    // The first question's Back goes to the list too.
    expect(screen.getByRole('link', { name: en.actions.back }).getAttribute('href')).toBe(`${paths.taskList.href()}`);
    fireEvent.click(screen.getByRole('link', { name: en.taskList.allParts }));
    await screen.findByRole('heading', { level: 1, name: en.taskList.title });
  });
});

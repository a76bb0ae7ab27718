// @vitest-environment jsdom
/** The start page (GOV.UK start pattern) and the saving choice after "Start now" (issue 16 §1). */
import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import en from '../../locales/en/common.json';
import es from '../../locales/es/common.json';
import { getStorageMode, wipeAllStorage } from '../../src/state/device-storage';
import { useCaseStore } from '../../src/state/case-store';
import { inCourtBaseline, walk } from '../unit/domain/walk';
import { renderApp } from './render-app';

beforeEach(() => {
  localStorage.clear();
  sessionStorage.clear();
  wipeAllStorage();
  act(() => useCaseStore.getState().startOver());
});
afterEach(() => cleanup());

describe('the start page', () => {
  it('puts "Start now" right after the heading and two short lines, and "Before you start" below it', async () => {
    await renderApp('/');
    const start = await screen.findByRole('button', { name: en.actions.start });
    const before = screen.getByRole('heading', { level: 2, name: en.start.before });
    // In document order: the button, then "Before you start" and its parts (h3).
    expect(start.compareDocumentPosition(before) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(screen.getByRole('heading', { level: 3, name: en.start.does.heading })).toBeTruthy();
    // No saving question here any more: it is asked on the next page, with nothing chosen.
    expect(screen.queryByRole('radio')).toBeNull();
  });

  it('offers a returning person "Continue where you left off" at the top, not "Start now"', async () => {
    await renderApp('/', walk(inCourtBaseline).c);
    const resume = await screen.findByRole('link', { name: en.actions.resume });
    expect(screen.queryByRole('button', { name: en.actions.start })).toBeNull();
    expect(resume.compareDocumentPosition(screen.getByRole('heading', { level: 2, name: en.start.before })) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });
});

describe('the saving choice', () => {
  it('has nothing chosen; "Continue" alone says what to do, and a choice then leads to the questions', async () => {
    const { router } = await renderApp('/');
    fireEvent.click(await screen.findByRole('button', { name: en.actions.start }));
    const group = await screen.findByRole('group', { name: en.saving.legend });
    expect(screen.getByRole('heading', { level: 1, name: en.saving.legend })).toBeTruthy();
    for (const radio of within(group).getAllByRole('radio')) expect((radio as HTMLInputElement).checked).toBe(false);

    fireEvent.click(screen.getByRole('button', { name: en.actions.continue }));
    const summary = await screen.findByRole('alert');
    expect(summary.textContent).toContain(en.saving.error);
    expect(document.activeElement).toBe(summary);
    await waitFor(() => expect(document.title.startsWith(en.errors.titlePrefix)).toBe(true));
    expect(router.state.location.pathname).toBe('/saving');

    fireEvent.click(within(group).getByLabelText(en.saving.session));
    expect(screen.queryByRole('alert')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: en.actions.continue }));
    // The task list ("Your questions") comes next, and its button starts the questions.
    await screen.findByRole('heading', { level: 1, name: en.taskList.title });
    expect(router.state.location.pathname).toBe('/questions');
    expect(getStorageMode()).toBe('session');
  });

  it('is asked in Spanish too, and sends a person with answers back to where they were', async () => {
    await renderApp('/saving', undefined, 'es');
    expect(await screen.findByRole('heading', { level: 1, name: es.saving.legend })).toBeTruthy();
    cleanup();
    const { router } = await renderApp('/saving', walk(inCourtBaseline).c);
    await screen.findByRole('heading', { level: 1 });
    expect(router.state.location.pathname).not.toBe('/saving');
  });
});

// @vitest-environment jsdom
/**
 * A question page whose checks cannot load (the connection dropped before the app was saved for
 * offline use): Continue says so, focus moves to the message, and the answer chosen stays.
 */
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import en from '../../locales/en/common.json';
import { enQuestions as q } from '../fixtures/question-strings';
import { emptyCase } from '../../src/domain';
import { stepUrl } from '../../src/ui/paths';
import { useCaseStore } from '../../src/state/case-store';
import { wipeAllStorage } from '../../src/state/device-storage';
import { renderApp } from './render-app';

vi.mock('../../src/features/wizard/step-form-rules', () => {
  throw new Error('Failed to fetch dynamically imported module');
});

beforeEach(() => {
  localStorage.clear();
  wipeAllStorage();
  useCaseStore.setState({ caseData: emptyCase(), loadError: null });
});
afterEach(() => cleanup());

it('says the page could not be checked, moves focus there, and keeps the answer', async () => {
  const { router } = await renderApp(stepUrl('detained'));
  const no = await screen.findByRole('radio', { name: q.options.yesNo.no });
  fireEvent.click(no);
  fireEvent.click(screen.getByRole('button', { name: en.actions.continue }));
  const alert = await screen.findByText(en.errors.checkFailed);
  expect(alert.getAttribute('role')).toBe('alert');
  await waitFor(() => expect(document.activeElement).toBe(alert));
  expect((no as HTMLInputElement).checked).toBe(true);
  expect(router.state.location.pathname).toBe(stepUrl('detained'));
  expect(useCaseStore.getState().caseData.posture.detained).toBeUndefined();
});

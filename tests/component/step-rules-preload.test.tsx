// @vitest-environment jsdom
/**
 * A question page's checks (zod, `step-form-rules`) are not in the first question's download, but
 * they are fetched as soon as that question is on screen and the browser is idle, with no tap
 * needed: a quick first Continue no longer waits for them (issue 17).
 */
import { cleanup, screen, waitFor } from '@testing-library/react';
import { afterEach, expect, it, vi } from 'vitest';
import { enQuestions as q } from '../fixtures/question-strings';
import { emptyCase } from '../../src/domain';
import { stepUrl } from '../../src/ui/paths';
import { useCaseStore } from '../../src/state/case-store';
import { renderApp } from './render-app';

const rules = vi.hoisted(() => ({ loads: 0 }));
vi.mock('../../src/features/wizard/step-form-rules', async (importOriginal) => {
  rules.loads++;
  return importOriginal();
});

afterEach(() => cleanup());

it('fetches the checks once the first question shows, before any tap or key', async () => {
  useCaseStore.setState({ caseData: emptyCase(), loadError: null });
  await renderApp(stepUrl('detained'));
  await screen.findByRole('radio', { name: q.options.yesNo.no });
  // Well under the 2 s the page used to wait before fetching them.
  await waitFor(() => expect(rules.loads).toBe(1), { timeout: 500 });
});

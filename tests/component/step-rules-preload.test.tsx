// @vitest-environment jsdom
/**
 * A question page's checks (zod, `step-form-rules`) are not in the first question's download, but
 * they are fetched as soon as that question is on screen and the browser is idle, with no tap
 * needed: a quick first Continue no longer waits for them. Each page then makes its own checks
 * while it waits for the person, not at Continue (issue 17).
 */
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, expect, it, vi } from 'vitest';
import en from '../../locales/en/common.json';
import { enQuestions as q } from '../fixtures/question-strings';
import { emptyCase } from '../../src/domain';
import { stepUrl } from '../../src/ui/paths';
import { useCaseStore } from '../../src/state/case-store';
import { renderApp } from './render-app';
import type * as StepFormRules from '../../src/features/wizard/step-form-rules';

const rules = vi.hoisted(() => ({ loads: 0, prepared: [] as string[] }));
vi.mock('../../src/features/wizard/step-form-rules', async (importOriginal) => {
  const real = await importOriginal<typeof StepFormRules>();
  // Counted once loaded: an import made while this factory still runs can get the module without
  // this wrapper, so the first test waits until it has finished (else the second test can miss
  // its page's checks; seen in CI).
  rules.loads++;
  return {
    ...real,
    prepareStepChecks: (...args: Parameters<typeof real.prepareStepChecks>) => {
      rules.prepared.push(`${args[0].id}: ${args[2].map((f) => f.path).join(', ')}`);
      real.prepareStepChecks(...args);
    },
  };
});

afterEach(() => cleanup());

it('fetches the checks once the first question shows, before any tap or key', async () => {
  useCaseStore.setState({ caseData: emptyCase(), loadError: null });
  await renderApp(stepUrl('detained'));
  await screen.findByRole('radio', { name: q.options.yesNo.no });
  // Well under the 2 s the page used to wait before fetching them.
  await waitFor(() => expect(rules.loads).toBe(1), { timeout: 500 });
});

it("makes each page's checks before Continue, for the questions the page asks", async () => {
  useCaseStore.setState({ caseData: emptyCase(), loadError: null });
  rules.prepared.length = 0;
  await renderApp(stepUrl('detained'));
  await screen.findByRole('radio', { name: q.options.yesNo.no });
  // Any time before Continue will do (the page waits for an idle moment): under a loaded CI run it
  // took over 500 ms once, so the usual wait applies here, not the first test's bound.
  await waitFor(() => expect(rules.prepared).toEqual(['detained: posture.detained']));
  fireEvent.click(screen.getByRole('radio', { name: q.options.yesNo.yes }));
  fireEvent.click(screen.getByRole('button', { name: en.actions.continue }));
  await screen.findByText(q.steps['detention-place'].title);
  await waitFor(() => expect(rules.prepared).toEqual(['detained: posture.detained', 'detention-place: posture.detainedPerson, posture.detentionFacility']));
});

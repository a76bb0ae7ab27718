/**
 * Renders the result, checklist and letter pages in a memory router with a seeded case, the
 * way the app's hash router would show them, plus stand-ins for the pages they link to.
 */
import { render } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { ChecklistPage } from '../../../src/features/checklist/checklist-page';
import { LetterPage } from '../../../src/features/letter/letter-page';
import { ResultPage } from '../../../src/features/result/result-page';
import type { CaseData } from '../../../src/domain';
import '../../../src/app/i18n';
import { useCaseStore } from '../../../src/state/case-store';
import { type Answers, walk } from '../../unit/domain/walk';

export function seed(answers: Answers, extra: Partial<Pick<CaseData, 'letter' | 'checklist'>> = {}): CaseData {
  const { c } = walk(answers, extra);
  useCaseStore.setState({ caseData: c, loadError: null });
  return c;
}

export function renderPage(path: '/result' | '/checklist' | '/letter') {
  const router = createMemoryRouter(
    [
      { path: '/result', element: <ResultPage /> },
      { path: '/checklist', element: <ChecklistPage /> },
      { path: '/letter', element: <LetterPage /> },
      { path: '/review', element: <h1>Review stand-in</h1> },
      { path: '/questions/:code', element: <h1>Question stand-in</h1> },
    ],
    { initialEntries: [path] },
  );
  return { router, ...render(<RouterProvider router={router} />) };
}

/** A person who is detained now, with no final order: the flow ends after "final order?". */
export const detained: Answers = {
  'posture.detained': 'yes',
  'posture.detainedPerson': 'self',
  'posture.detentionFacility': 'Broadview Processing Center',
  'posture.finalOrder': 'no',
};

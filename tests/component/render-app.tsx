/** Mounts the app's layout and pages in a memory router, with the real store and translations. */
import { render } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { AppPages } from '../../src/app/app';
import type { CaseData, LanguageCode } from '../../src/domain';
import i18n from '../../src/app/i18n';
import { useCaseStore } from '../../src/state/case-store';

export async function renderApp(path: string, caseData?: CaseData, language: LanguageCode = 'en') {
  await i18n.changeLanguage(language);
  if (caseData) useCaseStore.setState({ caseData, loadError: null });
  const router = createMemoryRouter([{ path: '*', element: <AppPages /> }], { initialEntries: [path] });
  const view = render(<RouterProvider router={router} />);
  return { router, ...view };
}

// @vitest-environment jsdom
/**
 * The later questions' words load on their own (src/app/i18n.ts, src/app/later-questions.tsx): not
 * with the first download; a page that needs them shows the loading line until they are in; a
 * first-section page fetches them once the person starts answering; a language loaded after
 * that gets them at once. Each test starts from freshly loaded modules (nothing loaded yet).
 */
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import en from '../../locales/en/common.json';
import { enQuestions, esQuestions } from '../fixtures/question-strings';

afterEach(() => cleanup());

async function fresh() {
  vi.resetModules();
  const { default: i18n, ...i18nModule } = await import('../../src/app/i18n');
  const { WithLaterQuestions } = await import('../../src/app/later-questions');
  const { PageBoundary } = await import('../../src/app/page-loading');
  await i18n.changeLanguage('en');
  const show = (element: ReactNode) => {
    const router = createMemoryRouter([{ path: '/', element: <PageBoundary>{element}</PageBoundary> }]);
    return render(<RouterProvider router={router} />);
  };
  return { i18n, ...i18nModule, WithLaterQuestions, show };
}

const LATER_STEP = 'entry-date';

describe('the later questions', () => {
  it('are not loaded with the first strings; a page that needs them waits with the loading line', async () => {
    const { i18n, laterQuestionsLoaded, WithLaterQuestions, show } = await fresh();
    expect(i18n.hasResourceBundle('en', 'questions')).toBe(true);
    expect(i18n.exists(`questions:steps.${LATER_STEP}.title`)).toBe(false);
    expect(laterQuestionsLoaded()).toBe(false);

    // Reads the words when it renders, as the question page does.
    const LaterTitle = () => <h1>{i18n.t(`questions:steps.${LATER_STEP}.title`)}</h1>;
    show(<WithLaterQuestions needed><LaterTitle /></WithLaterQuestions>);
    expect(screen.getByRole('status').textContent).toBe(en.app.loading);
    expect(screen.queryByRole('heading')).toBeNull();
    const heading = await screen.findByRole('heading', { level: 1 });
    expect(heading.textContent).toBe(enQuestions.steps[LATER_STEP].title);
    // The first section's words are still there after the merge.
    expect(i18n.t('questions:fields.posture.detained.label')).toBe(enQuestions.fields.posture.detained.label);
  });

  it('are fetched on a first-section page once the person presses a key, not before', async () => {
    const { laterQuestionsLoaded, WithLaterQuestions, show } = await fresh();
    show(<WithLaterQuestions needed={false}><h1>First question</h1></WithLaterQuestions>);
    expect(screen.getByRole('heading', { name: 'First question' })).toBeTruthy();
    await new Promise((r) => setTimeout(r, 50));
    expect(laterQuestionsLoaded()).toBe(false);
    fireEvent.keyDown(window, { key: 'Tab' });
    await waitFor(() => expect(laterQuestionsLoaded()).toBe(true));
  });

  it('come with a language switched to afterwards', async () => {
    const { i18n, loadLaterQuestions } = await fresh();
    await loadLaterQuestions();
    await i18n.changeLanguage('es');
    expect(i18n.t(`questions:steps.${LATER_STEP}.title`)).toBe(esQuestions.steps[LATER_STEP].title);
    expect(i18n.t('questions:fields.posture.detained.label')).toBe(esQuestions.fields.posture.detained.label);
    await i18n.changeLanguage('en');
  });

  it('reach a language that was loaded before they were asked for', async () => {
    const { i18n, loadLaterQuestions, laterQuestionsLoaded } = await fresh();
    await i18n.changeLanguage('es');
    expect(laterQuestionsLoaded()).toBe(false);
    await loadLaterQuestions();
    expect(laterQuestionsLoaded()).toBe(true);
    expect(i18n.getFixedT('en')(`questions:steps.${LATER_STEP}.title`)).toBe(enQuestions.steps[LATER_STEP].title);
    expect(i18n.t(`questions:steps.${LATER_STEP}.title`)).toBe(esQuestions.steps[LATER_STEP].title);
    await i18n.changeLanguage('en');
  });
});

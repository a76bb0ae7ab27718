// @vitest-environment jsdom
/**
 * Issue 17 (step time): a question page draws each of its questions once when it opens. The
 * form's first render ends with a change of its state (react-hook-form); the page and its
 * questions do not render again for it, nor for a key typed in a box. Each question follows its
 * own errors, so a check still shows its message under it.
 */
import { act, cleanup, fireEvent, screen } from '@testing-library/react';
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import en from '../../locales/en/common.json';
import { enQuestions as q } from '../fixtures/question-strings';
import type { FieldPath } from '../../src/domain';
import { loadLaterInputs } from '../../src/features/wizard/field-input';
import type * as FieldPartsModule from '../../src/features/wizard/field-parts';
import { wipeAllStorage } from '../../src/state/device-storage';
import { stepUrl } from '../../src/ui/paths';
import { inCourtBaseline, walk } from '../unit/domain/walk';
import { renderApp } from './render-app';

/** How many times each question was drawn: every question input reads its words once per render. */
const drawn = vi.hoisted(() => new Map<string, number>());
vi.mock('../../src/features/wizard/field-parts', async (importOriginal) => {
  const original = await importOriginal<typeof FieldPartsModule>();
  return {
    ...original,
    useFieldText: (path: FieldPath) => {
      drawn.set(path, (drawn.get(path) ?? 0) + 1);
      return original.useFieldText(path);
    },
  };
});

beforeEach(() => {
  localStorage.clear();
  wipeAllStorage();
  drawn.clear();
});
afterEach(() => cleanup());

const courtDetails: FieldPath[] = ['posture.courtCity', 'posture.judge', 'posture.nextHearingDate', 'posture.nextHearingType'];

it('draws each question of the next page once, and not again for a key typed in a box', async () => {
  const { c } = walk(inCourtBaseline);
  const { router } = await renderApp(stepUrl('court-status'), c);
  await screen.findByRole('heading', { level: 1 });
  // The longer inputs (the court picker) load ahead around the later questions, as in the app.
  await loadLaterInputs();
  drawn.clear();
  // No frame is painted while this is counted: the court picker lists the other courts after its
  // first frame, a draw of its own (court-picker.test.tsx), which a slow run reached while
  // waiting for the heading.
  const frames = vi.spyOn(window, 'requestAnimationFrame').mockReturnValue(0);
  await act(() => router.navigate(stepUrl('court-details'), { replace: true }));
  await screen.findByRole('heading', { level: 1, name: q.steps['court-details'].title });
  frames.mockRestore();
  expect(Object.fromEntries(courtDetails.map((p) => [p, drawn.get(p)]))).toEqual(Object.fromEntries(courtDetails.map((p) => [p, 1])));

  drawn.clear();
  const judge = screen.getByLabelText(q.fields.posture.judge.label, { exact: false }) as HTMLInputElement;
  fireEvent.change(judge, { target: { value: 'Judge Ortiz' } });
  fireEvent.change(judge, { target: { value: 'Judge Ortiz-Díaz' } });
  expect(judge.value).toBe('Judge Ortiz-Díaz');
  expect([...drawn.keys()]).toEqual([]);
});

it('still shows a check’s message under its question (each question follows its own errors)', async () => {
  const { c } = walk(inCourtBaseline);
  const open = { ...c, history: { ...c.history, canProveTwoYears: undefined, everLpr: undefined } };
  await renderApp(stepUrl('presence'), open);
  await screen.findByRole('heading', { level: 1 });
  fireEvent.click(document.getElementById('f-history-canProveTwoYears-yes')!);
  fireEvent.click(screen.getByRole('button', { name: en.actions.continue }));
  await screen.findByRole('alert');
  expect(document.getElementById('f-history-everLpr-error')?.textContent).toBe(`${en.errors.prefix} ${q.fields.history.everLpr.error}`);
  expect(document.getElementById('f-history-canProveTwoYears-error')).toBeNull();
  // Answered, the message goes (the page checks again at each change after a first Continue).
  fireEvent.click(document.getElementById('f-history-everLpr-no')!);
  await vi.waitFor(() => expect(document.getElementById('f-history-everLpr-error')).toBeNull());
});

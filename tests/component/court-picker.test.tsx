// @vitest-environment jsdom
/**
 * The court picker's first frame lists only the chosen court; the other courts come once it is
 * painted (or at once on focus), and the chosen one stays chosen, as the same line (issue 17: 100
 * lines were about 30 ms of the page's first frame on a slow phone).
 */
import { act, cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import en from '../../locales/en/common.json';
import { enQuestions as q } from '../fixtures/question-strings';
import { courtsForPicker, emptyCase } from '../../src/domain';
import { stepUrl } from '../../src/ui/paths';
import { useCaseStore } from '../../src/state/case-store';
import { wipeAllStorage } from '../../src/state/device-storage';
import { inCourtBaseline, walk } from '../unit/domain/walk';
import { renderApp } from './render-app';

const COURT_COUNT = courtsForPicker().length;
const STATE_COUNT = new Set(courtsForPicker().map((c) => c.state)).size;

/** Frame callbacks held back until `paint()`: the test stands in the page's first frame. */
let frames: FrameRequestCallback[] = [];
beforeEach(() => {
  localStorage.clear();
  wipeAllStorage();
  useCaseStore.setState({ caseData: emptyCase(), loadError: null });
  frames = [];
  vi.spyOn(window, 'requestAnimationFrame').mockImplementation((cb) => frames.push(cb));
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

async function paint() {
  await act(async () => {
    const due = frames;
    frames = [];
    for (const cb of due) cb(performance.now());
    await new Promise((r) => setTimeout(r, 0));
  });
}

const courtOptions = (select: HTMLSelectElement) => [...select.querySelectorAll('optgroup > option')] as HTMLOptionElement[];

it('shows the saved court at once, then the whole list with the same court still chosen', async () => {
  await renderApp(stepUrl('court-details'), walk(inCourtBaseline).c);
  const select = (await screen.findByLabelText(q.fields.posture.courtCity.label)) as HTMLSelectElement;
  expect(select.value).toBe('Chicago, IL');
  const [chicago, ...others] = courtOptions(select);
  expect(others).toEqual([]);
  expect(chicago?.selected).toBe(true);
  // The first line ("Choose your court") and the last ("not on this list") are there from the start.
  expect(select.options[0]?.value).toBe('');
  expect(select.options[select.options.length - 1]?.textContent).toBe(q.fields.posture.courtCity.notListed);

  await paint();
  await waitFor(() => expect(courtOptions(select)).toHaveLength(COURT_COUNT));
  expect(select.querySelectorAll('optgroup')).toHaveLength(STATE_COUNT);
  expect(select.value).toBe('Chicago, IL');
  expect(courtOptions(select).find((o) => o.value === 'Chicago, IL')).toBe(chicago);

  // And it is a full list to choose from.
  fireEvent.change(select, { target: { value: 'Atlanta – W. Peachtree St, GA' } });
  fireEvent.click(screen.getByRole('button', { name: en.actions.continue }));
  await waitFor(() => expect(useCaseStore.getState().caseData.posture.courtCity).toBe('Atlanta – W. Peachtree St, GA'));
});

it('starts with no court listed when none is saved, or a city typed in an older version', async () => {
  const c = walk(inCourtBaseline).c;
  await renderApp(stepUrl('court-details'), { ...c, posture: { ...c.posture, courtCity: undefined } });
  const empty = (await screen.findByLabelText(q.fields.posture.courtCity.label)) as HTMLSelectElement;
  expect(courtOptions(empty)).toEqual([]);
  expect(empty.value).toBe('');
  cleanup();

  await renderApp(stepUrl('court-details'), { ...c, posture: { ...c.posture, courtCity: 'Springfield' } });
  const select = (await screen.findByLabelText(q.fields.posture.courtCity.label)) as HTMLSelectElement;
  expect(courtOptions(select)).toEqual([]);
  expect(select.value).toBe('other');
  await paint();
  await waitFor(() => expect(courtOptions(select)).toHaveLength(COURT_COUNT));
  expect(select.value).toBe('other');
  expect((screen.getByLabelText(q.fields.posture.courtCity.typedLabel) as HTMLInputElement).value).toBe('Springfield');
});

it('lists every court at once when the list gets focus before the page has painted', async () => {
  await renderApp(stepUrl('court-details'), walk(inCourtBaseline).c);
  const select = (await screen.findByLabelText(q.fields.posture.courtCity.label)) as HTMLSelectElement;
  expect(courtOptions(select)).toHaveLength(1);
  act(() => select.focus());
  expect(courtOptions(select)).toHaveLength(COURT_COUNT);
  expect(select.value).toBe('Chicago, IL');
});

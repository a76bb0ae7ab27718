// @vitest-environment jsdom
/**
 * "After you send it": the sent record is checked, saved with the case, shown again after a
 * reload, and can be removed; the result and letter pages link to it (EN and ES).
 */
import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { addDays, emptyCase, isoToday } from '../../src/domain';
import { loadSavedAnswers, useCaseStore } from '../../src/state/case-store';
import { inCourtBaseline, walk } from '../unit/domain/walk';
import { renderApp } from './render-app';
import { startEachTestAfresh } from './support/fresh-page';

const KEY = 'pd-helper:case';

startEachTestAfresh();

const baseline = () => walk(inCourtBaseline).c;

async function openPage(language: 'en' | 'es' = 'en') {
  const view = await renderApp('/after-sending', baseline(), language);
  await screen.findByRole('heading', { level: 1 });
  return view;
}

describe('AfterSendingPage', () => {
  it('refuses an empty form with an error summary and messages next to the fields', async () => {
    await openPage();
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    const summary = await screen.findByRole('alert');
    expect(within(summary).getByRole('link', { name: 'Enter the date you sent your request' })).toBeTruthy();
    expect(within(summary).getByRole('link', { name: 'Choose how you sent your request' })).toBeTruthy();
    const date = screen.getByLabelText('Date you sent it');
    expect(date.getAttribute('aria-invalid')).toBe('true');
    expect(date.getAttribute('aria-describedby')).toContain('sent-date-error');
    expect(screen.getByRole('group', { name: 'How did you send it?' }).getAttribute('aria-describedby')).toContain('sent-method-error');
    expect(useCaseStore.getState().caseData.sent).toBeUndefined();
  });

  it('refuses a date after today', async () => {
    await openPage();
    fireEvent.click(screen.getByRole('radio', { name: 'By mail' }));
    const date = screen.getByLabelText('Date you sent it');
    const tomorrow = new Date(Date.now() + 2 * 86_400_000).toISOString().slice(0, 10);
    fireEvent.change(date, { target: { value: tomorrow } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findAllByText('The date cannot be after today')).toHaveLength(2);
    expect(useCaseStore.getState().caseData.sent).toBeUndefined();
  });

  it('saves date, how and tracking number with the case, shows them after a reload, and removes them', async () => {
    await openPage();
    fireEvent.change(screen.getByLabelText('Date you sent it'), { target: { value: '2026-11-02' } });
    fireEvent.click(screen.getByRole('radio', { name: 'By mail' }));
    fireEvent.change(screen.getByLabelText('Tracking number (optional)'), { target: { value: '  9400 1000 ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(screen.getByRole('status').textContent).toBe('Saved on this device.');
    expect(useCaseStore.getState().caseData.sent).toEqual({ date: '2026-11-02', method: 'mail', tracking: '9400 1000' });
    expect(localStorage.getItem(KEY)).toContain('"sent":{"date":"2026-11-02","method":"mail","tracking":"9400 1000"}');
    expect(screen.getByText(/You sent your request on November 2, 2026, by mail\. Tracking number: 9400 1000\./)).toBeTruthy();

    // As after a reload: the memory is emptied, then the store reads what was saved on the device.
    cleanup();
    const saved = localStorage.getItem(KEY)!;
    useCaseStore.setState({ caseData: emptyCase() });
    localStorage.setItem(KEY, saved);
    await loadSavedAnswers();
    expect(useCaseStore.getState().caseData.sent).toEqual({ date: '2026-11-02', method: 'mail', tracking: '9400 1000' });

    await renderApp('/after-sending');
    expect((await screen.findByLabelText<HTMLInputElement>('Date you sent it')).value).toBe('2026-11-02');
    expect(screen.getByRole<HTMLInputElement>('radio', { name: 'By mail' }).checked).toBe(true);

    fireEvent.click(screen.getByRole('button', { name: 'Remove this record' }));
    expect(useCaseStore.getState().caseData.sent).toBeUndefined();
    expect(localStorage.getItem(KEY)).not.toContain('"sent"');
    expect(screen.getByRole('status').textContent).toBe('Removed.');
  });

  it('does not ask for a tracking number: without one none is kept', async () => {
    await openPage();
    fireEvent.change(screen.getByLabelText('Date you sent it'), { target: { value: isoToday() } });
    fireEvent.click(screen.getByRole('radio', { name: 'In person' }));
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(useCaseStore.getState().caseData.sent).toEqual({ date: isoToday(), method: 'in_person' });
  });

  it('speaks Spanish', async () => {
    await openPage('es');
    expect(screen.getByRole('heading', { level: 1, name: 'Después de enviar su solicitud' })).toBeTruthy();
    expect(screen.getByRole('radio', { name: 'Por correo postal' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Guardar' }));
    expect(await screen.findAllByText('Escriba la fecha en que envió su solicitud')).toHaveLength(2);
  });

  it('is linked from the result page and the letter page when there is a letter', async () => {
    const view = await renderApp('/result', baseline());
    const link = await screen.findByRole('link', { name: 'I sent my request' });
    fireEvent.click(link);
    expect(view.router.state.location.pathname).toBe('/after-sending');
    cleanup();
    await renderApp('/letter', baseline());
    expect(await screen.findByRole('link', { name: 'I sent my request' })).toBeTruthy();
  }, 20_000);

  it('says what happens next, each point with its dated sources, and where to find free legal help', async () => {
    await openPage();
    const next = screen.getByRole('region', { name: 'What happens next' });
    expect(within(next).getByText(/Last checked on November 30, 2026\./)).toBeTruthy();
    const titles = within(next).getAllByRole('heading', { level: 3 }).map((h) => h.textContent);
    expect(titles).toEqual([
      'You may not get an answer for a long time',
      'Keep going to every hearing and ICE check-in',
      'If ICE agrees',
      'If ICE joins a motion',
      'If ICE asks the judge to end (dismiss) your case',
      'If ICE says no',
    ]);
    expect(within(next).getByText(/keep going to court until you have the judge's written decision/)).toBeTruthy();
    // Each point names its sources (a disclosure per point, with the source's title).
    expect(next.querySelectorAll('details.sources')).toHaveLength(titles.length);
    expect(within(next).getByText(/Efficient Case and Docket Management/)).toBeTruthy();
    expect(screen.getByRole('region', { name: 'Free legal help' })).toBeTruthy();
  });

  it('says what happens next in Spanish', async () => {
    await openPage('es');
    const next = screen.getByRole('region', { name: 'Qué pasa después' });
    expect(within(next).getByRole('heading', { level: 3, name: 'Si ICE dice que no' })).toBeTruthy();
    expect(within(next).getByText(/Lo revisamos el 30 de noviembre de 2026\./)).toBeTruthy();
  });

  it('reminds to follow up from 6 weeks after the sent date, on this page and on the result page', async () => {
    const sentOn = addDays(isoToday(), -43);
    await renderApp('/after-sending', { ...baseline(), sent: { date: sentOn, method: 'email' } });
    const reminder = await screen.findByRole('complementary', { name: 'No answer yet?' });
    expect(within(reminder).getByText(/^It has been 6 weeks since you sent your request on /)).toBeTruthy();
    expect(within(reminder).getAllByRole('listitem')).toHaveLength(4);
    cleanup();

    const view = await renderApp('/result', { ...baseline(), sent: { date: sentOn, method: 'email' } });
    // The result page is long: a role query over all of it is slow, so find the panel by its words.
    const onResult = (await screen.findByText(/^It has been 6 weeks since you sent your request on /)).closest('aside')!;
    expect(onResult.getAttribute('aria-labelledby')).toBe('follow-up-title');
    expect(document.getElementById('follow-up-title')?.textContent).toBe('No answer yet?');
    fireEvent.click(within(onResult).getByRole('link', { name: 'See what to do after you send it' }));
    expect(view.router.state.location.pathname).toBe('/after-sending');
  }, 20_000);

  it('before 6 weeks, says from when it will suggest a follow-up, and the result page says nothing', async () => {
    const sentOn = addDays(isoToday(), -41);
    await renderApp('/after-sending', { ...baseline(), sent: { date: sentOn, method: 'mail' } });
    await screen.findByRole('heading', { level: 1 });
    expect(screen.queryByRole('complementary', { name: 'No answer yet?' })).toBeNull();
    expect(screen.getByText(/^If you have no answer by .+, come back to this page/)).toBeTruthy();
    cleanup();
    await renderApp('/result', { ...baseline(), sent: { date: sentOn, method: 'mail' } });
    await screen.findByText('Free legal help');
    expect(screen.queryByText(/since you sent your request/)).toBeNull();
  }, 20_000);

  it('says the reminder in Spanish', async () => {
    await renderApp('/after-sending', { ...baseline(), sent: { date: addDays(isoToday(), -70), method: 'mail' } }, 'es');
    const reminder = await screen.findByRole('complementary', { name: '¿Todavía no tiene respuesta?' });
    expect(within(reminder).getByText(/^Ya pasaron 10 semanas desde que envió su solicitud el /)).toBeTruthy();
  });
});

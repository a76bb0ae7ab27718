// @vitest-environment jsdom
/** The question pages, the error summary and the review page's Change round trip. */
import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import en from '../../locales/en/common.json';
import esCommon from '../../locales/es/common.json';
import enPages from '../../locales/en/pages.json';
import { enQuestions as q, esQuestions } from '../fixtures/question-strings';
import { emptyCase } from '../../src/domain';
import { stepUrl } from '../../src/ui/paths';
import { useCaseStore } from '../../src/state/case-store';
import { inCourtBaseline, walk } from '../unit/domain/walk';
import { renderApp } from './render-app';
import i18n from '../../src/app/i18n';
import { wipeAllStorage } from '../../src/state/device-storage';

beforeEach(() => {
  localStorage.clear();
  // Also forget what this tab last saved (else the empty storage reads as "deleted in another tab").
  wipeAllStorage();
  useCaseStore.setState({ caseData: emptyCase(), loadError: null });
});
afterEach(() => cleanup());

describe('a question page', () => {
  it('is a radio group in a fieldset whose legend is the page heading, with a back link and Why we ask', async () => {
    await renderApp(stepUrl('detained'));
    const heading = await screen.findByRole('heading', { level: 1, name: q.fields.posture.detained.label });
    expect(heading.closest('legend')).not.toBeNull();
    const group = screen.getByRole('group', { name: q.fields.posture.detained.label });
    expect(within(group).getByRole('radio', { name: q.options.yesNo.yes })).toBeTruthy();
    expect(screen.getByRole('link', { name: en.actions.back })).toBeTruthy();
    expect(screen.getByText(en.actions.whyWeAsk)).toBeTruthy();
    expect(screen.getByText(/Section 1 of 6/)).toBeTruthy();
    expect(screen.getByText('Question 1 of 4 in this section')).toBeTruthy();
  });

  it('shows an error summary that takes focus and links to the field, and marks the field invalid', async () => {
    await renderApp(stepUrl('detained'));
    fireEvent.click(await screen.findByRole('button', { name: en.actions.continue }));
    const summary = await screen.findByRole('alert');
    await waitFor(() => expect(document.activeElement).toBe(summary));
    expect(within(summary).getByRole('heading', { name: en.errors.summaryTitle })).toBeTruthy();
    // The question's own message says what to do, without repeating the question.
    const own = q.fields.posture.detained.error;
    const link = within(summary).getByRole('link', { name: own });
    expect(link.textContent).not.toContain(q.fields.posture.detained.label);
    fireEvent.click(link);
    expect(document.activeElement?.id).toBe('f-posture-detained-yes');
    expect(document.getElementById('f-posture-detained-error')?.textContent).toBe(`${en.errors.prefix} ${own}`);
    expect(screen.getByRole('radio', { name: q.options.yesNo.yes }).getAttribute('aria-invalid')).toBe('true');
    await waitFor(() => expect(document.title.startsWith(en.errors.titlePrefix)).toBe(true));
  });

  it('on a page of several questions, lists one message per question that says what to do', async () => {
    const c = walk(inCourtBaseline).c;
    const open = { ...c, history: { ...c.history, canProveTwoYears: undefined, everLpr: undefined } };
    await renderApp(stepUrl('presence'), open);
    fireEvent.click(await screen.findByRole('button', { name: en.actions.continue }));
    const summary = await screen.findByRole('alert');
    const messages = within(summary).getAllByRole('link').map((a) => a.textContent);
    expect(messages).toEqual([q.fields.history.canProveTwoYears.error, q.fields.history.everLpr.error]);
    expect(screen.getByText('Question 3 of 5 in this section')).toBeTruthy();
  });

  it('gives each date question an example that fits it', async () => {
    await renderApp(stepUrl('court-details'), walk(inCourtBaseline).c);
    expect(await screen.findByText(q.fields.posture.nextHearingDate.dateHint)).toBeTruthy();
    expect(q.fields.posture.nextHearingDate.dateHint).toMatch(/\/2027/);
  });

  it.each([
    // US order in English; day first in Spanish, where a date that reads both ways also says what a court notice in English means.
    ['en', '01/02/2027', 'January 2, 2027', null],
    ['es', '01/02/2027', '1 de febrero de 2027', '2 de enero de 2027'],
    ['es', '23/12/2026', '23 de diciembre de 2026', null],
  ] as const)('reads a typed date back in words under its box (%s, %s)', async (lang, typed, reading, other) => {
    const words = lang === 'es' ? esQuestions : q;
    await renderApp(stepUrl('court-details'), walk(inCourtBaseline).c, lang);
    const box = await screen.findByLabelText(words.fields.posture.nextHearingDate.label);
    const readingOf = () => document.getElementById('f-posture-nextHearingDate-reading');
    await waitFor(() => expect(readingOf()).not.toBeNull());
    expect(box.getAttribute('aria-describedby')).toContain('f-posture-nextHearingDate-reading');
    fireEvent.change(box, { target: { value: typed } });
    await waitFor(() => expect(readingOf()!.textContent).toContain(words.formats.readAs.replace('{{date}}', reading)));
    if (other) expect(readingOf()!.textContent).toContain(words.formats.otherOrder.replace('{{other}}', other));
    else expect(readingOf()!.textContent).not.toContain(words.formats.otherOrder.split('{{')[0]!);
    // Nothing to read back for words that are not a date, or "I don't know".
    fireEvent.change(box, { target: { value: 'next spring' } });
    await waitFor(() => expect(readingOf()!.textContent).toBe(''));
  });

  it('says to write the day first when a Spanish date is only real month first (12/23/2026 from an English notice)', async () => {
    await renderApp(stepUrl('court-details'), walk(inCourtBaseline).c, 'es');
    const box = await screen.findByLabelText(esQuestions.fields.posture.nextHearingDate.label);
    fireEvent.change(box, { target: { value: '12/23/2026' } });
    fireEvent.click(screen.getByRole('button', { name: esCommon.actions.continue }));
    await waitFor(() => expect(document.getElementById('f-posture-nextHearingDate-error')?.textContent).toContain(esQuestions.errors['month-first']));
  });

  it('shows the lawyer\'s name box under the answer that calls for it, and keeps no name otherwise', async () => {
    const c = walk(inCourtBaseline).c;
    const { router } = await renderApp(stepUrl('representation'), { ...c, representation: {} });
    // One question on the page until an answer opens the next: it is the page heading.
    const heading = await screen.findByRole('heading', { level: 1, name: q.fields.representation.kind.label });
    expect(heading.closest('legend')).not.toBeNull();
    expect(screen.queryByLabelText(new RegExp(q.fields.representation.name.label))).toBeNull();
    fireEvent.click(screen.getByRole('radio', { name: q.fields.representation.kind.options.attorney }));
    const name = await screen.findByLabelText(new RegExp(q.fields.representation.name.label));
    expect(name.closest('.field-reveal')).not.toBeNull();
    fireEvent.change(name, { target: { value: 'Ana Ruiz' } });
    // The heading stays the same when the box opens.
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(q.fields.representation.kind.label);
    fireEvent.click(screen.getByRole('radio', { name: q.fields.representation.kind.options.none }));
    await waitFor(() => expect(screen.queryByLabelText(new RegExp(q.fields.representation.name.label))).toBeNull());
    fireEvent.click(screen.getByRole('button', { name: en.actions.continue }));
    await waitFor(() => expect(router.state.location.pathname).toBe(stepUrl('entry-date')));
    expect(useCaseStore.getState().caseData.representation).toEqual({ kind: 'none' });
  });

  it('asks applications as ticked boxes with "None of these", and what is happening with each ticked one', async () => {
    const c = walk(inCourtBaseline).c;
    const { history } = c;
    const { router } = await renderApp(stepUrl('applications'), { ...c, history: { ...history, applications: undefined } });
    const group = await screen.findByRole('group', { name: q.fields.history.applications.label });
    // Nothing ticked: say what to do.
    fireEvent.click(screen.getByRole('button', { name: en.actions.continue }));
    const summary = await screen.findByRole('alert');
    expect(within(summary).getByRole('link', { name: new RegExp(q.errors['applications-none'].slice(0, 30)) })).toBeTruthy();
    // Ticking one shows what is happening with it; leaving that empty says so.
    const asylum = within(group).getByRole('checkbox', { name: q.options.application.asylum });
    fireEvent.click(asylum);
    const status = await within(group).findByRole('group', { name: new RegExp(q.fields.history.applications.status.replace('?', '\\?')) });
    fireEvent.click(screen.getByRole('button', { name: en.actions.continue }));
    await waitFor(() => expect(within(status).getByText(q.errors['application-status'])).toBeTruthy());
    // "None of these" unticks the others, and ticking one unticks "None of these".
    const none = within(group).getByRole('checkbox', { name: q.fields.history.applications.none });
    fireEvent.click(none);
    await waitFor(() => expect((asylum as HTMLInputElement).checked).toBe(false));
    fireEvent.click(asylum);
    await waitFor(() => expect((none as HTMLInputElement).checked).toBe(false));
    fireEvent.click(within(await within(group).findByRole('group', { name: new RegExp(q.fields.history.applications.status.replace('?', '\\?')) })).getByRole('radio', { name: q.options.applicationStatus.pending }));
    fireEvent.click(screen.getByRole('button', { name: en.actions.continue }));
    await waitFor(() => expect(router.state.location.pathname).toBe(stepUrl('criminal-any')));
    expect(useCaseStore.getState().caseData.history.applications).toEqual({ asylum: 'pending' });
  }, 15_000);

  it('picks the court from the list, or takes its city when it is not there, and shows an old typed city as typed', async () => {
    const c = walk(inCourtBaseline).c;
    const { router } = await renderApp(stepUrl('court-details'), c);
    const select = (await screen.findByLabelText(q.fields.posture.courtCity.label)) as HTMLSelectElement;
    // The saved "Chicago, IL" is the Chicago court on the list (the others follow once the page is painted).
    expect(select.value).toBe('Chicago, IL');
    await waitFor(() => expect(select.querySelectorAll('optgroup').length).toBeGreaterThan(20));
    expect(select.value).toBe('Chicago, IL');
    fireEvent.change(select, { target: { value: 'Atlanta – W. Peachtree St, GA' } });
    fireEvent.click(screen.getByRole('button', { name: en.actions.continue }));
    await waitFor(() => expect(router.state.location.pathname).not.toBe(stepUrl('court-details')));
    expect(useCaseStore.getState().caseData.posture.courtCity).toBe('Atlanta – W. Peachtree St, GA');
    cleanup();

    // "Not on this list" shows a box for the city; left empty, it says what to type.
    await renderApp(stepUrl('court-details'), c);
    const again = (await screen.findByLabelText(q.fields.posture.courtCity.label)) as HTMLSelectElement;
    fireEvent.change(again, { target: { value: 'other' } });
    const city = await screen.findByLabelText(q.fields.posture.courtCity.typedLabel);
    fireEvent.click(screen.getByRole('button', { name: en.actions.continue }));
    await screen.findByRole('alert');
    expect(screen.getAllByText(new RegExp(q.errors['court-not-listed'].slice(0, 25))).length).toBeGreaterThan(0);
    fireEvent.change(city, { target: { value: 'Guam' } });
    fireEvent.click(screen.getByRole('button', { name: en.actions.continue }));
    await waitFor(() => expect(useCaseStore.getState().caseData.posture.courtCity).toBe('Guam'));
    cleanup();

    // A city typed in an older version: shown as "not on this list" with its words.
    await renderApp(stepUrl('court-details'), { ...c, posture: { ...c.posture, courtCity: 'Springfield' } });
    const old = (await screen.findByLabelText(q.fields.posture.courtCity.label)) as HTMLSelectElement;
    await waitFor(() => expect(old.value).toBe('other'));
    expect((screen.getByLabelText(q.fields.posture.courtCity.typedLabel) as HTMLInputElement).value).toBe('Springfield');
  }, 20_000);

  it('saves the answer and moves to the next question', async () => {
    const { router } = await renderApp(stepUrl('detained'));
    fireEvent.click(await screen.findByRole('radio', { name: q.options.yesNo.no }));
    fireEvent.click(screen.getByRole('button', { name: en.actions.continue }));
    await waitFor(() => expect(router.state.location.pathname).toBe(stepUrl('notice-to-appear')));
    expect(useCaseStore.getState().caseData.posture.detained).toBe('no');
  });

  it('accepts a month and year only, and "I don\'t know"', async () => {
    const c = walk(inCourtBaseline).c;
    const { router } = await renderApp(stepUrl('entry-date'), c);
    const date = await screen.findByLabelText(q.fields.history.entryDate.label);
    fireEvent.change(date, { target: { value: '3/2012' } });
    fireEvent.click(screen.getAllByRole('checkbox', { name: en.answers.dontKnow })[1]!);
    fireEvent.click(screen.getByRole('button', { name: en.actions.continue }));
    await waitFor(() => expect(router.state.location.pathname).toBe(stepUrl('entry-manner')));
    expect(useCaseStore.getState().caseData.history.entryDate).toBe('2012-03');
    expect(useCaseStore.getState().caseData.history.ageAtEntry).toBe('unknown');
  });

  it('says how to fix a date it cannot read', async () => {
    await renderApp(stepUrl('entry-date'), walk(inCourtBaseline).c);
    fireEvent.change(await screen.findByLabelText(q.fields.history.entryDate.label), { target: { value: 'last spring' } });
    fireEvent.click(screen.getByRole('button', { name: en.actions.continue }));
    const summary = await screen.findByRole('alert');
    expect(within(summary).getByText(new RegExp(q.errors.date.slice(0, 20)))).toBeTruthy();
    expect(screen.getByLabelText(q.fields.history.entryDate.label).getAttribute('aria-invalid')).toBe('true');
  });

  it('says what is wrong with a date that cannot be, and with a number out of its range', async () => {
    await renderApp(stepUrl('entry-date'), walk(inCourtBaseline).c);
    fireEvent.change(await screen.findByLabelText(q.fields.history.entryDate.label), { target: { value: '02/31/2012' } });
    fireEvent.change(screen.getByLabelText(q.fields.history.ageAtEntry.label), { target: { value: '200' } });
    fireEvent.click(screen.getByRole('button', { name: en.actions.continue }));
    const summary = await screen.findByRole('alert');
    expect(within(summary).getAllByRole('link').map((l) => l.textContent)).toEqual([
      `${q.fields.history.entryDate.label}: ${q.errors['no-such-date']}`,
      `${q.fields.history.ageAtEntry.label}: ${q.errors['number-range'].replace('{{min}}', '0').replace('{{max}}', '120')}`,
    ]);
  });

  it('refuses an arrival date before the date of birth given, at the question, and keeps the saved answers', async () => {
    const c = walk({ ...inCourtBaseline, 'person.dateOfBirth': '1994-03-15' }).c;
    expect(c.person.dateOfBirth).toBe('1994-03-15');
    const { router } = await renderApp(stepUrl('entry-date'), c);
    fireEvent.change(await screen.findByLabelText(q.fields.history.entryDate.label), { target: { value: '1990' } });
    fireEvent.change(screen.getByLabelText(q.fields.history.ageAtEntry.label), { target: { value: '10' } });
    fireEvent.click(screen.getByRole('button', { name: en.actions.continue }));
    const summary = await screen.findByRole('alert');
    // The question's own message, which names what to check: no label in front of it.
    expect(within(summary).getAllByRole('link').map((l) => l.textContent)).toEqual([q.fields.history.entryDate.errors['entry-before-birth']]);
    expect(screen.getByLabelText(q.fields.history.entryDate.label).getAttribute('aria-invalid')).toBe('true');
    expect(router.state.location.pathname).toBe(stepUrl('entry-date'));
    expect(useCaseStore.getState().caseData.history.entryDate).toBe(c.history.entryDate);

    // Fixed: the page moves on.
    fireEvent.change(screen.getByLabelText(q.fields.history.entryDate.label), { target: { value: '2004' } });
    fireEvent.click(screen.getByRole('button', { name: en.actions.continue }));
    await waitFor(() => expect(router.state.location.pathname).toBe(stepUrl('entry-manner')));
    expect(useCaseStore.getState().caseData.history.entryDate).toBe('2004');
  });

  it('refuses an arrival date after today, says to check the month and the year, and keeps the saved one', async () => {
    const c = walk(inCourtBaseline).c;
    const { router } = await renderApp(stepUrl('entry-date'), c);
    // Next year: always after today, whatever day the test runs.
    const nextYear = String(new Date().getFullYear() + 1);
    fireEvent.change(await screen.findByLabelText(q.fields.history.entryDate.label), { target: { value: nextYear } });
    fireEvent.click(screen.getByRole('button', { name: en.actions.continue }));
    const summary = await screen.findByRole('alert');
    // The page asks two questions: the message names this one.
    expect(within(summary).getByRole('link').textContent).toBe(`${q.fields.history.entryDate.label}: ${q.errors['future-date']}`);
    expect(screen.getByLabelText(q.fields.history.entryDate.label).getAttribute('aria-invalid')).toBe('true');
    expect(router.state.location.pathname).toBe(stepUrl('entry-date'));
    expect(useCaseStore.getState().caseData.history.entryDate).toBe(c.history.entryDate);
  });

  it.each(['en', 'es'] as const)('refuses a name the printed papers cannot show, quoting the character (%s)', async (lang) => {
    const words = lang === 'en' ? q : esQuestions;
    const common = lang === 'en' ? en : esCommon;
    const c = walk(inCourtBaseline).c;
    const { router } = await renderApp(stepUrl('personal-details'), c, lang);
    fireEvent.change(await screen.findByLabelText(words.fields.person.fullName.label), { target: { value: 'Ana 😀 Pérez' } });
    fireEvent.click(screen.getByRole('button', { name: common.actions.continue }));
    const summary = await screen.findByRole('alert');
    const message = words.errors['not-printable'].replace('{{chars}}', '😀');
    // The page asks several questions: the message names this one.
    expect(within(summary).getByRole('link').textContent).toBe(`${words.fields.person.fullName.label}: ${message}`);
    expect(document.getElementById('f-person-fullName-error')?.textContent).toBe(`${common.errors.prefix} ${message}`);
    expect(router.state.location.pathname).toBe(stepUrl('personal-details'));
    expect(useCaseStore.getState().caseData.person.fullName).toBe(c.person.fullName);

    fireEvent.change(screen.getByLabelText(words.fields.person.fullName.label), { target: { value: 'Ana Pérez' } });
    fireEvent.click(screen.getByRole('button', { name: common.actions.continue }));
    await waitFor(() => expect(router.state.location.pathname).not.toBe(stepUrl('personal-details')));
    expect(useCaseStore.getState().caseData.person.fullName).toBe('Ana Pérez');
  });

  it('has a neutral URL and tab title: the question\'s number, never its subject', async () => {
    const { router } = await renderApp(stepUrl('detained'));
    await screen.findByRole('heading', { level: 1, name: q.fields.posture.detained.label });
    expect(router.state.location.pathname).toBe('/questions/q1');
    await waitFor(() => expect(document.title).toBe(`Question 1 of 31: ${q.sections.situation} – ${en.app.name}`));
  });

  it('gives a section\'s name in the title only where it says nothing about the case', async () => {
    await renderApp(stepUrl('entry-date'), walk(inCourtBaseline).c);
    await screen.findByLabelText(q.fields.history.entryDate.label);
    await waitFor(() => expect(document.title).toBe(`Question 14 of 31 – ${en.app.name}`));
  });

  it('still opens a link saved with the step\'s name (older versions), at the neutral URL', async () => {
    const { router } = await renderApp('/questions/detained');
    await waitFor(() => expect(router.state.location.pathname).toBe('/questions/q1'));
    await screen.findByRole('heading', { level: 1, name: q.fields.posture.detained.label });
  });

  it('keeps "from the review page" when it moves an old link to the neutral URL', async () => {
    const { router } = await renderApp('/questions/entry-date?from=review', walk(inCourtBaseline).c);
    await waitFor(() => expect(`${router.state.location.pathname}${router.state.location.search}`).toBe(stepUrl('entry-date', true)));
  });

  it('sends a deep link beyond the first unanswered question to that question', async () => {
    const { router } = await renderApp(stepUrl('family'));
    await waitFor(() => expect(router.state.location.pathname).toBe(stepUrl('detained')));
  });
  it('shows newer saved answers for its own page (another tab\'s save) unless the person changed something there', async () => {
    const noticeToAppear = (receivedNta?: 'yes') => ({ ...emptyCase(), posture: { detained: 'no' as const, ...(receivedNta ? { receivedNta } : {}) } });
    await renderApp(stepUrl('notice-to-appear'), noticeToAppear());
    const yes = await screen.findByRole('radio', { name: q.options.yesNo.yes });
    expect((yes as HTMLInputElement).checked).toBe(false);
    // What followOtherTabs does after another tab's save: the store takes the saved answers.
    act(() => useCaseStore.setState({ caseData: noticeToAppear('yes') }));
    await waitFor(() => expect((screen.getByRole('radio', { name: q.options.yesNo.yes }) as HTMLInputElement).checked).toBe(true));
    cleanup();

    await renderApp(stepUrl('notice-to-appear'), noticeToAppear());
    fireEvent.click(await screen.findByRole('radio', { name: q.options.yesNo.no }));
    act(() => useCaseStore.setState({ caseData: noticeToAppear('yes') }));
    // The person's own choice on this page is kept (Continue then saves it, or asks which to keep).
    expect((screen.getByRole('radio', { name: q.options.yesNo.no }) as HTMLInputElement).checked).toBe(true);
    expect((screen.getByRole('radio', { name: q.options.yesNo.yes }) as HTMLInputElement).checked).toBe(false);
  });
});

describe('a list of rows ("Add a family member")', () => {
  it('after Remove, puts the focus on the row now in its place, or on the add button when none is left', async () => {
    const later = (await import('../../locales/en/questions-later.json')).default;
    const words = later.fields.favourable.family;
    const c = walk(inCourtBaseline).c;
    await renderApp(stepUrl('family'), { ...c, favourable: { ...c.favourable, family: undefined } });
    const add = await screen.findByRole('button', { name: words.add });
    fireEvent.click(add);
    fireEvent.click(add);
    fireEvent.click(add);
    const removeButton = (n: number) => screen.getByRole('button', { name: `${en.answers.remove} ${words.row.replace('{{n}}', String(n))}` });
    const title = (n: number) => screen.getByRole('heading', { level: 3, name: words.row.replace('{{n}}', String(n)) });

    // The middle row: the row after it moves up into its place.
    removeButton(2).focus();
    fireEvent.click(removeButton(2));
    await waitFor(() => expect(document.activeElement).toBe(title(2)));
    // The last row: the one before it.
    fireEvent.click(removeButton(2));
    await waitFor(() => expect(document.activeElement).toBe(title(1)));
    // None left: the add button.
    fireEvent.click(removeButton(1));
    await waitFor(() => expect(document.activeElement).toBe(add));
    expect(screen.queryByRole('heading', { level: 3, name: words.row.replace('{{n}}', '1') })).toBeNull();
  });
});

describe('answers typed but not yet continued (kept when clinic mode locks)', () => {
  it('are saved when valid, reported when not, and nothing is claimed once the page is gone', async () => {
    const { keepTypedAnswers } = await import('../../src/state/typed-answers');
    await renderApp(stepUrl('detained'));
    await screen.findByRole('radio', { name: q.options.yesNo.no });
    expect(keepTypedAnswers()).toBe('none');
    fireEvent.click(screen.getByRole('radio', { name: q.options.yesNo.no }));
    act(() => expect(keepTypedAnswers()).toBe('kept'));
    expect(useCaseStore.getState().caseData.posture.detained).toBe('no');
    cleanup();

    const c = walk(inCourtBaseline).c;
    await renderApp(stepUrl('entry-date'), c);
    fireEvent.change(await screen.findByLabelText(q.fields.history.entryDate.label), { target: { value: '31/31/2012' } });
    act(() => expect(keepTypedAnswers()).toBe('not-kept'));
    expect(useCaseStore.getState().caseData.history.entryDate).toBe(c.history.entryDate);
    cleanup();
    expect(keepTypedAnswers()).toBe('none');
  });
});

describe('check your answers', () => {
  it('changes an answer and returns to the review page, pruning answers that became unreachable', async () => {
    const c = walk(inCourtBaseline).c;
    const { router } = await renderApp('/review', c);
    await screen.findByRole('heading', { level: 1, name: enPages.review.title });
    // The Change link names its question for screen readers.
    const change = screen.getByRole('link', { name: `${en.actions.change} ${q.fields.posture.inProceedings.label}` });
    fireEvent.click(change);
    await waitFor(() => expect(router.state.location.pathname).toBe(stepUrl('in-proceedings')));
    expect(router.state.location.search).toBe('?from=review');
    await screen.findByRole('heading', { level: 1, name: q.fields.posture.inProceedings.label });
    fireEvent.click(screen.getByRole('radio', { name: q.options.tri.no }));
    fireEvent.click(screen.getByRole('button', { name: en.actions.saveAndReview }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/review'));
    // Court details and everything after are gone from the case and from the page.
    expect(useCaseStore.getState().caseData.posture.courtCity).toBeUndefined();
    expect(useCaseStore.getState().caseData.favourable).toEqual({});
    await screen.findByRole('heading', { level: 1, name: enPages.review.title });
    expect(screen.queryByText('Chicago, IL')).toBeNull();
    expect(screen.queryByText(q.fields.posture.courtCity.label)).toBeNull();
  });

  it('puts the focus back on the changed answer after "Save and go back to your answers"', async () => {
    const c = walk(inCourtBaseline).c;
    const { router } = await renderApp(stepUrl('criminal-any', true), c);
    fireEvent.click(await screen.findByRole('radio', { name: q.options.tri.no }));
    fireEvent.click(screen.getByRole('button', { name: en.actions.saveAndReview }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/review'));
    const change = await screen.findByRole('link', { name: `${en.actions.change} ${q.fields.criminal.anyArrest.label}` });
    await waitFor(() => expect(document.activeElement).toBe(change));
    // Only after that button: the answers page opened any other way leaves the focus to the app.
    cleanup();
    await renderApp('/review', c);
    await screen.findByRole('heading', { level: 1, name: enPages.review.title });
    expect(document.activeElement?.tagName).not.toBe('A');
  });

  it('"Save and go back to your answers" goes there, even when the change opens new questions', async () => {
    const c = walk(inCourtBaseline).c;
    const { router } = await renderApp(stepUrl('criminal-any', true), c);
    fireEvent.click(await screen.findByRole('radio', { name: q.options.tri.yes }));
    fireEvent.click(screen.getByRole('button', { name: en.actions.saveAndReview }));
    // It does what it says: the answers page, which says questions are open and links to them.
    await waitFor(() => expect(router.state.location.pathname).toBe('/review'));
    await screen.findByRole('heading', { level: 1, name: enPages.review.title });
    // The kinds of case (4 questions), whether one is still open, and what has changed since.
    expect(screen.getByText(enPages.review.open.title_other.replace('{{count}}', '6'))).toBeTruthy();
    expect(screen.queryByRole('link', { name: enPages.review.submit })).toBeNull();
    // The note about the new questions comes first: the focus is not moved down to the changed answer.
    expect(document.activeElement?.tagName).not.toBe('A');
    const row = screen.getByText(q.fields.criminal.dui.label, { selector: 'dt' }).closest('.summary-list__row') as HTMLElement;
    expect(within(row).getByText(en.answers.notAnswered)).toBeTruthy();
    fireEvent.click(screen.getAllByRole('link', { name: enPages.review.open.answer })[0]!);
    await waitFor(() => expect(router.state.location.pathname + router.state.location.search).toBe(stepUrl('criminal-kinds', true)));
    // Later answers survived.
    expect(useCaseStore.getState().caseData.favourable.work).toBe('no');
  }, 15_000);

  it('shows "came back after?" under "deported before" once it is ticked', async () => {
    const c = walk(inCourtBaseline).c;
    const { router } = await renderApp(stepUrl('prior-removal', true), c);
    const reentry = new RegExp(q.fields.history.reentryAfterRemoval.label.replace(/[?.()]/g, '\\$&'));
    const deported = await screen.findByRole('checkbox', { name: q.fields.history.priorRemoval.tick });
    expect(screen.queryByRole('group', { name: reentry })).toBeNull();
    fireEvent.click(deported);
    const group = await screen.findByRole('group', { name: reentry });
    expect(group.closest('.field-reveal')).not.toBeNull();
    fireEvent.click(within(group).getByRole('radio', { name: q.options.tri.no }));
    fireEvent.click(screen.getByRole('button', { name: en.actions.saveAndReview }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/review'));
    await screen.findByRole('link', { name: enPages.review.submit });
    expect(useCaseStore.getState().caseData.history).toMatchObject({
      priorRemoval: 'yes', reentryAfterRemoval: 'no', missedHearing: 'no', priorPdRequest: 'no',
    });
  });

  it('shows a radio\'s "I\'m not sure" with the same words on the answers page', async () => {
    const c = walk({ ...inCourtBaseline, 'history.canProveTwoYears': 'unknown' }).c;
    await renderApp('/review', c);
    const row = (await screen.findByText(q.fields.history.canProveTwoYears.label, { selector: 'dt' })).closest('.summary-list__row') as HTMLElement;
    expect(within(row).getByText(q.options.tri.unknown)).toBeTruthy();
    expect(within(row).queryByText(en.answers.dontKnow)).toBeNull();
  });
});

describe('a tick list ("select all that apply")', () => {
  const health = ['seriousIllness', 'competencyConcern', 'pregnantOrNursing', 'partnerPregnantOrNursing'] as const;
  const openHealth = () => {
    const c = walk(inCourtBaseline).c;
    const favourable = { ...c.favourable };
    for (const k of health) delete favourable[k];
    return { ...c, favourable };
  };
  const saved = () => useCaseStore.getState().caseData.favourable;
  const box = (name: string) => screen.getByRole('checkbox', { name });

  it('asks for a tick or "None of these" with one message, and focuses the first box from it', async () => {
    await renderApp(stepUrl('health'), openHealth());
    fireEvent.click(await screen.findByRole('button', { name: en.actions.continue }));
    const summary = await screen.findByRole('alert');
    expect(within(summary).getAllByRole('link').map((a) => a.textContent)).toEqual([q.ticks.error]);
    fireEvent.click(within(summary).getByRole('link'));
    expect(document.activeElement).toBe(box(q.fields.favourable.seriousIllness.tick));
    const list = screen.getByRole('group', { name: q.steps.health.ticks });
    expect(within(list).getByText(q.ticks.error)).toBeTruthy();
    expect(saved().seriousIllness).toBeUndefined();
  });

  it('saves a ticked one as yes and the others as no', async () => {
    const { router } = await renderApp(stepUrl('health'), openHealth());
    fireEvent.click(await screen.findByRole('checkbox', { name: q.fields.favourable.pregnantOrNursing.tick }));
    fireEvent.click(screen.getByRole('button', { name: en.actions.continue }));
    await waitFor(() => expect(router.state.location.pathname).toBe(stepUrl('military')));
    expect(saved()).toMatchObject({ seriousIllness: 'no', competencyConcern: 'no', pregnantOrNursing: 'yes', partnerPregnantOrNursing: 'no' });
  });

  it('saves "None of these" as no to each, and unticks the others', async () => {
    const { router } = await renderApp(stepUrl('health'), openHealth());
    fireEvent.click(await screen.findByRole('checkbox', { name: q.fields.favourable.seriousIllness.tick }));
    fireEvent.click(box(q.ticks.none));
    expect((box(q.fields.favourable.seriousIllness.tick) as HTMLInputElement).checked).toBe(false);
    fireEvent.click(screen.getByRole('button', { name: en.actions.continue }));
    await waitFor(() => expect(router.state.location.pathname).toBe(stepUrl('military')));
    expect(health.map((k) => saved()[k])).toEqual(['no', 'no', 'no', 'no']);
  });

  it('opens each one as its own question after "I\'m not sure", and keeps the not sure answers', async () => {
    const { router } = await renderApp(stepUrl('health'), openHealth());
    fireEvent.click(await screen.findByRole('checkbox', { name: q.fields.favourable.seriousIllness.tick }));
    fireEvent.click(box(q.ticks.unsure));
    // The ticked one is "yes" in its question; the others wait for an answer.
    const illness = await screen.findByRole('group', { name: q.fields.favourable.seriousIllness.label });
    expect((within(illness).getByRole('radio', { name: q.options.tri.yes }) as HTMLInputElement).checked).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: en.actions.continue }));
    const summary = await screen.findByRole('alert');
    expect(within(summary).getAllByRole('link').map((a) => a.textContent)).toEqual([
      q.fields.favourable.competencyConcern.error, q.fields.favourable.pregnantOrNursing.error, q.fields.favourable.partnerPregnantOrNursing.error,
    ]);
    for (const [k, option] of [['competencyConcern', 'unknown'], ['pregnantOrNursing', 'no'], ['partnerPregnantOrNursing', 'no']] as const) {
      const g = screen.getByRole('group', { name: q.fields.favourable[k].label });
      fireEvent.click(within(g).getByRole('radio', { name: q.options.tri[option] }));
    }
    fireEvent.click(screen.getByRole('button', { name: en.actions.continue }));
    await waitFor(() => expect(router.state.location.pathname).toBe(stepUrl('military')));
    expect(health.map((k) => saved()[k])).toEqual(['yes', 'unknown', 'no', 'no']);
  });

  it('opens saved answers as they were left: "not sure" opens the questions, all no is "None of these"', async () => {
    const c = walk({ ...inCourtBaseline, 'favourable.competencyConcern': 'unknown' }).c;
    await renderApp(stepUrl('health'), c);
    expect((await screen.findByRole('checkbox', { name: q.ticks.unsure }) as HTMLInputElement).checked).toBe(true);
    const concern = screen.getByRole('group', { name: q.fields.favourable.competencyConcern.label });
    expect((within(concern).getByRole('radio', { name: q.options.tri.unknown }) as HTMLInputElement).checked).toBe(true);
    cleanup();
    await renderApp(stepUrl('military'), walk(inCourtBaseline).c);
    expect((await screen.findByRole('checkbox', { name: q.ticks.none }) as HTMLInputElement).checked).toBe(true);
  });
});

describe('language', () => {
  it('shows the question, options and validation messages in Spanish', async () => {
    const es = (await import('../../locales/es/common.json')).default;
    const qes = esQuestions;
    await renderApp(stepUrl('detained'), undefined, 'es');
    await screen.findByRole('heading', { level: 1, name: qes.fields.posture.detained.label });
    fireEvent.click(screen.getByRole('button', { name: es.actions.continue }));
    const summary = await screen.findByRole('alert');
    expect(within(summary).getByRole('heading', { name: es.errors.summaryTitle })).toBeTruthy();
    expect(document.documentElement.lang).toBe('es');
  });

  it('keeps the meaning of a date typed before a change of language: day and month swap with the order', async () => {
    const c = walk(inCourtBaseline).c;
    const { router } = await renderApp(stepUrl('entry-date'), c, 'es');
    const box = await screen.findByLabelText(esQuestions.fields.history.entryDate.label);
    // January 5, 2019, typed the Spanish way (day first).
    fireEvent.change(box, { target: { value: '05/01/2019' } });
    await act(async () => {
      await i18n.changeLanguage('en');
    });
    const english = await screen.findByLabelText(q.fields.history.entryDate.label);
    await waitFor(() => expect((english as HTMLInputElement).value).toBe('01/05/2019'));
    fireEvent.click(screen.getByRole('button', { name: en.actions.continue }));
    await waitFor(() => expect(router.state.location.pathname).not.toBe(stepUrl('entry-date')));
    expect(useCaseStore.getState().caseData.history.entryDate).toBe('2019-01-05');
  });

  it('follows a change of language on an open page: every kind of question, and the messages', async () => {
    const es = (await import('../../locales/es/common.json')).default;
    const qes = esQuestions.fields.posture;
    const c = walk(inCourtBaseline).c;
    await renderApp(stepUrl('court-details'), { ...c, posture: { ...c.posture, courtCity: undefined } });
    await screen.findByLabelText(q.fields.posture.courtCity.label);
    fireEvent.click(screen.getByRole('button', { name: en.actions.continue }));
    const courtMessage = () => document.getElementById('f-posture-courtCity-error')?.textContent ?? '';
    await waitFor(() => expect(courtMessage()).toContain(q.fields.posture.courtCity.error));
    await act(async () => {
      await i18n.changeLanguage('es');
    });
    // The page's dates change order with the language: its answers are shown again, and the
    // message stays, in Spanish.
    await waitFor(() => expect(courtMessage()).toBe(`${es.errors.prefix} ${qes.courtCity.error}`));
    // The court list (a longer input), a text box, a date and a radio question, each in Spanish.
    expect(await screen.findByLabelText(qes.courtCity.label)).toBeTruthy();
    expect(screen.getByLabelText(`${qes.judge.label} ${es.answers.optional}`)).toBeTruthy();
    expect(screen.getByLabelText(qes.nextHearingDate.label)).toBeTruthy();
    expect(screen.getByRole('radio', { name: qes.nextHearingType.options.master })).toBeTruthy();
    expect(screen.getAllByRole('checkbox', { name: es.answers.dontKnow }).length).toBe(3);
    cleanup();

    // Messages shown in English are then in Spanish.
    await act(async () => {
      await i18n.changeLanguage('en');
    });
    await renderApp(stepUrl('detained'), emptyCase());
    fireEvent.click(await screen.findByRole('button', { name: en.actions.continue }));
    const inline = () => document.getElementById('f-posture-detained-error')?.textContent ?? '';
    await waitFor(() => expect(inline()).toContain(q.fields.posture.detained.error));
    await act(async () => {
      await i18n.changeLanguage('es');
    });
    expect(inline()).toBe(`${es.errors.prefix} ${esQuestions.fields.posture.detained.error}`);
    // The summary at the top too (it used to keep the words of the language it was made in).
    const summary = screen.getByRole('alert');
    expect(within(summary).getByRole('heading').textContent).toBe(es.errors.summaryTitle);
    expect(within(summary).getByRole('link').textContent).toBe(esQuestions.fields.posture.detained.error);
  }, 20_000);
});

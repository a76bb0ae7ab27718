// @vitest-environment jsdom
import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { DRAFT_NOTICE, findOplaOffice } from '../../src/domain';
import { useCaseStore } from '../../src/state/case-store';
import { inCourtBaseline } from '../unit/domain/walk';
import { detained, renderPage, seed } from './support/pages';
import { startEachTestAfresh } from './support/fresh-page';
import en from '../../locales/en/pages.json';

const atRisk = { ...inCourtBaseline, 'history.canProveTwoYears': 'no' };

startEachTestAfresh();

const preview = () => screen.getByRole('article', { name: 'Your letter' });

describe('LetterPage', () => {
  it('builds an English letter preview from the case', async () => {
    seed(inCourtBaseline);
    renderPage('/letter');
    expect(await screen.findByRole('heading', { level: 1, name: 'Your letter to the ICE attorneys' })).toBeTruthy();
    const letter = preview();
    expect(letter.getAttribute('lang')).toBe('en');
    expect(within(letter).getByText('Dear Chief Counsel:')).toBeTruthy();
    expect(within(letter).getAllByText('A-012-345-678').length).toBe(2);
    expect(within(letter).queryByText(DRAFT_NOTICE)).toBeNull();
  });

  it('pre-selects the office from the court city, says to check it, and lets the person change it', async () => {
    seed(inCourtBaseline);
    renderPage('/letter');
    const suggestion = await screen.findByRole('heading', { name: 'A suggestion from your court city' });
    expect(suggestion.parentElement!.textContent).toContain('Chicago, IL');
    // Chosen before the person does anything: the preview, the list and the check message agree.
    expect(within(preview()).getByText('55 E. Monroe St, Suite 1400')).toBeTruthy();
    const select = screen.getByRole('combobox', { name: 'OPLA office' }) as HTMLSelectElement;
    expect(select.value).toBe('opla-chicago');
    expect(within(suggestion.parentElement!).getByText('Chosen')).toBeTruthy();
    const check = screen.getByText(/Check this against the papers from court or ICE\./);
    expect(select.getAttribute('aria-describedby')).toContain(check.id);
    expect(useCaseStore.getState().caseData.letter.office).toBeUndefined();
    // The date and the source of the listing, not a claim that anyone checked it live.
    expect(screen.getByText(/^Address as listed on November 23, 2026 \(from ICE's list of its attorney offices/)).toBeTruthy();
    expect(screen.queryByRole('link', { name: /Choose the OPLA office/ })).toBeNull();

    fireEvent.change(select, { target: { value: 'opla-new-york' } });
    expect(useCaseStore.getState().caseData.letter.office).toEqual({ kind: 'listed', id: 'opla-new-york' });
    expect(within(preview()).queryByText('55 E. Monroe St, Suite 1400')).toBeNull();
    expect(within(preview()).getByText(findOplaOffice('opla-new-york')!.name)).toBeTruthy();
    expect(screen.queryByText(/Check this against the papers from court or ICE\./)).toBeNull();
    expect(within(suggestion.parentElement!).getByRole('button', { name: /Use this office/ })).toBeTruthy();
  });

  it('shows the other source\'s address where the sources disagree, and never a research note', async () => {
    seed(inCourtBaseline);
    renderPage('/letter');
    const select = await screen.findByRole('combobox', { name: 'OPLA office' });
    fireEvent.change(select, { target: { value: 'opla-new-orleans' } });
    const warning = screen.getByText(en.letter.office.conflict).parentElement!;
    expect(warning.textContent).toBe(
      `${en.letter.office.conflict}${en.letter.office.otherListing.replace('{{source}}', en.letter.office.sourceNames['courts-2026'])} 1250 Poydras St, Suite 2100, New Orleans LA 70113`,
    );
    expect(within(warning).getByText('1250 Poydras St, Suite 2100, New Orleans LA 70113').getAttribute('lang')).toBe('en');
    // The offices whose research notes were shown before: the notes stay in the data only.
    for (const id of ['opla-new-orleans', 'opla-chicago', 'opla-denver', 'opla-hyattsville', 'opla-los-angeles-adelanto']) {
      fireEvent.change(select, { target: { value: id } });
      const note = findOplaOffice(id)!.note!;
      expect(note.length, id).toBeGreaterThan(20);
      expect(document.body.textContent, id).not.toContain(note.slice(0, 30));
      expect(document.body.textContent, id).not.toMatch(/UNCERTAIN|offices\.md/);
    }
  });

  it('pre-selects no office when the court city has several, and says why', async () => {
    seed({ ...inCourtBaseline, 'posture.courtCity': 'New York' });
    renderPage('/letter');
    const heading = await screen.findByRole('heading', { name: 'Offices for your court city' });
    expect(heading.parentElement!.textContent).toContain('More than one office handles cases at the courts in that city, so we did not choose one.');
    expect(within(heading.parentElement!).getAllByRole('button', { name: /Use this office/ }).length).toBeGreaterThan(1);
    expect((screen.getByRole('combobox', { name: 'OPLA office' }) as HTMLSelectElement).value).toBe('');
    expect(within(preview()).getByText('Office of the Chief Counsel')).toBeTruthy();
    const gaps = screen.getByRole('region', { name: 'Before you send it' });
    expect(within(gaps).getByRole('link', { name: 'Choose the OPLA office or type its address from your papers' })).toBeTruthy();
  });

  it('uses the address typed from the person\'s papers instead of the list', async () => {
    seed(inCourtBaseline, { letter: { office: { kind: 'listed', id: 'opla-chicago' } } });
    renderPage('/letter');
    const typed = await screen.findByRole('textbox', { name: 'Or type the office address from your papers' });
    fireEvent.change(typed, { target: { value: 'Office of the Chief Counsel\n1 Test Plaza\nChicago IL 60600' } });
    expect(within(preview()).getByText('1 Test Plaza')).toBeTruthy();
    expect(within(preview()).queryByText('55 E. Monroe St, Suite 1400')).toBeNull();
    expect(useCaseStore.getState().caseData.letter.office?.kind).toBe('typed');
  });

  it('puts the story in the preview exactly as typed, and saves it', async () => {
    seed(inCourtBaseline);
    renderPage('/letter');
    const story = await screen.findByRole('textbox', { name: 'Your story' });
    const text = 'I came here in 2015.\n\nI work as a cook.';
    fireEvent.change(story, { target: { value: text } });
    const para = within(preview()).getByText((_, el) => el?.tagName === 'P' && el.textContent === text);
    expect(para.className).toContain('letter__verbatim');
    expect(useCaseStore.getState().caseData.letter.story).toBe(text);
    expect(screen.getByText(`${text.length} of 10,000 characters used`)).toBeTruthy();
  });

  it('keeps the story cleaned: no direction or invisible marks reach the saved answers or the preview', async () => {
    seed(inCourtBaseline);
    renderPage('/letter');
    const story = (await screen.findByRole('textbox', { name: 'Your story' })) as HTMLTextAreaElement;
    const typed = 'I was born in \u202e0991 ,2 yraunaJ\u202c.\u200b\nI work.';
    const clean = 'I was born in 0991 ,2 yraunaJ.\nI work.';
    fireEvent.change(story, { target: { value: typed } });
    expect(useCaseStore.getState().caseData.letter.story).toBe(clean);
    const para = within(preview()).getByText((_, el) => el?.tagName === 'P' && el.textContent === clean);
    expect(para.querySelector('bdi')?.textContent).toBe(clean);
    // The box shows what was typed while typing, and the kept text once the person leaves it.
    expect(story.value).toBe(typed);
    fireEvent.blur(story);
    expect(story.value).toBe(clean);
  });

  it('puts a court city typed right-to-left in a <bdi> inside the suggestion sentence', async () => {
    seed({ ...inCourtBaseline, 'posture.courtCity': 'עיר' });
    renderPage('/letter');
    const hint = await screen.findByText((_, el) => el?.tagName === 'P' && /^We could not match your court city \(עיר\)/.test(el.textContent ?? '') && el.querySelector('bdi') !== null);
    expect(hint.querySelector('bdi')!.textContent).toBe('עיר');
  });

  it('shows the dismissal warnings next to the choice for a person at risk, and marks it lawyer-first', async () => {
    seed(atRisk);
    renderPage('/letter');
    const dismissal = await screen.findByRole('radio', { name: /Dismissal \(ending the court case\)/ });
    expect(dismissal.getAttribute('aria-describedby')).toContain('request-dismissal-warn');
    const warning = document.getElementById('request-dismissal-warn')!;
    expect(warning.textContent).toContain('Do not ask for dismissal before a lawyer looks at your case.');
    expect(within(dismissal.closest('.option') as HTMLElement).getByText("Only with a lawyer's advice")).toBeTruthy();
  });

  it('shows a draft for a lawyer, and asks for each concern to be explained in its own box', async () => {
    seed(atRisk);
    renderPage('/letter');
    expect(await screen.findByRole('heading', { level: 1, name: 'Draft letter for your lawyer' })).toBeTruthy();
    expect(within(preview()).getByText(DRAFT_NOTICE)).toBeTruthy();
    const box = screen.getByRole('textbox', { name: 'Your explanation: Less than 2 years in the U.S., or no proof of 2 years' });
    expect(box.id).toBe('concern-rf_recent_entry');
    const gaps = screen.getByRole('region', { name: 'Before you send it' });
    const link = within(gaps).getByRole('link', { name: 'Explain the concerns in your own words: do not leave them out' });
    fireEvent.click(link);
    expect(document.activeElement).toBe(box);
    fireEvent.change(box, { target: { value: 'I came in 2025.' } });
    expect(useCaseStore.getState().caseData.letter.concernExplanations).toEqual({ rf_recent_entry: 'I came in 2025.' });
    expect(within(preview()).getByText('I came in 2025.')).toBeTruthy();
    // Nothing else is missing: the advice list gives way to "Nothing is missing".
    expect(screen.queryByRole('region', { name: 'Before you send it' })).toBeNull();
    expect(screen.queryByRole('link', { name: /Explain the concerns/ })).toBeNull();
    // Emptied again: no key is kept for an empty box.
    fireEvent.change(box, { target: { value: '' } });
    expect(useCaseStore.getState().caseData.letter.concernExplanations).toEqual({});
  });

  it('counts the safest request, shown as selected, as chosen', async () => {
    seed(inCourtBaseline);
    renderPage('/letter');
    const closure = await screen.findByRole('radio', { name: /Administrative closure/ });
    expect((closure as HTMLInputElement).checked).toBe(true);
    expect(screen.getByText(/The letter asks for it unless you choose another\./)).toBeTruthy();
    expect(screen.queryByRole('link', { name: 'Choose what you are asking ICE to do' })).toBeNull();
    // Nothing is missing for this person: the office is pre-selected, the ask too.
    expect(screen.getByRole('status').textContent).toBe('Nothing is missing. Read the whole letter carefully before you sign it.');
    fireEvent.click(closure);
    expect(useCaseStore.getState().caseData.letter.request).toBe('administrative_closure');
    expect(screen.queryByText(/The letter asks for it unless you choose another\./)).toBeNull();
  });

  it('lists enclosed papers as exhibit tabs', async () => {
    seed(inCourtBaseline, { checklist: { included: ['personal-declaration', 'residence-proof'] } });
    renderPage('/letter');
    const table = within(await screen.findByRole('article', { name: 'Your letter' })).getByRole('table', { name: 'Exhibit Index' });
    const rows = within(table).getAllByRole('row');
    expect(rows).toHaveLength(3);
    expect(within(rows[1]!).getByRole('rowheader').textContent).toBe('A');
  });

  it('offers back the other serious reason typed in the questions, and adds it to the story only when asked', async () => {
    const reason = 'Cuido a mi madre, que tiene cáncer.';
    seed({ ...inCourtBaseline, 'favourable.otherHumanitarian': 'yes', 'favourable.otherHumanitarianReason': reason });
    renderPage('/letter');
    await screen.findByRole('heading', { level: 1, name: 'Your letter to the ICE attorneys' });
    expect(screen.getByText('In the questions, you wrote this other serious reason:')).toBeTruthy();
    expect(screen.getByText(reason).tagName).toBe('BLOCKQUOTE');
    // Not in the letter until the person puts it in the story.
    expect(useCaseStore.getState().caseData.letter.story).toBeUndefined();
    expect(within(preview()).queryByText(new RegExp(reason))).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Add these words to your story' }));
    expect(useCaseStore.getState().caseData.letter.story).toBe(reason);
    expect((screen.getByLabelText(/^Your story/) as HTMLTextAreaElement).value).toBe(reason);
    expect(screen.getByText('Your story has these words.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Add these words to your story' })).toBeNull();
  });

  it('adds the reason after what the story already says', async () => {
    seed({ ...inCourtBaseline, 'favourable.otherHumanitarian': 'yes', 'favourable.otherHumanitarianReason': 'I care for my mother.' }, { letter: { story: 'I came here in 2015.  ' } });
    renderPage('/letter');
    fireEvent.click(await screen.findByRole('button', { name: 'Add these words to your story' }));
    expect(useCaseStore.getState().caseData.letter.story).toBe('I came here in 2015.\n\nI care for my mother.');
  });

  it('has no letter for a detained person', async () => {
    seed(detained);
    renderPage('/letter');
    expect(await screen.findByRole('heading', { level: 1, name: 'There is no letter for your situation' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Go to your result' }).getAttribute('href')).toBe('/result');
    expect(screen.queryByRole('article')).toBeNull();
  });
});

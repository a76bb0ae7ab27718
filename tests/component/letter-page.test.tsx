// @vitest-environment jsdom
import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DRAFT_NOTICE } from '../../src/domain';
import i18n from '../../src/app/i18n';
import { useCaseStore } from '../../src/state/case-store';
import { inCourtBaseline } from '../unit/domain/walk';
import { detained, renderPage, seed } from './support/pages';
import { wipeAllStorage } from '../../src/state/device-storage';

const atRisk = { ...inCourtBaseline, 'history.canProveTwoYears': 'no' };

beforeEach(async () => {
  localStorage.clear();
  // Also forget what this tab last saved (else the empty storage reads as "deleted in another tab").
  wipeAllStorage();
  await i18n.changeLanguage('en');
});

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

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

  it('suggests the office from the court city, and choosing an office updates the preview', async () => {
    seed(inCourtBaseline);
    renderPage('/letter');
    const suggestion = await screen.findByRole('heading', { name: 'A suggestion from your court city' });
    expect(suggestion.parentElement!.textContent).toContain('Chicago, IL');
    expect(within(preview()).queryByText('55 E. Monroe St, Suite 1400')).toBeNull();

    fireEvent.change(screen.getByRole('combobox', { name: 'OPLA office' }), { target: { value: 'opla-chicago' } });
    expect(within(preview()).getByText('55 E. Monroe St, Suite 1400')).toBeTruthy();
    expect(useCaseStore.getState().caseData.letter.office).toEqual({ kind: 'listed', id: 'opla-chicago' });
    // The date and the source of the listing, not a claim that anyone checked it live.
    expect(screen.getByText(/^Address as listed on November 23, 2026 \(from ICE's list of its attorney offices/)).toBeTruthy();
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

  it('shows a draft for a lawyer, and asks for the concerns to be explained', async () => {
    seed(atRisk);
    renderPage('/letter');
    expect(await screen.findByRole('heading', { level: 1, name: 'Draft letter for your lawyer' })).toBeTruthy();
    expect(within(preview()).getByText(DRAFT_NOTICE)).toBeTruthy();
    expect(screen.getByRole('textbox', { name: 'Your explanation of the concerns (needed)' })).toBeTruthy();
    const gaps = screen.getByRole('region', { name: 'Before you send it' });
    expect(within(gaps).getByRole('link', { name: 'Explain the concerns in your own words: do not leave them out' })).toBeTruthy();
  });

  it('confirms a choice of request and lists the gaps with links', async () => {
    seed(inCourtBaseline);
    renderPage('/letter');
    const gaps = await screen.findByRole('region', { name: 'Before you send it' });
    expect(within(gaps).getByRole('link', { name: 'Choose what you are asking ICE to do' })).toBeTruthy();
    const closure = screen.getByRole('radio', { name: /Administrative closure/ });
    expect((closure as HTMLInputElement).checked).toBe(true);
    fireEvent.click(closure);
    expect(useCaseStore.getState().caseData.letter.request).toBe('administrative_closure');
    expect(within(gaps).queryByRole('link', { name: 'Choose what you are asking ICE to do' })).toBeNull();
  });

  it('lists enclosed papers as exhibit tabs', async () => {
    seed(inCourtBaseline, { checklist: { included: ['personal-declaration', 'residence-proof'] } });
    renderPage('/letter');
    const table = within(await screen.findByRole('article', { name: 'Your letter' })).getByRole('table', { name: 'Exhibit Index' });
    const rows = within(table).getAllByRole('row');
    expect(rows).toHaveLength(3);
    expect(within(rows[1]!).getByRole('rowheader').textContent).toBe('A');
  });

  it('has no letter for a detained person', async () => {
    seed(detained);
    renderPage('/letter');
    expect(await screen.findByRole('heading', { level: 1, name: 'There is no letter for your situation' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Go to your result' }).getAttribute('href')).toBe('/result');
    expect(screen.queryByRole('article')).toBeNull();
  });
});

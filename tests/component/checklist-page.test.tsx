// @vitest-environment jsdom
import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { useCaseStore } from '../../src/state/case-store';
import { inCourtBaseline } from '../unit/domain/walk';
import { detained, renderPage, seed } from './support/pages';
import { startEachTestAfresh } from './support/fresh-page';

startEachTestAfresh();

describe('ChecklistPage', () => {
  it('groups the papers and says what each is for and where to get it', async () => {
    seed(inCourtBaseline);
    renderPage('/checklist');
    expect(await screen.findByRole('heading', { level: 1, name: 'Papers to gather' })).toBeTruthy();
    const identity = screen.getByRole('region', { name: 'Your identity and your case papers' });
    expect(within(identity).getByRole('heading', { name: 'Your personal statement' })).toBeTruthy();
    expect(within(identity).getAllByText('Where to get it:').length).toBeGreaterThan(0);
    const favour = screen.getByRole('region', { name: 'Proof of the reasons in your favor' });
    expect(within(favour).getAllByText(/You have lived in the U.S. for 10 years or more/).length).toBeGreaterThan(0);
  });

  it('saves "I have this" and "Include with my letter" in the store, and unticks', async () => {
    seed(inCourtBaseline);
    renderPage('/checklist');
    const have = await screen.findByRole('checkbox', { name: 'I have this: Your personal statement' });
    fireEvent.click(have);
    expect(useCaseStore.getState().caseData.checklist.gathered).toContain('personal-declaration');
    expect((have as HTMLInputElement).checked).toBe(true);
    expect(screen.getByText(/You have 1 of \d+ papers\./)).toBeTruthy();

    const include = screen.getByRole('checkbox', { name: 'Include with my letter: Your personal statement' });
    fireEvent.click(include);
    expect(useCaseStore.getState().caseData.checklist.included).toContain('personal-declaration');

    fireEvent.click(have);
    expect(useCaseStore.getState().caseData.checklist.gathered).not.toContain('personal-declaration');
    // Kept on the device for the next visit.
    expect(localStorage.getItem('pd-helper:case')).toContain('personal-declaration');
  });

  it('offers "Include with my letter" only for papers that can be enclosed', async () => {
    seed(inCourtBaseline);
    renderPage('/checklist');
    // The hearing notice is kept and brought, not enclosed as a tab.
    expect(await screen.findByRole('checkbox', { name: /I have this: Notice to Appear/ })).toBeTruthy();
    expect(screen.queryByRole('checkbox', { name: /Include with my letter: Notice to Appear/ })).toBeNull();
  });

  it('names each reason once, even when a red flag and a concern share a name', async () => {
    seed({ ...inCourtBaseline, 'history.canProveTwoYears': 'no' });
    renderPage('/checklist');
    const item = (await screen.findByRole('heading', { name: 'Proof of where you have lived over the years' })).closest('li')!;
    expect(within(item).getAllByText('Less than 2 years in the U.S., or no proof of 2 years')).toHaveLength(1);
  });

  it('has no letter checkboxes for a detained person', async () => {
    seed(detained);
    renderPage('/checklist');
    expect((await screen.findAllByRole('checkbox', { name: /^I have this/ })).length).toBeGreaterThan(0);
    expect(screen.queryAllByRole('checkbox', { name: /Include with my letter/ })).toHaveLength(0);
  });

  it('prints the page', async () => {
    const print = vi.spyOn(window, 'print').mockImplementation(() => {});
    seed(inCourtBaseline);
    renderPage('/checklist');
    fireEvent.click(await screen.findByRole('button', { name: 'Print this page' }));
    expect(print).toHaveBeenCalledTimes(1);
  });
});

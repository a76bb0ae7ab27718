// @vitest-environment jsdom
import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { emptyCase, findSource } from '../../src/domain';
import i18n from '../../src/app/i18n';
import { useCaseStore } from '../../src/state/case-store';
import { inCourtBaseline } from '../unit/domain/walk';
import { detained, renderPage, seed } from './support/pages';
import { stepUrl } from '../../src/ui/paths';
import { wipeAllStorage } from '../../src/state/device-storage';

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

describe('ResultPage', () => {
  it('shows the in-court route, its next steps and the way on to the letter', async () => {
    seed(inCourtBaseline);
    renderPage('/result');
    expect(await screen.findByRole('heading', { level: 1, name: 'Write to the ICE attorneys for your court' })).toBeTruthy();
    const next = screen.getByRole('region', { name: 'What to do next' });
    expect(within(next).getAllByRole('listitem').length).toBeGreaterThanOrEqual(3);
    // Once in the route's card and once with the other next steps.
    const letterLinks = screen.getAllByRole('link', { name: 'Write your letter' });
    expect(letterLinks.map((l) => l.getAttribute('href'))).toEqual(['/letter', '/letter']);
    expect(within(next).getByRole('link', { name: 'Write your letter' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'See the papers to gather' }).getAttribute('href')).toBe('/checklist');
    expect(screen.getByRole('link', { name: 'Check or change your answers' }).getAttribute('href')).toBe('/review');
  });

  it('shows the policy basis near the top with its last-checked date', async () => {
    seed(inCourtBaseline);
    renderPage('/result');
    const basis = await screen.findByRole('complementary', { name: 'Where these reasons come from' });
    expect(basis.textContent).toContain('Last checked on November 30, 2026.');
    // Before the route's steps, so it is read early.
    const next = screen.getByRole('region', { name: 'What to do next' });
    expect(basis.compareDocumentPosition(next) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  it('shows a stop page with free legal help for a detained person, and no letter', async () => {
    seed(detained);
    renderPage('/result');
    expect(await screen.findByRole('heading', { level: 1, name: 'You are detained: get legal help now' })).toBeTruthy();
    const help = screen.getByRole('region', { name: 'Free legal help' });
    const ero = within(help).getByRole('link', { name: '1-888-351-4024' });
    expect(ero.getAttribute('href')).toBe('tel:+18883514024');
    // Only numbers confirmed in an official or long-standing source are shown (reference.md §11.5):
    // the two hotlines found on a single page are gone, and no research note reaches the page.
    expect(within(help).queryByText(/1-877-797-2254|1-888-674-6636/)).toBeNull();
    expect(help.textContent).not.toMatch(/not checked|name not in the copy/);
    expect(within(help).getAllByText('This address may have changed.').length).toBeGreaterThan(0);
    expect(screen.queryByRole('link', { name: /letter/i })).toBeNull();
    expect(screen.getByRole('link', { name: 'See the papers to gather' })).toBeTruthy();
    // The questions about things in their favour were never asked: the page does not say "none found".
    const favour = screen.getByRole('region', { name: 'Things in your favor' });
    expect(favour.textContent).toContain('We did not ask about this for your situation.');
    // A stop page puts the steps and the reasons for stopping before the policy background.
    const concerns = screen.getByRole('region', { name: 'Concerns and red flags' });
    const basis = screen.getByRole('complementary', { name: 'Where these reasons come from' });
    expect(concerns.compareDocumentPosition(help) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(help.compareDocumentPosition(basis) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  it('lists the sources of a route with title, status and the date the status was checked', async () => {
    seed(inCourtBaseline);
    renderPage('/result');
    const next = await screen.findByRole('region', { name: 'What to do next' });
    fireEvent.click(within(next).getByText('Sources (4)'));
    expect(within(next).getByText(findSource('eoir-rule-2024')!.title)).toBeTruthy();
    expect(within(next).getAllByText('Status last checked on November 30, 2026').length).toBe(4);
    expect(within(next).getAllByText(/In force|Rescinded|A guide, not a policy|Struck down/).length).toBeGreaterThanOrEqual(4);
    const link = within(next).getAllByRole('link').find((a) => a.getAttribute('target') === '_blank');
    expect(link?.getAttribute('rel')).toBe('noreferrer noopener');
  });

  it('shows each factor in favour with its strength and sources', async () => {
    seed(inCourtBaseline);
    renderPage('/result');
    const favour = await screen.findByRole('region', { name: 'Things in your favor' });
    expect(within(favour).getByRole('heading', { name: 'You have lived in the U.S. for 10 years or more' })).toBeTruthy();
    expect(within(favour).getAllByText(/Strong reason in your favor|Reason that helps/).length).toBeGreaterThan(0);
    expect(within(favour).getAllByText(/^Sources \(\d+\)/).length).toBeGreaterThan(0);
  });

  it('sends a person with a stop red flag to a lawyer first, with a draft letter', async () => {
    seed({ ...inCourtBaseline, 'history.canProveTwoYears': 'no' });
    renderPage('/result');
    expect(await screen.findByRole('heading', { level: 1, name: 'Talk to a lawyer before you contact ICE' })).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'What a lawyer would likely look at' })).toBeTruthy();
    const concerns = screen.getByRole('region', { name: 'Concerns and red flags' });
    expect(within(concerns).getAllByText('Talk to a lawyer first').length).toBeGreaterThan(0);
    expect(screen.getAllByRole('link', { name: 'Review the draft for your lawyer' })[0]!.getAttribute('href')).toBe('/letter');
    expect(screen.getByRole('region', { name: 'Free legal help' })).toBeTruthy();
  });

  it('shows a red flag and the concern of the same name once, with both explanations', async () => {
    seed({ ...inCourtBaseline, 'history.canProveTwoYears': 'no' });
    renderPage('/result');
    const concerns = await screen.findByRole('region', { name: 'Concerns and red flags' });
    const item = within(concerns).getAllByRole('heading', { name: 'Less than 2 years in the U.S., or no proof of 2 years' });
    expect(item).toHaveLength(1);
    const li = item[0]!.closest('li')!;
    expect(within(li).getByText('Talk to a lawyer first')).toBeTruthy();
    expect(within(li).getByText('Serious concern')).toBeTruthy();
  });

  it('lists information still missing with a link to change it', async () => {
    seed({ ...inCourtBaseline, 'posture.nextHearingDate': 'unknown' });
    renderPage('/result');
    const missing = await screen.findByRole('region', { name: 'Information still missing' });
    const link = within(missing).getByRole('link', { name: /Add your answer/ });
    expect(link.getAttribute('href')).toBe(stepUrl('court-details', true));
    expect(within(missing).getByText('You answered “I don\'t know”')).toBeTruthy();
  });

  it('sends a person who has not finished the questions back to them', async () => {
    useCaseStore.setState({ caseData: emptyCase(), loadError: null });
    renderPage('/result');
    expect(await screen.findByRole('heading', { name: 'Question stand-in' })).toBeTruthy();
  });

  it('speaks Spanish, with dates in Spanish', async () => {
    await i18n.changeLanguage('es');
    seed(detained);
    renderPage('/result');
    expect(await screen.findByRole('heading', { level: 1, name: /detenido/i })).toBeTruthy();
    expect(screen.getByRole('complementary', { name: 'De dónde vienen estas razones' }).textContent).toContain('30 de noviembre de 2026');
  });
});

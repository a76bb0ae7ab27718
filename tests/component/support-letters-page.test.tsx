// @vitest-environment jsdom
/**
 * The support-letters page (issue 15 §1): the writers the answers point to, the person's choices
 * (ask or not, the language of each writer's pages), saved with the case, and the kit as a PDF
 * (the real PDF code, fonts from node_modules). The checklist links to it from each letter.
 */
import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { CaseData } from '../../src/domain';
import { useCaseStore } from '../../src/state/case-store';
import { inCourtBaseline, strongInCourt, walk } from '../unit/domain/walk';
import { extractPages } from '../unit/pdf/support';
import { renderApp } from './render-app';
import { downloadPageSetup } from './support/download-page';

// The PDF code runs here in Node, with the fonts from node_modules (jsdom has no worker).
vi.mock('../../src/pdf', () => import('./support/pdf-in-node'));

vi.setConfig({ testTimeout: 30_000 });

const saved = downloadPageSetup();

const strong = (): CaseData => walk(strongInCourt).c;
const choices = () => useCaseStore.getState().caseData.supportLetters;
const writer = (name: string) => screen.getByRole('heading', { level: 3, name }).closest('li')!;

describe('the support-letters page', () => {
  it('lists each writer the answers point to, with the answers that point to it', async () => {
    await renderApp('/support-letters', strong());
    await screen.findByRole('heading', { level: 1, name: 'Letters of support' });
    expect(screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent)).toEqual(
      ['Spouse or partner', "Children's school", 'Employer', 'Faith or community leader', 'Doctor', 'Landlord or neighbor']);
    expect(within(writer('Employer')).getByText('Because of:')).toBeTruthy();
    expect(within(writer('Employer')).getAllByRole('listitem').map((li) => li.textContent)).toEqual(['You have a steady work history']);
    for (const box of screen.getAllByRole('checkbox', { name: /^I will ask for this letter: / })) expect((box as HTMLInputElement).checked).toBe(true);
  });

  it('saves the person’s choices, and a writer not asked has no language choice', async () => {
    await renderApp('/support-letters', strong());
    const employer = await screen.findByRole('checkbox', { name: 'I will ask for this letter: Employer' });
    fireEvent.click(employer);
    expect(choices()?.employer).toEqual({ ask: false });
    expect(within(writer('Employer')).queryByRole('radio')).toBeNull();

    const spanish = within(writer('Spouse or partner')).getByRole('radio', { name: 'Español' });
    fireEvent.click(spanish);
    expect(choices()?.spouse).toEqual({ lang: 'es' });
    expect(within(writer('Spouse or partner')).getByText(/must be sent with an English translation and a certificate of translation/)).toBeTruthy();
    expect((within(writer('Employer')).queryByRole('radio', { name: 'English' }))).toBeNull();
  });

  it('downloads the kit: two pages per writer asked, each in the chosen language', async () => {
    const c: CaseData = { ...strong(), supportLetters: { spouse: { lang: 'es' }, school: { ask: false }, community: { ask: false }, doctor: { ask: false }, neighbour: { ask: false } } };
    await renderApp('/support-letters', c);
    fireEvent.click(await screen.findByRole('button', { name: 'Download the support-letter kit (PDF)' }));
    expect(await screen.findByText(/^Saved as PD-support-letters-José-Núñez-Peña-\d{4}-\d{2}-\d{2}\.pdf\./, {}, { timeout: 20_000 })).toBeTruthy();
    expect(saved).toHaveLength(1);
    const pages = await extractPages(new Uint8Array(await saved[0]!.blob.arrayBuffer()));
    expect(pages).toHaveLength(4);
    const text = pages.map((p) => p.text.replace(/\s+/g, ' '));
    expect(text[0]).toContain('Cómo escribir una carta de apoyo (Esposo, esposa o pareja)');
    expect(text[2]).toContain('How to write a letter of support (Employer)');
    expect(text[3]).toContain('The job of José Núñez Peña');
  });

  it('with no letter asked for, says so and offers no download', async () => {
    const c: CaseData = { ...walk(inCourtBaseline).c, supportLetters: { neighbour: { ask: false } } };
    await renderApp('/support-letters', c);
    expect(await screen.findByText('Check at least one letter above to get the kit.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: /Download/ })).toBeNull();
  });

  it('with no writer in the answers, says so', async () => {
    await renderApp('/support-letters', walk({ ...inCourtBaseline, 'history.entryDate': '2023-01' }).c);
    expect(await screen.findByText(/Your answers do not point to a letter of support/)).toBeTruthy();
    expect(screen.queryByRole('checkbox')).toBeNull();
  });

  it('is in Spanish on a Spanish page', async () => {
    await renderApp('/support-letters', strong(), 'es');
    expect(await screen.findByRole('heading', { level: 1, name: 'Cartas de apoyo' })).toBeTruthy();
    expect(screen.getByRole('checkbox', { name: 'Voy a pedir esta carta: Empleador' })).toBeTruthy();
    // A Spanish page makes Spanish pages for the writers, until the person chooses.
    expect((within(writer('Empleador')).getByRole('radio', { name: 'Español' }) as HTMLInputElement).checked).toBe(true);
  });
});

describe('the checklist', () => {
  it('lists each letter asked for on its own, each with a link to the kit', async () => {
    const { router } = await renderApp('/checklist', { ...strong(), supportLetters: { doctor: { ask: false } } });
    await screen.findByRole('heading', { level: 1 });
    const titles = screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent);
    expect(titles.filter((x) => x?.startsWith('Letter from'))).toEqual([
      'Letter from your spouse or partner', "Letter from your children's school", 'Letter from your employer',
      'Letter from a faith or community leader', 'Letter from a landlord or neighbor']);
    expect(titles).not.toContain('Letters of support');
    fireEvent.click(screen.getByRole('link', { name: 'Get a page for this person to fill in: Letter from your employer' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Letters of support' })).toBeTruthy();
    expect(router.state.location.pathname).toBe('/support-letters');
  });
});

describe('the checklist, with letters enclosed', () => {
  it('says which tab each enclosed letter goes behind', async () => {
    const c: CaseData = { ...strong(), checklist: { included: ['support-letter-employer', 'support-letter-neighbour'] } };
    await renderApp('/checklist', c);
    await screen.findByRole('heading', { level: 1 });
    const item = (title: string) => screen.getByRole('heading', { level: 3, name: title }).closest('li')!;
    // Tabs in checklist order: the employer's letter first, the neighbor's next (nothing else enclosed).
    expect(within(item('Letter from your employer')).getByText('This letter goes behind Tab A of your packet.')).toBeTruthy();
    expect(within(item('Letter from a landlord or neighbor')).getByText('This letter goes behind Tab B of your packet.')).toBeTruthy();
    expect(within(item('Letter from a doctor')).queryByText(/goes behind Tab/)).toBeNull();
  });
});

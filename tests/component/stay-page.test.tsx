// @vitest-environment jsdom
/**
 * The stay of removal page (issue 15 §3): reached from the final-order result; it saves the
 * optional details, names the blanks, finds the ERO office, and saves the DRAFT PDF (the real
 * PDF code, fonts from node_modules). A detained person gets the emergency words and no draft.
 */
import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { useCaseStore } from '../../src/state/case-store';
import { detained, finalOrderBaseline, inCourtBaseline, walk } from '../unit/domain/walk';
import { extractPages } from '../unit/pdf/support';
import { renderApp } from './render-app';
import { downloadPageSetup } from './support/download-page';

// The PDF code runs here in Node, with the fonts from node_modules (jsdom has no worker).
vi.mock('../../src/pdf', () => import('./support/pdf-in-node'));

vi.setConfig({ testTimeout: 30_000 });

const saved = downloadPageSetup();

const finalOrder = (answers = {}) => walk({ ...finalOrderBaseline, ...answers }).c;

describe('the stay of removal page', () => {
  it('is linked from the final-order result, and not from an in-court result', async () => {
    const { router } = await renderApp('/result', finalOrder());
    const link = await screen.findByRole('link', { name: 'Make a draft for a lawyer: stay of removal' });
    fireEvent.click(link);
    expect(await screen.findByRole('heading', { level: 1, name: 'Stay of removal: a draft to take to a lawyer' })).toBeTruthy();
    expect(router.state.location.pathname).toBe('/stay-of-removal');
    cleanup();
    await renderApp('/result', walk(inCourtBaseline).c);
    await screen.findByRole('heading', { level: 1 });
    expect(screen.queryByRole('link', { name: /stay of removal/ })).toBeNull();
  });

  it('is linked from the letter page, which has no letter for a final order', async () => {
    await renderApp('/letter', finalOrder());
    expect(await screen.findByRole('heading', { level: 1, name: 'There is no letter for your situation' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Make a draft for a lawyer: stay of removal' }).getAttribute('href')).toBe('/stay-of-removal');
  });

  it('shows the risks first, the ERO office for the home state, and the blanks with links to their questions', async () => {
    await renderApp('/stay-of-removal', finalOrder({ 'person.dateOfBirth': 'unknown' }));
    await screen.findByRole('heading', { level: 1 });
    const risks = screen.getByRole('region', { name: 'Before you think about filing' });
    expect(within(risks).getByText(/arrest you there/)).toBeTruthy();
    expect(within(risks).getByText(/there is no appeal/)).toBeTruthy();
    const office = screen.getByRole('region', { name: 'Where the form is handed in' });
    expect(within(office).getByText(/ERO Chicago Field Office, 101 W\. Ida B\. Wells Dr/)).toBeTruthy();
    const blanks = screen.getByRole('region', { name: 'These will be blank in the draft' });
    expect(within(blanks).getByText('Your date of birth')).toBeTruthy();
    expect(within(blanks).queryByText('Your full name')).toBeNull();
    expect(within(blanks).getByRole('link', { name: 'Answer: Your date of birth' }).getAttribute('href')).toMatch(/questions\/.+from=review/);
  });

  it('saves the details, refuses one too long, and keeps the supervision sentence a choice', async () => {
    await renderApp('/stay-of-removal', finalOrder());
    await screen.findByRole('heading', { level: 1 });
    fireEvent.change(screen.getByLabelText('How long do you want the stay, or until what happens?'), { target: { value: 'x'.repeat(201) } });
    fireEvent.click(screen.getByRole('button', { name: 'Save these details' }));
    expect(await screen.findAllByText('Please use 200 characters or fewer.')).not.toHaveLength(0);
    await vi.waitFor(() => expect(document.activeElement?.id).toBe('stay-until'));
    expect(useCaseStore.getState().caseData.stay).toBeUndefined();

    fireEvent.change(screen.getByLabelText('How long do you want the stay, or until what happens?'), { target: { value: '6 months' } });
    fireEvent.change(screen.getByLabelText('Which immigration court made the order?'), { target: { value: 'Chicago' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save these details' }));
    expect(await screen.findByText('Saved.')).toBeTruthy();
    expect(useCaseStore.getState().caseData.stay).toEqual({ until: '6 months', orderCourt: 'Chicago' });

    fireEvent.click(screen.getByRole('checkbox', { name: /I am willing to follow the conditions of an Order of Supervision/ }));
    fireEvent.click(screen.getByRole('button', { name: 'Save these details' }));
    expect(useCaseStore.getState().caseData.stay?.willFollowSupervision).toBe(true);
  });

  it('saves a DRAFT PDF with the saved details and the chosen papers as tabs', async () => {
    const c = { ...finalOrder({ 'favourable.work': 'yes' }), stay: { until: '6 months' } };
    await renderApp('/stay-of-removal', c);
    await screen.findByRole('heading', { level: 1 });
    fireEvent.click(screen.getByRole('checkbox', { name: 'Work records' }));
    expect(useCaseStore.getState().caseData.checklist.included).toContain('employment-records');
    fireEvent.click(screen.getByRole('button', { name: 'Download the draft for a lawyer (PDF)' }));
    expect(await screen.findByText(/^Saved as DRAFT-stay-statement-José-Núñez-Peña-\d{4}-\d{2}-\d{2}\.pdf\./, {}, { timeout: 20_000 })).toBeTruthy();
    expect(saved).toHaveLength(1);
    const pages = await extractPages(new Uint8Array(await saved[0]!.blob.arrayBuffer()));
    const text = pages.map((p) => p.text).join(' ').replace(/\s+/g, ' ');
    expect(text).toContain('DRAFT for a lawyer to review: do not file as it is');
    expect(text).toContain('to stay my removal for this period: 6 months.');
    expect(text).toMatch(/worked steadily in the United States\. See Tab A\./);
    expect(text).toContain('Tab A: ');
  });

  it('gives a detained person with a final order the emergency words and no draft', async () => {
    await renderApp('/stay-of-removal', walk({ ...detained, 'posture.finalOrder': 'yes' }).c);
    expect(await screen.findByRole('heading', { level: 2, name: 'You are detained with a removal order: get a lawyer now' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: /Download/ })).toBeNull();
  });

  it('sends anyone not on the final-order route to their result', async () => {
    const { router } = await renderApp('/stay-of-removal', walk(inCourtBaseline).c);
    await screen.findByRole('heading', { level: 1 });
    expect(router.state.location.pathname).toBe('/result');
  });

  it('reads in Spanish', async () => {
    await renderApp('/stay-of-removal', finalOrder(), 'es');
    expect(await screen.findByRole('heading', { level: 1, name: 'Suspensión de la deportación: un borrador para llevar a un abogado' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Descargar el borrador para un abogado (PDF)' })).toBeTruthy();
  });
});

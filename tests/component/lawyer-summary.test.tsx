// @vitest-environment jsdom
/** The summary for a lawyer: flags, key facts exactly as answered, papers gathered, questions from the unknowns. */
import { cleanup, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { caseDataSchema, emptyCase, setField } from '../../src/domain';
import { wipeAllStorage } from '../../src/state/device-storage';
import { duiInCourt } from '../fixtures/personas';
import { walk } from '../unit/domain/walk';
import { renderApp } from './render-app';

beforeEach(() => {
  localStorage.clear();
  wipeAllStorage();
});

afterEach(cleanup);

/** In court after a DUI; not sure about drugs, the hearing date or the entry date; a citizen child; two papers gathered. */
const { c: unsureDui } = walk(
  {
    ...duiInCourt,
    'criminal.drugs': 'unknown',
    'posture.nextHearingDate': 'unknown',
    'favourable.family': [{ relationship: 'child', status: 'citizen' }],
  },
  { checklist: { gathered: ['photo-id', 'certified-dispositions'], included: ['photo-id'] } },
);

const row = (region: HTMLElement, question: string) => {
  const dt = within(region).getByText(question, { selector: 'dt' });
  return dt.parentElement!.querySelector('dd')!.textContent;
};

describe('LawyerSummaryPage', () => {
  it('shows the route, the flags, the facts as answered, the papers and the questions (EN)', async () => {
    await renderApp('/lawyer-summary', unsureDui);
    expect(await screen.findByRole('heading', { level: 1, name: 'Summary for a lawyer' })).toBeTruthy();
    expect(screen.getByText((_, el) => el?.tagName === 'STRONG' && el.textContent === 'Name: José Núñez Peña')).toBeTruthy();

    const flags = screen.getByRole('region', { name: 'Red flags' });
    expect(within(flags).getByText(/A DUI or DWI/)).toBeTruthy();
    expect(within(flags).getByText(/A drug arrest, charge or conviction/)).toBeTruthy();

    const facts = screen.getByRole('region', { name: 'Key facts' });
    expect(row(facts, 'When is your next hearing?')).toBe("I don't know");
    // As it was chosen: a date's "I don't know" box, a question's "I'm not sure" option.
    expect(row(facts, 'Was any of it about drugs?')).toBe("I'm not sure");
    expect(row(facts, 'Which immigration court is your case in?')).toBe('Chicago, IL');
    expect(within(facts).getByText('Son or daughter: U.S. citizen')).toBeTruthy();
    expect(row(facts, 'Was any of it for driving under the influence of alcohol or drugs (DUI or DWI)?')).toBe('Yes');
    expect(within(facts).getByText(/^Driving under the influence \(DUI or DWI\) · July 2018 · Convicted/)).toBeTruthy();

    const papers = screen.getByRole('region', { name: 'Papers the person has' });
    expect(within(papers).getAllByRole('listitem')).toHaveLength(2);
    expect(within(papers).getByText('(sent with the letter)')).toBeTruthy();

    const questions = within(screen.getByRole('region', { name: 'Questions for the lawyer' })).getAllByRole('listitem')
      .map((li) => li.textContent);
    expect(questions).toContain("I answered “I don't know” to: “When is your next hearing?”. How can we find out?");
    expect(questions).toContain("I answered “I'm not sure” to: “Was any of it about drugs?”. How can we find out?");
    expect(questions.some((q) => q?.startsWith('About “A DUI or DWI'))).toBe(true);
    expect(screen.getByRole('button', { name: 'Print this summary' })).toBeTruthy();
  });

  it('shows an unfinished case as answered so far, with "Not answered" and nothing more', async () => {
    let c = emptyCase();
    c = setField(c, 'posture.detained', 'no');
    c = setField(c, 'posture.receivedNta', 'yes');
    await renderApp('/lawyer-summary', caseDataSchema.parse(c));
    await screen.findByRole('heading', { level: 1, name: 'Summary for a lawyer' });
    expect(screen.getByText('The questions are not finished. This summary uses the answers given so far.')).toBeTruthy();
    expect(screen.getByText('Name: Not answered')).toBeTruthy();
    const facts = screen.getByRole('region', { name: 'Key facts' });
    expect(row(facts, 'Has an immigration judge ordered you deported (a final order of removal)?')).toBe('Not answered');
    // No criminal-history answer was given, so none is shown as "No".
    expect(within(facts).queryAllByText('No', { selector: 'dd *' })).toHaveLength(1);
    expect(screen.getByText('None marked as gathered on the checklist yet.')).toBeTruthy();
  });

  it('is in Spanish when the screen is, and says so when there are no answers', async () => {
    await renderApp('/lawyer-summary', unsureDui, 'es');
    expect(await screen.findByRole('heading', { level: 1, name: 'Resumen para un abogado' })).toBeTruthy();
    const facts = screen.getByRole('region', { name: 'Datos principales' });
    expect(within(facts).getAllByText('No sé', { selector: 'dd *' }).length).toBeGreaterThanOrEqual(1);
    expect(within(facts).getAllByText('No sé con seguridad', { selector: 'dd *' }).length).toBeGreaterThanOrEqual(1);
    const questions = screen.getByRole('region', { name: 'Preguntas para el abogado' });
    expect(within(questions).getAllByText(/^Contesté “No sé” a:/).length).toBeGreaterThanOrEqual(1);
    expect(within(questions).getAllByText(/^Contesté “No sé con seguridad” a:/).length).toBeGreaterThanOrEqual(1);
    cleanup();
    await renderApp('/lawyer-summary', emptyCase(), 'en');
    expect(await screen.findByText('There are no answers yet. Answer the questions first.')).toBeTruthy();
  });
});

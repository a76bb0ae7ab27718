// @vitest-environment jsdom
import { act, fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { addDays, emptyCase, findSource, isoToday } from '../../src/domain';
import i18n from '../../src/app/i18n';
import { useCaseStore } from '../../src/state/case-store';
import { duiInCourt, inCourtBaseline, notInProceedings } from '../unit/domain/walk';
import { detained, renderPage, seed } from './support/pages';
import { startEachTestAfresh } from './support/fresh-page';
import { stepUrl } from '../../src/ui/paths';

startEachTestAfresh();

describe('ResultPage', () => {
  it('puts one sentence, the hearing date and one main button at the top, before the next steps', async () => {
    seed(inCourtBaseline);
    renderPage('/result');
    const h1 = await screen.findByRole('heading', { level: 1, name: 'Write to the ICE attorneys for your court' });
    const top = [...document.querySelectorAll('.result > *')];
    const next = screen.getByRole('region', { name: 'What to do next' });
    const oneLine = screen.getByText('You can send a letter to the ICE attorneys for your court asking them to use prosecutorial discretion.');
    const hearing = screen.getByText(/^Your next hearing: /);
    // The one main button: the only "Write your letter" on the page, and not a secondary one.
    const letter = screen.getAllByRole('link', { name: 'Write your letter' });
    expect(letter).toHaveLength(1);
    expect(letter[0]!.getAttribute('href')).toBe('/letter');
    expect(letter[0]!.className).not.toContain('button--secondary');
    const order = [h1, oneLine, hearing, letter[0]!, next].map((el) => top.indexOf(el));
    expect(order.every((n) => n >= 0)).toBe(true);
    expect([...order].sort((x, y) => x - y)).toEqual(order);
    expect(within(next).getAllByRole('listitem').length).toBeGreaterThanOrEqual(3);
    expect(screen.getByRole('link', { name: 'See the papers to gather' }).getAttribute('href')).toBe('/checklist');
    expect(screen.getByRole('link', { name: 'Check or change your answers' }).getAttribute('href')).toBe('/review');
  });

  it('says the letter can still be sent before a near hearing where there is a letter to send', async () => {
    seed({ ...inCourtBaseline, 'posture.nextHearingDate': addDays(isoToday(), 10) });
    renderPage('/result');
    const banner = await screen.findByRole('region', { name: /^Your hearing is soon/ });
    expect(within(banner).getByText(/You can still send the letter\.$/)).toBeTruthy();
  });

  it('before a near hearing, sends a lawyer\'s draft to the lawyer, never "you can still send the letter"', async () => {
    seed({ ...duiInCourt, 'posture.nextHearingDate': addDays(isoToday(), 10) });
    renderPage('/result');
    const banner = await screen.findByRole('region', { name: /^Your hearing is soon/ });
    expect(within(banner).queryByText(/You can still send the letter/)).toBeNull();
    expect(within(banner).getByText(/Take your draft letter to a lawyer before the hearing\. Do not send it to ICE yourself\.$/)).toBeTruthy();
  });

  it('with no request to make, calls its red flags reasons to see a lawyer, not things against a request', async () => {
    seed(notInProceedings);
    renderPage('/result');
    const card = await screen.findByRole('region', { name: 'Talk to a lawyer about these first' });
    expect(within(card).getByText('Each one is a reason to talk to a lawyer before anyone contacts ICE. Each one says why it matters.')).toBeTruthy();
    expect(within(card).queryByText(/can count against a request/)).toBeNull();
  });

  it('says no "next hearing" for a date that has passed', async () => {
    seed({ ...inCourtBaseline, 'posture.nextHearingDate': '2020-01-15', 'posture.attendedPastHearing': 'yes' });
    renderPage('/result');
    await screen.findByRole('heading', { level: 1 });
    expect(screen.queryByText(/^Your next hearing: /)).toBeNull();
  });

  it('keeps the policy basis and the sources of the next steps under "About this information", at the end', async () => {
    seed(inCourtBaseline);
    renderPage('/result');
    const summary = await screen.findByText('About this information');
    const about = summary.closest('details')!;
    expect(about.open).toBe(false);
    expect(about.textContent).toContain('Last checked on November 30, 2026.');
    expect(about.textContent).toContain('information, not legal advice');
    const help = screen.getByRole('region', { name: 'Free legal help' });
    expect(help.compareDocumentPosition(about) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    fireEvent.click(summary);
    fireEvent.click(within(about).getByText('Sources (4)'));
    expect(within(about).getByText(findSource('eoir-rule-2024')!.title)).toBeTruthy();
    expect(within(about).getAllByText('Status last checked on November 30, 2026').length).toBeGreaterThanOrEqual(4);
    const link = within(about).getAllByRole('link').find((a) => a.getAttribute('target') === '_blank');
    expect(link?.getAttribute('rel')).toBe('noreferrer noopener');
  });

  it('shows a stop page with free legal help for a detained person, and no letter', async () => {
    seed(detained);
    renderPage('/result');
    expect(await screen.findByRole('heading', { level: 1, name: 'You are detained: get legal help now' })).toBeTruthy();
    // The main button is the facts sheet for a lawyer or family, never a letter to ICE.
    expect(screen.getByRole('link', { name: 'Facts sheet for a lawyer or family' }).className).not.toContain('button--secondary');
    const help = screen.getByRole('region', { name: 'Free legal help' });
    const ero = within(help).getByRole('link', { name: '1-888-351-4024' });
    expect(ero.getAttribute('href')).toBe('tel:+18883514024');
    // Only numbers confirmed in an official or long-standing source are shown (reference.md §11.5):
    // the two hotlines found on a single page are gone, and no research note reaches the page.
    expect(within(help).queryByText(/1-877-797-2254|1-888-674-6636/)).toBeNull();
    expect(help.textContent).not.toMatch(/not checked|name not in the copy/);
    expect(within(help).getAllByText('This address may have changed.').length).toBeGreaterThan(0);
    // One short list: a name and a number or address per line, no paragraph per line.
    expect(within(help).getAllByRole('listitem').every((li) => li.querySelectorAll('p').length === 0)).toBe(true);
    expect(screen.queryByRole('link', { name: /letter/i })).toBeNull();
    expect(screen.getByRole('link', { name: 'See the papers to gather' })).toBeTruthy();
    // The questions about things in their favour were never asked: the page does not say "none found".
    const favour = screen.getByRole('region', { name: 'Things in your favor' });
    expect(favour.textContent).toContain('We did not ask about this for your situation.');
    // A stop page puts the red flags, then the help, before the rest.
    const flags = screen.getByRole('region', { name: 'Talk to a lawyer about these first' });
    expect(flags.compareDocumentPosition(help) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(help.compareDocumentPosition(favour) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  it('speaks to someone helping a detained person about "the person", not "you", in English and Spanish', async () => {
    seed({ ...detained, 'posture.detainedPerson': 'someone_else' });
    renderPage('/result');
    expect(await screen.findByRole('heading', { level: 1, name: 'The person you help is detained: get legal help now' })).toBeTruthy();
    const favour = screen.getByRole('region', { name: 'Things in their favor' });
    expect(favour.textContent).toContain('We did not ask about this for their situation. A lawyer will want to hear about their family');
    const flags = screen.getByRole('region', { name: 'Talk to a lawyer about these first' });
    expect(flags.textContent).toContain('Help them talk to a lawyer before anyone contacts ICE for them.');
    expect(flags.textContent).not.toContain('before you contact ICE');

    await act(() => i18n.changeLanguage('es'));
    expect(screen.getByRole('region', { name: 'Lo que está a favor de esa persona' }).textContent).toContain('en la situación de esa persona');
    expect(screen.getByRole('region', { name: 'Hable primero con un abogado sobre estos puntos' }).textContent).toContain('Ayude a esa persona a hablar con un abogado');
  });

  it('on a page with no document to make, the main button takes the person (and the focus) to free legal help', async () => {
    seed(notInProceedings);
    renderPage('/result');
    const button = await screen.findByRole('button', { name: 'Find free legal help' });
    const scroll = vi.fn();
    Element.prototype.scrollIntoView = scroll;
    fireEvent.click(button);
    const heading = screen.getByRole('heading', { level: 2, name: 'Free legal help' });
    expect(document.activeElement).toBe(heading);
    expect(scroll).toHaveBeenCalled();
  });

  it('shows each factor in favour on one line with its strength; why and the sources open on demand', async () => {
    seed(inCourtBaseline);
    renderPage('/result');
    const favour = await screen.findByRole('region', { name: 'Things in your favor' });
    const title = within(favour).getByText('You have lived in the U.S. for 10 years or more');
    const details = title.closest('details')!;
    expect(details.open).toBe(false);
    expect(within(details.querySelector('summary')!).getByText(/Strong reason in your favor|Reason that helps/)).toBeTruthy();
    fireEvent.click(details.querySelector('summary')!);
    expect(details.open).toBe(true);
    expect(within(details).getAllByText(/^Sources \(\d+\)/).length).toBe(1);
  });

  it('sends a person with a stop red flag to a lawyer first, with a draft letter', async () => {
    seed({ ...inCourtBaseline, 'history.canProveTwoYears': 'no' });
    renderPage('/result');
    expect(await screen.findByRole('heading', { level: 1, name: 'Talk to a lawyer before you contact ICE' })).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'What a lawyer would likely look at' })).toBeTruthy();
    const flags = screen.getByRole('region', { name: 'Talk to a lawyer about these first' });
    expect(within(flags).getAllByText('Talk to a lawyer first').length).toBeGreaterThan(0);
    expect(screen.getAllByRole('link', { name: 'Review the draft for your lawyer' })[0]!.getAttribute('href')).toBe('/letter');
    expect(screen.getByRole('region', { name: 'Free legal help' })).toBeTruthy();
  });

  it('shows a red flag and the concern of the same name once, with both explanations', async () => {
    seed({ ...inCourtBaseline, 'history.canProveTwoYears': 'no' });
    renderPage('/result');
    const flags = await screen.findByRole('region', { name: 'Talk to a lawyer about these first' });
    const item = within(flags).getAllByRole('heading', { name: 'Less than 2 years in the U.S., or no proof of 2 years' });
    expect(item).toHaveLength(1);
    const li = item[0]!.closest('li')!;
    expect(within(li).getByText('Talk to a lawyer first')).toBeTruthy();
    expect(within(li).getByText('Serious concern')).toBeTruthy();
    // A red flag says why at once.
    expect(li.querySelector('details.why')).toBeNull();
  });

  it('shows the things to explain in a card of their own, apart from the red flags', async () => {
    seed({ ...inCourtBaseline, 'history.entryManner': 'visa_or_inspected', 'history.stoppedAtBorder': 'yes',
      'favourable.competencyConcern': 'yes', 'history.notarioFiled': 'yes' });
    renderPage('/result');
    const flags = await screen.findByRole('region', { name: 'Talk to a lawyer about these first' });
    expect(within(flags).getAllByRole('listitem').length).toBeGreaterThan(0);
    // The things to explain are a card of their own, each one line until opened.
    const explain = screen.getByRole('region', { name: 'Other things to know and to explain' });
    const items = [...explain.querySelectorAll('.item-list > li')];
    expect(items.length).toBeGreaterThanOrEqual(2);
    expect(items.every((x) => x.querySelector('details.why') !== null)).toBe(true);
    expect(flags.contains(explain)).toBe(false);
  });

  it('lists information still missing with a link to change it', async () => {
    seed({ ...inCourtBaseline, 'posture.nextHearingDate': 'unknown' });
    renderPage('/result');
    const missing = await screen.findByRole('region', { name: 'Information still missing' });
    const link = within(missing).getByRole('link', { name: /Add your answer/ });
    expect(link.getAttribute('href')).toBe(stepUrl('court-details', true));
    expect(within(missing).getByText('You answered “I don\'t know”')).toBeTruthy();
  });

  it('asks the missing questions as they were asked: about "the person" to someone helping', async () => {
    seed({ ...detained, 'posture.detainedPerson': 'someone_else', 'posture.finalOrder': 'unknown' });
    renderPage('/result');
    const missing = await screen.findByRole('region', { name: 'Information still missing' });
    expect(within(missing).getByText('Has an immigration judge ordered the person you are helping deported (a final order of removal)?')).toBeTruthy();
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
    expect(await screen.findByRole('heading', { level: 1, name: /en detención/i })).toBeTruthy();
    const about = screen.getByText('Sobre esta información').closest('details')!;
    expect(about.textContent).toContain('30 de noviembre de 2026');
  });
});

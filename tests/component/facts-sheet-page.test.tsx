// @vitest-environment jsdom
/**
 * The facts sheet page (issue 15 §4): reached from the detained route's result, it saves the
 * details the questions do not ask, refuses bad ones by field, and saves a one-page PDF (the real
 * PDF code, fonts from node_modules) with what was typed and "Not known" for the rest.
 */
import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { useCaseStore } from '../../src/state/case-store';
import { detained, inCourtBaseline, walk } from '../unit/domain/walk';
import { extractPages } from '../unit/pdf/support';
import { renderApp } from './render-app';
import { downloadPageSetup } from './support/download-page';

// The PDF code runs here in Node, with the fonts from node_modules (jsdom has no worker).
vi.mock('../../src/pdf', () => import('./support/pdf-in-node'));

vi.setConfig({ testTimeout: 30_000 });

const saved = downloadPageSetup();

const type = (label: string, value: string) => fireEvent.change(screen.getByLabelText(label), { target: { value } });
async function pdfText(): Promise<{ pages: number; text: string }> {
  const pages = await extractPages(new Uint8Array(await saved[0]!.blob.arrayBuffer()));
  return { pages: pages.length, text: pages.map((p) => p.text).join(' ').replace(/\s+/g, ' ') };
}

describe('the facts sheet page', () => {
  it('is the next step on the detained result page, and nowhere offers a letter to ICE', async () => {
    const { router } = await renderApp('/result', walk(detained).c);
    const link = await screen.findByRole('link', { name: 'Facts sheet for a lawyer or family' });
    expect(screen.queryByRole('link', { name: /letter/i })).toBeNull();
    fireEvent.click(link);
    expect(await screen.findByRole('heading', { level: 1, name: 'Facts sheet for a lawyer or family' })).toBeTruthy();
    expect(router.state.location.pathname).toBe('/facts-sheet');
    expect(screen.getByText(/It is not a letter to ICE\. Do not send it to ICE\./)).toBeTruthy();
    expect(screen.getByText('Detention center, from the answers: Broadview Processing Center')).toBeTruthy();
  });

  it('saves typed details with the case, and the PDF shows them and "Not known" for the rest', async () => {
    await renderApp('/facts-sheet', walk(detained).c);
    await screen.findByRole('heading', { level: 1 });
    type('Full name of the detained person', '  José Núñez Peña ');
    type('A-number', 'A 012 345 678');
    type('Date the person was detained', '2026-11-02');
    type('City and state of the detention center', 'Broadview, Illinois');
    fireEvent.click(screen.getByRole('button', { name: 'Save the details' }));
    expect(await screen.findByText('Saved on this device.')).toBeTruthy();
    expect(useCaseStore.getState().caseData.factsSheet).toEqual({
      fullName: 'José Núñez Peña', aNumber: 'A 012 345 678', detainedOn: '2026-11-02', facilityPlace: 'Broadview, Illinois',
    });

    // The sheet on screen (for the browser's print) shows the saved details too, from the same document.
    const preview = screen.getByRole('region', { name: 'The sheet on screen' });
    expect(within(preview).getByText('Full name').nextElementSibling?.textContent).toBe('José Núñez Peña');
    expect(within(preview).getByText('Date of birth').nextElementSibling?.textContent).toBe('Not known');
    expect(within(preview).getByRole('button', { name: 'Print the sheet' })).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Download the facts sheet (PDF)' }));
    expect(await screen.findByText(/^Saved as facts-sheet-José-Núñez-Peña-\d{4}-\d{2}-\d{2}\.pdf\./, {}, { timeout: 20_000 })).toBeTruthy();
    expect(saved).toHaveLength(1);
    const { pages, text } = await pdfText();
    expect(pages).toBe(1);
    for (const words of ['Facts sheet for a lawyer or family', 'This is not a letter or a request to ICE.', 'Full name José Núñez Peña',
      'A-number A-012-345-678', 'Date detained November 2, 2026', 'City and state Broadview, Illinois', 'Date of birth Not known',
      'Country of birth Not known', 'Detention center Broadview Processing Center', 'locator.ice.gov']) {
      expect(text).toContain(words);
    }
  });

  it('refuses a bad A-number and a future date by field, and saves nothing', async () => {
    await renderApp('/facts-sheet', walk(detained).c);
    await screen.findByRole('heading', { level: 1 });
    type('A-number', '12');
    type('Date of birth', '2099-01-01');
    fireEvent.click(screen.getByRole('button', { name: 'Save the details' }));
    const summary = await screen.findByRole('alert');
    expect(within(summary).getByRole('link', { name: /Enter an A-number with 8 or 9 numbers/ }).getAttribute('href')).toBe('#facts-aNumber');
    expect(within(summary).getByRole('link', { name: /^Date of birth: This date is in the future/ }).getAttribute('href')).toBe('#facts-dateOfBirth');
    expect(screen.getByLabelText('A-number').getAttribute('aria-invalid')).toBe('true');
    expect(useCaseStore.getState().caseData.factsSheet).toBeUndefined();
  });

  it('refuses, when saving, a character the sheet cannot print, quoting it by field', async () => {
    await renderApp('/facts-sheet', walk(detained).c);
    await screen.findByRole('heading', { level: 1 });
    type('Full name of the detained person', 'José 👍🏽 Núñez');
    type('Country of birth', 'Guatemala');
    fireEvent.click(screen.getByRole('button', { name: 'Save the details' }));
    const summary = await screen.findByRole('alert');
    const link = within(summary).getByRole('link', { name: 'Full name of the detained person: The sheet cannot print these characters: 👍🏽. Write it with the letters A to Z. Accents like á or ñ are fine.' });
    expect(link.getAttribute('href')).toBe('#facts-fullName');
    expect(within(summary).getAllByRole('link')).toHaveLength(1);
    expect(useCaseStore.getState().caseData.factsSheet).toBeUndefined();
    type('Full name of the detained person', 'José Núñez');
    fireEvent.click(screen.getByRole('button', { name: 'Save the details' }));
    expect(await screen.findByText('Saved on this device.')).toBeTruthy();
    expect(useCaseStore.getState().caseData.factsSheet?.fullName).toBe('José Núñez');
  });

  it('is in Spanish, PDF too, when the page is in Spanish', async () => {
    await renderApp('/facts-sheet', { ...walk(detained).c, factsSheet: { fullName: 'Ana Pérez' } }, 'es');
    expect(await screen.findByRole('heading', { level: 1, name: 'Hoja de datos para un abogado o la familia' })).toBeTruthy();
    expect((screen.getByLabelText('Nombre completo de la persona detenida') as HTMLInputElement).value).toBe('Ana Pérez');
    fireEvent.click(screen.getByRole('button', { name: 'Descargar la hoja de datos (PDF)' }));
    await screen.findByText(/facts-sheet-Ana-Pérez-/, {}, { timeout: 20_000 });
    const { text } = await pdfText();
    expect(text).toContain('Esto no es una carta ni una solicitud a ICE.');
    expect(text).toContain('Nombre completo Ana Pérez');
    expect(text).toContain('Número A No se sabe');
  });

  it('makes the sheet in the language chosen for the family, whatever the page language', async () => {
    await renderApp('/facts-sheet', { ...walk(detained).c, factsSheet: { fullName: 'Ana Pérez' } });
    const group = await screen.findByRole('group', { name: 'Language of the sheet' });
    expect((within(group).getByRole('radio', { name: 'English' }) as HTMLInputElement).checked).toBe(true);
    fireEvent.click(within(group).getByRole('radio', { name: 'Español' }));
    fireEvent.click(screen.getByRole('button', { name: 'Download the facts sheet (PDF)' }));
    await screen.findByText(/^Saved as facts-sheet-Ana-Pérez-/, {}, { timeout: 20_000 });
    const { text } = await pdfText();
    expect(text).toContain('Hoja de datos para un abogado o la familia');
    expect(text).toContain('Número A No se sabe');
    expect(text).not.toContain('Not known');
    // The page itself stays in English.
    expect(screen.getByRole('heading', { level: 1, name: 'Facts sheet for a lawyer or family' })).toBeTruthy();
  });

  it('names a character the PDF cannot print, and where to change it, instead of saving a file', async () => {
    await renderApp('/facts-sheet', { ...walk(detained).c, factsSheet: { countryOfBirth: 'Guatemala \u{1F600}' } });
    fireEvent.click(await screen.findByRole('button', { name: 'Download the facts sheet (PDF)' }));
    expect(await screen.findByText(/^The PDF cannot print these characters: \u{1F600}\. Change them in the details above/u, {}, { timeout: 20_000 })).toBeTruthy();
    expect(saved).toHaveLength(0);
  });

  it('is only for a detained person: others are sent back to their result', async () => {
    await renderApp('/facts-sheet', walk(inCourtBaseline).c);
    expect(await screen.findByText(/The answers say the person is not detained/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Download the facts sheet (PDF)' })).toBeNull();
    expect(screen.getByRole('link', { name: 'Go to your result' })).toBeTruthy();
  });
});

// @vitest-environment jsdom
/**
 * The declaration page: each part is saved as typed, the language and the closing are the
 * person's choice (the plain one by default), the letter's story can move in (one declaration,
 * not two), and the download saves a PDF of what was typed (the real PDF code, fonts from
 * node_modules), in Spanish with the English translation page and the certificate.
 */
import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { CaseData } from '../../src/domain';
import { useCaseStore } from '../../src/state/case-store';
import { detained, inCourtBaseline, walk } from '../unit/domain/walk';
import { extractPages, spaced } from '../unit/pdf/support';
import { renderApp } from './render-app';
import { downloadPageSetup } from './support/download-page';

// The PDF code runs here in Node, with the fonts from node_modules (jsdom has no worker).
vi.mock('../../src/pdf', () => import('./support/pdf-in-node'));

vi.setConfig({ testTimeout: 30_000 });

const saved = downloadPageSetup();

const caseWith = (extra: Partial<CaseData> = {}, letter: Partial<CaseData['letter']> = {}): CaseData =>
  ({ ...walk(inCourtBaseline, { letter: { office: { kind: 'listed', id: 'opla-chicago' }, ...letter } }).c, ...extra });
const saved_ = () => useCaseStore.getState().caseData.declaration;

describe('the declaration page', () => {
  it('saves each part as typed, and offers the download only once something is written', async () => {
    await renderApp('/declaration', caseWith());
    await screen.findByRole('heading', { level: 1, name: 'Your declaration' });
    expect(screen.getByText('Write at least one part of your story to make your declaration.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Download the declaration (PDF)' })).toBeNull();
    // The plain ending is chosen by default; the perjury statement is explained.
    expect((screen.getByLabelText('“What I say in this declaration is true.”') as HTMLInputElement).checked).toBe(true);
    expect(screen.getByText(/our sources do not say it is required/)).toBeTruthy();

    fireEvent.change(screen.getByLabelText('When and why I came to the United States'), { target: { value: 'I came in 2009.' } });
    expect(saved_()?.parts).toEqual({ arrival: 'I came in 2009.' });
    expect(await screen.findByRole('button', { name: 'Download the declaration (PDF)' })).toBeTruthy();
    expect(screen.getByText('“I explain my situation in my declaration (Tab A).”').closest('p')?.textContent)
      .toBe('Your letter says: “I explain my situation in my declaration (Tab A).” Its list of documents (the exhibit index) names your declaration first, at Tab A.');

    fireEvent.click(screen.getByLabelText(/I declare under penalty of perjury/));
    expect(saved_()?.closing).toBe('perjury');
    fireEvent.change(screen.getByLabelText('City and state where you will sign'), { target: { value: 'Chicago, IL' } });
    expect(saved_()?.signedAt).toBe('Chicago, IL');
  });

  it('saves a Spanish declaration as a PDF: the words as typed, the translation page and the certificate', async () => {
    await renderApp('/declaration', caseWith({ declaration: { parts: { origin: 'Nací en Morelia.\n\nMi familia vive aquí.' } } }), 'es');
    fireEvent.click(await screen.findByLabelText('Español'));
    expect(saved_()?.language).toBe('es');
    expect(screen.getByText(/Una declaración en español necesita una traducción al inglés/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Descargar la declaración (PDF)' }));
    await screen.findByText(/Declaration-José-Núñez-Peña-\d{4}-\d{2}-\d{2}\.pdf/, {}, { timeout: 20_000 });
    expect(saved).toHaveLength(1);
    const pages = (await extractPages(new Uint8Array(await saved[0]!.blob.arrayBuffer()))).map((p) => spaced(p.text.replace(/\n/g, ' ')));
    expect(pages).toHaveLength(3);
    expect(pages[0]).toContain('Declaración de José Núñez Peña');
    expect(pages[0]).toContain('Nací en Morelia.');
    expect(pages[0]).toContain('Mi familia vive aquí.');
    expect(pages[0]).toContain('Lo que digo en esta declaración es verdad.');
    expect(pages[0]).not.toContain('perjurio');
    expect(pages[1]).toContain('English Translation');
    expect(pages[1]).toContain('Paragraph 2:');
    expect(pages[2]).toContain('Certificate of Translation');
  });

  it('moves a Spanish story from the letter page into the last part, once, and the letter no longer has it', async () => {
    const story = 'Llegué a Chicago en 2009 con mi esposa y mis hijos, y desde entonces trabajo en una panadería.';
    await renderApp('/declaration', caseWith({}, { story, storyAs: 'declaration' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Move my story here' }));
    expect(saved_()).toMatchObject({ language: 'es', parts: { other: story } });
    expect(useCaseStore.getState().caseData.letter.story).toBe('');
    expect(screen.getByText('Your story is now in the part “Anything else I want ICE to know”.')).toBeTruthy();
    expect((screen.getByLabelText('Anything else I want ICE to know') as HTMLTextAreaElement).value).toBe(story);
  });

  it('says there is no letter (so no declaration to attach) on a route without one', async () => {
    const { c } = walk(detained);
    await renderApp('/declaration', c);
    expect(await screen.findByRole('heading', { level: 1, name: 'There is no letter for your situation' })).toBeTruthy();
    expect(screen.queryByLabelText('Who I am and where I come from')).toBeNull();
  });

  it('refuses a character the PDF cannot print, and says where it is', async () => {
    await renderApp('/declaration', caseWith({ declaration: { parts: { other: 'I am happy \u{1F600} here.' } } }));
    fireEvent.click(await screen.findByRole('button', { name: 'Download the declaration (PDF)' }));
    expect(await screen.findByText(/your declaration/, { selector: 'p.panel--warning' }, { timeout: 20_000 })).toBeTruthy();
    expect(saved).toHaveLength(0);
  });
});

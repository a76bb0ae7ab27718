// @vitest-environment jsdom
/**
 * The two downloads on the letter page: the letter to send and the guide, each its own button
 * with its own description, each saving its own file (the real PDF code, with the fonts read
 * from node_modules instead of fetched), and each status message naming the file saved. A
 * character the font cannot print stops both, with the same message.
 */
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import i18n from '../../src/app/i18n';
import { inCourtBaseline } from '../unit/domain/walk';
import { extractPages } from '../unit/pdf/support';
import { renderPage, seed } from './support/pages';
import en from '../../locales/en/pages.json';
import es from '../../locales/es/pages.json';
import { downloadPageSetup } from './support/download-page';

// The PDF code runs here in Node, with the fonts from node_modules (jsdom has no worker).
vi.mock('../../src/pdf', () => import('./support/pdf-in-node'));

vi.setConfig({ testTimeout: 30_000 });

/** What the page saved: each file's name and bytes. */
const saved = downloadPageSetup();

const office = { letter: { office: { kind: 'listed' as const, id: 'opla-chicago' } }, checklist: { included: ['personal-declaration' as const, 'photo-id' as const] } };

async function textOf(blob: Blob): Promise<string> {
  const pages = await extractPages(new Uint8Array(await blob.arrayBuffer()));
  return pages.map((p) => p.text).join('\n');
}

describe('the two PDF downloads', () => {
  it('offers the letter and the guide side by side, each described, with no checklist choice', async () => {
    seed(inCourtBaseline, office);
    renderPage('/letter');
    const letter = await screen.findByRole('button', { name: en.letter.pdf.button });
    const guide = screen.getByRole('button', { name: en.letter.pdf.guideButton });
    expect(letter.getAttribute('aria-describedby')).toContain('pdf-letter-description');
    expect(guide.getAttribute('aria-describedby')).toContain('pdf-guide-description');
    expect(document.getElementById('pdf-letter-description')!.textContent).toBe(en.letter.pdf.letterDescription);
    expect(document.getElementById('pdf-guide-description')!.textContent).toBe(en.letter.pdf.guideDescription);
    expect(screen.queryByRole('checkbox', { name: /list of papers/i })).toBeNull();
  });

  it('saves the letter to send and then the guide, each its own file, and says which was saved', async () => {
    const c = seed(inCourtBaseline, office);
    renderPage('/letter');
    fireEvent.click(await screen.findByRole('button', { name: en.letter.pdf.button }));
    await waitFor(() => expect(saved).toHaveLength(1));
    const letterName = saved[0]!.name;
    expect(letterName).toMatch(new RegExp(`^PD-request-${c.person.fullName!.replace(/ /g, '-')}-\\d{4}-\\d{2}-\\d{2}\\.pdf$`));
    expect(await screen.findByText(en.letter.pdf.doneLetter.replace('{{fileName}}', letterName))).toBeTruthy();
    const letterText = await textOf(saved[0]!.blob);
    expect(letterText).toContain('Dear Chief Counsel:');
    expect(letterText).toContain('Exhibit Index');
    expect(letterText).not.toContain('Qué dice esta carta');

    fireEvent.click(screen.getByRole('button', { name: en.letter.pdf.guideButton }));
    await waitFor(() => expect(saved).toHaveLength(2));
    const guideName = saved[1]!.name;
    expect(guideName).toBe(letterName.replace(/^PD-request-/, 'PD-guide-'));
    expect(await screen.findByText(en.letter.pdf.doneGuide.replace('{{fileName}}', guideName))).toBeTruthy();
    const guideText = await textOf(saved[1]!.blob);
    expect(guideText).toContain('Qué dice esta carta');
    expect(guideText).toContain(en.pdf.sending.title);
    expect(guideText).toContain(en.pdf.checklist.title);
    expect(guideText).not.toContain('Dear Chief Counsel:');
    // The sending sheet names the one file to attach, and the checklist gives each exhibit its tab.
    expect(guideText.replace(/\s+/g, '')).toContain(letterName.replace(/\s+/g, ''));
    expect(guideText).toMatch(/Tab A – /);
  });

  it('in Spanish: the buttons, the messages and the guide\'s pages are Spanish; the letter stays English', async () => {
    await i18n.changeLanguage('es');
    const c = seed(inCourtBaseline, office);
    renderPage('/letter');
    fireEvent.click(await screen.findByRole('button', { name: es.letter.pdf.guideButton }));
    await waitFor(() => expect(saved).toHaveLength(1));
    const guideName = saved[0]!.name;
    expect(guideName).toMatch(new RegExp(`^PD-guide-${c.person.fullName!.replace(/ /g, '-')}-\\d{4}-\\d{2}-\\d{2}\\.pdf$`));
    expect(await screen.findByText(es.letter.pdf.doneGuide.replace('{{fileName}}', guideName))).toBeTruthy();
    const guide = await extractPages(new Uint8Array(await saved[0]!.blob.arrayBuffer()));
    guide.forEach((page, i) => expect(page.text).toContain(`Página ${i + 1} de ${guide.length}`));
    expect(guide.map((p) => p.text).join('\n')).toMatch(/Separador Tab A – /);

    fireEvent.click(screen.getByRole('button', { name: es.letter.pdf.button }));
    await waitFor(() => expect(saved).toHaveLength(2));
    const letter = await extractPages(new Uint8Array(await saved[1]!.blob.arrayBuffer()));
    letter.forEach((page, i) => expect(page.text).toContain(`Page ${i + 1} of ${letter.length}`));
  });

  it('a character the font cannot print stops both downloads with the same message, and saves nothing', async () => {
    seed({ ...inCourtBaseline, 'person.fullName': 'สมชาย ใจดี' }, office);
    renderPage('/letter');
    for (const name of [en.letter.pdf.guideButton, en.letter.pdf.button]) {
      fireEvent.click(await screen.findByRole('button', { name }));
      const alert = await screen.findByRole('alert');
      expect(alert.textContent).toContain(en.letter.pdf.unsupportedTitle);
      expect(alert.textContent).toContain('U+0E2A');
      cleanup();
      renderPage('/letter');
    }
    expect(saved).toEqual([]);
  });
});

// @vitest-environment jsdom
/**
 * The follow-up letter on the after-sending page: shown once a sent record is saved, it saves a
 * PDF (the real PDF code, fonts from node_modules) that names the date and the way the request
 * was sent; a character the font cannot print is named instead of a file.
 */
import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { SentRecord } from '../../src/domain';
import { inCourtBaseline, walk } from '../unit/domain/walk';
import { extractPages } from '../unit/pdf/support';
import { renderApp } from './render-app';
import { downloadPageSetup } from './support/download-page';

// The PDF code runs here in Node, with the fonts from node_modules (jsdom has no worker).
vi.mock('../../src/pdf', () => import('./support/pdf-in-node'));

vi.setConfig({ testTimeout: 30_000 });

/** What the page saved: each file's name and bytes. */
const saved = downloadPageSetup();

const caseWith = (sent?: SentRecord) => ({ ...walk(inCourtBaseline, { letter: { office: { kind: 'listed', id: 'opla-chicago' } } }).c, ...(sent ? { sent } : {}) });

describe('the follow-up letter download', () => {
  it('is not offered before a sent date is saved', async () => {
    await renderApp('/after-sending', caseWith());
    await screen.findByRole('heading', { level: 1 });
    expect(screen.queryByRole('button', { name: 'Download the follow-up letter (PDF)' })).toBeNull();
  });

  it('saves a PDF naming the date and the way it was sent, and says where it went', async () => {
    await renderApp('/after-sending', caseWith({ date: '2026-10-05', method: 'email' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Download the follow-up letter (PDF)' }));
    const done = await screen.findByText(/^Saved as PD-follow-up-José-Núñez-Peña-\d{4}-\d{2}-\d{2}\.pdf\./, {}, { timeout: 20_000 });
    expect(done).toBeTruthy();
    expect(saved).toHaveLength(1);
    const pages = await extractPages(new Uint8Array(await saved[0]!.blob.arrayBuffer()));
    const text = pages.map((p) => p.text).join(' ').replace(/\s+/g, ' ');
    expect(text).toContain('On October 5, 2026, I sent your office a request for prosecutorial discretion by email.');
    expect(text).toContain('A-012-345-678');
  });

  it('names a character the PDF cannot print instead of saving a file', async () => {
    await renderApp('/after-sending', caseWith({ date: '2026-10-05', method: 'mail', tracking: 'AB\u{1F600}' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Download the follow-up letter (PDF)' }));
    expect(await screen.findByText(/^The PDF cannot print these characters: \u{1F600}\./u, {}, { timeout: 20_000 })).toBeTruthy();
    expect(saved).toHaveLength(0);
  });
});

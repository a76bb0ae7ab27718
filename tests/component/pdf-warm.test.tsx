// @vitest-environment jsdom
/**
 * Issue 17: the letter page starts the PDF worker (and its fonts) once the page is idle, without
 * waiting for the person to scroll to the download buttons, so the first click does not wait;
 * then has the worker make this very letter once (thrown away), so the code the click runs has run.
 */
import { act, cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import i18n from '../../src/app/i18n';
import { useCaseStore } from '../../src/state/case-store';
import { wipeAllStorage } from '../../src/state/device-storage';
import type { PlanInput } from '../../src/pdf/plan';
import { inCourtBaseline } from '../unit/domain/walk';
import { downloadPageSetup } from './support/download-page';
import { renderPage, seed } from './support/pages';
import en from '../../locales/en/pages.json';
import es from '../../locales/es/pages.json';

const warmPdf = vi.fn();
const createPdfDocument = vi.fn();
vi.mock('../../src/pdf', async () => {
  const inNode = await import('./support/pdf-in-node');
  createPdfDocument.mockImplementation(inNode.createPdfDocument);
  return { ...inNode, warmPdf, createPdfDocument };
});

/** What the page saves (jsdom has no downloads). */
downloadPageSetup();
const office = { letter: { office: { kind: 'listed' as const, id: 'opla-chicago' } }, checklist: { included: ['personal-declaration' as const] } };

beforeEach(async () => {
  localStorage.clear();
  wipeAllStorage();
  warmPdf.mockClear();
  createPdfDocument.mockClear();
  await i18n.changeLanguage('en');
});
afterEach(() => cleanup());

it('warms the PDF worker once while the letter page is idle, before any scrolling, then has it make this letter once, with the Spanish page\'s strings', { timeout: 20_000 }, async () => {
  // An English session: the PDF's Spanish page needs strings the page itself does not.
  expect(i18n.hasResourceBundle('es', 'pages') || i18n.hasResourceBundle('es', 'catalog')).toBe(false);
  seed(inCourtBaseline, office);
  renderPage('/letter');
  await screen.findByRole('heading', { level: 1, name: 'Your letter to the ICE attorneys' });
  // jsdom has neither IntersectionObserver nor requestIdleCallback: only the idle fallback can warm it.
  expect(typeof IntersectionObserver).toBe('undefined');
  // First the worker and its fonts, at once; then this very letter (a made-up one leaves the code cold).
  await waitFor(() => expect(warmPdf).toHaveBeenCalledTimes(2), { timeout: 3000 });
  expect(warmPdf.mock.calls[0]).toEqual([]);
  const input = warmPdf.mock.calls[1]![0] as PlanInput;
  // The Spanish page is in Spanish, though the page is in English.
  expect(input.spanishPage.title).toBe(es.pdf.spanish.title);
  await new Promise((r) => setTimeout(r, 1200));
  expect(warmPdf).toHaveBeenCalledTimes(2);
  // What it made is what the click makes: the very input, its words chosen while the page was
  // idle, so the click's task only hands it over.
  fireEvent.click(screen.getByRole('button', { name: en.letter.pdf.button }));
  await waitFor(() => expect(createPdfDocument).toHaveBeenCalledTimes(1));
  expect(createPdfDocument.mock.calls[0]![0]).toBe(input);
  await waitFor(() => expect((screen.getByRole('button', { name: en.letter.pdf.button }) as HTMLButtonElement).disabled).toBe(false));

  // An answer changed while the page is open (here the phone number, from another tab or the
  // clinic's editor): the next click's file says the new one, not what was chosen while idle.
  act(() => useCaseStore.getState().answer({ 'person.phone': '(312) 555-0199' }));
  fireEvent.click(screen.getByRole('button', { name: en.letter.pdf.button }));
  await waitFor(() => expect(createPdfDocument).toHaveBeenCalledTimes(2));
  const changed = createPdfDocument.mock.calls[1]![0] as PlanInput;
  expect(changed).not.toBe(input);
  expect(JSON.stringify(changed)).toContain('(312) 555-0199');
  expect(JSON.stringify(input)).not.toContain('(312) 555-0199');

  // Back on the letter page later in this tab: the worker is started if need be, but the code
  // has run already, so no letter is made again.
  cleanup();
  renderPage('/letter');
  await screen.findByRole('heading', { level: 1, name: 'Your letter to the ICE attorneys' });
  await waitFor(() => expect(warmPdf).toHaveBeenCalledTimes(3), { timeout: 3000 });
  expect(warmPdf.mock.calls[2]).toEqual([]);
  await new Promise((r) => setTimeout(r, 1200));
  expect(warmPdf).toHaveBeenCalledTimes(3);
});

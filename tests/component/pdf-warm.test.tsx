// @vitest-environment jsdom
/**
 * Issue 17: the letter page starts the PDF worker (and its fonts) once the page is idle, without
 * waiting for the person to scroll to the download buttons, so the first click does not wait.
 */
import { cleanup, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import i18n from '../../src/app/i18n';
import { wipeAllStorage } from '../../src/state/device-storage';
import { inCourtBaseline } from '../unit/domain/walk';
import { renderPage, seed } from './support/pages';

const warmPdf = vi.fn();
vi.mock('../../src/pdf', async () => ({ ...(await import('./support/pdf-in-node')), warmPdf }));

beforeEach(async () => {
  localStorage.clear();
  wipeAllStorage();
  warmPdf.mockClear();
  await i18n.changeLanguage('en');
});
afterEach(() => cleanup());

it('warms the PDF worker once while the letter page is idle, before any scrolling, and fetches the Spanish page\'s strings', async () => {
  // An English session: the PDF's Spanish page needs strings the page itself does not.
  expect(i18n.hasResourceBundle('es', 'pages') || i18n.hasResourceBundle('es', 'catalog')).toBe(false);
  seed(inCourtBaseline);
  renderPage('/letter');
  await screen.findByRole('heading', { level: 1, name: 'Your letter to the ICE attorneys' });
  // jsdom has neither IntersectionObserver nor requestIdleCallback: only the idle fallback can warm it.
  expect(typeof IntersectionObserver).toBe('undefined');
  await waitFor(() => expect(warmPdf).toHaveBeenCalledTimes(1), { timeout: 3000 });
  expect(i18n.hasResourceBundle('es', 'pages') && i18n.hasResourceBundle('es', 'catalog')).toBe(true);
  await new Promise((r) => setTimeout(r, 1200));
  expect(warmPdf).toHaveBeenCalledTimes(1);
});

// @vitest-environment jsdom
/**
 * Issue 17 (step time): moving from one question to the next renders the new page, not the
 * layout around it (header, language button, exit button, footer) again. The layout reads no
 * address; the parts that follow it are small components of their own (src/app/app.tsx).
 */
import { act, cleanup, screen } from '@testing-library/react';
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import type * as LanguageSwitchModule from '../../src/app/language-switch';
import { stepUrl } from '../../src/ui/paths';
import { wipeAllStorage } from '../../src/state/device-storage';
import { inCourtBaseline, walk } from '../unit/domain/walk';
import { renderApp } from './render-app';

const renders = vi.hoisted(() => ({ count: 0 }));
vi.mock('../../src/app/language-switch', async (importOriginal) => {
  const original = await importOriginal<typeof LanguageSwitchModule>();
  return {
    LanguageSwitch: () => {
      renders.count += 1;
      return original.LanguageSwitch();
    },
  };
});

beforeEach(() => {
  localStorage.clear();
  wipeAllStorage();
});
afterEach(() => cleanup());

it('moves between questions without rendering the header again', async () => {
  const { c } = walk(inCourtBaseline);
  const { router } = await renderApp(stepUrl('court-status'), c);
  await screen.findByRole('heading', { level: 1 });
  const before = renders.count;
  expect(before).toBeGreaterThan(0);
  for (const to of [stepUrl('court-details'), stepUrl('entry-date'), stepUrl('court-status')]) {
    await act(() => router.navigate(to, { replace: true }));
    await screen.findByRole('heading', { level: 1 });
  }
  expect(renders.count).toBe(before);
});

// @vitest-environment jsdom
/**
 * Issue 17 (step time): moving from one question to the next renders the new page, not the
 * layout around it (header, language button, exit button, footer) again. The layout reads no
 * address; the parts that follow it are small components of their own (src/app/app.tsx). Its
 * links do not follow the address either (src/ui/app-link.tsx): react-router's `useHref` and
 * `useNavigate` drew every link again at each step.
 */
import { act, screen } from '@testing-library/react';
import { expect, it, vi } from 'vitest';
import type * as LanguageSwitchModule from '../../src/app/language-switch';
import type * as AppLinkModule from '../../src/ui/app-link';
import type * as ReactI18next from 'react-i18next';
import { paths, stepUrl } from '../../src/ui/paths';
import { inCourtBaseline, walk } from '../unit/domain/walk';
import { renderApp } from './render-app';
import { startEachTestAfresh } from './support/fresh-page';

const renders = vi.hoisted(() => ({ count: 0, links: new Map<string, number>(), translations: 0 }));
vi.mock('../../src/app/language-switch', async (importOriginal) => {
  const original = await importOriginal<typeof LanguageSwitchModule>();
  return {
    LanguageSwitch: () => {
      renders.count += 1;
      return original.LanguageSwitch();
    },
  };
});

/** Each link's drawings, by the page it leads to. */
vi.mock('../../src/ui/app-link', async (importOriginal) => {
  const original = await importOriginal<typeof AppLinkModule>();
  return {
    ...original,
    AppLink: (props: AppLinkModule.AppLinkProps) => {
      renders.links.set(props.to, (renders.links.get(props.to) ?? 0) + 1);
      return original.AppLink(props);
    },
  };
});

/** react-i18next's hook sets itself up in each component that mounts it (about 1.5 % of React's drawing of a step each). */
vi.mock('react-i18next', async (importOriginal) => {
  const original = await importOriginal<typeof ReactI18next>();
  return {
    ...original,
    useTranslation: ((...args: Parameters<typeof original.useTranslation>) => {
      renders.translations += 1;
      return original.useTranslation(...args);
    }) as typeof original.useTranslation,
  };
});

startEachTestAfresh();

it('moves between questions without rendering the header again', async () => {
  const { c } = walk(inCourtBaseline);
  const { router } = await renderApp(stepUrl('court-status'), c);
  await screen.findByRole('heading', { level: 1 });
  const before = renders.count;
  expect(before).toBeGreaterThan(0);
  // The header's name (to the start page) and the footer's links.
  const layoutLinks = [paths.start.href(), paths.learn.href(), paths.delete.href()];
  const linksBefore = layoutLinks.map((to) => renders.links.get(to) ?? 0);
  expect(linksBefore.every((n) => n > 0)).toBe(true);
  for (const to of [stepUrl('court-details'), stepUrl('entry-date'), stepUrl('court-status')]) {
    await act(() => router.navigate(to, { replace: true }));
    await screen.findByRole('heading', { level: 1 });
  }
  expect(renders.count).toBe(before);
  expect(layoutLinks.map((to) => renders.links.get(to) ?? 0)).toEqual(linksBefore);
});

it("sets up the page's words in one place: the question page's two lookups, nothing else", async () => {
  const { c } = walk(inCourtBaseline);
  const { router } = await renderApp(stepUrl('entry-date'), c);
  await screen.findByRole('heading', { level: 1 });
  for (const to of [stepUrl('presence'), stepUrl('applications'), stepUrl('entry-date')]) {
    renders.translations = 0;
    await act(() => router.navigate(to, { replace: true }));
    await screen.findByRole('heading', { level: 1 });
    // The page's form, drawn twice as it opens (react-hook-form), with its two lookups each time.
    expect(renders.translations, to).toBeLessThanOrEqual(4);
  }
});

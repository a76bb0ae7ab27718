/**
 * The app's route table (src/app/app.tsx) against the path table (src/ui/paths.ts): each page's
 * own address reaches that page's route, so a page added to one and not the other is caught.
 */
import { describe, expect, it } from 'vitest';
import { routes } from '../../src/app/app';
import { matchRoute } from '../../src/app/match-route';
import { paths } from '../../src/ui/paths';

/** An address of each page: a question and a learn topic need something to name. */
const addressOf = (page: keyof typeof paths): string => {
  if (page === 'question') return paths.question.href('detained');
  if (page === 'learnTopic') return paths.learnTopic.href('rights-cards');
  return paths[page].href();
};

describe('route table', () => {
  it.each(Object.keys(paths) as (keyof typeof paths)[])('the address of %s opens its own route', (page) => {
    const match = matchRoute(routes, addressOf(page).split('?')[0] ?? '');
    expect(match?.route.path).toBe(paths[page].route);
  });

  it('lists each route once, and the catch-all last', () => {
    const listed = routes.map((r) => r.path);
    expect(new Set(listed).size).toBe(listed.length);
    expect(listed.at(-1)).toBe('*');
    expect(listed.filter((p) => p !== '*').sort()).toEqual(Object.values(paths).map((p) => p.route).sort());
  });
});

/**
 * The question pages rehearsed (src/features/wizard/rehearsed-pages.ts): together with the page on
 * screen they hold every kind of question the flow asks, each page brings a kind the ones before
 * did not, and nothing is rehearsed twice in a tab.
 */
import { expect, it } from 'vitest';
import { steps } from '../../src/domain';
import { pageShape, pagesToRehearse } from '../../src/features/wizard/rehearsed-pages';

const byId = (id: string) => steps.find((s) => s.id === id)!;
const allKinds = new Set(steps.flatMap(pageShape));

it('counts a tick list and every kind of question on a page', () => {
  expect(pageShape(byId('court-details'))).toEqual(['court', 'text', 'date', 'radio']);
  expect(pageShape(byId('ice-supervision'))).toContain('ticks');
  expect(allKinds.has('court')).toBe(true);
  expect(allKinds.has('ticks')).toBe(true);
});

it('covers every kind with the page on screen, each page bringing a new one, in the order asked', () => {
  const current = byId('detained');
  const pages = pagesToRehearse(current, steps, new Set());
  const met = new Set(pageShape(current));
  for (const page of pages) {
    expect(pageShape(page).some((kind) => !met.has(kind)), page.id).toBe(true);
    for (const kind of pageShape(page)) met.add(kind);
  }
  expect(met).toEqual(allKinds);
  expect(pages.map((p) => steps.indexOf(p))).toEqual([...pages.map((p) => steps.indexOf(p))].sort((a, b) => a - b));
  // A handful of pages, not the whole flow.
  expect(pages.length).toBeLessThan(steps.length / 3);
});

it('does not rehearse what the page on screen already shows, nor anything twice in a tab', () => {
  const met = new Set<string>();
  const fromCourt = pagesToRehearse(byId('court-details'), steps, met);
  expect(fromCourt.flatMap(pageShape)).not.toContain('court');
  expect(pagesToRehearse(byId('detained'), steps, met)).toEqual([]);
});

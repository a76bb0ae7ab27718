/**
 * The policy timeline says "Not confirmed" only where the reference does. The 2026 ruling that let
 * the expansion of expedited removal go on is among the facts §11.1 confirms (reference.md,
 * checked 2026-11-30): the page said "Not confirmed" under it (found by a walk of the built app).
 */
import { describe, expect, it } from 'vitest';
import { type LearnSection, learnTopics, sources } from '../../../src/domain';

describe('the policy timeline', () => {
  const timeline = learnTopics.find((t) => t.id === 'timeline')!;
  const section = (id: string): LearnSection => (timeline.sections as readonly LearnSection[]).find((s) => s.id === id)!;

  it('states the facts §11.1 confirms without "Not confirmed": expedited removal in force, the bond ruling', () => {
    for (const id of ['expedited-removal', 'expedited-removal-court', 'bond-ruling', 'victim-directive']) {
      expect(section(id).uncertain, id).toBeFalsy();
    }
    // Its source says it is in force, as checked.
    expect(sources.find((s) => s.id === 'make-the-road-2026')?.status).toBe('in_force');
  });
});

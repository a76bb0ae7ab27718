import { describe, expect, it } from 'vitest';
import { afterSendingTopics, findSource, FOLLOW_UP_AFTER_WEEKS, followUpDue, weeksSinceSent } from '../../../src/domain';

describe('after sending', () => {
  it('every "what happens next" point has sources, all known', () => {
    expect(new Set(afterSendingTopics.map((t) => t.id)).size).toBe(afterSendingTopics.length);
    for (const topic of afterSendingTopics) {
      expect(topic.sources.length, topic.id).toBeGreaterThan(0);
      for (const id of topic.sources) expect(findSource(id), `${topic.id}: ${id}`).toBeDefined();
    }
  });

  it('counts whole weeks since the day sent (never negative)', () => {
    expect(weeksSinceSent({ date: '2026-10-01' }, '2026-10-07')).toBe(0);
    expect(weeksSinceSent({ date: '2026-10-01' }, '2026-10-08')).toBe(1);
    expect(weeksSinceSent({ date: '2026-10-01' }, '2026-11-30')).toBe(8);
    expect(weeksSinceSent({ date: '2026-12-01' }, '2026-11-30')).toBe(0);
  });

  it(`suggests a follow-up from ${FOLLOW_UP_AFTER_WEEKS} weeks on, and never without a sent date`, () => {
    expect(followUpDue(undefined, '2026-11-30')).toBeNull();
    expect(followUpDue({ date: '2026-10-20' }, '2026-11-30')).toBeNull(); // 5 weeks and 6 days
    expect(followUpDue({ date: '2026-10-19' }, '2026-11-30')).toBe(6);
    expect(followUpDue({ date: '2025-11-30' }, '2026-11-30')).toBe(52);
  });
});

// @vitest-environment jsdom
/** Work put off until the page is painted runs after the next frame, in a task of its own, and not if cancelled. */
import { afterEach, expect, it, vi } from 'vitest';
import { afterNextPaint } from '../../src/ui/after-paint';

afterEach(() => vi.restoreAllMocks());

it('runs after the next frame, in a later task; a cancel before then stops it', async () => {
  const frames: FrameRequestCallback[] = [];
  vi.spyOn(window, 'requestAnimationFrame').mockImplementation((cb) => frames.push(cb));
  const ran: string[] = [];
  afterNextPaint(() => ran.push('kept'));
  const cancel = afterNextPaint(() => ran.push('cancelled'));
  await new Promise((r) => setTimeout(r, 20));
  expect(ran).toEqual([]);
  for (const cb of frames) cb(performance.now());
  // The frame's own callbacks have run, the work has not: it waits for the next task.
  expect(ran).toEqual([]);
  cancel();
  await new Promise((r) => setTimeout(r, 0));
  expect(ran).toEqual(['kept']);
});

it('a cancel before the frame stops it too', async () => {
  const ran: string[] = [];
  const cancel = afterNextPaint(() => ran.push('x'));
  cancel();
  await new Promise((r) => setTimeout(r, 50));
  expect(ran).toEqual([]);
});

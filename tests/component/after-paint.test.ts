// @vitest-environment jsdom
/**
 * Work put off until the page is painted runs after the next frame, in the browser's next idle
 * moment (or the next task where there are no idle callbacks), and not at all once cancelled.
 */
import { afterEach, expect, it, vi } from 'vitest';
import { whenIdleAfterPaint } from '../../src/ui/after-paint';

afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

function holdFrames(): () => void {
  const frames: FrameRequestCallback[] = [];
  vi.spyOn(window, 'requestAnimationFrame').mockImplementation((cb) => frames.push(cb));
  return () => {
    for (const cb of frames.splice(0)) cb(performance.now());
  };
}

it('waits for the frame, then for an idle moment, with the given latest time; a cancel stops it', () => {
  const paint = holdFrames();
  const idle: { cb: IdleRequestCallback; timeout: number | undefined }[] = [];
  vi.stubGlobal('requestIdleCallback', (cb: IdleRequestCallback, o?: IdleRequestOptions) => idle.push({ cb, timeout: o?.timeout }));
  vi.stubGlobal('cancelIdleCallback', (id: number) => idle.splice(id - 1, 1, { cb: () => {}, timeout: -1 }));
  const ran: string[] = [];
  whenIdleAfterPaint(() => ran.push('kept'), 300);
  const cancel = whenIdleAfterPaint(() => ran.push('cancelled'));
  expect(idle).toEqual([]);
  paint();
  expect(idle.map((i) => i.timeout)).toEqual([300, 500]);
  expect(ran).toEqual([]);
  cancel();
  for (const { cb } of idle) cb({ didTimeout: false, timeRemaining: () => 10 });
  expect(ran).toEqual(['kept']);
});

it('without idle callbacks, runs in the next task after the frame', async () => {
  const paint = holdFrames();
  vi.stubGlobal('requestIdleCallback', undefined);
  const ran: string[] = [];
  whenIdleAfterPaint(() => ran.push('x'));
  await new Promise((r) => setTimeout(r, 20));
  expect(ran).toEqual([]);
  paint();
  expect(ran).toEqual([]);
  await new Promise((r) => setTimeout(r, 0));
  expect(ran).toEqual(['x']);
});

it('a cancel before the frame stops it too', async () => {
  const ran: string[] = [];
  const cancel = whenIdleAfterPaint(() => ran.push('x'));
  cancel();
  await new Promise((r) => setTimeout(r, 50));
  expect(ran).toEqual([]);
});

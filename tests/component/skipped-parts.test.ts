// @vitest-environment jsdom
/**
 * A part of a long page carries `data-skipped` exactly while the browser skips drawing it (the
 * `contentvisibilityautostatechange` event), and only inside the page it was set on, so that
 * base.css takes it out of scroll anchoring. The event does not bubble: it is heard by capture.
 * The real effect (a jump below a long preview stays in view) is tests/e2e/layout.e2e.ts.
 */
import { expect, it } from 'vitest';
import { markSkippedParts } from '../../src/ui/skipped-parts';

function stateChange(target: Element, skipped: boolean): void {
  target.dispatchEvent(Object.assign(new Event('contentvisibilityautostatechange', { bubbles: false }), { skipped }));
}

it('marks a part while it is skipped, and stops when the page is gone', () => {
  document.body.innerHTML = '<div id="page"><section id="part"><p id="inner">Words</p></section></div><section id="elsewhere"></section>';
  const page = document.getElementById('page')!;
  const part = document.getElementById('part')!;
  const elsewhere = document.getElementById('elsewhere')!;
  const cleanup = markSkippedParts(page);

  stateChange(part, true);
  expect(part.hasAttribute('data-skipped')).toBe(true);
  stateChange(part, false);
  expect(part.hasAttribute('data-skipped')).toBe(false);
  // Outside the page nothing is marked.
  stateChange(elsewhere, true);
  expect(elsewhere.hasAttribute('data-skipped')).toBe(false);
  // An event without `skipped` changes nothing.
  stateChange(part, true);
  part.dispatchEvent(new Event('contentvisibilityautostatechange'));
  expect(part.hasAttribute('data-skipped')).toBe(true);
  stateChange(part, false);

  cleanup?.();
  stateChange(part, true);
  expect(part.hasAttribute('data-skipped')).toBe(false);
  expect(markSkippedParts(null)).toBeUndefined();
});

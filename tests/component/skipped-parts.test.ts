// @vitest-environment jsdom
/**
 * A part of a long page carries `data-skipped` exactly while the browser skips drawing it (the
 * `contentvisibilityautostatechange` event), and only inside the page it was set on, so that
 * base.css takes it out of scroll anchoring. The event does not bubble: it is heard by capture.
 * Each part still at its guessed height is drawn once (`data-drawing`, one at a time) in idle
 * moments, then carries `data-sized`; never while a font loads, and again once one has loaded.
 * The real effect (a jump below a long preview or across the checklist's groups stays in view)
 * is tests/e2e/layout.e2e.ts.
 */
import { expect, it, vi } from 'vitest';
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

it('draws each part still at its guessed height once, one after the other, and stops with the page', async () => {
  document.body.innerHTML = '<div id="page"><section id="a"></section><section id="b"></section><section id="c"></section></div>';
  const page = document.getElementById('page')!;
  const [a, b, c] = ['a', 'b', 'c'].map((id) => document.getElementById(id)!) as [HTMLElement, HTMLElement, HTMLElement];
  const cleanup = markSkippedParts(page);

  // "c" was drawn near the screen: its height is known, so it is never drawn for it.
  stateChange(c, false);
  expect(c.hasAttribute('data-sized')).toBe(true);
  stateChange(a, true);
  stateChange(b, true);
  stateChange(c, true);
  // Nothing in the same task: the page's frame comes first.
  expect(page.querySelector('[data-drawing]')).toBeNull();

  // One part at a time, each for one frame, then marked as sized.
  const drawn: string[] = [];
  let together = 0;
  const watch = new MutationObserver((changes) => {
    for (const change of changes) if ((change.target as Element).hasAttribute('data-drawing')) drawn.push((change.target as Element).id);
    together = Math.max(together, page.querySelectorAll('[data-drawing]').length);
  });
  watch.observe(page, { subtree: true, attributeFilter: ['data-drawing'] });
  await vi.waitFor(() => expect(a.hasAttribute('data-sized') && b.hasAttribute('data-sized')).toBe(true));
  watch.disconnect();
  expect(drawn).toEqual(['a', 'b']);
  expect(together).toBe(1);
  expect(page.querySelector('[data-drawing]')).toBeNull();
  // Still marked as skipped: the browser says when that changes.
  expect(a.hasAttribute('data-skipped')).toBe(true);

  // A part skipped again after it was sized is not drawn again.
  stateChange(a, false);
  stateChange(a, true);
  await new Promise((done) => setTimeout(done, 50));
  expect(page.querySelector('[data-drawing]')).toBeNull();

  // A part added later is drawn too.
  const d = document.createElement('section');
  page.append(d);
  stateChange(d, true);
  await vi.waitFor(() => expect(d.hasAttribute('data-sized')).toBe(true));
  expect(d.hasAttribute('data-drawing')).toBe(false);

  // Once the page is gone, nothing more is done.
  const e = document.createElement('section');
  page.append(e);
  stateChange(e, true);
  cleanup?.();
  await new Promise((done) => setTimeout(done, 50));
  expect(e.hasAttribute('data-drawing') || e.hasAttribute('data-sized')).toBe(false);
});

/** A stand-in for `document.fonts` (jsdom has none): a load is begun and ended by the test. */
class FakeFonts extends EventTarget {
  status: 'loading' | 'loaded' = 'loaded';
  ready: Promise<void> = Promise.resolve();
  private done = () => {};
  begin(): void {
    this.status = 'loading';
    this.ready = new Promise((resolve) => (this.done = resolve));
  }
  end(): void {
    this.status = 'loaded';
    this.done();
    this.dispatchEvent(new Event('loadingdone'));
  }
}

it('takes no height while a font loads, and takes every height again once fonts have loaded', async () => {
  const fonts = new FakeFonts();
  Object.defineProperty(document, 'fonts', { value: fonts, configurable: true });
  try {
    document.body.innerHTML = '<div id="page"><section id="a"></section><section id="b"></section></div>';
    const page = document.getElementById('page')!;
    const [a, b] = ['a', 'b'].map((id) => document.getElementById(id)!) as [HTMLElement, HTMLElement];
    const drawn: string[] = [];
    const watch = new MutationObserver((changes) => {
      for (const change of changes) if ((change.target as Element).hasAttribute('data-drawing')) drawn.push((change.target as Element).id);
    });
    watch.observe(page, { subtree: true, attributeFilter: ['data-drawing'] });
    const cleanup = markSkippedParts(page);

    // A font loading when the page opens (the letter page asks for the preview's): nothing is drawn until it is in.
    fonts.begin();
    stateChange(a, true);
    await new Promise((done) => setTimeout(done, 80));
    expect(drawn).toEqual([]);
    fonts.end();
    await vi.waitFor(() => expect(a.hasAttribute('data-sized')).toBe(true));
    expect(drawn).toEqual(['a']);

    // Drawing a part starts a font's load (its text needs one not used before): it is not counted
    // as sized, and is drawn again once the font is in.
    drawn.length = 0;
    const starts = new MutationObserver(() => {
      if (b.hasAttribute('data-drawing') && fonts.status === 'loaded' && drawn.length === 1) fonts.begin();
    });
    starts.observe(b, { attributeFilter: ['data-drawing'] });
    stateChange(b, true);
    await vi.waitFor(() => expect(drawn).toEqual(['b']));
    await new Promise((done) => setTimeout(done, 80));
    expect(b.hasAttribute('data-sized')).toBe(false);
    starts.disconnect();
    fonts.end();
    // The load's end makes every height stale, "a"'s too: both are drawn again, then sized.
    await vi.waitFor(() => expect(a.hasAttribute('data-sized') && b.hasAttribute('data-sized')).toBe(true));
    expect(drawn.slice(1).sort()).toEqual(['a', 'b']);

    // Once the page is gone, a font's load changes nothing.
    cleanup?.();
    drawn.length = 0;
    fonts.begin();
    fonts.end();
    await new Promise((done) => setTimeout(done, 80));
    expect(drawn).toEqual([]);
    expect(a.hasAttribute('data-sized')).toBe(true);
    watch.disconnect();
  } finally {
    Reflect.deleteProperty(document, 'fonts');
  }
});

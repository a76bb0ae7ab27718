// @vitest-environment jsdom
/**
 * The classes on <body> that shape the layout around a page (src/ui/use-body-class.ts): set while
 * a page or its loading line is shown, kept while another still holds it, gone with the last.
 */
import { cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { BODY_CLASSES, useBodyClass } from '../../src/ui/use-body-class';

function Holder({ active = true }: { active?: boolean }) {
  useBodyClass(BODY_CLASSES.widePage, active);
  return null;
}

afterEach(() => cleanup());

describe('useBodyClass', () => {
  it('is set as the page renders, and removed when the last holder goes', () => {
    const one = render(<Holder />);
    expect(document.body.classList.contains('wide-page')).toBe(true);
    const two = render(<Holder />);
    one.unmount();
    expect(document.body.classList.contains('wide-page')).toBe(true);
    two.unmount();
    expect(document.body.classList.contains('wide-page')).toBe(false);
  });

  it('follows `active`', () => {
    const view = render(<Holder active={false} />);
    expect(document.body.classList.contains('wide-page')).toBe(false);
    view.rerender(<Holder active />);
    expect(document.body.classList.contains('wide-page')).toBe(true);
    view.rerender(<Holder active={false} />);
    expect(document.body.classList.contains('wide-page')).toBe(false);
  });
});

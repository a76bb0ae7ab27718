// @vitest-environment jsdom
/**
 * A rehearsal (src/ui/rehearsal.tsx) draws each item once, one after another, where nobody sees
 * it: nothing is added to the page, none of the items' effects run (no title, no focus, no
 * saving), an item that fails or never finishes loading is passed over, and the page around it
 * goes on as if it were not there.
 */
import { cleanup, render, screen, waitFor } from '@testing-library/react';
import { use, useEffect } from 'react';
import { afterEach, expect, it } from 'vitest';
import { Rehearsal } from '../../src/ui/rehearsal';

afterEach(() => cleanup());

const drawn: string[] = [];
const effects: string[] = [];
const never = new Promise<never>(() => {});

function Item({ name }: { name: string }) {
  if (name === 'fails') throw new Error('a page that cannot be drawn');
  if (name === 'loads') use(never);
  drawn.push(name);
  useEffect(() => {
    effects.push(name);
    document.title = name;
  });
  return (
    <form data-testid={`item-${name}`}>
      <input id={`field-${name}`} aria-label={name} />
    </form>
  );
}

it('draws each item in turn, off the page and with no effects, and then nothing', async () => {
  drawn.length = 0;
  effects.length = 0;
  document.title = 'The page';
  render(
    <main>
      <h1>The page</h1>
      <Rehearsal items={['a', 'b', 'c']} render={(name) => <Item name={name} />} />
    </main>,
  );
  // Not in the first frame: the page is painted first.
  expect(drawn).toEqual([]);
  await waitFor(() => expect(new Set(drawn)).toEqual(new Set(['a', 'b', 'c'])), { timeout: 2000 });
  // In order (React may draw an item more than once).
  expect(drawn.filter((n, i) => drawn.indexOf(n) === i)).toEqual(['a', 'b', 'c']);
  expect(effects).toEqual([]);
  expect(document.title).toBe('The page');
  expect(screen.queryByTestId('item-c')).toBeNull();
  expect(document.querySelectorAll('form, input')).toHaveLength(0);
  expect(screen.getByRole('heading', { name: 'The page' })).toBeTruthy();
  // Done: nothing more is drawn.
  const count = drawn.length;
  await new Promise((r) => setTimeout(r, 200));
  expect(drawn.length).toBe(count);
});

it('passes over an item that fails or never finishes loading, and the page goes on', async () => {
  drawn.length = 0;
  const quiet = console.error;
  console.error = () => {};
  try {
    render(
      <main>
        <h1>Still here</h1>
        <Rehearsal items={['fails', 'loads', 'after']} render={(name) => <Item name={name} />} />
      </main>,
    );
    await waitFor(() => expect(drawn).toContain('after'), { timeout: 3000 });
    expect(drawn).not.toContain('fails');
    expect(drawn).not.toContain('loads');
    expect(screen.getByRole('heading', { name: 'Still here' })).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
  } finally {
    console.error = quiet;
  }
});

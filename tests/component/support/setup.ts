/**
 * Component tests: `findBy…` and `waitFor` wait up to 5 s, not 1 s. The screens are lazy (chunks,
 * strings), and with the unit tests on the other core a first render once took just over 1 s.
 * A real failure still fails, only later.
 *
 * The files run in vitest's `vmThreads` pool (vitest.config.ts), in workers that stay up, so jsdom
 * is not loaded again for every file. The files of a worker share one global object (jsdom's
 * window, with its storage, address and title) and, as checked with vitest 4.1, the app's modules
 * too (a store, tab-sync's channel): a file must not count on what another left, nor on being
 * first. What that needs is below.
 */
import { webcrypto } from 'node:crypto';
import { ReadableStream, TransformStream, WritableStream } from 'node:stream/web';
import { configure } from '@testing-library/react';
import { afterAll } from 'vitest';

configure({ asyncUtilTimeout: 5_000 });

// A VM context has jsdom's globals, not Node's: the browser's Web Crypto (clinic mode) and streams
// (saving a PDF) come from Node, as they did when each file ran in a process of its own.
if (!globalThis.crypto?.subtle) Object.defineProperty(globalThis, 'crypto', { value: webcrypto, configurable: true, writable: true });
if (typeof globalThis.ReadableStream === 'undefined') Object.assign(globalThis, { ReadableStream, TransformStream, WritableStream });

// The original class, kept on the global object for the whole worker: each file's setup must
// build on it, not on the previous file's.
const NODE_CHANNEL = Symbol.for('pd-helper.node-broadcast-channel');
const NodeBroadcastChannel = ((globalThis as { [NODE_CHANNEL]?: typeof BroadcastChannel })[NODE_CHANNEL] ??= globalThis.BroadcastChannel);

// What the last file left in the shared window, before this file's modules load: saved data (a
// locked clinic made the next file's pages say "The cases on this device are locked"), the
// address, the title and the page.
if (typeof window !== 'undefined') {
  localStorage.clear();
  sessionStorage.clear();
  history.replaceState(null, '', '/');
  document.title = '';
  for (const { name } of [...document.documentElement.attributes]) document.documentElement.removeAttribute(name);
  document.head.replaceChildren();
  document.body.replaceChildren();
}

// Node's BroadcastChannel reaches every file a worker runs, at once or earlier: one file's tab
// messages ("the case was wiped") reached another file's page. Each file's channels get a name of
// their own, and close when the file ends. The tabs of one file still hear each other.
const fileScope = webcrypto.randomUUID();
const openChannels = new Set<BroadcastChannel>();
class FileBroadcastChannel extends NodeBroadcastChannel {
  readonly #name: string;
  constructor(name: string) {
    super(`${fileScope}:${name}`);
    this.#name = name;
    openChannels.add(this);
  }
  override get name(): string {
    return this.#name;
  }
  override close(): void {
    openChannels.delete(this);
    super.close();
  }
}
globalThis.BroadcastChannel = FileBroadcastChannel;
afterAll(() => {
  for (const channel of [...openChannels]) channel.close();
});

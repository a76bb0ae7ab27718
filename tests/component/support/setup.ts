/**
 * Component tests: `findBy…` and `waitFor` wait up to 5 s, not 1 s. The screens are lazy (chunks,
 * strings), and with the unit tests on the other core a first render once took just over 1 s.
 * A real failure still fails, only later.
 *
 * The files run in vitest's `vmThreads` pool (vitest.config.ts), in workers that stay up, so jsdom
 * is not loaded again for every file. Each file still gets a window and app modules of its own
 * (tests/component/file-isolation-*.test.ts check it); what the workers do share is below.
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

// Node's BroadcastChannel reaches every thread of the process, so the file running at the same
// time in the other worker too: one file's tab messages ("the case was wiped") could reach another
// file's page. Each file's channels get a name of their own, and close when the file ends. The
// tabs of one file still hear each other.
const fileScope = webcrypto.randomUUID();
const openChannels = new Set<BroadcastChannel>();
class FileBroadcastChannel extends BroadcastChannel {
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
// Defined, not assigned: in a file without jsdom the global is Node's own, read-only (a file run alone failed here).
Object.defineProperty(globalThis, 'BroadcastChannel', { value: FileBroadcastChannel, configurable: true, writable: true });
afterAll(() => {
  for (const channel of [...openChannels]) channel.close();
});

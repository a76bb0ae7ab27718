/**
 * The PDF worker's replies (src/pdf/pdf-worker.ts): a made file comes back as a Blob of type
 * application/pdf, so the page saves it as it is (tests/unit/save-file.test.ts) and never builds
 * the Blob on its own thread (issue 17: that took the page 15–30 ms at 4× CPU); a character the
 * font cannot draw comes back as the list of problems.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, expect, it, vi } from 'vitest';
import { WARM_UP_DOCUMENT } from '../../../src/pdf/pdf-jobs';
import type { PrintableDocument } from '../../../src/domain/printable-document';

const scope = {
  onmessage: null as ((event: { data: unknown }) => void) | null,
  postMessage: vi.fn<(message: unknown, transfer?: unknown) => void>(),
};
const meta = { appName: 'PD Helper', appVersion: 'test' };

beforeAll(async () => {
  // The worker fetches its fonts from the app's own files: here, from the disk.
  vi.stubGlobal('fetch', async (url: string) => new Response(new Uint8Array(readFileSync(path.join(process.cwd(), url.split('?')[0]!)))));
  vi.stubGlobal('self', scope);
  await import('../../../src/pdf/pdf-worker');
});
afterAll(() => vi.unstubAllGlobals());

/** Sends the worker one job and waits for its one reply. */
async function reply(id: number, doc: PrintableDocument): Promise<unknown[]> {
  scope.postMessage.mockClear();
  scope.onmessage!({ data: { id, job: { kind: 'printable', doc, meta } } });
  await vi.waitFor(() => expect(scope.postMessage).toHaveBeenCalledTimes(1), { timeout: 10_000 });
  return scope.postMessage.mock.calls[0]!;
}

it('hands the page the file as a PDF Blob', async () => {
  const [message, transfer] = await reply(7, WARM_UP_DOCUMENT);
  expect(transfer).toBeUndefined();
  const { id, file } = message as { id: number; file: Blob };
  expect(id).toBe(7);
  expect(file).toBeInstanceOf(Blob);
  expect(file.type).toBe('application/pdf');
  const head = new TextDecoder().decode(new Uint8Array(await file.arrayBuffer()).subarray(0, 5));
  expect(head).toBe('%PDF-');

});

it('says which characters the font cannot draw, instead of a file', async () => {
  const [first] = WARM_UP_DOCUMENT.sections;
  const doc: PrintableDocument = { ...WARM_UP_DOCUMENT, sections: [{ ...first!, blocks: [{ kind: 'heading', text: 'Warm-up 漢字' }] }] };
  const [message] = await reply(8, doc);
  expect(message).toMatchObject({ id: 8, problems: expect.arrayContaining([expect.objectContaining({ char: '漢' })]) });
});

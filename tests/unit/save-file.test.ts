// @vitest-environment jsdom
/** src/ui/save-file.ts: a Blob (a PDF from its worker) is saved as it is; text and bytes are wrapped in one. */
import { afterEach, expect, it, vi } from 'vitest';
import { saveFile } from '../../src/ui/save-file';

afterEach(() => vi.restoreAllMocks());

function capture() {
  const made = vi.spyOn(URL, 'createObjectURL').mockReturnValue('blob:test/1');
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
  const names: string[] = [];
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    names.push(this.download);
  });
  return { made, names };
}

it('saves a Blob as it is, with no copy made on the page', () => {
  const { made, names } = capture();
  const file = new Blob(['%PDF-1.7'], { type: 'application/pdf' });
  saveFile(file, 'PD-letter.pdf', 'application/pdf');
  expect(made).toHaveBeenCalledWith(file);
  expect(names).toEqual(['PD-letter.pdf']);
});

it('wraps text in a Blob of the type given', async () => {
  const { made } = capture();
  saveFile('{"a":1}', 'case.pdcase.json', 'application/json');
  const blob = made.mock.calls[0]![0] as Blob;
  expect(blob.type).toBe('application/json');
  expect(await blob.text()).toBe('{"a":1}');
});

/**
 * The files a page saves through the browser's download (src/ui/save-file.ts), captured in jsdom:
 * each <a download> click is recorded with its name and the blob behind its blob: URL. Call
 * `captureSavedFiles()` in beforeEach (after it, vi.restoreAllMocks() undoes the spies).
 */
import { vi } from 'vitest';

export interface SavedFile {
  name: string;
  blob: Blob;
}

export function captureSavedFiles(saved: SavedFile[]): void {
  saved.length = 0;
  const blobs = new Map<string, Blob>();
  let n = 0;
  vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
    const url = `blob:test/${++n}`;
    blobs.set(url, blob as Blob);
    return url;
  });
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    saved.push({ name: this.download, blob: blobs.get(this.href)! });
  });
}

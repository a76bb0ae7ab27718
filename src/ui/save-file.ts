/**
 * Saves bytes or text as a file through the browser's download: a blob: URL, made and revoked
 * here; nothing leaves the device. The one place the app writes a file (case files, letters,
 * the guide, the follow-up letter, the calendar file).
 */
export function saveFile(content: string | Uint8Array | Blob, fileName: string, type: string): void {
  // A Blob is saved as it is (the PDFs come from their worker as one, with their type).
  const url = URL.createObjectURL(content instanceof Blob ? content : new Blob([content as BlobPart], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.rel = 'noopener';
  document.body.append(a);
  a.click();
  a.remove();
  // Some browsers read the blob after click() returns: revoke a little later.
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}

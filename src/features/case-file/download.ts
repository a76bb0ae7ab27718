/** Saves text as a file through the browser's download (a blob: URL; nothing leaves the device). */
export function downloadText(text: string, fileName: string, type = 'application/json'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
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

/** The last word of the full name (the person can rename the file), or '' when there is none. */
export function familyNameOf(fullName: string | undefined): string {
  const words = (fullName ?? '').trim().split(/\s+/).filter(Boolean);
  return words[words.length - 1] ?? '';
}

/**
 * For the two file-isolation tests (tests/component/file-isolation-a.test.ts and -b): each file
 * must find this module, the storage, the page and the address as no other file left them. Were
 * the files to share a VM context (as vitest 4.1 does for a `vmThreads` project run by one worker),
 * the second file would find the first one's marks.
 */
import { expect } from 'vitest';

const fileMarks: string[] = [];

/** Checks that nothing of another file is here, then leaves this file's marks everywhere. */
export function expectFreshFileThenMark(mark: string): void {
  expect(fileMarks, 'a module was shared with another test file').toEqual([]);
  expect(localStorage.getItem('pd-helper:test-file'), 'storage was shared with another test file').toBeNull();
  expect(document.title + document.body.innerHTML, 'the page was shared with another test file').toBe('');
  expect(location.pathname, 'the address was shared with another test file').toBe('/');
  fileMarks.push(mark);
  localStorage.setItem('pd-helper:test-file', mark);
  document.title = mark;
  document.body.innerHTML = `<p>${mark}</p>`;
  history.replaceState(null, '', `/${mark}`);
}

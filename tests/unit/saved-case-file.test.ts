/**
 * The "could not open your saved answers" page downloads what was saved as a case file that
 * "Save or open a case file" can open again (when the saved text holds a case at all).
 */
import { describe, expect, it } from 'vitest';
import { saveCase } from '../../src/domain';
import { savedCaseFileText } from '../../src/features/load-error/load-error-page';
import { readCaseFile } from '../../src/state/case-file-io';
import { inCourtBaseline, walk } from './domain/walk';

const c = walk(inCourtBaseline).c;
const envelope = saveCase(c, { appVersion: '0.1.0', savedAt: '2026-11-30T10:00:00.000Z' });

describe('the saved-data download', () => {
  it('a saved state of an unknown store version: the case inside opens as a case file', async () => {
    const raw = JSON.stringify({ state: { envelope, settings: { language: 'es' }, hasData: true }, version: 99 });
    const opened = await readCaseFile(savedCaseFileText(raw));
    expect(opened.ok && opened.data).toEqual(c);
  });

  it('text that is not JSON is given back exactly as it was saved', () => {
    expect(savedCaseFileText('{broken')).toBe('{broken');
  });
});

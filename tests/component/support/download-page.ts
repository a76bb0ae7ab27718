/**
 * The set-up every component test of a page that downloads a file shares: storage emptied and
 * the page in English before each test, the saved files captured, and after each test the page
 * unmounted and the spies undone. Returns the list the saved files go into.
 */
import { cleanup } from '@testing-library/react';
import { afterEach, beforeEach, vi } from 'vitest';
import i18n from '../../../src/app/i18n';
import { wipeAllStorage } from '../../../src/state/device-storage';
import { captureSavedFiles, type SavedFile } from './saved-files';

export function downloadPageSetup(): SavedFile[] {
  const saved: SavedFile[] = [];
  beforeEach(async () => {
    localStorage.clear();
    wipeAllStorage();
    await i18n.changeLanguage('en');
    captureSavedFiles(saved);
  });
  afterEach(() => {
    cleanup();
    vi.restoreAllMocks();
  });
  return saved;
}

/**
 * What each test of a page file starts from: nothing saved on the device (nor remembered as this
 * tab's last save, else the empty storage reads as "deleted in another tab"), the English strings,
 * and no page or spied-on function left by the test before.
 */
import { cleanup } from '@testing-library/react';
import { afterEach, beforeEach, vi } from 'vitest';
import i18n from '../../../src/app/i18n';
import { wipeAllStorage } from '../../../src/state/device-storage';

/** Call once at the top of a test file, before its own `beforeEach`. */
export function startEachTestAfresh(): void {
  beforeEach(async () => {
    localStorage.clear();
    wipeAllStorage();
    await i18n.changeLanguage('en');
  });
  afterEach(() => {
    cleanup();
    vi.restoreAllMocks();
  });
}

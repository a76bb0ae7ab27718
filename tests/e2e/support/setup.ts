/**
 * Runs before each e2e file: the file's own headless Chromium (tests/e2e/support/shared-browser.ts),
 * started before its tests and closed after them. A setup file, not hooks in shared-browser.ts,
 * because the e2e files share modules within a worker (`isolate: false` in vitest.config.ts), so a
 * module's hooks would be registered for the first file only.
 */
import { afterAll, beforeAll } from 'vitest';
import { closeSharedBrowser, openSharedBrowser } from './shared-browser';

beforeAll(openSharedBrowser);
afterAll(closeSharedBrowser);

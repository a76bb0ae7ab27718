/**
 * Runs before each e2e file: the worker's headless Chromium (tests/e2e/support/shared-browser.ts),
 * started before the first file's tests, and the file's leftover contexts closed after its tests.
 * A setup file, not hooks in shared-browser.ts, because the e2e files share modules within a worker
 * (`isolate: false` in vitest.config.ts), so a module's hooks would be registered for the first
 * file only.
 */
import { afterAll, beforeAll } from 'vitest';
import { closeLeftoverContexts, openSharedBrowser } from './shared-browser';

beforeAll(openSharedBrowser);
afterAll(closeLeftoverContexts);

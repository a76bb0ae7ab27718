/**
 * Test config, separate from vite.config.ts so the PWA plugin is not loaded in tests.
 * Reporters (default + json to tests/artifacts/) are set per project in the package.json scripts,
 * because vitest reporters are global, not per project. The unit and the component runs use two
 * workers (`--maxWorkers=2` in package.json for the unit files, the project's own setting for the
 * component files): vitest's default on a 2-core machine is one, which made them serial (196 s
 * against 131 s for both). End-to-end files run two at a time, each
 * worker with its own Chromium; the byte budget runs after them, alone.
 * docs/adr/0008-testing-strategy.md.
 */
import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

const E2E_ALONE = 'tests/e2e/budget.e2e.ts';

export default defineConfig({
  plugins: [react()],
  test: {
    coverage: {
      // Collected in the unit run only (`npm run test:unit`): the domain's tests are there, and
      // measuring it made the component files take 36 → 65 s (docs/adr/0008-testing-strategy.md).
      provider: 'v8',
      include: ['src/domain/**/*.ts'],
      exclude: ['src/domain/**/*.test.ts', 'src/domain/**/*.d.ts'],
      reportsDirectory: 'coverage',
      reporter: ['text-summary', 'html', 'json-summary'],
      thresholds: { lines: 90 },
    },
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'node',
          // Pure code: the files share one module registry per worker (40 s → 24 s). A file that
          // needs fresh modules says so itself (vi.resetModules), as the saved-state fuzz files do.
          isolate: false,
          include: ['src/**/*.test.{ts,tsx}', 'tests/unit/**/*.test.{ts,tsx}', 'tests/lint/**/*.test.ts'],
        },
      },
      {
        extends: true,
        test: {
          // Screens rendered in jsdom (each file says `@vitest-environment jsdom` when it needs it).
          name: 'component',
          environment: 'node',
          // VM contexts in workers that stay up: jsdom is loaded once per worker, not once per
          // file (85 → 37 s). Each file gets a fresh window and fresh app modules, but only with
          // two workers or more: with one, vitest 4.1 runs all of a vm project's files in a single
          // context (shared storage, stores, language list), and 18–48 tests failed. So the
          // project sets its own count, which `--maxWorkers=1` on the command line does not
          // change; tests/component/file-isolation-*.test.ts fail if files share anything
          // (docs/adr/0008-testing-strategy.md).
          pool: 'vmThreads',
          maxWorkers: 2,
          include: ['tests/component/**/*.test.{ts,tsx}'],
          setupFiles: ['tests/component/support/setup.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['tests/e2e/**/*.e2e.ts'],
          exclude: [E2E_ALONE],
          globalSetup: ['tests/e2e/support/global-setup.ts'],
          // The worker's Chromium, and each file's contexts closed after it (tests/e2e/support/setup.ts).
          // Files share modules in a worker (playwright, the app's domain code for the personas):
          // 15 % less CPU than a fresh process and imports for each file.
          setupFiles: ['tests/e2e/support/setup.ts'],
          isolate: false,
          testTimeout: 90_000,
          hookTimeout: 60_000,
          // Two files at a time: the two cores are busy but neither waits (about 40 % less wall time).
          maxWorkers: 2,
        },
      },
      {
        extends: true,
        test: {
          // The byte budget measures what the browser loads: run after the other e2e files, alone.
          name: 'e2e-alone',
          environment: 'node',
          include: [E2E_ALONE],
          globalSetup: ['tests/e2e/support/global-setup.ts'],
          setupFiles: ['tests/e2e/support/setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          fileParallelism: false,
          sequence: { groupOrder: 1 },
        },
      },
      {
        extends: true,
        test: {
          // Timings for `npm run bench`, not part of `npm test`.
          name: 'bench',
          environment: 'node',
          include: ['tests/bench/**/*.bench.ts'],
          globalSetup: ['tests/e2e/support/global-setup.ts'],
          testTimeout: 120_000,
          hookTimeout: 60_000,
          fileParallelism: false,
        },
      },
    ],
  },
});

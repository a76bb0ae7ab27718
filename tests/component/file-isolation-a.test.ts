// @vitest-environment jsdom
/**
 * The component files count on running alone: a fresh window and fresh app modules (stores,
 * caches, the language list). vitest gives each file its own VM context only when the project
 * has two workers or more (vitest.config.ts sets it). This file and file-isolation-b.test.ts
 * fail if either sees the other's marks.
 */
import { it } from 'vitest';
import { expectFreshFileThenMark } from './support/file-marks';

it('starts with a window and modules no other file has touched (a)', () => {
  expectFreshFileThenMark('a');
});

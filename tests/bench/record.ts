/** Adds one figure to this bench run's results (tests/artifacts/bench-results.json; summary.mjs prints and commits them). */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export const RESULTS = path.resolve(import.meta.dirname, '../artifacts/bench-results.json');

export function record(key: string, value: unknown): void {
  let all: Record<string, unknown> = {};
  try {
    all = JSON.parse(readFileSync(RESULTS, 'utf8')) as Record<string, unknown>;
  } catch {
    /* first figure of this run */
  }
  all[key] = value;
  mkdirSync(path.dirname(RESULTS), { recursive: true });
  writeFileSync(RESULTS, `${JSON.stringify(all, null, 2)}\n`);
}

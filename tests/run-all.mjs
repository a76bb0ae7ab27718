#!/usr/bin/env node
/**
 * `npm test`: every check, in four waves, then the wall time of each part.
 * 1. typecheck, lint and build side by side: each is mostly one core, and none needs another.
 * 2. unit tests, with the coverage of src/domain (vitest, two workers: the whole machine).
 * 3. component tests (two workers), without coverage: measuring it made them take 36 → 65 s, and
 *    the domain's coverage is the unit tests' (98.9 % of its lines by them alone; the gate is 90 %).
 * 4. end-to-end tests on the built app (two files at a time; the byte budget alone at the end).
 * Every part runs even when an earlier one failed (so one run shows every failure), except the
 * e2e tests, which need the build. Output of the side-by-side parts is printed whole, one part after
 * the other, when each ends. Exit code: 0 only when every part passed.
 * docs/adr/0008-testing-strategy.md says what runs where and why.
 */
import { spawn } from 'node:child_process';

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

/** @typedef {{ name: string; script: string; needs?: string }} Part */
/** @type {Part[][]} */
const waves = [
  [
    { name: 'typecheck', script: 'typecheck' },
    { name: 'lint', script: 'lint' },
    { name: 'build', script: 'build' },
  ],
  [{ name: 'unit', script: 'test:unit' }],
  // Not side by side with the unit tests: four workers on two cores took longer than one after
  // the other (125 against 108 s).
  [{ name: 'component', script: 'test:component' }],
  [{ name: 'e2e', script: 'test:e2e', needs: 'build' }],
];

/** @type {{ name: string; seconds: number; status: string; wave: number }[]} */
const results = [];

function run(part, buffered) {
  return new Promise((resolve) => {
    const started = performance.now();
    const child = spawn(npm, ['run', '--silent', part.script], {
      stdio: buffered ? ['ignore', 'pipe', 'pipe'] : 'inherit',
      env: process.env,
    });
    /** @type {Buffer[]} */
    const output = [];
    if (buffered) {
      child.stdout.on('data', (chunk) => output.push(chunk));
      child.stderr.on('data', (chunk) => output.push(chunk));
    }
    const finish = (code) => {
      const seconds = (performance.now() - started) / 1000;
      if (buffered) {
        process.stdout.write(`\n== ${part.name} (${code === 0 ? 'passed' : 'FAILED'}, ${seconds.toFixed(1)} s)\n`);
        process.stdout.write(Buffer.concat(output));
      }
      resolve({ code, seconds });
    };
    child.on('error', (error) => {
      output.push(Buffer.from(`${error.message}\n`));
      finish(1);
    });
    child.on('close', (code) => finish(code ?? 1));
  });
}

const totalStart = performance.now();
let failed = false;
for (const [index, wave] of waves.entries()) {
  const parts = wave.filter((part) => {
    if (!part.needs) return true;
    const needed = results.find((r) => r.name === part.needs);
    if (needed?.status === 'passed') return true;
    results.push({ name: part.name, seconds: 0, status: `not run (${part.needs} failed)`, wave: index });
    failed = true;
    return false;
  });
  if (parts.length === 0) continue;
  const buffered = parts.length > 1;
  if (!buffered) process.stdout.write(`\n== ${parts[0].name}\n`);
  else process.stdout.write(`\n== ${parts.map((p) => p.name).join(', ')}: side by side\n`);
  const outcomes = await Promise.all(parts.map((part) => run(part, buffered)));
  outcomes.forEach(({ code, seconds }, i) => {
    if (code !== 0) failed = true;
    results.push({ name: parts[i].name, seconds, status: code === 0 ? 'passed' : 'FAILED', wave: index });
  });
}
const total = (performance.now() - totalStart) / 1000;

const width = Math.max(...results.map((r) => r.name.length), 5);
console.log('\n== npm test: wall time by part');
for (const r of results) {
  const together = waves[r.wave].length > 1 ? `  (wave ${r.wave + 1}, side by side)` : `  (wave ${r.wave + 1})`;
  console.log(`${r.name.padEnd(width)}  ${r.seconds.toFixed(1).padStart(6)} s  ${r.status}${together}`);
}
console.log(`${'total'.padEnd(width)}  ${total.toFixed(1).padStart(6)} s`);
process.exit(failed ? 1 : 0);

/**
 * The browser finder of the e2e tests (tests/e2e/support/chromium.mjs): CHROMIUM_PATH, then a
 * system Chromium (unless PD_HELPER_SKIP_SYSTEM_CHROMIUM is set), then, on Linux x64, the npm
 * package @sparticuz/chromium. Fake browsers are shell scripts that print a version.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { findChromium, systemChromiumPaths, unpackNpmChromium } from '../e2e/support/chromium.mjs';

const dir = mkdtempSync(path.join(os.tmpdir(), 'pd-helper-find-chromium-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function fakeBrowser(name: string, version: string): string {
  const file = path.join(dir, name);
  writeFileSync(file, `#!/bin/sh\necho "${version}"\n`);
  chmodSync(file, 0o755);
  return file;
}

const envPath = fakeBrowser('env-chromium', 'Chromium 100.0.0.1');
const systemPath = fakeBrowser('system-chrome', 'Google Chrome 120.0.0.2 built on Debian');
const npmPath = fakeBrowser('npm-chromium', 'Chromium 147.0.7727.0');
const missing = path.join(dir, 'not-there');
const unpackNpm = () => Promise.resolve({ executablePath: npmPath, version: '147.0.0' });
const linux = { platform: 'linux', arch: 'x64' } as const;

describe('findChromium', () => {
  it('takes CHROMIUM_PATH first, even when a system browser exists', async () => {
    const found = await findChromium({ ...linux, env: { CHROMIUM_PATH: ` ${envPath} ` }, systemPaths: [systemPath], unpackNpm });
    expect(found).toEqual({ executablePath: envPath, source: 'CHROMIUM_PATH', description: `Chromium 100.0.0.1 (from CHROMIUM_PATH: ${envPath})` });
  });

  it('refuses a CHROMIUM_PATH that is not an executable, instead of trying something else', async () => {
    await expect(findChromium({ ...linux, env: { CHROMIUM_PATH: missing }, systemPaths: [systemPath], unpackNpm })).rejects.toThrow(
      `CHROMIUM_PATH is set to "${missing}", but that is not an executable file.`,
    );
  });

  it('then takes the first system browser that exists', async () => {
    const found = await findChromium({ ...linux, env: {}, systemPaths: [missing, systemPath], unpackNpm });
    expect(found.source).toBe('system');
    expect(found.executablePath).toBe(systemPath);
    expect(found.description).toBe(`Google Chrome 120.0.0.2 (system browser: ${systemPath})`);
  });

  it('then, on Linux x64, the npm Chromium; PD_HELPER_SKIP_SYSTEM_CHROMIUM hides system browsers', async () => {
    const none = await findChromium({ ...linux, env: {}, systemPaths: [missing], unpackNpm });
    expect(none.source).toBe('npm');
    const skipped = await findChromium({ ...linux, env: { PD_HELPER_SKIP_SYSTEM_CHROMIUM: '1' }, systemPaths: [systemPath], unpackNpm });
    expect(skipped).toEqual({
      executablePath: npmPath,
      source: 'npm',
      description: `Chromium 147.0.7727.0 (npm package @sparticuz/chromium 147.0.0: ${npmPath})`,
    });
    // "0" (or "false") does not skip them.
    const kept = await findChromium({ ...linux, env: { PD_HELPER_SKIP_SYSTEM_CHROMIUM: '0' }, systemPaths: [systemPath], unpackNpm });
    expect(kept.source).toBe('system');
  });

  it('says what it tried and how to fix it when nothing is found', async () => {
    const mac = findChromium({ platform: 'darwin', arch: 'arm64', env: {}, systemPaths: [missing], unpackNpm });
    await expect(mac).rejects.toThrow(/No Chromium found[\s\S]*not-there[\s\S]*Linux x64 only, this is darwin arm64[\s\S]*Set CHROMIUM_PATH/);
    const broken = findChromium({
      ...linux,
      env: { PD_HELPER_SKIP_SYSTEM_CHROMIUM: 'yes' },
      systemPaths: [systemPath],
      unpackNpm: () => Promise.reject(new Error('disk full')),
    });
    await expect(broken).rejects.toThrow(/System browsers were skipped[\s\S]*Not usable: disk full/);
  });

  it('knows the usual places of a system browser', () => {
    expect(systemChromiumPaths('linux', {})).toEqual([
      '/usr/bin/chromium',
      '/usr/bin/chromium-browser',
      '/usr/bin/google-chrome',
      '/usr/bin/google-chrome-stable',
    ]);
    expect(systemChromiumPaths('darwin', {})[0]).toBe('/Applications/Google Chrome.app/Contents/MacOS/Google Chrome');
    expect(systemChromiumPaths('win32', { PROGRAMFILES: 'C:\\Program Files' })).toEqual(['C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe']);
  });
});

describe.runIf(process.platform === 'linux' && process.arch === 'x64')('the npm Chromium (@sparticuz/chromium)', () => {
  it('unpacks once into the temp folder and runs', async () => {
    const first = await unpackNpmChromium();
    expect(first.version).toBe('147.0.0');
    expect(first.dir).toBe(path.join(os.tmpdir(), `pd-helper-chromium-147.0.0-${process.getuid!()}`));
    const again = await unpackNpmChromium();
    expect(again).toEqual(first);
    const version = spawnSync(first.executablePath, ['--version'], { encoding: 'utf8', timeout: 30_000 });
    expect(version.stdout).toMatch(/^Chromium 147\./);
  }, 60_000);
});

/**
 * Finds the Chromium that the e2e tests, the bench and tests/bench/make-icons.mjs launch (with
 * playwright-core, which never downloads a browser). The first of these wins:
 *
 * 1. env CHROMIUM_PATH: a Chromium or Chrome executable (an error if it is not one);
 * 2. a system Chromium or Chrome (/usr/bin/chromium, /usr/bin/chromium-browser,
 *    /usr/bin/google-chrome, /usr/bin/google-chrome-stable; the usual Chrome places on macOS and
 *    Windows), unless env PD_HELPER_SKIP_SYSTEM_CHROMIUM=1 hides them (to test step 3);
 * 3. on Linux x64 only: the Chromium inside the npm package @sparticuz/chromium (a devDependency,
 *    pinned to 147.0.0, the last version for Node 20), unpacked once (a few seconds) into
 *    <temp folder>/pd-helper-chromium-<version>-<uid>/, with the NSS libraries and the Open Sans
 *    font that come with it, so a machine with only Node needs no apt step.
 *
 * Plain JavaScript (types in chromium.d.mts) so that Node 20 runs it from .mjs scripts as well.
 */
import { spawnSync } from 'node:child_process';
import { accessSync, constants, createReadStream, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { createBrotliDecompress } from 'node:zlib';

/**
 * The features playwright-core 1.65 turns off in every Chromium it starts. Chromium reads only
 * the last --disable-features, and playwright puts its own first, so ours repeats them
 * (tests/e2e/chromium-flags.e2e.ts fails when playwright's list grows).
 */
const PLAYWRIGHT_DISABLED_FEATURES = [
  'AvoidUnnecessaryBeforeUnloadCheckSync', 'DestroyProfileOnBrowserClose', 'HttpsUpgrades',
  'HttpsFirstBalancedModeAutoEnable', 'LensOverlay', 'MediaRouter', 'PaintHolding',
  'ThirdPartyStoragePartitioning', 'AvoidCorsURLLoaderRestartOnRedirect', 'TcpPortRandomizationWin',
  'OptimizationHints', 'NetworkTimeServiceQuerying', 'AimEnabled', 'PreconnectToSearch',
  'msForceBrowserSignIn', 'msEdgeUpdateLaunchServicesPreferredVersion',
];

/**
 * The address bar's suggestion lists. Debian's Chromium 156 builds them as web pages: two more
 * renderers for each new window, so for each test's browser context, busy while the test runs.
 * Ten new contexts took 10.4 s with them and 4.4 s without; JS in the test's page ran at 100 ms
 * for the bench's fixed task beside them, 62 ms without (2026-12-02).
 */
export const UNUSED_FEATURES = ['WebUIOmniboxPopup', 'WebUIOmniboxAimPopup'];

/**
 * Launch flags for every Chromium the project starts, verified in shared/design/stack.md (F8).
 * The network ones keep Chromium itself quiet on the network. (Not @sparticuz/chromium's own
 * `chromium.args`: with those, --single-process and SwiftShader, it crashed with SIGTRAP.)
 */
export const CHROMIUM_ARGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  `--disable-features=${[...PLAYWRIGHT_DISABLED_FEATURES, ...UNUSED_FEATURES].join(',')}`,
];

const NPM_PACKAGE = '@sparticuz/chromium';

/** @param {string} file */
function isExecutable(file) {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** @param {string | undefined} value */
function isSet(value) {
  const v = value?.trim().toLowerCase();
  return Boolean(v) && v !== '0' && v !== 'false' && v !== 'no';
}

/**
 * Where a system Chromium or Chrome usually is, in the order they are tried.
 * @param {NodeJS.Platform} platform
 * @param {NodeJS.ProcessEnv} env
 * @returns {string[]}
 */
export function systemChromiumPaths(platform = process.platform, env = process.env) {
  if (platform === 'darwin') {
    return [
      '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
      '/Applications/Chromium.app/Contents/MacOS/Chromium',
    ];
  }
  if (platform === 'win32') {
    return [env.PROGRAMFILES, env['PROGRAMFILES(X86)'], env.LOCALAPPDATA]
      .filter((dir) => Boolean(dir))
      .map((dir) => path.win32.join(String(dir), 'Google', 'Chrome', 'Application', 'chrome.exe'));
  }
  return ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'];
}

/** @param {string} text */
const shellQuote = (text) => `'${text.replaceAll("'", `'\\''`)}'`;
/** @param {string} text */
const xmlEscape = (text) => text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');

/**
 * Unpacks the Chromium of @sparticuz/chromium (once per version and user; later calls return at
 * once) and returns a small shell script that runs it with the NSS libraries of the package (the
 * binary needs libnss3, which a bare system lacks) and a fontconfig file that adds the package's
 * Open Sans to the system's fonts (so text has a font where the system has none). Unpacking goes
 * to a fresh folder that is renamed into place when complete, so an interrupted or concurrent
 * run never leaves a half-written browser behind.
 * @returns {Promise<{ executablePath: string, version: string, dir: string }>}
 */
export async function unpackNpmChromium() {
  const require = createRequire(import.meta.url);
  let entry;
  try {
    entry = require.resolve(NPM_PACKAGE);
  } catch {
    throw new Error(`the npm package ${NPM_PACKAGE} is not installed (run "npm ci")`);
  }
  // The package folder: the nearest one up from its entry point whose package.json names it.
  let packageDir = path.dirname(entry);
  const manifest = () => {
    const file = path.join(packageDir, 'package.json');
    return existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : {};
  };
  while (manifest().name !== NPM_PACKAGE) {
    if (path.dirname(packageDir) === packageDir) throw new Error(`cannot find the folder of ${NPM_PACKAGE} (from ${entry})`);
    packageDir = path.dirname(packageDir);
  }
  const { version } = manifest();
  const uid = typeof process.getuid === 'function' ? process.getuid() : 'user';
  const dir = path.join(os.tmpdir(), `pd-helper-chromium-${version}-${uid}`);
  const wrapper = path.join(dir, 'run-chromium');
  const complete = (base) =>
    [path.join(base, 'run-chromium'), path.join(base, 'chromium'), path.join(base, 'al2023', 'lib', 'libnss3.so'), path.join(base, 'fonts.conf')].every(
      (file) => existsSync(file),
    );
  if (complete(dir)) return { executablePath: wrapper, version, dir };

  // Missing, or damaged (a temp-folder cleaner may have removed files): unpack again. (Checked
  // again just before removing it, in case another run has only now put a complete copy there.)
  if (existsSync(dir) && !complete(dir)) rmSync(dir, { recursive: true, force: true });
  removeAbandonedStaging(dir);
  const staging = `${dir}.partial-${process.pid}-${Date.now()}`;
  mkdirSync(staging, { recursive: true });
  const savedTmpdir = process.env.TMPDIR;
  try {
    // The package unpacks into os.tmpdir(), which follows TMPDIR: point it at the staging folder.
    process.env.TMPDIR = staging;
    const chromium = (await import('@sparticuz/chromium')).default;
    const binary = await chromium.executablePath();
    if (path.resolve(binary) !== path.join(staging, 'chromium')) {
      throw new Error(`${NPM_PACKAGE} unpacked its Chromium to ${binary}, not into ${staging}`);
    }
    // The NSS libraries (al2023.tar.br: lib/libnss3.so …); the package itself unpacks them only on AWS.
    if (!existsSync(path.join(staging, 'al2023', 'lib', 'libnss3.so'))) {
      const tar = createRequire(entry)('tar-fs');
      await pipeline(
        createReadStream(path.join(packageDir, 'bin', 'al2023.tar.br')),
        createBrotliDecompress(),
        tar.extract(path.join(staging, 'al2023')),
      );
    }
    writeFileSync(
      path.join(staging, 'fonts.conf'),
      [
        '<?xml version="1.0"?>',
        '<!DOCTYPE fontconfig SYSTEM "fonts.dtd">',
        '<fontconfig>',
        '  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>',
        `  <dir>${xmlEscape(path.join(dir, 'fonts', 'fonts'))}</dir>`,
        `  <cachedir>${xmlEscape(path.join(dir, 'fontconfig-cache'))}</cachedir>`,
        '</fontconfig>',
        '',
      ].join('\n'),
    );
    writeFileSync(
      path.join(staging, 'run-chromium'),
      [
        '#!/bin/sh',
        `# The Chromium of the npm package ${NPM_PACKAGE} ${version}, unpacked by tests/e2e/support/chromium.mjs,`,
        '# with the NSS libraries and the font that come with it.',
        `LD_LIBRARY_PATH=${shellQuote(path.join(dir, 'al2023', 'lib'))}\${LD_LIBRARY_PATH:+:$LD_LIBRARY_PATH}`,
        `FONTCONFIG_FILE=${shellQuote(path.join(dir, 'fonts.conf'))}`,
        'export LD_LIBRARY_PATH FONTCONFIG_FILE',
        `exec ${shellQuote(path.join(dir, 'chromium'))} "$@"`,
        '',
      ].join('\n'),
      { mode: 0o755 },
    );
    try {
      renameSync(staging, dir);
    } catch (error) {
      // Another run finished first: use its copy.
      if (!complete(dir)) throw error;
    }
  } finally {
    if (savedTmpdir === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = savedTmpdir;
    rmSync(staging, { recursive: true, force: true });
  }
  return { executablePath: wrapper, version, dir };
}

/**
 * Removes staging folders of `dir` left by runs that were killed while unpacking.
 * @param {string} dir
 */
function removeAbandonedStaging(dir) {
  const prefix = `${path.basename(dir)}.partial-`;
  for (const name of readdirSync(path.dirname(dir))) {
    if (!name.startsWith(prefix)) continue;
    const pid = Number(name.slice(prefix.length).split('-')[0]);
    if (pid === process.pid || isRunning(pid)) continue;
    rmSync(path.join(path.dirname(dir), name), { recursive: true, force: true });
  }
}

/** @param {number} pid */
function isRunning(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return /** @type {NodeJS.ErrnoException} */ (error).code === 'EPERM';
  }
}

/**
 * @typedef {object} FoundChromium
 * @property {string} executablePath what to launch (for Lighthouse: CHROME_PATH)
 * @property {'CHROMIUM_PATH' | 'system' | 'npm'} source where it came from
 * @property {string} description one line for the log: version, source and path
 */

/**
 * The Chromium to launch, in the order described at the top of this file.
 * @param {object} [options] for tests of the finder; the defaults are this machine's
 * @param {NodeJS.ProcessEnv} [options.env]
 * @param {NodeJS.Platform} [options.platform]
 * @param {string} [options.arch]
 * @param {string[]} [options.systemPaths]
 * @param {() => Promise<{ executablePath: string, version: string }>} [options.unpackNpm]
 * @returns {Promise<FoundChromium>}
 */
export async function findChromium(options = {}) {
  const env = options.env ?? process.env;
  const platform = options.platform ?? process.platform;
  const arch = options.arch ?? process.arch;
  const systemPaths = options.systemPaths ?? systemChromiumPaths(platform, env);
  const unpackNpm = options.unpackNpm ?? unpackNpmChromium;

  const fromEnv = env.CHROMIUM_PATH?.trim();
  if (fromEnv) {
    if (!isExecutable(fromEnv)) throw new Error(`CHROMIUM_PATH is set to "${fromEnv}", but that is not an executable file.`);
    return found(fromEnv, 'CHROMIUM_PATH', 'from CHROMIUM_PATH');
  }

  const skipSystem = isSet(env.PD_HELPER_SKIP_SYSTEM_CHROMIUM);
  if (!skipSystem) {
    const system = systemPaths.find(isExecutable);
    if (system) return found(system, 'system', 'system browser');
  }

  let npmProblem;
  if (platform === 'linux' && arch === 'x64') {
    try {
      const npm = await unpackNpm();
      return found(npm.executablePath, 'npm', `npm package ${NPM_PACKAGE} ${npm.version}`);
    } catch (error) {
      npmProblem = error instanceof Error ? error.message : String(error);
    }
  } else {
    npmProblem = `the npm package ${NPM_PACKAGE} has a Chromium for Linux x64 only, this is ${platform} ${arch}`;
  }
  throw new Error(
    [
      'No Chromium found for the browser tests.',
      '- CHROMIUM_PATH is not set.',
      skipSystem
        ? '- System browsers were skipped (PD_HELPER_SKIP_SYSTEM_CHROMIUM is set).'
        : `- None of these exists: ${systemPaths.join(', ') || '(no known places on this system)'}.`,
      `- Not usable: ${npmProblem}.`,
      'Set CHROMIUM_PATH to a Chromium or Chrome executable, or install Chrome.',
    ].join('\n'),
  );
}

/**
 * @param {string} executablePath
 * @param {FoundChromium['source']} source
 * @param {string} from
 * @returns {FoundChromium}
 */
function found(executablePath, source, from) {
  const version = browserVersion(executablePath);
  return { executablePath, source, description: `${version ?? 'Chromium'} (${from}: ${executablePath})` };
}

/**
 * "Chromium 147.0.7727.0" or "Google Chrome 141.0…", from `--version`; null on Windows (where
 * chrome.exe --version opens a window instead) or when it says nothing.
 * @param {string} executablePath
 * @returns {string | null}
 */
function browserVersion(executablePath) {
  if (process.platform === 'win32') return null;
  const result = spawnSync(executablePath, ['--version'], { encoding: 'utf8', timeout: 15_000, stdio: ['ignore', 'pipe', 'ignore'] });
  const line = result.stdout?.trim().split('\n')[0]?.trim();
  return line ? line.replace(/\s+built on .*$/, '') : null;
}

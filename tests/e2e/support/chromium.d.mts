/** Types for chromium.mjs (plain JavaScript, so that .mjs scripts can use it on Node 20). */

/** Launch flags for every Chromium the project starts. */
export const CHROMIUM_ARGS: string[];

/** Chromium features the tests turn off on top of playwright's own (the address bar's web-page popups). */
export const UNUSED_FEATURES: string[];

export interface FoundChromium {
  /** What to launch (for Lighthouse: CHROME_PATH). */
  executablePath: string;
  /** Where it came from: env CHROMIUM_PATH, a system browser, or the npm package @sparticuz/chromium. */
  source: 'CHROMIUM_PATH' | 'system' | 'npm';
  /** One line for the log: version, source and path. */
  description: string;
}

export interface FindChromiumOptions {
  env?: NodeJS.ProcessEnv;
  platform?: NodeJS.Platform;
  arch?: string;
  systemPaths?: string[];
  unpackNpm?: () => Promise<{ executablePath: string; version: string }>;
}

/** CHROMIUM_PATH, else a system Chromium/Chrome (unless PD_HELPER_SKIP_SYSTEM_CHROMIUM=1), else (Linux x64) @sparticuz/chromium. */
export function findChromium(options?: FindChromiumOptions): Promise<FoundChromium>;

/** Where a system Chromium or Chrome usually is, in the order they are tried. */
export function systemChromiumPaths(platform?: NodeJS.Platform, env?: NodeJS.ProcessEnv): string[];

/** Unpacks the Chromium of @sparticuz/chromium once per version and user; returns a script that runs it. */
export function unpackNpmChromium(): Promise<{ executablePath: string; version: string; dir: string }>;

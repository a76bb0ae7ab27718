/**
 * Starts the BUILT app (dist/) with vite's preview server on 127.0.0.1 and a free port, and
 * provides its URL to the tests: `inject('baseURL')`. Run `npm run build` first. Also chooses the
 * Chromium for the whole run (chromium.mjs: CHROMIUM_PATH, a system one, or the npm one), prints
 * which, and provides its path: `inject('chromiumPath')`.
 */
import { existsSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { preview, type PreviewServer } from 'vite';
import type { TestProject } from 'vitest/node';
import { findChromium } from './chromium.mjs';

declare module 'vitest' {
  export interface ProvidedContext {
    baseURL: string;
    chromiumPath: string;
  }
}

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const dist = path.join(root, 'dist', 'index.html');
  if (!existsSync(dist)) {
    throw new Error(`E2E tests need the built app, but ${dist} is missing. Run "npm run build" first.`);
  }

  // Before the server: unpacking the npm Chromium (first run only) points TMPDIR elsewhere for a few seconds.
  const browser = await findChromium();
  console.log(`Browser for the tests: ${browser.description}`);
  project.provide('chromiumPath', browser.executablePath);

  const server: PreviewServer = await preview({
    root,
    configFile: path.join(root, 'vite.config.ts'),
    logLevel: 'warn',
    preview: { host: '127.0.0.1', port: 0, strictPort: true, open: false },
  });

  const address = server.httpServer.address() as AddressInfo | null;
  if (!address || typeof address === 'string') throw new Error('vite preview did not report a TCP address');
  const baseURL = `http://127.0.0.1:${address.port}/`;
  project.provide('baseURL', baseURL);

  return async () => {
    await server.close();
  };
}

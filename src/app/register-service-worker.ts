/**
 * Registers the service worker that vite-plugin-pwa generates (dist/sw.js) and reports when a
 * new version is installed and waiting. This does the part of vite-plugin-pwa's `registerSW`
 * (with workbox-window) that the app uses — register, notice a waiting version, hand over on
 * request — in a few lines: workbox-window alone was 2.2 kB gzip of the first download, over the
 * performance budget (docs/adr/0004-bundle-budget.md). The worker itself is still workbox's.
 */
import type { RegisterServiceWorker } from './update-prompt';

/** Next to index.html: relative, so the app works from a sub-path (the scope is that folder). */
const SW_URL = './sw.js';

export const registerServiceWorker: RegisterServiceWorker = ({ onNeedRefresh, onRegisterError }) => {
  const container = typeof navigator === 'undefined' ? undefined : navigator.serviceWorker;
  // No service worker (old browser, some private modes, file://): the app works, just not offline.
  if (!container) return () => Promise.resolve();

  let registration: ServiceWorkerRegistration | undefined;
  let told = false;
  // A worker that finishes installing while another one controls this page is a new version,
  // and it waits (registerType 'prompt': no skipWaiting). The very first install has no
  // controller yet and is not an update.
  const tellIfWaiting = (worker: ServiceWorker | null | undefined) => {
    if (told || !worker || worker.state !== 'installed' || !container.controller) return;
    told = true;
    onNeedRefresh?.();
  };
  const watch = (worker: ServiceWorker | null) => {
    worker?.addEventListener('statechange', () => tellIfWaiting(worker));
  };

  const register = () =>
    container.register(SW_URL, { scope: './' }).then((reg) => {
      registration = reg;
      tellIfWaiting(reg.waiting);
      watch(reg.installing);
      reg.addEventListener('updatefound', () => watch(reg.installing));
    });

  // After the page has loaded, so the worker's downloads do not compete with the app's own.
  const registered = new Promise<void>((resolve) => {
    const start = () => register().then(resolve, (error: unknown) => {
      onRegisterError?.(error);
      resolve();
    });
    if (document.readyState === 'complete') start();
    else window.addEventListener('load', start, { once: true });
  });

  return async (reloadPage = true) => {
    await registered;
    const waiting = registration?.waiting;
    if (!waiting) return;
    // The page reloads once the new version controls it, so everything comes from one version.
    if (reloadPage) container.addEventListener('controllerchange', () => window.location.reload(), { once: true });
    waiting.postMessage({ type: 'SKIP_WAITING' });
  };
};

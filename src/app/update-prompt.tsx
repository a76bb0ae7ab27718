/**
 * "A new version is ready": when a new version of the app has been deployed, its service worker
 * waits (registerType 'prompt', no skipWaiting) until the person chooses to reload. Nothing
 * reloads by itself, so no one loses what they are typing. Saved answers survive the reload:
 * they are in the store's storage, and the store migrates older saved shapes (src/state).
 *
 * Rendered from src/app/main.tsx outside the router; `watchForUpdates` takes the register function
 * (`registerServiceWorker` from ./register-service-worker) as an argument so tests can pass a fake one.
 */
import { lazy, Suspense, useSyncExternalStore } from 'react';

/** Registers the service worker; returns "hand over to the waiting version" (vite-plugin-pwa's `registerSW` shape). */
export type RegisterServiceWorker = (options: {
  onNeedRefresh?: () => void;
  onRegisterError?: (error: unknown) => void;
}) => (reloadPage?: boolean) => Promise<void>;

export interface UpdateWatcher {
  subscribe: (listener: () => void) => () => void;
  /** True once a new version is installed and waiting. */
  isWaiting: () => boolean;
  /** Let the waiting version take over; the page then reloads (vite-plugin-pwa does that). */
  apply: () => Promise<void>;
}

/** Registers the service worker and reports when a new version is waiting. */
export function watchForUpdates(register: RegisterServiceWorker): UpdateWatcher {
  let waiting = false;
  const listeners = new Set<() => void>();
  const update = register({
    onNeedRefresh: () => {
      waiting = true;
      for (const listener of listeners) listener();
    },
    // No service worker (old browser, private mode, file://): the app works as before, just not offline.
    onRegisterError: () => {},
  });
  return {
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    isWaiting: () => waiting,
    apply: () => update(true),
  };
}

/** The banner's code loads only when a new version is waiting (most visits never need it). */
const UpdateBanner = lazy(() => import('./update-banner').then((m) => ({ default: m.UpdateBanner })));

export function UpdatePrompt({ updates }: { updates: UpdateWatcher }) {
  const waiting = useSyncExternalStore(updates.subscribe, updates.isWaiting, () => false);
  // The live region is always in the page, so screen readers announce the message when it appears.
  return (
    <div className="update-prompt" aria-live="polite">
      {waiting && (
        <Suspense fallback={null}>
          <UpdateBanner apply={updates.apply} />
        </Suspense>
      )}
    </div>
  );
}

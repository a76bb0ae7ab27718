/**
 * The app open in several tabs (or windows) of one browser. Tabs tell each other what must reach
 * every tab at once — clinic mode locked or wiped — over a BroadcastChannel (same
 * origin only; nothing leaves the device). localStorage `storage` events carry the saved case
 * itself, and its deletion (followOtherTabs below).
 */

export type TabMessage = { type: 'clinic-lock' } | { type: 'clinic-wipe' };

const CHANNEL = 'pd-helper';
let channel: BroadcastChannel | null | undefined;
const listeners = new Set<(message: TabMessage) => void>();

function isTabMessage(value: unknown): value is TabMessage {
  const type = (value as { type?: unknown } | null)?.type;
  return type === 'clinic-lock' || type === 'clinic-wipe';
}

function open(): BroadcastChannel | null {
  if (channel !== undefined) return channel;
  channel = typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel(CHANNEL);
  // Node (unit tests) has BroadcastChannel too: it must not keep the process alive.
  (channel as { unref?: () => void } | null)?.unref?.();
  channel?.addEventListener('message', (event: MessageEvent<unknown>) => {
    if (!isTabMessage(event.data)) return;
    for (const listener of listeners) listener(event.data);
  });
  return channel;
}

/** Tells every other open tab of the app (not this one). */
export function tellOtherTabs(message: TabMessage): void {
  open()?.postMessage(message);
}

/** Listens for what other tabs tell; returns the function that stops listening. */
export function onOtherTabs(listener: (message: TabMessage) => void): () => void {
  open();
  listeners.add(listener);
  return () => listeners.delete(listener);
}

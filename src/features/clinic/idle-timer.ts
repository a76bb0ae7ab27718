/**
 * The clinic auto-lock timer: any pointer, key, touch, scroll or focus event counts as activity;
 * after `idleMinutes` without any, the session locks (the key and the open case are dropped) and
 * the locked screen says why, once. Loaded by ./use-idle-lock only while clinic mode is unlocked.
 */
const ACTIVITY_EVENTS = ['pointerdown', 'pointermove', 'keydown', 'touchstart', 'wheel', 'scroll', 'focusin'] as const;

/** Starts watching; returns the function that stops it. `navigate` gives the latest navigate. */
export function watchIdle(minutes: number, navigate: () => (to: string) => void): () => void {
  const limit = Math.max(1, minutes) * 60_000;
  let last = Date.now();
  let timer: ReturnType<typeof setTimeout> | undefined;
  // Timers are slowed down in background tabs: compare clock times instead of trusting them.
  const check = () => {
    const idle = Date.now() - last;
    if (idle >= limit) {
      // The session code lock-now needs is already loaded (unlocking went through it).
      void import('./lock-now').then((m) => m.lockNow(navigate(), { idleMinutes: minutes }));
      return;
    }
    timer = setTimeout(check, limit - idle);
  };
  const onActivity = () => {
    last = Date.now();
  };
  const onVisible = () => {
    if (document.visibilityState === 'visible') {
      clearTimeout(timer);
      check();
    }
  };
  const options = { capture: true, passive: true } as const;
  for (const e of ACTIVITY_EVENTS) window.addEventListener(e, onActivity, options);
  document.addEventListener('visibilitychange', onVisible);
  timer = setTimeout(check, limit);
  return () => {
    clearTimeout(timer);
    for (const e of ACTIVITY_EVENTS) window.removeEventListener(e, onActivity, options);
    document.removeEventListener('visibilitychange', onVisible);
  };
}

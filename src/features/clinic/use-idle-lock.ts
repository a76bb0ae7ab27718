/**
 * Auto-lock for clinic mode: while the cases are unlocked, any pointer, key, touch, scroll or
 * focus event counts as activity; after `idleMinutes` without any, the session locks (the key
 * and the open case are dropped) and the locked screen says why, once.
 */
import { useEffect, useRef } from 'react';
import { useClinicStore } from '../../state/clinic/clinic-status';
import { useAppNavigate } from '../../ui/app-link';

const ACTIVITY_EVENTS = ['pointerdown', 'pointermove', 'keydown', 'touchstart', 'wheel', 'scroll', 'focusin'] as const;

/**
 * Lock after the idle time. This hook is in every page's layout, so the locking code (./lock-now)
 * is imported when the time is up; while unlocked, the session code it needs is already loaded
 * (unlocking went through it), so that takes a moment, not a download.
 */
export function useIdleLock(): void {
  const status = useClinicStore((s) => s.status);
  const minutes = useClinicStore((s) => s.idleMinutes);
  const navigate = useAppNavigate();
  // The latest navigate without restarting the timer on every render.
  const navigateRef = useRef(navigate);
  useEffect(() => {
    navigateRef.current = navigate;
  });

  useEffect(() => {
    if (status !== 'unlocked') return;
    const limit = Math.max(1, minutes) * 60_000;
    let last = Date.now();
    let timer: ReturnType<typeof setTimeout> | undefined;
    // Timers are slowed down in background tabs: compare clock times instead of trusting them.
    const check = () => {
      const idle = Date.now() - last;
      if (idle >= limit) {
        void import('./lock-now').then((m) => m.lockNow(navigateRef.current, { idleMinutes: minutes }));
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
  }, [status, minutes]);
}

/**
 * Auto-lock for clinic mode, in every page's layout. The timer itself (./idle-timer) loads only
 * while clinic mode is unlocked, not with the first page of a person who never uses it.
 */
import { useEffect, useRef } from 'react';
import { useClinicStore } from '../../state/clinic/clinic-status';
import { useAppNavigate } from '../../ui/app-link';

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
    let stop: (() => void) | undefined;
    let stopped = false;
    void import('./idle-timer').then((m) => {
      if (!stopped) stop = m.watchIdle(minutes, () => navigateRef.current);
    });
    return () => {
      stopped = true;
      stop?.();
    };
  }, [status, minutes]);
}

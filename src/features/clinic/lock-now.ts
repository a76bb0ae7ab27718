/**
 * Locking the clinic session (the Lock button, or the idle timer): drop the key and the open
 * case, then show the locked screen at a neutral address. Loaded with clinic mode only.
 */
import { create } from 'zustand';
import { clinicSession } from '../../state/clinic/clinic-session';
import { useAppNavigate } from '../../ui/app-link';
import { paths } from '../../ui/paths';

/** Why the cases were last locked, for the locked screen: after N idle minutes, or null. */
export const useLockNotice = create<{ idleMinutes: number | null }>()(() => ({ idleMinutes: null }));

export function lockNow(navigate: (to: string) => void, reason?: { idleMinutes: number }): void {
  useLockNotice.setState({ idleMinutes: reason?.idleMinutes ?? null });
  // The Lock button locks every open tab; the idle timer only this one.
  clinicSession.lock({ everyTab: reason === undefined });
  navigate(paths.clinic.href());
}

export function useLockNow(): (reason?: { idleMinutes: number }) => void {
  const navigate = useAppNavigate();
  return (reason) => lockNow(navigate, reason);
}

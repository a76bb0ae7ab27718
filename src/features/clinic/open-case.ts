/** Opening a clinic case, and how the case list shows when a case last changed. */
import { useCaseStore } from '../../state/case-store';
import { clinicSession } from '../../state/clinic/clinic-session';
import { useAppNavigate } from '../../ui/app-link';
import { resumeUrl } from '../../ui/paths';

/** "Jan 5, 2027, 3:04 PM" / "5 ene 2027, 15:04": the last change, in the page language. */
export function formatChanged(iso: string, locale: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return '';
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(d);
}

/** Opens a case and goes on where it was left (the first open question, or the review page). */
export function useOpenCase(): (id: string) => Promise<void> {
  const navigate = useAppNavigate();
  return async (id) => {
    await clinicSession.openCase(id);
    navigate(resumeUrl(useCaseStore.getState().caseData));
  };
}

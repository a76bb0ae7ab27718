import { useMemo } from 'react';
import { assess, type Assessment, type CaseData, isoToday } from '../domain';
import { useCaseStore } from './case-store';

/** The person's case and its assessment for today; recomputed only when the case changes. */
export function useAssessment(): { c: CaseData; assessment: Assessment } {
  const c = useCaseStore((s) => s.caseData);
  const asOf = isoToday();
  const assessment = useMemo(() => assess(c, { asOf }), [c, asOf]);
  return { c, assessment };
}

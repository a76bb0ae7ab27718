import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { assess, type Assessment, type CaseData, isoToday } from '../../domain';
import { useCaseStore } from '../../state/case-store';
import { uiLocale, type UiLocale } from '../../ui/format';

/** The person's case and its assessment for today; recomputed only when the case changes. */
export function useAssessment(): { c: CaseData; assessment: Assessment } {
  const c = useCaseStore((s) => s.caseData);
  const asOf = isoToday();
  const assessment = useMemo(() => assess(c, { asOf }), [c, asOf]);
  return { c, assessment };
}

export function useUiLocale(): UiLocale {
  const { i18n } = useTranslation();
  return uiLocale(i18n.resolvedLanguage);
}

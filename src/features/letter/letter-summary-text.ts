/** The words of one "what this letter says" entry, in whichever language `tk` speaks. */
import type { SummaryEntry } from '../../domain';
import { formatDate, type UiLocale } from '../../ui/format';

export type Translate = (key: string, options?: Record<string, unknown>) => string;

export function summaryText(e: SummaryEntry, tk: Translate, locale: UiLocale): string {
  const p = e.params;
  switch (e.key) {
    case 'background': {
      const court = String(p.court ?? '');
      const rawHearing = String(p.hearing ?? '');
      const hearing = rawHearing && rawHearing !== 'unknown' ? formatDate(rawHearing, locale) : '';
      const context = court && hearing ? undefined : court ? 'court' : hearing ? 'hearing' : 'none';
      return tk('letterSummary.background', { court, hearing, context });
    }
    case 'factor': {
      const tabs = String(p.tabs ?? '');
      return tk('letterSummary.factor', { factor: p.factor, tabs, context: tabs ? undefined : 'noTabs' });
    }
    case 'exhibits':
      return tk('letterSummary.exhibits', { count: Number(p.count ?? 0) });
    default:
      return tk(`letterSummary.${e.key}`, p);
  }
}

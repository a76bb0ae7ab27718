/** The words of one "what this letter says" entry, in whichever language `tk` speaks. */
import type { SummaryEntry } from '../../domain';
import { formatDate, type UiLocale } from '../../ui/format';

export type Translate = (key: string, options?: Record<string, unknown>) => string;

export function summaryText(e: SummaryEntry, tk: Translate, locale: UiLocale): string {
  switch (e.key) {
    case 'background': {
      const { court, hearing: rawHearing } = e.params;
      const hearing = rawHearing && rawHearing !== 'unknown' ? formatDate(rawHearing, locale) : '';
      const context = court && hearing ? undefined : court ? 'court' : hearing ? 'hearing' : 'none';
      return tk('letterSummary.background', { court, hearing, context });
    }
    case 'factor': {
      const { factor, tabs } = e.params;
      return tk('letterSummary.factor', { factor, tabs, context: tabs ? undefined : 'noTabs' });
    }
    case 'ownParagraph': {
      const { group, tabs } = e.params;
      return tk('letterSummary.ownParagraph', { group: tk(`letterGroups.${group}`), tabs, context: tabs ? undefined : 'noTabs' });
    }
    case 'declaration':
      return tk('letterSummary.declaration', { tabs: e.params.tabs, context: e.params.tabs ? undefined : 'noTabs' });
    case 'declarationCited':
      return tk('letterSummary.declarationCited', { tabs: e.params.tabs, context: e.params.tabs ? undefined : 'noTabs' });
    case 'exhibits':
      return tk('letterSummary.exhibits', { count: e.params.count });
    case 'addressee':
    case 'request':
    case 'prior':
    case 'whatIsNew':
    case 'story':
    case 'concerns':
    case 'closing':
    case 'draft':
      return tk(`letterSummary.${e.key}`, e.params);
    default:
      // A new kind of entry does not compile until it has its words here.
      return e satisfies never;
  }
}

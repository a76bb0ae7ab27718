/**
 * checklist(case, assessment) → the documents to gather, grouped: identity and case papers,
 * proof of each favourable factor, answers to each concern, and papers the route needs.
 * Each item says which factors or flags it is for; the words live in the locales.
 */
import type { Assessment } from './assess';
import { applicationsWith } from './case-facts';
import type { CaseData } from './case-schema';
import type { ApplicationKind } from './case-values';
import { type ChecklistGroup, checklistGroups, type EvidenceItem, evidenceItems, type EvidenceItemId } from './evidence-items';
import { hasDeclaration } from './personal-declaration';
import type { RouteId } from './routes';
import { isSupportLetterItem, requestedSupporters } from './support-letters';

export interface ChecklistItem {
  id: EvidenceItemId;
  group: ChecklistGroup;
  exhibit: boolean;
  letterDescription: string;
  /** Factor and red-flag ids this item proves or answers ("route" for route papers). */
  reasons: string[];
  sources: EvidenceItem['sources'];
  gathered: boolean;
  /** The person will enclose it with the letter (only exhibit items can be). */
  included: boolean;
  /** For USCIS notices: the form of each filed application, so each names its own receipt. */
  forms: string[];
}

/** The form each application is filed on (its receipt notice names it). */
export const applicationForms: Record<ApplicationKind, string> = {
  asylum: 'I-589',
  u_visa: 'I-918',
  t_visa: 'I-914',
  vawa: 'I-360',
  sijs: 'I-360',
  cancellation: 'EOIR-42A/42B',
  adjustment: 'I-485',
  tps: 'I-821',
  daca: 'I-821D',
  i130: 'I-130',
  i601a: 'I-601A',
};

export interface Checklist {
  groups: { group: ChecklistGroup; items: ChecklistItem[] }[];
}

const routeItems: Record<RouteId, readonly EvidenceItemId[]> = {
  'do-not-contact-ice': ['papers-for-lawyer'],
  'find-out-status-first': ['papers-to-find', 'case-status-record', 'papers-for-lawyer'],
  'detained-ero': ['detainee-details', 'papers-for-lawyer'],
  'final-order-stay': ['stay-form-i-246', 'stay-passport', 'stay-fee', 'stay-statement', 'papers-for-lawyer'],
  'opla-request': [],
  'lawyer-first': ['papers-for-lawyer'],
};

const letterItems: readonly EvidenceItemId[] = ['hearing-notice', 'personal-declaration', 'photo-id', 'translations', 'copies-kept'];

export function checklist(c: CaseData, a: Assessment): Checklist {
  const reasons = new Map<EvidenceItemId, string[]>();
  const add = (id: EvidenceItemId, reason: string) => {
    const list = reasons.get(id) ?? [];
    if (!list.includes(reason)) list.push(reason);
    reasons.set(id, list);
  };

  if (a.letter !== 'none') letterItems.forEach((id) => add(id, 'letter'));
  const routes = [a.route, ...(a.underlyingRoute ? [a.underlyingRoute] : [])];
  routes.forEach((r) => routeItems[r].forEach((id) => add(id, 'route')));
  for (const f of [...a.favourable, ...a.unfavourable]) f.evidence.forEach((id) => add(id, f.id));
  for (const r of a.redFlags) r.answeredBy.forEach((id) => add(id, r.id));
  // Letters of support: one item per letter the person will ask for, none for a writer they will not ask.
  for (const id of [...reasons.keys()]) if (isSupportLetterItem(id)) reasons.delete(id);
  for (const s of requestedSupporters(c, a)) s.reasons.forEach((r) => add(s.item, r));
  // Tax returns also prove years here, but not for someone who said they have not filed any.
  if (c.favourable.taxes === 'no') reasons.delete('tax-records');

  const gathered = new Set(c.checklist.gathered ?? []);
  const included = new Set(c.checklist.included ?? []);
  const declarationChosen = (c.letter.storyAs === 'declaration' && (c.letter.story ?? '').trim() !== '') || hasDeclaration(c);
  const filedForms = [...new Set(applicationsWith(c, ['pending', 'approved']).map((k) => applicationForms[k]))];
  const items: ChecklistItem[] = evidenceItems
    .filter((it) => reasons.has(it.id))
    .map((it) => {
      const forms = it.id === 'uscis-filings' ? filedForms : [];
      return {
      id: it.id,
      group: it.group,
      exhibit: it.exhibit,
      letterDescription: forms.length ? `${it.letterDescription} (Form${forms.length > 1 ? 's' : ''} ${forms.join(', ')})` : it.letterDescription,
      reasons: reasons.get(it.id) ?? [],
      sources: it.sources,
      gathered: gathered.has(it.id),
      // The app writes the declaration itself when the person chose one: it is always enclosed.
      included: it.exhibit && (included.has(it.id) || (it.id === 'personal-declaration' && declarationChosen)),
      forms,
      };
    });
  return {
    groups: checklistGroups
      .map((group) => ({ group, items: items.filter((i) => i.group === group) }))
      .filter((g) => g.items.length > 0),
  };
}

export function checklistItems(list: Checklist): ChecklistItem[] {
  return list.groups.flatMap((g) => g.items);
}

/** A paper sent with a letter, under its tab. */
export interface ExhibitEntry {
  tab: string;
  itemId: string;
  description: string;
}

/** The papers marked to send (only exhibit items), in checklist order, tabbed A, B, C… */
export function exhibitEntries(list: Checklist): ExhibitEntry[] {
  return checklistItems(list)
    .filter((i) => i.exhibit && i.included)
    .map((i, n) => ({ tab: exhibitTab(n), itemId: i.id, description: i.letterDescription }));
}

/** A, B, … Z, AA, AB, … */
function exhibitTab(index: number): string {
  let n = index;
  let name = '';
  do {
    name = String.fromCharCode(65 + (n % 26)) + name;
    n = Math.floor(n / 26) - 1;
  } while (n >= 0);
  return name;
}

/**
 * The facts sheet of a detained person (issue 15 §4): one page for a lawyer or the family, never
 * a letter to ICE (the sheet says so). It states only what was answered or typed (reference.md
 * §11.4): anything else is "Not known", or lines to write on by hand (a center named without its
 * city, too). The words come in the page language through `t` (keys in the pages, catalog and
 * questions namespaces).
 */
import type { Assessment } from './assess';
import { formatANumber } from './a-number';
import type { CaseData } from './case-schema';
import { checklist, checklistItems } from './checklist';
import { reachableSteps } from './flow';
import type { EvidenceItemId } from './evidence-items';
import type { LanguageCode } from './languages';
import { STATUS_CHECKED_ON } from './policy-basis';
import type { PrintableBlock, PrintableDocument } from './printable-document';
import { helpResources } from './sources';

export type FactsSheetTranslate = (key: string, vars?: Record<string, string>) => string;

export interface FactsSheetWords {
  t: FactsSheetTranslate;
  /** A full or partial ISO date in the page language. */
  date: (iso: string) => string;
}

/** A paper on the sheet: a checklist item, or letters of support of any kind (the checklist has one item a writer). */
export type SheetPaper = EvidenceItemId | 'support-letters';
/** Papers a family can gather for a detained person, in this order. */
export const FACTS_SHEET_PAPERS: readonly SheetPaper[] = ['papers-for-lawyer', 'photo-id', 'relationship-proof', 'residence-proof', 'support-letters'];
/** Checklist items the sheet's papers already name (their words say so), or the details the sheet itself holds. */
const COVERED: readonly SheetPaper[] = [...FACTS_SHEET_PAPERS, 'family-status-proof', 'medical-records', 'detainee-details',
  'support-letter-spouse', 'support-letter-school', 'support-letter-employer', 'support-letter-community', 'support-letter-doctor', 'support-letter-neighbour'];
/** Help listed under "Free legal help" (the locator and the ICE line have their own section). */
const HELP_IDS = ['eoir-pro-bono', 'immigration-advocates', 'eoir-case-status'] as const;
const LOCATOR = helpResources.find((h) => h.id === 'ice-detainee-locator')!;
const ICE_LINE = helpResources.find((h) => h.id === 'ice-ero-line')!;
/** Flags the sheet already says (the person is detained; the removal order row and notice). */
const OMITTED_FLAGS = new Set(['rf_detained', 'rf_final_order']);

const P = 'pages:factsSheet.pdf.';
/** Room to write by hand, on the line of a row. */
const WRITE_HERE = '_'.repeat(34);

export function factsSheet(c: CaseData, a: Assessment, lang: LanguageCode, words: FactsSheetWords): PrintableDocument {
  const { t, date } = words;
  const w = (key: string, vars?: Record<string, string>) => t(P + key, vars);
  const notKnown = w('notKnown');
  const typed = c.factsSheet ?? {};
  const text = (v: string | undefined) => (v === undefined || v === 'unknown' ? notKnown : v);
  const when = (v: string | undefined) => (v === undefined || v === 'unknown' ? notKnown : date(v));

  // Typed on the facts-sheet page, or (another route's answers, kept) in the questions.
  const name = typed.fullName ?? c.person.fullName;
  const aNumberRaw = typed.aNumber ?? (c.person.aNumber === 'unknown' ? undefined : c.person.aNumber);
  const aNumber = aNumberRaw === undefined ? null : formatANumber(aNumberRaw) ?? aNumberRaw;
  const otherNames = typed.otherNames ?? (c.person.otherNames?.length ? c.person.otherNames.join('; ') : undefined);
  const p = c.posture;

  const finalOrder = p.finalOrder === 'yes' ? w('yes') : p.finalOrder === 'no' ? w('no') : notKnown;
  const hearing = p.nextHearingDate === undefined || p.nextHearingDate === 'unknown' ? notKnown
    : p.courtCity === undefined || p.courtCity === 'unknown' ? date(p.nextHearingDate) : `${date(p.nextHearingDate)}, ${p.courtCity}`;
  const family = familyValue(c, w, t);
  const favour = a.favourable.map((f) => t(`catalog:factors.${f.id}.title`));
  const favourAsked = reachableSteps(c, { asOf: a.asOf }).some((step) => step.section === 'favour');
  const flags = a.redFlags.filter((r) => !OMITTED_FLAGS.has(r.id)).map((r) => t(`catalog:redFlags.${r.id}.title`));
  const blocks: PrintableBlock[] = [
    { kind: 'title', text: w('title') },
    // Detained with a removal order (or maybe one) is an emergency (reference.md §11.2): said first, in the same box.
    { kind: 'notice', text: p.finalOrder === 'yes' || p.finalOrder === 'unknown' ? `${w('notForIce')} ${w('finalOrderUrgent')}` : w('notForIce') },
    // One table of facts: rows are the most compact block, and the sheet must stay one page.
    { kind: 'rows', rows: [
      { label: w('fullName'), value: text(name), field: 'factsSheet.fullName' },
      { label: w('otherNames'), value: text(otherNames), field: 'factsSheet.otherNames' },
      { label: w('aNumber'), value: aNumber ?? notKnown, field: 'factsSheet.aNumber' },
      { label: w('dateOfBirth'), value: when(typed.dateOfBirth ?? c.person.dateOfBirth), field: 'factsSheet.dateOfBirth' },
      { label: w('country'), value: text(typed.countryOfBirth ?? c.person.countryOfBirth), field: 'factsSheet.countryOfBirth' },
      { label: w('facility'), value: text(p.detentionFacility), field: 'posture.detentionFacility' },
      // The center is named but not its city: room to write it (the name often says it), not "Not known".
      { label: w('facilityPlace'), value: typed.facilityPlace === undefined && text(p.detentionFacility) !== notKnown ? WRITE_HERE : text(typed.facilityPlace), field: 'factsSheet.facilityPlace' },
      { label: w('detainedOn'), value: when(typed.detainedOn), field: 'factsSheet.detainedOn' },
      { label: w('nextHearing'), value: hearing, field: 'posture.nextHearingDate' },
      { label: w('finalOrder'), value: finalOrder, field: 'posture.finalOrder' },
      { label: w('officer'), value: WRITE_HERE },
      { label: w('family'), value: family ?? `${w('notAsked')} ${WRITE_HERE}`, field: 'favourable.family' },
      { label: w('favour'), value: favour.length ? favour.join('; ') : favourAsked ? w('favourNone') : `${w('notAsked')} ${WRITE_HERE}` },
      ...(flags.length ? [{ label: w('flags'), value: flags.join('; ') }] : []),
    ] },
    { kind: 'paragraph', text: w('bond', { date: date(STATUS_CHECKED_ON) }) },
    { kind: 'heading', text: w('help') },
    { kind: 'list', items: [
      w('findText', { url: (LOCATOR.url ?? '').replace(/^https:\/\//, ''), phone: ICE_LINE.phone ?? '' }),
      ...HELP_IDS.map((id) => helpLine(id, w)),
    ] },
    { kind: 'heading', text: w('gather') },
    // One paragraph, not a list: a list's spacing would push the sheet onto a second page.
    { kind: 'paragraph', text: `${factsSheetPapers(c, a).map((id) => (FACTS_SHEET_PAPERS.includes(id) ? w(`papers.${id}`) : t(`catalog:checklist.items.${id}.title`))).join('. ')}.`, field: 'papers' },
    { kind: 'paragraph', text: w('made', { date: date(a.asOf) }) },
  ];

  return {
    title: w('title'),
    lang,
    name: name ?? null,
    aNumber,
    draft: null,
    pageOf: { [lang]: w('pageOf') },
    aNumberLabel: { [lang]: w('aNumberLabel') },
    sections: [{ lang, blocks }],
  };
}

type W = (key: string, vars?: Record<string, string>) => string;

/** Family as answered; null when the questions did not ask (the sheet leaves room to write them). */
function familyValue(c: CaseData, w: W, t: FactsSheetTranslate): string | null {
  const family = c.favourable.family;
  if (family === undefined) return null;
  if (family.length === 0) return w('familyNone');
  const status = (s: string) => (s === 'unknown' ? w('notKnown') : t(`questions:options.familyStatus.${s}`));
  return family.map((m) => `${t(`questions:options.relationship.${m.relationship}`)}: ${status(m.status)}`).join('; ');
}

/** The sheet's papers, then any other paper the checklist names for this person (not the details this sheet already holds). */
export function factsSheetPapers(c: CaseData, a: Assessment): SheetPaper[] {
  const more = checklistItems(checklist(c, a)).map((i) => i.id).filter((id) => !COVERED.includes(id));
  return [...FACTS_SHEET_PAPERS, ...more];
}

function helpLine(id: (typeof HELP_IDS)[number], w: W): string {
  const h = helpResources.find((r) => r.id === id)!;
  // The phone when there is one (the case status line), else the address without "https://www.".
  const contact = h.phone ?? h.url?.replace(/^https?:\/\/(www\.)?/, '').replace(/\/$/, '') ?? '';
  return `${w(`helpNames.${id}`)}: ${contact}${h.phone === undefined && h.urlUncertain ? ` (${w('mayHaveChanged')})` : ''}`;
}

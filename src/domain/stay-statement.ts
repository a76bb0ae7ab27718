/**
 * The final-order route's papers (issue 15 §3): a DRAFT statement of reasons for Form I-246,
 * Application for a Stay of Deportation or Removal, for the person to take to a lawyer, and the
 * I-246 packet list. The statement is in English (ERO reads it), in the first person, and says
 * only what the person answered or typed (reference.md §11.4): a blank line for anything unknown,
 * the reasons from the letter's factor sentences, and the willingness to follow an Order of
 * Supervision only when the person chose to say it. The packet list is in the page language, its
 * words passed in (`tr`), its facts (fee, rules, office) from here with their sources and dates.
 */
import { formatANumber } from './a-number';
import { countryInEnglish } from './country-names';
import type { Assessment } from './assess';
import type { CaseData } from './case-schema';
import { type Checklist, exhibitEntries } from './checklist';
import { ERO_OFFICES_FINDER, ERO_OFFICES_LISTED, ERO_OFFICES_READ_ON, type EroOffice, eroOfficesForState } from './ero-offices';
import type { LanguageCode } from './languages';
import { groupText, letterGroups } from './letter-paragraphs';
import { formatPartialDateUsEnglish, onPartialDateUsEnglish } from './partial-date';
import { STATUS_CHECKED_ON } from './policy-basis';
import type { PrintableBlock, PrintableDocument } from './printable-document';

/** A blank to fill in by hand (or with a lawyer). */
export const STAY_BLANK = '____________________';

export const STAY_DRAFT_BANNER = 'DRAFT for a lawyer to review: do not file as it is';

/**
 * The fee as last checked (reference.md §3.1 (d)): $155 in the 2016–2020 sources; a proposed
 * rule would raise it to $755, and whether that was finalised is UNCERTAIN.
 */
export const STAY_FEE = {
  amount: 155,
  /** Bailey Immigration, "Stopping a Deportation/Removal: Stay of Removal – I-246" (January 3, 2020). */
  amountSource: 'Bailey Immigration',
  amountSourceDate: '2020-01-03',
  proposed: 755,
  /** The page does not show its date. */
  proposedSource: 'eiglaw.com',
  checkedOn: STATUS_CHECKED_ON,
} as const;

/** Who the stay draft is for, from the route logic (src/domain/assess.ts). */
export type StayOffer =
  /** A final order, not detained: the draft, for a lawyer. */
  | 'draft'
  /** The same, but something in the answers means a lawyer must look first (lawyer-first over final-order-stay). */
  | 'draft-lawyer-first'
  /** Detained with a final order (or maybe one): an emergency; no self-help draft. */
  | 'emergency'
  /** Not the final-order route. */
  | 'none';

export function stayOffer(c: CaseData, a: Assessment): StayOffer {
  if (c.posture.detained === 'yes') return c.posture.finalOrder === 'yes' || c.posture.finalOrder === 'unknown' ? 'emergency' : 'none';
  if (a.route === 'final-order-stay') return 'draft';
  if (a.route === 'lawyer-first' && a.underlyingRoute === 'final-order-stay') return 'draft-lawyer-first';
  return 'none';
}

const known = (v: string | undefined): string | null => (v && v !== 'unknown' ? v : null);

/** The statement of reasons: English, first person, blanks for what is not known. */
export function stayStatementBlocks(c: CaseData, a: Assessment, list: Checklist): PrintableBlock[] {
  const p = c.person;
  const stay = c.stay ?? {};
  const aNumber = known(p.aNumber) ? formatANumber(p.aNumber!) : null;
  const dob = known(p.dateOfBirth);
  const country = known(p.countryOfBirth);
  const address = p.address ? `${p.address.street}, ${p.address.city}, ${p.address.state} ${p.address.zip}` : null;
  const blocks: PrintableBlock[] = [
    { kind: 'title', text: 'Statement of Reasons: Application for a Stay of Removal (Form I-246)' },
    { kind: 'rows', rows: [
      { label: 'Name', value: p.fullName ?? STAY_BLANK, field: 'person.fullName' },
      { label: 'A-Number', value: aNumber ?? STAY_BLANK, field: 'person.aNumber' },
      { label: 'Date of birth', value: dob ? formatPartialDateUsEnglish(dob) : STAY_BLANK, field: 'person.dateOfBirth' },
      { label: 'Country of birth', value: country ? countryInEnglish(country) : STAY_BLANK, field: 'person.countryOfBirth' },
      { label: 'Home address', value: address ?? STAY_BLANK, field: 'person.address' },
    ] },
  ];

  const until = stay.until?.trim();
  blocks.push({ kind: 'heading', text: 'What I ask' });
  blocks.push({ kind: 'paragraph', field: 'stay.until', text: until
    ? `I respectfully ask U.S. Immigration and Customs Enforcement to stay my removal for this period: ${until.replace(/[.]+$/u, '')}.`
    : `I respectfully ask U.S. Immigration and Customs Enforcement to stay my removal for ${STAY_BLANK} (how long, or until what event).` });

  blocks.push({ kind: 'heading', text: 'My removal order' });
  const date = known(c.posture.finalOrderDate);
  const court = stay.orderCourt?.trim();
  blocks.push({ kind: 'paragraph', field: 'posture.finalOrderDate',
    text: `I have a final order of removal. It was made ${date ? onPartialDateUsEnglish(date) : `on ${STAY_BLANK}`} by ${court ? `the immigration court in ${court.replace(/[.]+$/u, '')}` : `${STAY_BLANK} (court)`}.` });
  if (c.posture.inAbsentia === 'yes') blocks.push({ kind: 'paragraph', field: 'posture.inAbsentia', text: 'The order was made when I was not at the hearing (in absentia).' });
  if (c.posture.appealPending === 'no') blocks.push({ kind: 'paragraph', field: 'posture.appealPending', text: 'No appeal or motion to reopen is waiting for a decision in my case.' });
  else blocks.push({ kind: 'paragraph', field: 'posture.appealPending', text: `Appeals or motions in my case, and their outcome: ${STAY_BLANK}` });

  // The reasons: the letter's factor sentences (no broader than the questions), each citing its tabs.
  const exhibits = exhibitEntries(list);
  const tabOf = new Map(exhibits.map((e) => [e.itemId, e.tab]));
  const tabsFor = (ids: readonly string[]) => ids.map((id) => tabOf.get(id)).filter((t): t is string => t !== undefined);
  // The letter's rewrites and story are the letter's (a sentence may point to "this letter"): the
  // statement uses the suggested words, as if no story were written.
  const { paragraphEdits: _edits, story: _story, ...letterAnswers } = c.letter;
  const reasons = letterGroups({ ...c, letter: letterAnswers }, a, tabsFor).map(groupText).filter((x) => x !== '');
  blocks.push({ kind: 'heading', text: 'Why I ask for a stay' });
  for (const text of reasons) blocks.push({ kind: 'paragraph', field: 'reasons', text });
  blocks.push({ kind: 'write-in', lines: reasons.length > 0 ? 4 : 8, label: reasons.length > 0 ? 'Other reasons (to write with a lawyer):' : 'My reasons (to write with a lawyer):' });

  if (stay.willFollowSupervision === true) {
    blocks.push({ kind: 'paragraph', field: 'stay.willFollowSupervision',
      text: 'If ICE grants this stay, I am willing to follow the conditions of an Order of Supervision, including reporting to ICE when I am told to.' });
  }

  if (exhibits.length > 0) {
    blocks.push({ kind: 'heading', text: 'Documents attached' });
    blocks.push({ kind: 'list', field: 'exhibits', items: exhibits.map((e) => `Tab ${e.tab}: ${e.description}`) });
  }

  blocks.push({ kind: 'paragraph', text: 'The information in this statement is true and correct to the best of my knowledge.' });
  blocks.push({ kind: 'signature', lines: ['', `Signature: ${STAY_BLANK}`, `Name: ${p.fullName ?? STAY_BLANK}`, `Date: ${STAY_BLANK}`] });
  return blocks;
}

/** Words of the packet page, in the page language: the caller passes its translations. */
export type StayTexts = (key: string, params?: Record<string, string | number>) => string;

/** The ERO field office for the home address, as the packet page states it. */
export function stayOfficeText(c: CaseData, tr: StayTexts, date: (iso: string) => string): { offices: EroOffice[]; lines: string[] } {
  const offices = eroOfficesForState(c.person.address?.state);
  const listed = tr('pdf.officeListed', { listed: date(ERO_OFFICES_LISTED), date: date(ERO_OFFICES_READ_ON) });
  // The area in the page language (the locales hold the source's English words and their
  // translation), in brackets after the office's name; the address stays as the source gives it.
  const describe = (x: EroOffice) => [tr('pdf.officeName', { city: x.city }), ...x.addressLines, ...(x.phone ? [x.phone] : [])].join(', ')
    + (x.area ? ` (${tr(`pdf.areas.${x.id}`)})` : '');
  const lines = offices.length === 1
    ? [tr('pdf.officeOne', { office: describe(offices[0]!) }), listed]
    : offices.length > 1
      ? [tr('pdf.officeSeveral'), ...offices.map(describe), listed]
      : [tr('pdf.officeUnknown', { url: ERO_OFFICES_FINDER })];
  return { offices, lines: [...lines, tr('pdf.officePapersWin')] };
}

/** The I-246 packet list, in the page language. */
export function stayPacketBlocks(c: CaseData, list: Checklist, tr: StayTexts, date: (iso: string) => string): PrintableBlock[] {
  const exhibits = exhibitEntries(list);
  const office = stayOfficeText(c, tr, date);
  const blocks: PrintableBlock[] = [
    { kind: 'title', text: tr('pdf.packetTitle') },
    { kind: 'notice', text: tr('pdf.lawyerFirst') },
    { kind: 'heading', text: tr('pdf.bringTitle') },
    { kind: 'list', items: [
      tr('pdf.form'),
      tr('pdf.fee', { amount: STAY_FEE.amount, proposed: STAY_FEE.proposed, date: date(STAY_FEE.checkedOn) }),
      tr('pdf.payment'),
      tr('pdf.passport'),
      tr('pdf.statement'),
      exhibits.length > 0
        ? tr('pdf.evidenceChosen', { tabs: exhibits.map((e) => e.tab).join(', ') })
        : tr('pdf.evidence'),
      tr('pdf.copies'),
    ] },
    { kind: 'heading', text: tr('pdf.whereTitle') },
    ...office.lines.map((text): PrintableBlock => ({ kind: 'paragraph', field: 'office', text })),
    { kind: 'heading', text: tr('pdf.risksTitle') },
    { kind: 'list', items: [
      tr('pdf.riskArrest'),
      tr('pdf.riskNoAppeal'),
      tr('pdf.riskSupervision'),
      ...(c.posture.appealPending === 'yes' || c.posture.appealPending === 'unknown' ? [tr('pdf.riskAppealPending')] : []),
    ] },
    { kind: 'heading', text: tr('pdf.sourcesTitle') },
    { kind: 'list', items: [
      tr('pdf.sourceForm', { date: date(STATUS_CHECKED_ON) }),
      tr('pdf.sourceFee', { amount: STAY_FEE.amount, source: STAY_FEE.amountSource, sourceDate: date(STAY_FEE.amountSourceDate), proposed: STAY_FEE.proposed, proposedSource: STAY_FEE.proposedSource, date: date(STAY_FEE.checkedOn) }),
      tr('pdf.sourceOffices', { listed: date(ERO_OFFICES_LISTED), date: date(ERO_OFFICES_READ_ON) }),
    ] },
  ];
  return blocks;
}

/**
 * The whole document: the English statement, then the packet list in the page language (one
 * section each: the list starts on a new page). The DRAFT banner is on every page, one line, in
 * the page's language.
 */
export function stayDocument(c: CaseData, a: Assessment, list: Checklist, lang: LanguageCode, tr: StayTexts, date: (iso: string) => string): PrintableDocument {
  const aNumber = known(c.person.aNumber) ? formatANumber(c.person.aNumber!) : null;
  return {
    title: 'DRAFT Statement of Reasons: Application for a Stay of Removal (Form I-246)',
    lang: 'en',
    name: c.person.fullName ?? null,
    aNumber,
    draft: STAY_DRAFT_BANNER,
    draftIn: { en: STAY_DRAFT_BANNER, [lang]: tr('pdf.draftBanner') },
    pageOf: { en: 'Page {page} of {total}', [lang]: tr('pdf.pageOf') },
    aNumberLabel: { en: 'A-Number:', [lang]: tr('pdf.aNumberLabel') },
    sections: [
      { lang: 'en', blocks: stayStatementBlocks(c, a, list) },
      { lang, blocks: stayPacketBlocks(c, list, tr, date) },
    ],
  };
}

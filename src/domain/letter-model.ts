/**
 * letterModel(case, assessment, checklist) → the structured English letter to the OPLA field
 * office, its exhibit index, and the data for the Spanish "what this letter says" page.
 * The letter stays in English whatever the UI language; the person's own text is kept verbatim.
 * The HTML preview and the PDF both render this model, so they always say the same thing.
 */
import { formatANumber } from './a-number';
import type { Assessment, Concern } from './assess';
import { applicationsWith } from './case-facts';
import { type FieldPath, hearingSurelyPast } from './flow';
import type { ApplicationKind, CaseData, FamilyMember, RequestOptionId } from './case-schema';
import { type Checklist, checklistItems } from './checklist';
import type { factorCatalog, FactorId } from './factor-catalog';
import { findOplaOffice } from './offices';
import { formatPartialDateUsEnglish } from './partial-date';

export type LetterSectionId = 'opening' | 'request' | 'background' | 'prior' | 'story' | 'factors' | 'concerns' | 'closing';

/** Factors in the person's favour: each has its letter sentence (the compiler checks none is missing). */
export type FavourableFactorId = Extract<(typeof factorCatalog)[number], { polarity: 'favourable' }>['id'];

/**
 * What a paragraph says, so a test can check each kind against the answers that justify it
 * (reference.md §11.4: the letter says only what the person answered, no broader than the question).
 */
export type LetterParagraphKind =
  | 'opening'
  | 'request'
  | 'request-details'
  | 'background'
  | 'prior-request'
  | 'what-is-new'
  | 'story'
  | `factor:${FavourableFactorId}`
  | 'concerns'
  | 'closing';

export interface LetterParagraph {
  kind: LetterParagraphKind;
  section: LetterSectionId;
  text: string;
  /** The person typed this text; it is printed exactly as typed. */
  verbatim: boolean;
  /** Exhibit tabs this paragraph relies on ("A", "B", …). */
  tabs: string[];
  factorId?: FactorId;
}

export interface ExhibitEntry {
  tab: string;
  itemId: string;
  description: string;
}

export type LetterGap =
  | 'full-name'
  | 'a-number'
  | 'address'
  | 'office'
  | 'request'
  | 'concerns-not-explained'
  /** The hearing date given has passed: the letter leaves it out until a new date is given. */
  | 'hearing-date-past'
  /** An earlier request was denied: a new one should say what is new. */
  | 'what-is-new'
  /** "Other serious reasons" is answered yes but the person's own words do not say what they are. */
  | 'humanitarian-not-described';

type NoParams = Record<string, never>;

/**
 * One line of "what this letter says" (the person's language), by what it tells: `key` is the
 * i18n key under `letterSummary.` in the locales; params are data, not words.
 */
export type SummaryEntry =
  | { key: 'addressee'; params: { office: string } }
  | { key: 'request'; params: { option: RequestOptionId } }
  /** court / hearing: '' when the letter does not name it; hearing is a partial date or 'unknown'. */
  | { key: 'background'; params: { court: string; hearing: string } }
  | { key: 'prior'; params: { result: NonNullable<CaseData['history']['priorPdResult']> | '' } }
  | { key: 'whatIsNew'; params: NoParams }
  | { key: 'story'; params: NoParams }
  /** tabs: the exhibit tabs the paragraph cites, "A, B", or ''. */
  | { key: 'factor'; params: { factor: FactorId; tabs: string } }
  | { key: 'concerns'; params: NoParams }
  | { key: 'closing'; params: NoParams }
  | { key: 'exhibits'; params: { count: number } }
  | { key: 'draft'; params: NoParams };

export type SummaryKey = SummaryEntry['key'];

/** Every summary key, in letter order (the locale tests check each has its words). */
export const SUMMARY_KEYS = ['addressee', 'request', 'background', 'prior', 'whatIsNew', 'story', 'factor', 'concerns', 'closing',
  'exhibits', 'draft'] as const satisfies readonly SummaryKey[];
// Fails to compile if a key is added to the union but not to the list.
type _AllSummaryKeysListed = Exclude<SummaryKey, (typeof SUMMARY_KEYS)[number]> extends never ? true : never;
const _allSummaryKeysListed: _AllSummaryKeysListed = true;
void _allSummaryKeysListed;

/** A sender line (top left of the letter) with the answer it comes from, to name it when it cannot be printed. */
export interface SenderLine {
  text: string;
  field: SenderField;
}

export type SenderField = 'person.fullName' | 'person.address' | 'person.phone' | 'person.email';

/** A row of the "Re:" block, by what it is (the PDF and the preview never match rows by their English label). */
export interface ReRow {
  kind: 'respondent' | 'aka' | 'a-number' | 'court' | 'judge' | 'hearing' | 'custody';
  label: string;
  value: string;
  /** The answer the value was typed in (to name it when a character cannot be printed); null when generated. */
  field: FieldPath | null;
}

export interface LetterModel {
  kind: 'final' | 'draft';
  title: string;
  date: string;
  sender: SenderLine[];
  addressee: { lines: string[]; officeId: string | null; typed: boolean; lastVerified: string | null };
  re: ReRow[];
  salutation: string;
  paragraphs: LetterParagraph[];
  closing: string;
  signature: string[];
  enclosures: string[];
  exhibits: ExhibitEntry[];
  request: RequestOptionId | null;
  /** What is still missing or needs the person's attention before sending. */
  gaps: LetterGap[];
  spanishSummary: SummaryEntry[];
}

export const DRAFT_NOTICE = 'DRAFT FOR REVIEW BY A LAWYER. DO NOT SEND WITHOUT LEGAL ADVICE.';

/** Fixed words of the English letter, shared by the HTML preview and the PDF. */
export const LETTER_LABELS = {
  re: 'Re:',
  enclosures: 'Enclosures:',
  exhibitIndex: 'Exhibit Index',
  tab: 'Tab',
  description: 'Description',
  /** PDF page furniture of the letter's pages: the footer ({page} and {total} are filled in) and the header's label. */
  pageOf: 'Page {page} of {total}',
  aNumber: 'A-Number',
} as const;

const requestSentence: Record<RequestOptionId, string> = {
  administrative_closure:
    'I respectfully ask your office to use its prosecutorial discretion by agreeing to, or not opposing, a motion to administratively close my removal proceedings.',
  continuance:
    'I respectfully ask your office to use its prosecutorial discretion by agreeing to a continuance of my removal proceedings.',
  joint_motion_uscis:
    'I respectfully ask your office to use its prosecutorial discretion by joining a motion that lets U.S. Citizenship and Immigration Services decide my application before my removal case goes forward.',
  dismissal:
    'I respectfully ask your office to use its prosecutorial discretion by agreeing to dismiss my removal proceedings without prejudice.',
};

const requestTitle: Record<RequestOptionId, string> = {
  administrative_closure: 'Administrative Closure',
  continuance: 'Continuance',
  joint_motion_uscis: 'Joint Motion',
  dismissal: 'Dismissal Without Prejudice',
};

/** Each application as the person's own (for "… is pending" / "… has been approved"). */
const applicationNames: Record<ApplicationKind, string> = {
  asylum: 'my application for asylum (Form I-589)',
  u_visa: 'my U visa petition (Form I-918)',
  t_visa: 'my T visa application (Form I-914)',
  vawa: 'my VAWA self-petition (Form I-360)',
  sijs: 'my petition for Special Immigrant Juvenile Status (Form I-360)',
  cancellation: 'my application for cancellation of removal',
  adjustment: 'my application for adjustment of status (Form I-485)',
  tps: 'my application for Temporary Protected Status (Form I-821)',
  daca: 'my request for Deferred Action for Childhood Arrivals (Form I-821D)',
  i130: 'the family petition filed for me (Form I-130)',
  i601a: 'my application for a provisional unlawful presence waiver (Form I-601A)',
};

/** Each application as something the person may apply for ("I may be able to apply for …"). */
const applicationKinds: Record<ApplicationKind, string> = {
  asylum: 'asylum',
  u_visa: 'a U visa',
  t_visa: 'a T visa',
  vawa: 'a VAWA self-petition',
  sijs: 'Special Immigrant Juvenile Status',
  cancellation: 'cancellation of removal',
  adjustment: 'adjustment of status',
  tps: 'Temporary Protected Status',
  daca: 'Deferred Action for Childhood Arrivals (DACA)',
  i130: 'a family petition (Form I-130) filed for me',
  i601a: 'a provisional unlawful presence waiver (Form I-601A)',
};

const capitalize = (t: string) => t.charAt(0).toUpperCase() + t.slice(1);

const relationshipWords: Record<FamilyMember['relationship'], [string, string]> = {
  spouse: ['spouse', 'spouses'],
  partner: ['partner', 'partners'],
  child: ['child', 'children'],
  parent: ['parent', 'parents'],
  sibling: ['brother or sister', 'brothers and sisters'],
  other: ['relative', 'relatives'],
};

const numberWords = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];

function joinList(items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]!}`;
}

function describeFamily(family: readonly FamilyMember[]): string {
  const groups = new Map<string, number>();
  for (const m of family) {
    if (m.status !== 'citizen' && m.status !== 'permanent_resident') continue;
    const key = `${m.relationship}|${m.status}`;
    groups.set(key, (groups.get(key) ?? 0) + 1);
  }
  const parts = [...groups.entries()].map(([key, n]) => {
    const [rel, status] = key.split('|') as [FamilyMember['relationship'], string];
    const [one, many] = relationshipWords[rel];
    const statusText = status === 'citizen' ? 'U.S. citizen' : 'lawful permanent resident';
    if (n === 1) return `my ${one}, who is a ${statusText}`;
    const count = numberWords[n] ?? String(n);
    return `my ${count} ${many}, who are ${statusText}s`;
  });
  return joinList(parts);
}

function tabName(index: number): string {
  let n = index;
  let name = '';
  do {
    name = String.fromCharCode(65 + (n % 26)) + name;
    n = Math.floor(n / 26) - 1;
  } while (n >= 0);
  return name;
}

function seeTabs(tabs: string[]): string {
  if (tabs.length === 0) return '';
  return tabs.length === 1 ? ` See Tab ${tabs[0]!}.` : ` See Tabs ${joinList(tabs)}.`;
}

interface SentenceInput {
  c: CaseData;
  a: Assessment;
}

function presence({ c, a }: SentenceInput): string {
  const entry = c.history.entryDate && c.history.entryDate !== 'unknown' ? formatPartialDateUsEnglish(c.history.entryDate) : null;
  const years = a.facts.yearsInUs ?? 0;
  // The years are stated as they are (a lower bound, from the date the person gave).
  return entry ? `I came to live in the United States in ${entry}, at least ${years} years ago.` : `I have lived in the United States for at least ${years} years.`;
}

/**
 * The sentence for each factor in the person's favour, worded no broader than its question
 * (locales/en/questions-later.json). A record, so a new factor cannot silently drop out of the letter.
 */
const factorSentences: Record<FavourableFactorId, (input: SentenceInput) => string> = {
  long_presence: presence,
  years_in_us: presence,
  entered_as_child: ({ c }) => `I came to the United States as a child, at the age of ${String(c.history.ageAtEntry)}.`,
  usc_lpr_family: ({ c }) => `My close family in the United States includes ${describeFamily(c.favourable.family ?? [])}.`,
  primary_caregiver: () => 'I am the main person who takes care of a child, or of someone who is sick, elderly or disabled.',
  family_hardship: () => 'My family in the United States would face serious problems if I had to leave.',
  military_service: ({ c }) => [
    ...(c.favourable.militarySelf === 'yes' ? ['I have served in the U.S. armed forces, the reserves or the National Guard.'] : []),
    ...(c.favourable.militaryFamily === 'yes' ? ['A close family member of mine has served in the U.S. armed forces, the reserves or the National Guard.'] : []),
  ].join(' '),
  education: ({ c }) => (c.favourable.education === 'in_school' ? 'I am in school or in a GED program in the United States.'
    : c.favourable.education === 'college' ? 'I have gone to college or university in the United States.'
    : 'I finished high school in the United States, or I have a GED.'),
  pregnant_or_nursing: () => 'I am pregnant or nursing a baby.',
  partner_pregnant_or_nursing: () => 'My spouse or partner is pregnant or nursing a baby.',
  serious_illness_disability: () => 'I have a serious illness or disability.',
  age_65_or_older: ({ a }) => `I am ${a.facts.age ?? ''} years old.`,
  under_18: ({ a }) => `I am ${a.facts.age ?? ''} years old.`,
  competency_concern: () => 'A mental illness or another condition makes it hard for me to understand my case or to speak for myself in court.',
  crime_victim: () => 'I have been the victim of a crime, domestic violence or human trafficking in the United States.',
  relief_eligible: ({ c }) => {
    const names = (status: 'pending' | 'approved') => applicationsWith(c, [status]).map((k) => applicationNames[k]);
    const approved = names('approved');
    const pending = names('pending');
    const possible = applicationsWith(c, ['possible']).map((k) => applicationKinds[k]);
    const parts: string[] = [];
    if (approved.length) parts.push(`${capitalize(joinList(approved))} ${approved.length > 1 ? 'have' : 'has'} been approved.`);
    if (pending.length) parts.push(`${capitalize(joinList(pending))} ${pending.length > 1 ? 'are' : 'is'} pending.`);
    if (possible.length) parts.push(`I may be able to apply for ${joinList(possible)}.`);
    return parts.join(' ');
  },
  community_ties: () => 'I take part in my community.',
  employment_history: () => 'I have a steady job, or a history of steady work, in the United States.',
  tax_compliance: () => 'I have filed U.S. tax returns.',
  rehabilitation: () => 'I have papers that show what I have done since my past case.',
  no_criminal_record: () =>
    'I have never been arrested, given a ticket or citation that required me to go to court, charged with a crime or convicted of a crime, in the United States or in any other country, including as a minor and including any case that was dismissed or erased.',
  compelling_humanitarian: ({ c }) => 'There are other serious reasons in my case that I ask you to consider'
    + (c.letter.story?.trim() ? ', and I describe my situation in my own words in this letter.' : '.'),
  lpr_status: () => 'I have had lawful permanent resident status (a green card).',
  cooperation_with_law_enforcement: () => 'I have helped the police or a prosecutor with a case.',
  home_country_conditions: () => 'I fear that I would be in danger if I had to go back to my home country.',
  supervision_compliance: () => 'ICE released me with conditions, and I have never missed an immigration court hearing or an ICE check-in.',
};

/**
 * The concerns the person is asked to explain in their own words. An earlier denied request is
 * answered by its own paragraph ("what is new since then"), so it is not asked for twice.
 */
export function concernsToExplain(a: Assessment): Concern[] {
  return a.concerns.filter((x) => !(x.lead.kind === 'flag' && x.lead.id === 'rf_prior_pd_denied' && x.flags.length === 1)
    // Information only: entering with a visa is not something the person has to answer for.
    && !(x.lead.kind === 'factor' && x.lead.id === 'integrity_of_system'));
}

/** The earlier request, as answered: its result and (if known) its date. */
function priorRequestSentence(c: CaseData): string | null {
  if (c.history.priorPdRequest !== 'yes') return null;
  const when = c.history.priorPdDate && c.history.priorPdDate !== 'unknown' ? ` in ${formatPartialDateUsEnglish(c.history.priorPdDate)}` : ' before';
  switch (c.history.priorPdResult) {
    // The question asked about any request to ICE, not only to this office.
    case 'denied': return `I asked ICE for prosecutorial discretion${when}, and that request was denied.`;
    case 'no_answer': return `I asked ICE for prosecutorial discretion${when}, and I did not receive an answer.`;
    case 'pending': return `I asked ICE for prosecutorial discretion${when}, and I am still waiting for an answer.`;
    default: return null;
  }
}

function officeBlock(c: CaseData): LetterModel['addressee'] {
  const head = ['Chief Counsel'];
  const office = c.letter.office;
  if (office?.kind === 'typed') {
    const lines = office.text.split(/\r?\n/).map((l) => l.trim()).filter((l) => l !== '');
    return { lines: [...head, ...lines], officeId: null, typed: true, lastVerified: null };
  }
  if (office?.kind === 'listed') {
    const found = findOplaOffice(office.id);
    if (found) {
      return {
        lines: [...head, found.name, 'U.S. Immigration and Customs Enforcement', ...(found.mailingAddressLines ?? found.addressLines)],
        officeId: found.id, typed: false, lastVerified: found.lastVerified,
      };
    }
  }
  return { lines: [...head, 'Office of the Chief Counsel', 'U.S. Immigration and Customs Enforcement'], officeId: null, typed: false, lastVerified: null };
}

export function letterModel(c: CaseData, a: Assessment, list: Checklist): LetterModel | null {
  if (a.letter === 'none') return null;
  const gaps: LetterGap[] = [];
  const p = c.person;
  const name = p.fullName ?? '';
  if (!p.fullName) gaps.push('full-name');
  const aNumber = p.aNumber && p.aNumber !== 'unknown' ? formatANumber(p.aNumber) : null;
  if (!aNumber) gaps.push('a-number');
  if (!p.address) gaps.push('address');
  const addressee = officeBlock(c);
  if (!c.letter.office || (!addressee.typed && addressee.officeId === null)) gaps.push('office');

  // The ask: the person's choice if it is still on offer, else the safest recommended option.
  const offered = a.requestOptions.filter((o) => o.available);
  const chosen = offered.find((o) => o.id === c.letter.request);
  const request = chosen?.id ?? offered.find((o) => o.recommended)?.id ?? null;
  if (!chosen) gaps.push('request');

  // Exhibits: the enclosed checklist items, in checklist order, tabbed A, B, C…
  const exhibits: ExhibitEntry[] = checklistItems(list)
    .filter((i) => i.exhibit && i.included)
    .map((i, n) => ({ tab: tabName(n), itemId: i.id, description: i.letterDescription }));
  const tabOf = new Map(exhibits.map((e) => [e.itemId, e.tab]));
  const tabsFor = (ids: readonly string[]) => ids.map((id) => tabOf.get(id)).filter((t): t is string => t !== undefined);

  const paragraphs: LetterParagraph[] = [];
  const para = (kind: LetterParagraphKind, section: LetterSectionId, text: string, tabs: string[] = [], factorId?: FactorId) =>
    paragraphs.push({ kind, section, text, verbatim: false, tabs, ...(factorId ? { factorId } : {}) });
  const own = (kind: LetterParagraphKind, section: LetterSectionId, text: string, tabs: string[] = []) =>
    paragraphs.push({ kind, section, text, verbatim: true, tabs });

  const rep = c.representation;
  para('opening', 'opening', 'I am writing to ask your office to exercise prosecutorial discretion in my removal case.'
    + (rep.kind === 'none' || rep.kind === undefined ? ' I am representing myself.' : rep.name ? ` My representative is ${rep.name}.` : ''));
  if (request) para('request', 'request', requestSentence[request]);
  if (c.letter.requestDetails?.trim()) own('request-details', 'request', c.letter.requestDetails);

  const bg: string[] = [];
  const court = c.posture.courtCity && c.posture.courtCity !== 'unknown' ? c.posture.courtCity : null;
  if (court) bg.push(`My case is before the Immigration Court in ${court}.`);
  // A date that has passed is not a "next" hearing: it is left out until the person gives the new one.
  const hearingPast = hearingSurelyPast(c, a);
  if (hearingPast) gaps.push('hearing-date-past');
  const hearing = !hearingPast && c.posture.nextHearingDate && c.posture.nextHearingDate !== 'unknown'
    ? formatPartialDateUsEnglish(c.posture.nextHearingDate) : null;
  const hearingType = c.posture.nextHearingType === 'master' ? 'master calendar hearing'
    : c.posture.nextHearingType === 'individual' ? 'individual (merits) hearing' : 'hearing';
  if (hearing) bg.push(`My next ${hearingType} is on ${hearing}.`);
  const born: string[] = [];
  if (p.countryOfBirth && p.countryOfBirth !== 'unknown') born.push(`in ${p.countryOfBirth}`);
  if (p.dateOfBirth && p.dateOfBirth !== 'unknown') born.push(`on ${formatPartialDateUsEnglish(p.dateOfBirth)}`);
  if (born.length) bg.push(`I was born ${born.join(' ')}.`);
  if (bg.length) para('background', 'background', bg.join(' '));

  // An earlier request is named, and after a denial the person says what is new (reference.md §11.2).
  const prior = priorRequestSentence(c);
  if (prior) {
    const tabs = tabsFor(['prior-pd-papers']);
    para('prior-request', 'prior', prior + seeTabs(tabs), tabs);
  }
  if (c.history.priorPdResult === 'denied' && c.history.priorPdRequest === 'yes') {
    if (c.letter.whatIsNew?.trim()) own('what-is-new', 'prior', c.letter.whatIsNew);
    else gaps.push('what-is-new');
  }

  if (c.letter.story?.trim()) own('story', 'story', c.letter.story, tabsFor(['personal-declaration']));

  // A bare "other serious reasons" persuades no one: the person is asked to say what they are.
  if (a.favourable.some((f) => f.id === 'compelling_humanitarian') && !c.letter.story?.trim()) gaps.push('humanitarian-not-described');

  for (const f of a.favourable) {
    const id = f.id as FavourableFactorId;
    const sentence = factorSentences[id]({ c, a });
    const tabs = tabsFor(f.evidence);
    para(`factor:${id}`, 'factors', sentence + seeTabs(tabs), tabs, f.id);
  }

  if (c.letter.concernsExplanation?.trim()) {
    const concernTabs = tabsFor([...a.unfavourable.flatMap((f) => f.evidence), ...a.redFlags.flatMap((r) => r.answeredBy)]);
    own('concerns', 'concerns', c.letter.concernsExplanation, [...new Set(concernTabs)]);
  } else if (concernsToExplain(a).length > 0) {
    // Never leave a negative unaddressed silently: the UI asks the person to explain it.
    gaps.push('concerns-not-explained');
  }

  const contact = [p.phone, p.email].filter((x): x is string => !!x);
  para('closing', 'closing', 'Thank you for considering my request. I will continue to attend all of my hearings.'
    + (contact.length ? ` If you need more information or documents, please contact me at ${joinList(contact)}.` : ''));

  // Each sender line with the answer it comes from (the PDF names that answer if a character cannot be printed).
  const line = (text: string, field: SenderField): SenderLine => ({ text, field });
  const sender = [
    line(name, 'person.fullName'),
    ...(p.address ? [line(p.address.street, 'person.address'), line(`${p.address.city}, ${p.address.state} ${p.address.zip}`, 'person.address')] : []),
    ...(p.phone ? [line(p.phone, 'person.phone')] : []),
    ...(p.email ? [line(p.email, 'person.email')] : []),
  ].filter((l) => l.text !== '');

  const row = (kind: ReRow['kind'], label: string, value: string, field: FieldPath | null = null): ReRow => ({ kind, label, value, field });
  const re: ReRow[] = [
    row('respondent', 'Respondent', name, 'person.fullName'),
    ...(p.otherNames?.length ? [row('aka', 'Also known as', p.otherNames.join('; '), 'person.otherNames')] : []),
    row('a-number', 'A-Number', aNumber ?? 'Not known', 'person.aNumber'),
    ...(court ? [row('court', 'Immigration Court', court, 'posture.courtCity')] : []),
    ...(c.posture.judge && c.posture.judge !== 'unknown' ? [row('judge', 'Immigration Judge', c.posture.judge, 'posture.judge')] : []),
    ...(hearing ? [row('hearing', 'Next hearing', `${hearing} (${hearingType})`)] : []),
    row('custody', 'Custody status', 'Not detained'),
  ];

  const title = `Request for Prosecutorial Discretion${request ? ` (${requestTitle[request]})` : ''}`;
  const enclosures = exhibits.length
    ? ['Exhibit index', `Exhibits, Tab${exhibits.length > 1 ? 's' : ''} ${exhibits[0]!.tab}${exhibits.length > 1 ? `–${exhibits[exhibits.length - 1]!.tab}` : ''}`]
    : [];

  const spanishSummary: SummaryEntry[] = [
    { key: 'addressee', params: { office: addressee.lines.slice(1).join(', ') } },
    ...(request ? [{ key: 'request', params: { option: request } } as const] : []),
    ...(bg.length ? [{ key: 'background', params: { court: court ?? '', hearing: hearing ? c.posture.nextHearingDate ?? '' : '' } } as const] : []),
    ...(prior ? [{ key: 'prior', params: { result: c.history.priorPdResult ?? '' } } as const] : []),
    ...(c.letter.whatIsNew?.trim() && paragraphs.some((x) => x.kind === 'what-is-new') ? [{ key: 'whatIsNew', params: {} } as const] : []),
    ...(c.letter.story?.trim() ? [{ key: 'story', params: {} } as const] : []),
    ...paragraphs.flatMap((x) => (x.factorId ? [{ key: 'factor', params: { factor: x.factorId, tabs: x.tabs.join(', ') } } as const] : [])),
    ...(c.letter.concernsExplanation?.trim() ? [{ key: 'concerns', params: {} } as const] : []),
    { key: 'closing', params: {} },
    { key: 'exhibits', params: { count: exhibits.length } },
    ...(a.letter === 'draft' || chosen?.lawyerFirst === true ? [{ key: 'draft', params: {} } as const] : []),
  ];

  // An ask that needs a lawyer first (dismissal for people at risk) turns the letter into a draft.
  const draft = a.letter === 'draft' || chosen?.lawyerFirst === true;
  return {
    kind: draft ? 'draft' : 'final',
    title,
    date: formatPartialDateUsEnglish(a.asOf),
    sender,
    addressee,
    re,
    salutation: 'Dear Chief Counsel:',
    paragraphs,
    closing: 'Respectfully,',
    signature: ['', '______________________________', name, ...(aNumber ? [aNumber] : []),
      rep.kind === 'none' || rep.kind === undefined ? 'Respondent, representing myself' : 'Respondent'],
    enclosures,
    exhibits,
    request,
    gaps,
    spanishSummary,
  };
}

/**
 * letterModel(case, assessment, checklist) → the structured English letter to the OPLA field
 * office, its exhibit index, and the data for the Spanish "what this letter says" page.
 * The letter stays in English whatever the UI language; the person's own text is kept verbatim.
 * The HTML preview and the PDF both render this model, so they always say the same thing.
 */
import { formatANumber } from './a-number';
import type { Assessment } from './assess';
import type { ApplicationKind, CaseData, FamilyMember, RequestOptionId } from './case-schema';
import { type Checklist, checklistItems } from './checklist';
import type { FactorId } from './factor-catalog';
import { findOplaOffice } from './offices';
import { formatPartialDateUsEnglish } from './partial-date';

export type LetterSectionId = 'opening' | 'request' | 'background' | 'story' | 'factors' | 'concerns' | 'closing';

export interface LetterParagraph {
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
  | 'concerns-not-explained';

export interface SummaryEntry {
  /** i18n key under `letterSummary.` in the locales; params are data, not words. */
  key: string;
  params: Record<string, string | number>;
}

export type SenderField = 'person.fullName' | 'person.address' | 'person.phone' | 'person.email';

export interface LetterModel {
  kind: 'final' | 'draft';
  title: string;
  date: string;
  sender: string[];
  /** The answer each sender line comes from, line by line (to name it when it cannot be printed). */
  senderFields: SenderField[];
  addressee: { lines: string[]; officeId: string | null; typed: boolean; lastVerified: string | null };
  re: { label: string; value: string }[];
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

const applicationNames: Record<ApplicationKind, string> = {
  asylum: 'asylum',
  u_visa: 'a U visa',
  t_visa: 'a T visa',
  vawa: 'a VAWA self-petition',
  sijs: 'Special Immigrant Juvenile Status',
  cancellation: 'cancellation of removal',
  adjustment: 'adjustment of status (lawful permanent residence)',
  tps: 'Temporary Protected Status',
  daca: 'Deferred Action for Childhood Arrivals (DACA)',
};

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

function factorSentence(id: FactorId, c: CaseData, a: Assessment): string | null {
  const fav = c.favourable;
  switch (id) {
    case 'long_presence': {
      const since = c.history.entryDate && c.history.entryDate !== 'unknown'
        ? ` since ${formatPartialDateUsEnglish(c.history.entryDate)}` : '';
      return `I have lived in the United States${since}, for at least ${a.facts.yearsInUs ?? 0} years.`;
    }
    case 'entered_as_child':
      return `I came to the United States as a child, at the age of ${String(c.history.ageAtEntry)}.`;
    case 'usc_lpr_family':
      return `My close family in the United States includes ${describeFamily(fav.family ?? [])}.`;
    case 'primary_caregiver':
      return 'I am the main caregiver for a family member who depends on me.';
    case 'family_hardship':
      return 'My removal would cause serious hardship to my family.';
    case 'military_service': {
      const parts: string[] = [];
      if (fav.militarySelf === 'yes') parts.push('I have served in the U.S. armed forces.');
      if (fav.militaryFamily === 'yes') parts.push('A member of my immediate family has served in the U.S. armed forces.');
      return parts.join(' ');
    }
    case 'education':
      return fav.education === 'in_school' ? 'I am currently a student in the United States.'
        : fav.education === 'college' ? 'I have studied at a college in the United States.'
        : 'I completed high school or a GED in the United States.';
    case 'pregnant_or_nursing':
      return 'I am pregnant or nursing a baby.';
    case 'serious_illness_disability':
      return 'I have a serious illness or disability that needs ongoing care.';
    case 'age_minor_or_elderly':
      return `I am ${a.facts.age ?? ''} years old.`;
    case 'crime_victim_or_witness':
      return 'I have been the victim of a crime in the United States.';
    case 'relief_eligible': {
      const apps = Object.entries(c.history.applications ?? {}) as [ApplicationKind, string][];
      const pending = apps.filter(([, s]) => s === 'pending').map(([k]) => applicationNames[k]);
      const approved = apps.filter(([, s]) => s === 'approved').map(([k]) => applicationNames[k]);
      const possible = apps.filter(([, s]) => s === 'possible').map(([k]) => applicationNames[k]);
      const parts: string[] = [];
      if (approved.length) parts.push(`My application for ${joinList(approved)} has been approved.`);
      if (pending.length) parts.push(`I have a pending application for ${joinList(pending)}.`);
      if (possible.length) parts.push(`I may be eligible to apply for ${joinList(possible)}.`);
      return parts.join(' ');
    }
    case 'community_ties':
      return 'I am an active member of my community.';
    case 'employment_history':
      return 'I have a steady work history in the United States.';
    case 'tax_compliance':
      return 'I have filed tax returns in the United States.';
    case 'no_criminal_record':
      return 'I have never been arrested, charged with or convicted of any crime, in the United States or anywhere else.';
    case 'compelling_humanitarian':
      return 'There are other humanitarian reasons in my case, which I explain in my own words in this letter.';
    case 'lpr_status':
      return 'I have held lawful permanent resident status in the United States.';
    case 'cooperation_with_law_enforcement':
      return 'I have helped the police or prosecutors with an investigation or case.';
    case 'home_country_conditions': {
      const country = c.person.countryOfBirth && c.person.countryOfBirth !== 'unknown' ? c.person.countryOfBirth : 'my country of origin';
      return `I fear that I would be in danger if I were returned to ${country}.`;
    }
    case 'rehabilitation':
      return 'Records of my past case, and of what I have done since, are enclosed.';
    default:
      return null;
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
  const para = (section: LetterSectionId, text: string, tabs: string[] = [], factorId?: FactorId) =>
    paragraphs.push({ section, text, verbatim: false, tabs, ...(factorId ? { factorId } : {}) });

  const rep = c.representation;
  para('opening', 'I am writing to ask your office to exercise prosecutorial discretion in my removal case.'
    + (rep.kind === 'none' || rep.kind === undefined ? ' I am representing myself.' : rep.name ? ` My representative is ${rep.name}.` : ''));
  if (request) para('request', requestSentence[request]);
  if (c.letter.requestDetails?.trim()) {
    paragraphs.push({ section: 'request', text: c.letter.requestDetails, verbatim: true, tabs: [] });
  }

  const bg: string[] = [];
  const court = c.posture.courtCity && c.posture.courtCity !== 'unknown' ? c.posture.courtCity : null;
  if (court) bg.push(`My case is before the Immigration Court in ${court}.`);
  const hearing = c.posture.nextHearingDate && c.posture.nextHearingDate !== 'unknown' ? formatPartialDateUsEnglish(c.posture.nextHearingDate) : null;
  const hearingType = c.posture.nextHearingType === 'master' ? 'master calendar hearing'
    : c.posture.nextHearingType === 'individual' ? 'individual (merits) hearing' : 'hearing';
  if (hearing) bg.push(`My next ${hearingType} is on ${hearing}.`);
  const born: string[] = [];
  if (p.countryOfBirth && p.countryOfBirth !== 'unknown') born.push(`in ${p.countryOfBirth}`);
  if (p.dateOfBirth && p.dateOfBirth !== 'unknown') born.push(`on ${formatPartialDateUsEnglish(p.dateOfBirth)}`);
  if (born.length) bg.push(`I was born ${born.join(' ')}.`);
  if (bg.length) para('background', bg.join(' '));

  if (c.letter.story?.trim()) {
    paragraphs.push({ section: 'story', text: c.letter.story, verbatim: true, tabs: tabsFor(['personal-declaration']) });
  }

  for (const f of a.favourable) {
    const sentence = factorSentence(f.id, c, a);
    if (!sentence) continue;
    const tabs = tabsFor(f.evidence);
    para('factors', sentence + seeTabs(tabs), tabs, f.id);
  }

  if (c.letter.concernsExplanation?.trim()) {
    const concernTabs = tabsFor([...a.unfavourable.flatMap((f) => f.evidence), ...a.redFlags.flatMap((r) => r.answeredBy)]);
    paragraphs.push({ section: 'concerns', text: c.letter.concernsExplanation, verbatim: true, tabs: [...new Set(concernTabs)] });
  } else if (a.unfavourable.length > 0 || a.redFlags.length > 0) {
    // Never leave a negative unaddressed silently: the UI asks the person to explain it.
    gaps.push('concerns-not-explained');
  }

  const contact = [p.phone, p.email].filter((x): x is string => !!x);
  para('closing', 'Thank you for considering my request. I will continue to attend all of my hearings.'
    + (contact.length ? ` If you need more information or documents, please contact me at ${joinList(contact)}.` : ''));

  // Each sender line with the answer it comes from (the PDF names that answer if a character cannot be printed).
  const senderLines: [string, SenderField][] = [[name, 'person.fullName']];
  if (p.address) senderLines.push([p.address.street, 'person.address'], [`${p.address.city}, ${p.address.state} ${p.address.zip}`, 'person.address']);
  if (p.phone) senderLines.push([p.phone, 'person.phone']);
  if (p.email) senderLines.push([p.email, 'person.email']);
  const kept = senderLines.filter(([line]) => line !== '');
  const sender = kept.map(([line]) => line);
  const senderFields = kept.map(([, field]) => field);

  const re: LetterModel['re'] = [
    { label: 'Respondent', value: name },
    ...(p.otherNames?.length ? [{ label: 'Also known as', value: p.otherNames.join('; ') }] : []),
    { label: 'A-Number', value: aNumber ?? 'Not known' },
    ...(court ? [{ label: 'Immigration Court', value: court }] : []),
    ...(c.posture.judge && c.posture.judge !== 'unknown' ? [{ label: 'Immigration Judge', value: c.posture.judge }] : []),
    ...(hearing ? [{ label: 'Next hearing', value: `${hearing} (${hearingType})` }] : []),
    { label: 'Custody status', value: 'Not detained' },
  ];

  const title = `Request for Prosecutorial Discretion${request ? ` (${requestTitle[request]})` : ''}`;
  const enclosures = exhibits.length
    ? ['Exhibit index', `Exhibits, Tab${exhibits.length > 1 ? 's' : ''} ${exhibits[0]!.tab}${exhibits.length > 1 ? `–${exhibits[exhibits.length - 1]!.tab}` : ''}`]
    : [];

  const spanishSummary: SummaryEntry[] = [
    { key: 'addressee', params: { office: addressee.lines.slice(1).join(', ') } },
    ...(request ? [{ key: 'request', params: { option: request } }] : []),
    ...(bg.length ? [{ key: 'background', params: { court: court ?? '', hearing: c.posture.nextHearingDate ?? '' } }] : []),
    ...(c.letter.story?.trim() ? [{ key: 'story', params: {} }] : []),
    ...paragraphs.filter((x) => x.factorId).map((x) => ({ key: 'factor', params: { factor: x.factorId!, tabs: x.tabs.join(', ') } })),
    ...(c.letter.concernsExplanation?.trim() ? [{ key: 'concerns', params: {} }] : []),
    { key: 'closing', params: {} },
    { key: 'exhibits', params: { count: exhibits.length } },
    ...(a.letter === 'draft' || chosen?.lawyerFirst === true ? [{ key: 'draft', params: {} }] : []),
  ];

  // An ask that needs a lawyer first (dismissal for people at risk) turns the letter into a draft.
  const draft = a.letter === 'draft' || chosen?.lawyerFirst === true;
  return {
    kind: draft ? 'draft' : 'final',
    title,
    date: formatPartialDateUsEnglish(a.asOf),
    sender,
    senderFields,
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

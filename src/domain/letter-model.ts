/**
 * letterModel(case, assessment, checklist) → the structured English letter to the OPLA field
 * office, its exhibit index, and the data for the Spanish "what this letter says" page.
 * The letter stays in English whatever the UI language; the person's own text is kept verbatim.
 * The HTML preview and the PDF both render this model, so they always say the same thing.
 */
import { formatANumber } from './a-number';
import type { Assessment, Concern } from './assess';
import { type FieldPath, hearingSurelyPast } from './flow';
import type { CaseData } from './case-schema';
import type { LetterGroupId, RequestOptionId } from './case-values';
import { type Checklist, type ExhibitEntry, exhibitEntries } from './checklist';
import type { FactorId } from './factor-catalog';
import { type FactorSentence, groupText, joinList, type LetterGroup, letterGroups, seeTabs } from './letter-paragraphs';
import { courtInWords, findOplaOffice, suggestedOfficeFor } from './offices';
import { formatPartialDateUsEnglish, onPartialDateUsEnglish } from './partial-date';
import { hasDeclaration } from './personal-declaration';
import { detailsNotInEnglish, letterTextLanguage, storyGoesInLetter } from './text-language';
import { inCountry } from './country-names';

export type { FavourableFactorId } from './letter-paragraphs';

export type LetterSectionId = 'opening' | 'request' | 'background' | 'prior' | 'story' | 'factors' | 'concerns' | 'closing';

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
  /** The story, written in another language, attached as a separate declaration (reference.md §11.4). */
  | 'declaration'
  /** "I explain my situation in my declaration (Tab A).": the person wrote a declaration on its page (issue 15 §2). */
  | 'declaration-cited'
  /** A paragraph of factors in the person's favour (family, work…); its factor sentences are in `sentences`. */
  | `group:${LetterGroupId}`
  | 'concerns'
  /** "See Tab D." after the person's explanation of one concern: the papers about that concern. */
  | 'concern-exhibits'
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
  /** A group paragraph: the factor sentences it suggests (printed unless the person rewrote it). */
  sentences?: FactorSentence[];
  /**
   * Where the typed words of a paragraph are fixed, where its section alone cannot say: one box
   * per concern ('letter.concernExplanations.<id>'), a group paragraph ('letter.paragraphs.<group>').
   */
  field?: string;
}

export type LetterGap =
  | 'full-name'
  /** The A-number question was never answered ("I don't know" is an answer: see 'a-number-unknown'). */
  | 'a-number'
  /** The person does not know their A-number: the letter says "Not known"; finding it helps ICE find the case. */
  | 'a-number-unknown'
  | 'address'
  | 'office'
  | 'request'
  | 'concerns-not-explained'
  /** The hearing date given has passed: the letter leaves it out until a new date is given. */
  | 'hearing-date-past'
  /** An earlier request was denied: a new one should say what is new. */
  | 'what-is-new'
  /** "Other serious reasons" is answered yes but the person's own words do not say what they are. */
  | 'humanitarian-not-described'
  /** A paragraph the person rewrote is about factors that have changed since: they must look at it. */
  | 'paragraph-needs-review'
  /** The story does not seem to be in English: the person chooses a declaration or says it is English. */
  | 'story-language'
  /**
   * Other words of the person's own (a concern's explanation, a rewritten paragraph…) do not seem
   * to be in English: the English letter prints them as typed (reference.md §11.4). Advice: the
   * guess can be wrong, and a translation is the person's to arrange.
   */
  | 'not-in-english';

/**
 * The gaps that stop the download: the letter cannot do its job without them. ICE cannot match a
 * letter with no name, no A-number answer or no return address to a case or answer it (reference.md
 * §4: minimum contents; the contact question says ICE answers by mail); it cannot reach anyone
 * without an addressee, or ask for nothing; every concern must be addressed (§4.1 "negatives
 * addressed"); a new request after a denial needs new facts (§11.2); and "other serious reasons"
 * must say what they are. A past hearing date (left out of the letter) and an A-number the person
 * does not know (the letter says so) are advice, not blocks.
 */
export const BLOCKING_GAPS = ['full-name', 'a-number', 'address', 'office', 'request', 'concerns-not-explained', 'what-is-new',
  'humanitarian-not-described', 'paragraph-needs-review', 'story-language'] as const satisfies readonly LetterGap[];
export type BlockingGap = (typeof BLOCKING_GAPS)[number];

export function isBlockingGap(gap: LetterGap): gap is BlockingGap {
  return (BLOCKING_GAPS as readonly LetterGap[]).includes(gap);
}

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
  /** A paragraph the person rewrote in their own words (group: a LetterGroupId). */
  | { key: 'ownParagraph'; params: { group: LetterGroupId; tabs: string } }
  /** The story as a separate declaration, in its own language, at tab `tabs`. */
  | { key: 'declaration'; params: { tabs: string } }
  /** The person's declaration, written on its own page, at tab `tabs`. */
  | { key: 'declarationCited'; params: { tabs: string } }
  | { key: 'concerns'; params: NoParams }
  | { key: 'closing'; params: NoParams }
  | { key: 'exhibits'; params: { count: number } }
  | { key: 'draft'; params: NoParams };

export type SummaryKey = SummaryEntry['key'];

/** Every summary key, in letter order (the locale tests check each has its words). */
export const SUMMARY_KEYS = ['addressee', 'request', 'background', 'prior', 'whatIsNew', 'story', 'declaration', 'declarationCited', 'factor', 'ownParagraph',
  'concerns', 'closing', 'exhibits', 'draft'] as const satisfies readonly SummaryKey[];
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
  /** suggested: the office the court city points to, used because the person chose none (not their choice). */
  addressee: { lines: string[]; officeId: string | null; typed: boolean; suggested: boolean; lastVerified: string | null };
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
  /** The paragraphs of factors in the person's favour, with their suggested text and the person's rewrites. */
  groups: LetterGroup[];
  /** The story goes out as a separate declaration in its own language (null: it does not). */
  declaration: { text: string; tab: string | null; language: 'spanish' | 'other' } | null;
  /** The concerns the letter must address that have no explanation yet, in concern order. */
  unexplainedConcerns: Concern['lead'][];
  /** The person's own paragraphs that do not seem to be in English (the story aside): their field, or their kind. */
  notInEnglish: string[];
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

/** The ask, restated at the end ("For these reasons, I respectfully ask your office to …"). */
const requestRestated: Record<RequestOptionId, string> = {
  administrative_closure: 'agree to, or not oppose, the administrative closure of my removal proceedings',
  continuance: 'agree to a continuance of my removal proceedings',
  joint_motion_uscis: 'join a motion that lets U.S. Citizenship and Immigration Services decide my application first',
  dismissal: 'agree to dismiss my removal proceedings without prejudice',
};

const requestTitle: Record<RequestOptionId, string> = {
  administrative_closure: 'Administrative Closure',
  continuance: 'Continuance',
  joint_motion_uscis: 'Joint Motion',
  dismissal: 'Dismissal Without Prejudice',
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
    return { lines: [...head, ...lines], officeId: null, typed: true, suggested: false, lastVerified: null };
  }
  const listed = office?.kind === 'listed' ? findOplaOffice(office.id) : undefined;
  // Nothing chosen (or an office no longer listed): the one office the court city points to, if there is one.
  const court = c.posture.courtCity !== 'unknown' ? c.posture.courtCity : undefined;
  const found = listed ?? suggestedOfficeFor(court) ?? undefined;
  if (found) {
    return {
      lines: [...head, found.name, 'U.S. Immigration and Customs Enforcement', ...(found.mailingAddressLines ?? found.addressLines)],
      officeId: found.id, typed: false, suggested: listed === undefined, lastVerified: found.lastVerified,
    };
  }
  return { lines: [...head, 'Office of the Chief Counsel', 'U.S. Immigration and Customs Enforcement'], officeId: null, typed: false,
    suggested: false, lastVerified: null };
}

/** The person's own explanation of one concern ('' when none); only the record's own keys count. */
function explanationOf(c: CaseData, leadId: string): string {
  const all = c.letter.concernExplanations;
  const text = all && Object.hasOwn(all, leadId) ? all[leadId] ?? '' : '';
  return text.trim() === '' ? '' : text;
}

export function letterModel(c: CaseData, a: Assessment, list: Checklist): LetterModel | null {
  if (a.letter === 'none') return null;
  const gaps: LetterGap[] = [];
  const p = c.person;
  const name = p.fullName ?? '';
  if (!p.fullName) gaps.push('full-name');
  const aNumber = p.aNumber && p.aNumber !== 'unknown' ? formatANumber(p.aNumber) : null;
  // "I don't know" is an answer: the letter says "Not known". Only a question never answered blocks.
  if (p.aNumber === undefined) gaps.push('a-number');
  else if (!aNumber) gaps.push('a-number-unknown');
  if (!p.address) gaps.push('address');
  const addressee = officeBlock(c);
  if (!addressee.typed && addressee.officeId === null) gaps.push('office');

  // The ask: the person's choice if it is still on offer, else the safest recommended option
  // (shown as selected, so it counts as chosen). Only no ask at all is a gap.
  const offered = a.requestOptions.filter((o) => o.available);
  const chosen = offered.find((o) => o.id === c.letter.request);
  const request = chosen?.id ?? offered.find((o) => o.recommended)?.id ?? null;
  if (!request) gaps.push('request');

  // Exhibits: the enclosed checklist items, in checklist order, tabbed A, B, C…
  const exhibits = exhibitEntries(list);
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
  const court = c.posture.courtCity && c.posture.courtCity !== 'unknown' ? courtInWords(c.posture.courtCity) : null;
  if (court) bg.push(`My case is before the Immigration Court in ${court}.`);
  // A date that has passed is not a "next" hearing: it is left out until the person gives the new one.
  const hearingPast = hearingSurelyPast(c, a);
  if (hearingPast) gaps.push('hearing-date-past');
  const hearingIso = !hearingPast && c.posture.nextHearingDate && c.posture.nextHearingDate !== 'unknown' ? c.posture.nextHearingDate : null;
  const hearing = hearingIso ? formatPartialDateUsEnglish(hearingIso) : null;
  // "on April 2, 2027", or "in April 2027" when only the month is known.
  const hearingOn = hearingIso ? onPartialDateUsEnglish(hearingIso) : null;
  const hearingType = c.posture.nextHearingType === 'master' ? 'master calendar hearing'
    : c.posture.nextHearingType === 'individual' ? 'individual (merits) hearing' : 'hearing';
  if (hearingOn) bg.push(`My next ${hearingType} is ${hearingOn}.`);
  const born: string[] = [];
  if (p.countryOfBirth && p.countryOfBirth !== 'unknown') born.push(inCountry(p.countryOfBirth));
  if (p.dateOfBirth && p.dateOfBirth !== 'unknown') born.push(onPartialDateUsEnglish(p.dateOfBirth));
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

  // The factors in the person's favour, grouped into paragraphs, each citing its exhibits.
  const groups = letterGroups(c, a, tabsFor);
  for (const g of groups) {
    const text = groupText(g);
    if (text === '') continue;
    // Its typed words (the facts given, or the rewrite) are fixed in the paragraph's part of the page.
    paragraphs.push({ kind: `group:${g.id}`, section: 'factors', text, verbatim: g.status === 'edited', tabs: g.tabs, field: `letter.paragraphs.${g.id}`,
      ...(g.status === 'edited' ? {} : { sentences: g.sentences }) });
  }
  if (groups.some((g) => g.status === 'review')) gaps.push('paragraph-needs-review');

  // The story: in the letter only if it is in English (or the person says so); otherwise a
  // separate declaration in its own language, attached as an exhibit (reference.md §11.4).
  const story = c.letter.story?.trim() ? c.letter.story : null;
  const storyPlace = story ? storyGoesInLetter(c.letter) : null;
  let declaration: LetterModel['declaration'] = null;
  if (story && storyPlace?.place === 'letter') own('story', 'story', story, tabsFor(['personal-declaration']));
  else if (story && storyPlace?.place === 'declaration') {
    const tabs = tabsFor(['personal-declaration']);
    declaration = { text: story, tab: tabs[0] ?? null, language: storyPlace.language === 'spanish' ? 'spanish' : 'other' };
    // A story only partly in Spanish is not called a declaration in Spanish.
    const written = storyPlace.language !== 'spanish' ? 'my own language' : storyPlace.part ? 'Spanish and English' : 'Spanish';
    para('declaration', 'story', `I have written a declaration about my situation in ${written}, which I have signed.`
      + ' It is attached with an English translation and a certificate of translation.' + seeTabs(tabs), tabs);
  } else if (story) gaps.push('story-language');
  // The declaration written on its own page is cited where it is attached. A story sent as a
  // declaration already says so: the letter does not speak of a declaration twice.
  const citeDeclaration = hasDeclaration(c) && !declaration;
  if (citeDeclaration) {
    const tabs = tabsFor(['personal-declaration']);
    para('declaration-cited', 'story', `I explain my situation in my declaration${tabs.length ? ` (Tab ${tabs.join(', ')})` : ', which is attached'}.`, tabs);
  }

  // A bare "other serious reasons" persuades no one: the person is asked to say what they are.
  if (a.favourable.some((f) => f.id === 'compelling_humanitarian') && !story) gaps.push('humanitarian-not-described');

  // Each concern in its own words, in concern order, then the papers about it ("See Tab D.").
  // The one box of the earlier app, if it holds text, counts for every concern and comes last.
  const general = c.letter.concernsExplanation?.trim() ? c.letter.concernsExplanation : null;
  const exhibitsFor = (concerns: readonly Concern[]) => {
    const items = new Set<string>(concerns.flatMap((x) => [
      ...a.unfavourable.filter((f) => x.factors.includes(f.id)).flatMap((f) => f.evidence),
      ...a.redFlags.filter((r) => x.flags.includes(r.id)).flatMap((r) => r.answeredBy),
    ]));
    return exhibits.filter((e) => items.has(e.itemId)).map((e) => e.tab);
  };
  const explain = (text: string, tabs: string[], field: string) => {
    paragraphs.push({ kind: 'concerns', section: 'concerns', text, verbatim: true, tabs, field });
    if (tabs.length > 0) para('concern-exhibits', 'concerns', seeTabs(tabs).trim(), tabs);
  };
  const unexplainedConcerns: Concern['lead'][] = [];
  const coveredByGeneral: Concern[] = [];
  for (const x of concernsToExplain(a)) {
    const text = explanationOf(c, x.lead.id);
    if (text) explain(text, exhibitsFor([x]), `letter.concernExplanations.${x.lead.id}`);
    else if (general) coveredByGeneral.push(x);
    else unexplainedConcerns.push(x.lead);
  }
  if (general) explain(general, exhibitsFor(coveredByGeneral), 'letter.concernsExplanation');
  // Never leave a negative unaddressed silently: the download waits for an explanation of each.
  if (unexplainedConcerns.length > 0) gaps.push('concerns-not-explained');
  // The story has its own choice (a declaration); other own words not in English are said before
  // sending, in letter order: a paragraph's facts typed in a few words ("limpieza de casas") too.
  const details = c.letter.details ?? {};
  const notInEnglish = paragraphs.flatMap((x) => {
    const group = x.verbatim ? undefined : groups.find((g) => `group:${g.id}` === x.kind);
    if (group) return detailsNotInEnglish(details, group.details).map((id) => `letter.details.${id}`);
    return x.verbatim && x.kind !== 'story' && ['spanish', 'other'].includes(letterTextLanguage(x.text).language) ? [x.field ?? x.kind] : [];
  });
  if (notInEnglish.length > 0) gaps.push('not-in-english');

  const contact = [p.phone, p.email].filter((x): x is string => !!x);
  // The ask again, after the reasons, with the date that makes it urgent (letter.md §1.13).
  const restated = request
    ? `For these reasons, I respectfully ask your office to ${requestRestated[request]}${hearingOn ? `, before my next hearing ${hearingOn}` : ''}. `
    : '';
  para('closing', 'closing', `${restated}Thank you for considering my request. I will continue to attend all of my hearings.`
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
    ...groups.flatMap((g): SummaryEntry[] => {
      if (groupText(g) === '') return [];
      if (g.status === 'edited') return [{ key: 'ownParagraph', params: { group: g.id, tabs: g.tabs.join(', ') } }];
      return g.sentences.map((x) => ({ key: 'factor', params: { factor: x.factorId, tabs: x.tabs.join(', ') } }));
    }),
    ...(paragraphs.some((x) => x.kind === 'story') ? [{ key: 'story', params: {} } as const] : []),
    ...(declaration ? [{ key: 'declaration', params: { tabs: declaration.tab ?? '' } } as const] : []),
    ...(citeDeclaration ? [{ key: 'declarationCited', params: { tabs: tabsFor(['personal-declaration']).join(', ') } } as const] : []),
    ...(paragraphs.some((x) => x.kind === 'concerns') ? [{ key: 'concerns', params: {} } as const] : []),
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
    groups,
    declaration,
    unexplainedConcerns,
    notInEnglish,
    spanishSummary,
  };
}

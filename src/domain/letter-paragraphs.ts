/**
 * The factors in the person's favour, grouped into the letter's paragraphs (family; work and
 * taxes; education; …), each made concrete by the few facts the person chose to give
 * (letter.details) and citing its exhibit tabs. A paragraph the person rewrote is kept as their
 * own words; if the factors it was written about change, it is held back for review
 * (never printed or dropped without a word). Words no broader than the questions (reference.md §11.4).
 */
import type { Assessment } from './assess';
import { applicationsWith } from './case-facts';
import type { CaseData, FamilyMember, ParagraphEdit } from './case-schema';
import type { ApplicationKind, LetterDetailId, LetterGroupId } from './case-values';
import { letterGroupIds } from './case-values';
import type { factorCatalog } from './factor-catalog';
import { formatPartialDateUsEnglish } from './partial-date';
import { factorEvidence } from './support-letters';

/** Factors in the person's favour: each has its letter sentence and its paragraph (the compiler checks none is missing). */
export type FavourableFactorId = Extract<(typeof factorCatalog)[number], { polarity: 'favourable' }>['id'];

/** Which paragraph each factor belongs to. A record: a new factor does not compile until it is placed. */
export const factorGroup: Record<FavourableFactorId, LetterGroupId> = {
  long_presence: 'presence',
  years_in_us: 'presence',
  entered_as_child: 'presence',
  lpr_status: 'presence',
  usc_lpr_family: 'family',
  primary_caregiver: 'family',
  family_hardship: 'family',
  partner_pregnant_or_nursing: 'family',
  employment_history: 'work',
  tax_compliance: 'work',
  education: 'education',
  community_ties: 'community',
  military_service: 'community',
  cooperation_with_law_enforcement: 'community',
  serious_illness_disability: 'health',
  pregnant_or_nursing: 'health',
  competency_concern: 'health',
  age_65_or_older: 'health',
  under_18: 'health',
  crime_victim: 'health',
  home_country_conditions: 'health',
  compelling_humanitarian: 'health',
  no_criminal_record: 'record',
  rehabilitation: 'record',
  supervision_compliance: 'record',
  relief_eligible: 'why-now',
};

const hasRelative = (c: CaseData, ...rel: FamilyMember['relationship'][]) => (c.favourable.family ?? []).some((m) => rel.includes(m.relationship));

/** The facts asked for each factor (all optional), in the order they are asked. */
export function detailsAskedFor(id: FavourableFactorId, c: CaseData): LetterDetailId[] {
  switch (id) {
    case 'usc_lpr_family':
      return [...(hasRelative(c, 'child') ? ['childrenNames' as const] : []),
        ...(hasRelative(c, 'spouse', 'partner') ? ['partnerName' as const, 'partnerSince' as const] : [])];
    case 'primary_caregiver': return ['caregivingFor'];
    case 'employment_history': return ['jobTitle', 'employer', 'workSince'];
    case 'tax_compliance': return ['taxYears'];
    case 'education': return ['school'];
    case 'community_ties': return ['communityGroup', 'communityRole'];
    case 'serious_illness_disability': return ['healthCondition', 'healthCare'];
    // Only an application filed has a receipt notice (Form I-797C).
    case 'relief_eligible': return applicationsWith(c, ['pending', 'approved']).length > 0 ? ['receiptNumbers'] : [];
    default: return [];
  }
}

// ---- Sentences ---------------------------------------------------------------------------------

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

export function joinList(items: readonly string[]): string {
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
  // Each part ends in a "who is …" clause: a comma closes it before the next ("…citizen, and my spouse…").
  return parts.length <= 1 ? parts.join('') : `${parts.slice(0, -1).join(', ')}, and ${parts[parts.length - 1]!}`;
}

interface SentenceInput {
  c: CaseData;
  a: Assessment;
  /** The facts the person gave, trimmed; '' when not given. */
  d: (id: LetterDetailId) => string;
}

/** A typed fact ends a sentence: no doubled full stop when the person typed one. */
const fact = (text: string) => text.replace(/[.。]+$/u, '');

function presence({ c, a }: SentenceInput): string {
  const entry = c.history.entryDate && c.history.entryDate !== 'unknown' ? formatPartialDateUsEnglish(c.history.entryDate) : null;
  const years = a.facts.yearsInUs ?? 0;
  // The years are stated as they are (a lower bound, from the date the person gave).
  return entry ? `I came to live in the United States in ${entry}, at least ${years} years ago.` : `I have lived in the United States for at least ${years} years.`;
}

function familySentence({ c, d }: SentenceInput): string {
  const out = [`My close family in the United States includes ${describeFamily(c.favourable.family ?? [])}.`];
  if (d('childrenNames') && hasRelative(c, 'child')) out.push(`My children are ${fact(d('childrenNames'))}.`);
  const partner = (c.favourable.family ?? []).find((m) => m.relationship === 'spouse' || m.relationship === 'partner');
  if (partner && (d('partnerName') || d('partnerSince'))) {
    const word = partner.relationship === 'spouse' ? 'spouse' : 'partner';
    if (d('partnerName')) out.push(`My ${word}'s name is ${fact(d('partnerName'))}.`);
    if (d('partnerSince')) out.push(`We have been together since ${fact(d('partnerSince'))}.`);
  }
  return out.join(' ');
}

/** Words that start a job already written as a phrase ("a cook", "the manager", "my own boss"). */
const DETERMINERS = new Set(['a', 'an', 'the', 'my', 'our', 'his', 'her', 'their', 'one', 'some']);
/** Jobs said without an article ("I have worked as self-employed"). */
const NO_ARTICLE = new Set(['self-employed', 'self employed', 'freelance', 'independent', 'staff']);

/**
 * "cook" → "a cook", "electrician" → "an electrician": a job typed without its article reads like
 * a form in "I have worked as …". A job typed with one, a plural ("cooks"), or one said without
 * one ("self-employed") is printed as typed.
 */
function jobWithArticle(job: string): string {
  const first = job.split(/\s+/u)[0]?.toLowerCase() ?? '';
  const last = job.split(/\s+/u).pop()?.toLowerCase() ?? '';
  if (!/^\p{L}/u.test(job) || DETERMINERS.has(first) || NO_ARTICLE.has(job.toLowerCase()) || /[^su']s$/u.test(last)) return job;
  // "an" before a vowel sound: not "uni…", "use…", "uti…" ("a union organizer"), but "hour…", "honest…".
  const vowel = /^(?:[aeio]|u(?!ni|s[eu]|ti))/u.test(first) || /^(?:hour|honest|heir)/u.test(first);
  return `${vowel ? 'an' : 'a'} ${job}`;
}

function workSentence({ d }: SentenceInput): string {
  const typedJob = fact(d('jobTitle'));
  const job = typedJob ? jobWithArticle(typedJob) : '';
  const employer = fact(d('employer'));
  const since = fact(d('workSince'));
  // The question asked for "a steady job, or a history of steady work": both are steady work, said once.
  if (!job && !employer) return `I have worked steadily in the United States${since ? ` since ${since}` : ''}.`;
  return `I have worked${job ? ` as ${job}` : ''}${employer ? ` for ${employer}` : ''}${since ? ` since ${since}` : ''}.`;
}

function communitySentence({ d }: SentenceInput): string {
  const group = fact(d('communityGroup'));
  const role = fact(d('communityRole'));
  if (group) return `I take part in ${group}${role ? `, where I ${role}` : ''}.`;
  if (role) return `In my community, I ${role}.`;
  return 'I take part in my community.';
}

/**
 * The sentence for each factor in the person's favour, worded no broader than its question
 * (locales/en/questions-later.json). A record, so a new factor cannot silently drop out of the letter.
 */
const factorSentences: Record<FavourableFactorId, (input: SentenceInput) => string> = {
  long_presence: presence,
  years_in_us: presence,
  // The age question asks about the first time the person came to live here; the date, the last.
  entered_as_child: ({ c }) => `I first came to live in the United States as a child, at the age of ${String(c.history.ageAtEntry)}.`,
  usc_lpr_family: familySentence,
  // Who, when the person said. Else not the question's either/or ("a child, or someone sick…"),
  // which reads like a form: what both of its answers mean, someone who depends on them.
  primary_caregiver: ({ d }) => `I am the main person who takes care of ${d('caregivingFor') ? fact(d('caregivingFor')) : 'someone who depends on me'}.`,
  family_hardship: () => 'My family in the United States would face serious problems if I had to leave.',
  military_service: ({ c }) => [
    ...(c.favourable.militarySelf === 'yes' ? ['I have served in the U.S. armed forces, the reserves or the National Guard.'] : []),
    ...(c.favourable.militaryFamily === 'yes' ? ['A close family member of mine has served in the U.S. armed forces, the reserves or the National Guard.'] : []),
  ].join(' '),
  education: ({ c, d }) => (c.favourable.education === 'in_school' ? 'I am in school or in a GED program in the United States.'
    : c.favourable.education === 'college' ? 'I have gone to college or university in the United States.'
    : 'I finished high school in the United States, or I have a GED.')
    + (d('school') ? ` ${c.favourable.education === 'in_school' ? 'I study at' : 'I studied at'} ${fact(d('school'))}.` : ''),
  pregnant_or_nursing: () => 'I am pregnant or nursing a baby.',
  partner_pregnant_or_nursing: () => 'My spouse or partner is pregnant or nursing a baby.',
  serious_illness_disability: ({ d }) => (d('healthCondition')
    ? `I have a serious illness or disability: ${fact(d('healthCondition'))}.` : 'I have a serious illness or disability.')
    + (d('healthCare') ? ` I receive care from ${fact(d('healthCare'))}.` : ''),
  age_65_or_older: ({ a }) => `I am ${a.facts.age ?? ''} years old.`,
  under_18: ({ a }) => `I am ${a.facts.age ?? ''} years old.`,
  competency_concern: () => 'A mental illness or another condition makes it hard for me to understand my case or to speak for myself in court.',
  crime_victim: () => 'I have been the victim of a crime, domestic violence or human trafficking in the United States.',
  relief_eligible: ({ c, d }) => {
    const names = (status: 'pending' | 'approved') => applicationsWith(c, [status]).map((k) => applicationNames[k]);
    const approved = names('approved');
    const pending = names('pending');
    const possible = applicationsWith(c, ['possible']).map((k) => applicationKinds[k]);
    const parts: string[] = [];
    if (approved.length) parts.push(`${capitalize(joinList(approved))} ${approved.length > 1 ? 'have' : 'has'} been approved.`);
    if (pending.length) parts.push(`${capitalize(joinList(pending))} ${pending.length > 1 ? 'are' : 'is'} pending.`);
    if (possible.length) parts.push(`I may be able to apply for ${joinList(possible)}.`);
    if ((approved.length || pending.length) && d('receiptNumbers')) parts.push(`Receipt notice number: ${fact(d('receiptNumbers'))}.`);
    return parts.join(' ');
  },
  community_ties: communitySentence,
  employment_history: workSentence,
  tax_compliance: ({ d }) => (d('taxYears') ? `I have filed U.S. tax returns for ${fact(d('taxYears'))}.` : 'I have filed U.S. tax returns.'),
  // Says what the case was as widely as the question asked it ("arrested, given a ticket that came
  // with a court date, charged or convicted"): it comes before the person's own explanation of it.
  rehabilitation: () => 'I have had a case with the police or a court in the past. I have papers that show what I have done since then.',
  // The conclusion first, then exactly what the question asked.
  no_criminal_record: () =>
    'I have no criminal record. I have never been arrested, charged with a crime or convicted of a crime, or given a ticket or citation that required me to go to court, in the United States or in any other country. This includes any case as a minor and any case that was dismissed or erased.',
  // What the reasons are is the person's to say: the story says it, or the letter cannot be sent (a gap).
  compelling_humanitarian: ({ c }) => 'There are other serious reasons in my case that I ask you to consider'
    + (c.letter.story?.trim() ? (c.letter.storyAs === 'declaration' ? ', and I describe them in my declaration.' : ', and I describe my situation in my own words in this letter.') : '.'),
  lpr_status: () => 'I have had lawful permanent resident status (a green card).',
  cooperation_with_law_enforcement: () => 'I have helped the police or a prosecutor with a case.',
  home_country_conditions: () => 'I fear that I would be in danger if I had to go back to my home country.',
  supervision_compliance: () => 'ICE released me with conditions, and I have never missed an immigration court hearing or an ICE check-in.',
};

// ---- Paragraphs --------------------------------------------------------------------------------

/** One factor's part of a paragraph, kept apart so a test can check each against its answers. */
export interface FactorSentence {
  factorId: FavourableFactorId;
  text: string;
  tabs: string[];
}

export type GroupStatus =
  /** The suggested text, built from the answers and the facts given. */
  | 'suggested'
  /** The person's own words, printed as typed. */
  | 'edited'
  /** Rewritten by the person, but the factors it was about have changed since: held back until they look at it. */
  | 'review';

export interface LetterGroup {
  id: LetterGroupId;
  /** The factors of this paragraph now (empty for an edited paragraph whose factors are all gone). */
  factors: FavourableFactorId[];
  sentences: FactorSentence[];
  /** The paragraph as the app suggests it, without the tab citation. '' when no factor is left. */
  suggested: string;
  /** The person's rewrite, if any. */
  edit: ParagraphEdit | null;
  status: GroupStatus;
  /** Factors the rewrite was about that are no longer in the answers, and factors it does not know of. */
  removed: string[];
  added: FavourableFactorId[];
  /** Exhibit tabs of this paragraph's factors, in tab order. */
  tabs: string[];
  /** The facts asked for this paragraph's factors. */
  details: LetterDetailId[];
}

export function seeTabs(tabs: readonly string[]): string {
  if (tabs.length === 0) return '';
  return tabs.length === 1 ? ` See Tab ${tabs[0]!}.` : ` See Tabs ${joinList(tabs)}.`;
}

/**
 * The grouped paragraphs, in letter order. Every group with a factor now, or with a rewrite, is
 * listed; `tabsFor` maps evidence ids to exhibit tabs (only included exhibits have one).
 */
export function letterGroups(c: CaseData, a: Assessment, tabsFor: (ids: readonly string[]) => string[]): LetterGroup[] {
  const details = c.letter.details ?? {};
  const d = (id: LetterDetailId) => (details[id] ?? '').trim();
  const input: SentenceInput = { c, a, d };
  const edits = c.letter.paragraphEdits ?? {};
  const byGroup = new Map<LetterGroupId, FactorSentence[]>();
  for (const f of a.favourable) {
    const id = f.id as FavourableFactorId;
    const text = factorSentences[id](input);
    const group = factorGroup[id];
    const list = byGroup.get(group) ?? [];
    // Two factors can say the same (a person both long here and …): the paragraph says it once.
    const evidence = factorEvidence(id, f.evidence);
    if (!list.some((s) => s.text === text)) list.push({ factorId: id, text, tabs: tabsFor(evidence) });
    else list.find((s) => s.text === text)!.tabs.push(...tabsFor(evidence));
    byGroup.set(group, list);
  }
  const out: LetterGroup[] = [];
  for (const id of letterGroupIds) {
    const sentences = byGroup.get(id) ?? [];
    const edit = edits[id] ?? null;
    if (sentences.length === 0 && !edit) continue;
    const factors = sentences.map((s) => s.factorId);
    const tabs = [...new Set(sentences.flatMap((s) => s.tabs))].sort((x, y) => x.length - y.length || x.localeCompare(y));
    const removed = edit ? edit.factors.filter((f) => !factors.includes(f as FavourableFactorId)) : [];
    const added = edit ? factors.filter((f) => !edit.factors.includes(f)) : [];
    const status: GroupStatus = !edit ? 'suggested' : removed.length > 0 || added.length > 0 ? 'review' : 'edited';
    out.push({
      id, factors, sentences, suggested: sentences.map((s) => s.text).join(' '), edit, status, removed, added, tabs,
      details: [...new Set(factors.flatMap((f) => detailsAskedFor(f, c)))],
    });
  }
  return out;
}

/** The text the letter prints for a group ('' prints nothing), tab citation included. */
export function groupText(g: LetterGroup): string {
  // Held back for review: the suggested words (true to today's answers) stand in until the person decides.
  const body = g.status === 'edited' ? g.edit!.text.trim() : g.suggested;
  if (body === '') return '';
  return body + seeTabs(g.tabs);
}

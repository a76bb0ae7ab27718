/**
 * The letter says only what the person answered, in words no broader than the question
 * (reference.md §11.4). Every paragraph kind the letter model can produce is listed below with the
 * answers that justify it; the table is a Record over `LetterParagraphKind`, so a new kind does not
 * compile until its support is written here. A property test then checks, over schema-valid cases
 * on the letter path, that each paragraph appears only when its supporting answers are present,
 * and that enclosures and "own words" are named only when they exist.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type ApplicationKind,
  type Assessment,
  assess,
  type CaseData,
  checklist,
  completeYearsBetween,
  concernsToExplain,
  factorCatalog,
  hearingSurelyPast,
  type LetterModel,
  letterModel,
  type LetterParagraph,
  type LetterParagraphKind,
  type FavourableFactorId,
  factorGroup,
  letterTextLanguage,
  hasDeclaration,
  letterGroupIds,
  type LetterGroupId,
  onPartialDateUsEnglish,
} from '../../../src/domain';
import { asOfArbitrary, inCourtCaseArbitrary } from './arbitraries';
import { inCourtBaseline, walk } from './walk';
import { propertyRuns } from '../property-runs';

/** Paragraph kinds, and the factor sentences a group paragraph is made of. */
type Kind = LetterParagraphKind | `factor:${FavourableFactorId}`;
type Support = (c: CaseData, a: Assessment, p: Pick<LetterParagraph, 'text' | 'verbatim' | 'tabs' | 'sentences' | 'field'> & { kind: Kind }, m: LetterModel) => boolean;

const yes = (v: string | undefined) => v === 'yes';
const known = (v: string | undefined): v is string => v !== undefined && v !== 'unknown';
const years = (c: CaseData, a: Assessment) =>
  known(c.history.entryDate) ? completeYearsBetween(c.history.entryDate, a.asOf) : null;
const age = (c: CaseData, a: Assessment) =>
  known(c.person.dateOfBirth) ? completeYearsBetween(c.person.dateOfBirth, a.asOf) : null;
const apps = (c: CaseData, status: string) =>
  (Object.entries(c.history.applications ?? {}) as [ApplicationKind, string][]).filter(([, s]) => s === status).map(([k]) => k);
/** A sentence part is there exactly when its answer is. */
const iff = (text: string, part: string, answered: boolean) => text.includes(part) === answered;

/** A group paragraph: the person's rewrite as typed, or sentences of that group's factors only. */
const groupSupport = (group: LetterGroupId): Support => (c, _a, p) => (p.verbatim
  ? p.text.startsWith((c.letter.paragraphEdits?.[group]?.text ?? '\u0000').trim())
  : (p.sentences ?? []).length > 0 && (p.sentences ?? []).every((x) => factorGroup[x.factorId] === group));
const groupKinds = Object.fromEntries(letterGroupIds.map((g) => [`group:${g}`, groupSupport(g)])) as Record<`group:${LetterGroupId}`, Support>;

const support: Record<Kind, Support> = {
  ...groupKinds,
  // A story not in English goes in a declaration only when the person chose so; the letter never quotes it.
  declaration: (c, _a, p) => c.letter.storyAs === 'declaration' && !p.verbatim
    && /^I have written a declaration about my situation in (Spanish|Spanish and English|my own language), which I have signed\. It is attached with an English translation and a certificate of translation\.( See Tabs? [A-Z, and]+\.)?$/.test(p.text)
    // Its language as the story reads: "Spanish and English" only for a story partly in Spanish.
    && iff(p.text, 'in Spanish and English', letterTextLanguage(c.letter.story ?? '').part),
  // The declaration written on its own page is cited only when the person wrote one; the letter never quotes it.
  'declaration-cited': (c, _a, p, m) => hasDeclaration(c) && m.declaration === null && !p.verbatim
    && p.text === `I explain my situation in my declaration${p.tabs.length ? ` (Tab ${p.tabs.join(', ')})` : ', which is attached'}.`,
  opening: (c, _a, p) => iff(p.text, 'I am representing myself.', c.representation.kind === 'none' || c.representation.kind === undefined)
    && iff(p.text, 'My representative is', c.representation.name !== undefined && c.representation.kind !== 'none' && c.representation.kind !== undefined),
  request: (_c, a, p, m) => m.request !== null && a.requestOptions.some((o) => o.id === m.request && o.available) && !p.verbatim,
  'request-details': (c, _a, p) => p.verbatim && p.text === c.letter.requestDetails,
  background: (c, a, p) =>
    iff(p.text, 'My case is before the Immigration Court in', known(c.posture.courtCity))
    // A hearing date that has passed is never called the next hearing.
    && iff(p.text, 'My next', known(c.posture.nextHearingDate) && !hearingSurelyPast(c, a))
    && iff(p.text, 'I was born', known(c.person.countryOfBirth) || known(c.person.dateOfBirth)),
  'prior-request': (c, _a, p) => c.history.priorPdRequest === 'yes'
    && iff(p.text, 'was denied', c.history.priorPdResult === 'denied')
    && iff(p.text, 'did not receive an answer', c.history.priorPdResult === 'no_answer')
    && iff(p.text, 'still waiting', c.history.priorPdResult === 'pending')
    && iff(p.text, 'discretion before,', !known(c.history.priorPdDate))
    && iff(p.text, 'See Tab', p.tabs.length > 0),
  'what-is-new': (c, _a, p) => p.verbatim && p.text === c.letter.whatIsNew
    && c.history.priorPdRequest === 'yes' && c.history.priorPdResult === 'denied',
  story: (c, _a, p) => p.verbatim && p.text === c.letter.story
    && (c.letter.storyAs === 'letter' || (c.letter.storyAs === undefined && !['spanish', 'other'].includes(letterTextLanguage(c.letter.story ?? '').language))),
  'factor:long_presence': (c, a, p) => (years(c, a) ?? 0) >= 10 && p.text.includes(`at least ${years(c, a)} years`),
  'factor:years_in_us': (c, a) => (years(c, a) ?? 0) >= 5 && (years(c, a) ?? 0) < 10,
  'factor:entered_as_child': (c) => typeof c.history.ageAtEntry === 'number' && c.history.ageAtEntry < 16,
  'factor:usc_lpr_family': (c) => (c.favourable.family ?? []).some((m) =>
    ['spouse', 'partner', 'child', 'parent'].includes(m.relationship) && (m.status === 'citizen' || m.status === 'permanent_resident')),
  'factor:primary_caregiver': (c) => yes(c.favourable.primaryCaregiver),
  'factor:family_hardship': (c) => yes(c.favourable.familyHardship),
  'factor:military_service': (c, _a, p) => iff(p.text, 'I have served', yes(c.favourable.militarySelf))
    && iff(p.text, 'A close family member', yes(c.favourable.militaryFamily)),
  'factor:education': (c, _a, p) => {
    const words: Record<string, string> = { in_school: 'I am in school', college: 'college or university', us_high_school_or_ged: 'high school' };
    const expected = words[c.favourable.education ?? ''];
    return expected !== undefined && p.text.includes(expected);
  },
  // "Pregnant" about the person only from the question about the person (§11.4).
  'factor:pregnant_or_nursing': (c, _a, p) => yes(c.favourable.pregnantOrNursing) && p.text.startsWith('I am pregnant'),
  'factor:partner_pregnant_or_nursing': (c, _a, p) => yes(c.favourable.partnerPregnantOrNursing) && p.text.startsWith('My spouse or partner'),
  'factor:serious_illness_disability': (c) => yes(c.favourable.seriousIllness),
  'factor:age_65_or_older': (c, a) => (age(c, a) ?? 0) >= 65,
  'factor:under_18': (c, a) => age(c, a) !== null && age(c, a)! < 18,
  'factor:competency_concern': (c) => yes(c.favourable.competencyConcern),
  'factor:crime_victim': (c) => yes(c.favourable.crimeVictim),
  'factor:relief_eligible': (c, _a, p) =>
    iff(p.text, 'approved', apps(c, 'approved').length > 0)
    && iff(p.text, 'pending', apps(c, 'pending').length > 0)
    && iff(p.text, 'I may be able to apply', apps(c, 'possible').length > 0),
  'factor:community_ties': (c) => yes(c.favourable.community),
  'factor:employment_history': (c) => yes(c.favourable.work),
  'factor:tax_compliance': (c) => yes(c.favourable.taxes),
  // Rehabilitation is the person's own claim, never inferred (§11.4).
  'factor:rehabilitation': (c) => yes(c.criminal.anyArrest) && yes(c.criminal.rehabilitationEvidence),
  // A clean record only from the question that covers every arrest, citation, juvenile and expunged matter.
  'factor:no_criminal_record': (c) => c.criminal.anyArrest === 'no',
  'factor:compelling_humanitarian': (c, _a, p) => yes(c.favourable.otherHumanitarian)
    && iff(p.text, 'own words', (c.letter.story ?? '').trim() !== '' && c.letter.storyAs !== 'declaration')
    && iff(p.text, 'in my declaration', (c.letter.story ?? '').trim() !== '' && c.letter.storyAs === 'declaration'),
  'factor:lpr_status': (c) => yes(c.history.everLpr),
  'factor:cooperation_with_law_enforcement': (c) => yes(c.favourable.lawEnforcementCooperation),
  'factor:home_country_conditions': (c) => yes(c.favourable.homeCountryDanger),
  'factor:supervision_compliance': (c) => yes(c.posture.supervision) && c.history.missedHearing === 'no',
  // The person's words for one concern the letter must address (in its own box), or the earlier app's one box.
  concerns: (c, a, p) => p.verbatim && (p.field === 'letter.concernsExplanation'
    ? p.text === c.letter.concernsExplanation
    : concernsToExplain(a).some((x) => p.field === `letter.concernExplanations.${x.lead.id}` && p.text === c.letter.concernExplanations?.[x.lead.id])),
  // "See Tab D." only right after an explanation, and only with tabs to cite.
  'concern-exhibits': (_c, _a, p, m) => !p.verbatim && p.tabs.length > 0
    && p.text === (p.tabs.length === 1 ? `See Tab ${p.tabs[0]!}.` : `See Tabs ${p.tabs.slice(0, -1).join(', ')} and ${p.tabs.at(-1)!}.`)
    && m.paragraphs.findIndex((x) => x === p) > 0 && m.paragraphs[m.paragraphs.findIndex((x) => x === p) - 1]?.kind === 'concerns',
  closing: (c, a, p, m) => iff(p.text, 'please contact me', c.person.phone !== undefined || c.person.email !== undefined)
    && iff(p.text, 'For these reasons, I respectfully ask', m.request !== null)
    && iff(p.text, 'before my next hearing', m.request !== null && known(c.posture.nextHearingDate) && !hearingSurelyPast(c, a)),
};

function build(c: CaseData, asOf: string) {
  const a = assess(c, { asOf });
  const list = checklist(c, a);
  return { a, list, m: letterModel(c, a, list) };
}

/** Checks one letter against the answers; returns what is wrong (empty when nothing is). */
function problemsIn(c: CaseData, a: Assessment, list: ReturnType<typeof checklist>, m: LetterModel): string[] {
  const problems: string[] = [];
  const tabs = new Set(m.exhibits.map((e) => e.tab));
  const included = new Set<string>(list.groups.flatMap((g) => g.items).filter((i) => i.included && i.exhibit).map((i) => i.id));
  for (const e of m.exhibits) if (!included.has(e.itemId)) problems.push(`exhibit ${e.itemId} is not an included item`);
  for (const p of m.paragraphs) {
    if (!support[p.kind](c, a, p, m)) problems.push(`${p.kind}: "${p.text.slice(0, 80)}"`);
    for (const x of p.sentences ?? []) {
      const kind = `factor:${x.factorId}` as const;
      if (!support[kind](c, a, { kind, text: x.text, verbatim: false, tabs: x.tabs }, m)) problems.push(`${kind}: "${x.text.slice(0, 80)}"`);
      for (const t of x.tabs) if (!p.tabs.includes(t)) problems.push(`${kind}: tab ${t} is not cited by its paragraph`);
    }
    // An enclosure is named only when the checklist item is marked as included.
    for (const t of p.tabs) if (!tabs.has(t)) problems.push(`${p.kind}: tab ${t} is not an exhibit`);
    if (!p.verbatim && /\benclosed\b/i.test(p.text) && m.exhibits.length === 0) problems.push(`${p.kind}: says "enclosed" with nothing enclosed`);
    if (!p.verbatim && /own words/.test(p.text) && !(c.letter.story ?? '').trim()) problems.push(`${p.kind}: "own words" with none`);
  }
  return problems;
}

function untrue(c: CaseData, asOf: string): string[] {
  const { a, list, m } = build(c, asOf);
  return m ? problemsIn(c, a, list, m) : [];
}

describe('the letter states only what the person answered', () => {
  it('lists every paragraph kind the model can produce (the table is exhaustive)', () => {
    // A missing entry is a compile error; here: one entry per factor in the person's favour, no more.
    const favourable = factorCatalog.filter((f) => f.polarity === 'favourable').map((f) => `factor:${f.id}`);
    expect(Object.keys(support).filter((k) => k.startsWith('factor:')).sort()).toEqual(favourable.sort());
  });

  it('holds for every paragraph of every letter, over schema-valid cases', () => {
    fc.assert(
      fc.property(inCourtCaseArbitrary, asOfArbitrary, (c, asOf) => {
        expect(untrue(c, asOf)).toEqual([]);
      }),
      { numRuns: propertyRuns(1000) },
    );
  });

  it('produces letters for most generated cases, with factor paragraphs (the property is not vacuous)', () => {
    const sample = fc.sample(fc.tuple(inCourtCaseArbitrary, asOfArbitrary), { numRuns: 300, seed: 7 });
    const letters = sample.map(([c, asOf]) => build(c, asOf).m).filter((m): m is LetterModel => m !== null);
    expect(letters.length).toBeGreaterThan(100);
    const kinds = new Set(letters.flatMap((m) => m.paragraphs.flatMap((p) => [p.kind, ...(p.sentences ?? []).map((x) => `factor:${x.factorId}`)])));
    expect(kinds.size).toBeGreaterThan(25);
  });

  it('catches a letter that says more than the answers (the checker is not blind)', () => {
    const { c } = walk({ ...inCourtBaseline, 'favourable.partnerPregnantOrNursing': 'yes', 'favourable.otherHumanitarian': 'yes' });
    const { a, list, m } = build(c, '2026-11-23');
    expect(problemsIn(c, a, list, m!)).toEqual([]);
    // A paragraph of one factor sentence, in that factor's group.
    const extra = (factorId: FavourableFactorId, text: string, tabs: string[] = []): LetterModel =>
      ({ ...m!, paragraphs: [...m!.paragraphs, { kind: `group:${factorGroup[factorId]}`, section: 'factors', verbatim: false, tabs, text,
        sentences: [{ factorId, text, tabs }] }] });
    // The old sentences: a partner's pregnancy as the person's, inferred rehabilitation "enclosed",
    // "own words" with no story, a tab for nothing included.
    expect(problemsIn(c, a, list, extra('pregnant_or_nursing', 'I am pregnant or nursing a baby.'))).toHaveLength(1);
    expect(problemsIn(c, a, list, extra('rehabilitation', 'Records of my past case are enclosed.'))).toHaveLength(2);
    expect(problemsIn(c, a, list, extra('compelling_humanitarian', 'There are other reasons, which I explain in my own words.')))
      .toHaveLength(2);
    // Taxes were not answered yes, and the tab cited is not an exhibit.
    expect(problemsIn(c, a, list, extra('tax_compliance', 'I have filed U.S. tax returns. See Tab A.', ['A'])))
      .toHaveLength(2);
  });
});

describe('sentences that used to say more than was asked', () => {
  const asOf = '2026-11-23';
  const texts = (answers: Parameters<typeof walk>[0], letter: Partial<CaseData['letter']> = {}) => {
    const { c } = walk(answers, { letter });
    return build(c, asOf).m!.paragraphs.map((p) => p.text).join('\n');
  };

  it('a partner\'s pregnancy is not the person\'s', () => {
    const t = texts({ ...inCourtBaseline, 'favourable.partnerPregnantOrNursing': 'yes' });
    expect(t).toContain('My spouse or partner is pregnant or nursing a baby.');
    expect(t).not.toContain('I am pregnant');
  });

  it('the clean-record sentence covers citations with a court date, juvenile and erased cases, as the question does', () => {
    const t = texts(inCourtBaseline);
    expect(t).toContain('I have no criminal record. I have never been arrested, charged with a crime or convicted of a crime, or given a ticket or citation that required me to go to court');
    expect(t).toContain('in the United States or in any other country');
    expect(t).toContain('This includes any case as a minor and any case that was dismissed or erased.');
  });

  it('says whom the person cares for in their words, or only what the question\'s answer means when they did not say', () => {
    const caring = { ...inCourtBaseline, 'favourable.primaryCaregiver': 'yes' } as const;
    expect(texts(caring)).toContain('I am the main person who takes care of someone who depends on me.');
    // Not the question's either/or, which read like a form.
    expect(texts(caring)).not.toContain('sick, elderly or disabled');
    const named = texts(caring, { details: { caregivingFor: 'my mother, who is 80.' } });
    expect(named).toContain('I am the main person who takes care of my mother, who is 80.');
    expect(named).not.toContain('sick, elderly or disabled');
  });

  it('says the age at arrival is of the first time the person came to live here', () => {
    expect(texts({ ...inCourtBaseline, 'history.ageAtEntry': 9 })).toContain('I first came to live in the United States as a child, at the age of 9.');
  });

  it('rehabilitation is never claimed without the person saying they have proof, and never "enclosed"', () => {
    const base = { ...inCourtBaseline, 'criminal.anyArrest': 'yes', 'criminal.dui': 'no', 'criminal.drugs': 'no', 'criminal.violence': 'no',
      'criminal.felonyOrYearSentence': 'no', 'criminal.pendingOrProbation': 'no' } as const;
    expect(texts({ ...base, 'criminal.rehabilitationEvidence': 'no' })).not.toContain('what I have done since');
    const claimed = texts({ ...base, 'criminal.rehabilitationEvidence': 'yes' });
    // The case is named before "since then", as widely as the question asked it (no "my past case" out of nowhere).
    expect(claimed).toContain('I have had a case with the police or a court in the past. I have papers that show what I have done since then.');
    expect(claimed).not.toContain('my past case');
    expect(claimed).not.toMatch(/enclosed/i);
  });

  it('"in my own words" only when there are own words', () => {
    const answers = { ...inCourtBaseline, 'favourable.otherHumanitarian': 'yes' } as const;
    expect(texts(answers)).not.toContain('own words');
    expect(texts(answers, { story: 'My story.' })).toContain('in my own words');
  });

  it('presence is stated as the years it is, and not at all under 5 years', () => {
    expect(texts({ ...inCourtBaseline, 'history.entryDate': '2022-12' })).not.toContain('came to live');
    expect(texts({ ...inCourtBaseline, 'history.entryDate': '2019-05' })).toContain('I came to live in the United States in May 2019, at least 7 years ago.');
  });

  it('names the earlier denied request with its date, and prints what is new as written', () => {
    const t = texts({ ...inCourtBaseline, 'history.priorPdRequest': 'yes', 'history.priorPdResult': 'denied', 'history.priorPdDate': '2024-03' },
      { whatIsNew: 'My son was born in 2025.' });
    expect(t).toContain('I asked ICE for prosecutorial discretion in March 2024, and that request was denied.');
    expect(t).toContain('My son was born in 2025.');
  });
});

describe('dates in sentences', () => {
  it('say "on" a day and "in" a month or a year', () => {
    expect(onPartialDateUsEnglish('2027-04-02')).toBe('on April 2, 2027');
    expect(onPartialDateUsEnglish('2027-04')).toBe('in April 2027');
    expect(onPartialDateUsEnglish('1990')).toBe('in 1990');
  });

  it('in the letter: a birth year and a hearing month read as English', () => {
    const { c } = walk({ ...inCourtBaseline, 'person.dateOfBirth': '1990', 'posture.nextHearingDate': '2027-04' });
    const text = build(c, '2026-11-23').m!.paragraphs.map((p) => p.text).join('\n');
    expect(text).toContain('I was born in Guatemala in 1990.');
    expect(text).toContain('My next master calendar hearing is in April 2027.');
    expect(text).toContain('before my next hearing in April 2027.');
  });
});

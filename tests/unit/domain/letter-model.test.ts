import { describe, expect, it } from 'vitest';
import { inCourtBaseline, walk } from './walk';
import {
  DRAFT_NOTICE,
  assess,
  BLOCKING_GAPS,
  caseDataSchema,
  checklist,
  checklistItems,
  evidenceItems,
  factorEvidence,
  findOplaOffice,
  isBlockingGap,
  letterModel,
  setField,
  type CaseData,
  type CaseDataInput,
  type LetterModel,
} from '../../../src/domain';

const AS_OF = '2026-11-23';

/** A clean in-court case: no red flags, nothing against the person. */
const cleanInput: CaseDataInput = {
  person: {
    fullName: 'José Núñez Peña',
    dateOfBirth: '1985-04-02',
    countryOfBirth: 'Mexico',
    aNumber: 'a 012-345-678',
    address: { street: '1 Main St', city: 'Chicago', state: 'IL', zip: '60601' },
    phone: '(312) 555-0100',
  },
  representation: { kind: 'none' },
  posture: {
    detained: 'no',
    receivedNta: 'yes',
    finalOrder: 'no',
    inProceedings: 'yes',
    courtCity: 'Chicago',
    judge: 'Jane Doe',
    nextHearingDate: '2027-02-03',
    nextHearingType: 'master',
    iceMovedToDismiss: 'no',
  },
  history: {
    entryDate: '2010-05',
    ageAtEntry: 25,
    entryManner: 'without_inspection',
    stoppedAtBorder: 'no',
    canProveTwoYears: 'yes',
    everLpr: 'no',
    priorRemoval: 'no',
    missedHearing: 'no',
    priorPdRequest: 'no',
    applications: {},
    notarioFiled: 'no',
    fraud: 'no',
    falseClaimCitizenship: 'no',
  },
  criminal: { anyArrest: 'no', gangAllegation: 'no', nationalSecurity: 'no' },
  favourable: {
    family: [{ relationship: 'child', status: 'citizen' }],
    primaryCaregiver: 'no',
    familyHardship: 'no',
    seriousIllness: 'no',
    pregnantOrNursing: 'no',
    crimeVictim: 'no',
    lawEnforcementCooperation: 'no',
    militarySelf: 'no',
    militaryFamily: 'no',
    education: 'none',
    work: 'yes',
    taxes: 'yes',
    community: 'no',
    homeCountryDanger: 'no',
    otherHumanitarian: 'no',
  },
  letter: { request: 'continuance', office: { kind: 'listed', id: 'opla-chicago' } },
  checklist: {},
};

function build(c: CaseData) {
  const a = assess(c, { asOf: AS_OF });
  const list = checklist(c, a);
  return { a, list, model: letterModel(c, a, list) };
}

function model(c: CaseData): LetterModel {
  const m = build(c).model;
  if (!m) throw new Error('expected a letter');
  return m;
}

const clean = (): CaseData => caseDataSchema.parse(cleanInput);
const withLetter = (c: CaseData, letter: Partial<CaseData['letter']>): CaseData => ({ ...c, letter: { ...c.letter, ...letter } });
const including = (c: CaseData, included: string[]): CaseData => ({ ...c, checklist: { ...c.checklist, included } });
/** The Re rows as they read on the page (label and value). */
const shown = (rows: LetterModel['re']) => rows.map(({ label, value }) => ({ label, value }));
const factorParagraphs = (m: LetterModel) => m.paragraphs.filter((p) => p.section === 'factors');
/** The factor sentences of the group paragraphs, in letter order. */
const factorSentences = (m: LetterModel) => factorParagraphs(m).flatMap((p) => p.sentences ?? []);

describe('letterModel: when there is a letter at all', () => {
  it('returns null for a detained person', () => {
    const c = caseDataSchema.parse({ ...cleanInput, posture: { detained: 'yes', detentionFacility: 'unknown' } });
    expect(build(c).a.letter).toBe('none');
    expect(build(c).model).toBeNull();
  });

  it('returns null for a person not in proceedings', () => {
    const c = setField(clean(), 'posture.inProceedings', 'no');
    expect(build(c).a.route).not.toBe('opla-request');
    expect(build(c).model).toBeNull();
  });

  it('returns null with a final order (stay route) and when the final order is not known', () => {
    expect(build(setField(clean(), 'posture.finalOrder', 'yes')).model).toBeNull();
    expect(build(setField(clean(), 'posture.finalOrder', 'unknown')).model).toBeNull();
  });

  it("is 'final' for a clean in-court case", () => {
    const { a, model: m } = build(clean());
    expect(a.redFlags).toEqual([]);
    expect(a.unfavourable).toEqual([]);
    expect(m?.kind).toBe('final');
    expect(m?.spanishSummary.some((e) => e.key === 'draft')).toBe(false);
  });

  it("is a 'draft' when a stop red flag exists (DUI)", () => {
    const c = caseDataSchema.parse({ ...cleanInput, criminal: { ...cleanInput.criminal, anyArrest: 'yes', dui: 'yes' } });
    const { a, model: m } = build(c);
    expect(a.redFlags.map((r) => r.id)).toContain('rf_dui');
    expect(a.route).toBe('lawyer-first');
    expect(m?.kind).toBe('draft');
    expect(m?.spanishSummary.filter((e) => e.key === 'draft')).toEqual([{ key: 'draft', params: {} }]);
    expect(DRAFT_NOTICE).toMatch(/DRAFT/);
    expect(DRAFT_NOTICE).toMatch(/LAWYER/);
  });
});

describe('letterModel: the person\'s own words are kept verbatim', () => {
  const story = 'I came here in 2010.\n\nMy daughter 👧🏽 was born in Chicago.\r\n<script>alert("x")</script> & <b>bold</b>\n  indented line  ';
  const requestDetails = 'Please close my case — “gracias”.\nSecond line.';
  const concerns = 'I was stopped once in 2015 ¿por qué?\n\tNo charges were filed.';

  it('keeps story, request details and concerns exactly as typed, marked verbatim', () => {
    const c = withLetter(clean(), { story, requestDetails, concernsExplanation: concerns });
    const m = model(c);
    const verbatim = m.paragraphs.filter((p) => p.verbatim);
    expect(verbatim.map((p) => [p.section, p.text])).toEqual([
      ['request', requestDetails],
      ['story', story],
      ['concerns', concerns],
    ]);
    // Nothing generated is marked verbatim.
    for (const p of m.paragraphs.filter((x) => !x.verbatim)) {
      expect([story, requestDetails, concerns]).not.toContain(p.text);
    }
  });

  it('orders the sections opening, request, background, factors, story, concerns, closing', () => {
    const m = model(withLetter(clean(), { story, requestDetails, concernsExplanation: concerns }));
    const order = ['opening', 'request', 'background', 'prior', 'factors', 'story', 'concerns', 'closing'];
    const sections = m.paragraphs.map((p) => p.section);
    expect(sections[0]).toBe('opening');
    expect(sections[sections.length - 1]).toBe('closing');
    expect([...sections].sort((x, y) => order.indexOf(x) - order.indexOf(y))).toEqual(sections);
  });

  it('keeps names with accents and diacritics exactly (José Núñez Peña, Nguyễn Thị Ánh)', () => {
    for (const fullName of ['José Núñez Peña', 'Nguyễn Thị Ánh', 'Nguye\u0302\u0303n Thi\u0323 A\u0301nh']) {
      const m = model(setField(clean(), 'person.fullName', fullName));
      expect(m.re[0]).toEqual({ kind: 'respondent', label: 'Respondent', value: fullName, field: 'person.fullName' });
      expect(m.sender[0]?.text).toBe(fullName);
      expect(m.signature).toContain(fullName);
      expect(m.gaps).not.toContain('full-name');
    }
  });

  it('leaves out blank texts and does not report them as verbatim paragraphs', () => {
    const m = model(withLetter(clean(), { story: '   \n\t', requestDetails: '', concernsExplanation: ' ' }));
    expect(m.paragraphs.filter((p) => p.verbatim)).toEqual([]);
    expect(m.spanishSummary.some((e) => e.key === 'story' || e.key === 'concerns')).toBe(false);
  });

  it('tabs the story with the personal declaration when it is enclosed', () => {
    const m = model(including(withLetter(clean(), { story }), ['personal-declaration']));
    expect(m.paragraphs.find((p) => p.section === 'story')?.tabs).toEqual(['A']);
    expect(m.paragraphs.find((p) => p.section === 'story')?.text).toBe(story);
  });
});

describe('letterModel: exhibits', () => {
  it('tabs only included exhibit items on the checklist, in checklist order', () => {
    // Given out of order, with a non-exhibit id and an id the checklist does not list.
    const c = including(clean(), ['tax-records', 'hearing-notice', 'military-records', 'residence-proof', 'photo-id', 'no-such-item']);
    const { list, model: m } = build(c);
    const listed = checklistItems(list);
    expect(listed.find((i) => i.id === 'hearing-notice')).toMatchObject({ exhibit: false, included: false });
    expect(listed.some((i) => i.id === 'military-records')).toBe(false);
    expect(m?.exhibits).toEqual([
      { tab: 'A', itemId: 'photo-id', description: evidenceItems.find((i) => i.id === 'photo-id')!.letterDescription },
      { tab: 'B', itemId: 'residence-proof', description: evidenceItems.find((i) => i.id === 'residence-proof')!.letterDescription },
      { tab: 'C', itemId: 'tax-records', description: evidenceItems.find((i) => i.id === 'tax-records')!.letterDescription },
    ]);
    expect(m?.enclosures).toEqual(['Exhibit index', 'Exhibits, Tabs A–C']);
  });

  it('does not ask for tax returns from someone who said they have not filed any', () => {
    const filed = checklistItems(build(clean()).list);
    expect(filed.find((i) => i.id === 'tax-records')?.reasons).toEqual(expect.arrayContaining(['long_presence']));
    const notFiled = { ...clean(), favourable: { ...clean().favourable, taxes: 'no' as const } };
    const listed = checklistItems(build(notFiled).list);
    expect(listed.some((i) => i.id === 'tax-records')).toBe(false);
    // Years here are still proved by other papers.
    expect(listed.some((i) => i.id === 'residence-proof')).toBe(true);
  });

  it('has no exhibits and no enclosures when nothing is included', () => {
    const m = model(clean());
    expect(m.exhibits).toEqual([]);
    expect(m.enclosures).toEqual([]);
    expect(factorParagraphs(m).every((p) => p.tabs.length === 0 && !p.text.includes('See Tab'))).toBe(true);
  });

  it('writes "Tab A" for a single exhibit', () => {
    expect(model(including(clean(), ['photo-id'])).enclosures).toEqual(['Exhibit index', 'Exhibits, Tab A']);
  });

  it('cites in each factor paragraph only the tabs of its own included evidence', () => {
    const m = model(including(clean(), ['photo-id', 'residence-proof', 'tax-records', 'employment-records']));
    // A photo-id, B residence-proof, C employment-records, D tax-records (catalogue order).
    expect(m.exhibits.map((e) => `${e.tab}:${e.itemId}`)).toEqual(['A:photo-id', 'B:residence-proof', 'C:employment-records', 'D:tax-records']);
    const byFactor = Object.fromEntries(factorSentences(m).map((x) => [x.factorId, x]));
    expect(byFactor.long_presence?.tabs).toEqual(['B', 'D']);
    expect(byFactor.usc_lpr_family?.tabs).toEqual([]);
    expect(byFactor.employment_history?.tabs).toEqual(['C']);
    expect(byFactor.tax_compliance?.tabs).toEqual(['D']);
    expect(byFactor.no_criminal_record?.tabs).toEqual([]);
    // Grouped: each paragraph cites the tabs of its factors once, at its end.
    expect(factorParagraphs(m).map((p) => [p.kind, p.text])).toEqual([
      ['group:presence', 'I came to live in the United States in May 2010, at least 16 years ago. See Tabs B and D.'],
      ['group:family', 'My close family in the United States includes my child, who is a U.S. citizen.'],
      ['group:work', 'I have worked steadily in the United States. I have filed U.S. tax returns. See Tabs C and D.'],
      ['group:record', expect.not.stringContaining('See Tab')],
    ]);
  });

  it('rolls over from Z to AA after 26 exhibits', () => {
    // Every exhibit item in the catalogue, made reachable at once. (anyArrest 'no' with dui 'yes'
    // is inconsistent, but schema-valid, and is the only way to list both background checks and
    // rehabilitation proof.)
    const everything = caseDataSchema.parse({
      ...cleanInput,
      history: {
        ...cleanInput.history,
        ageAtEntry: 10,
        everLpr: 'yes',
        // Missed-hearing proof comes through the in-absentia answer, so that "never missed a
        // check-in" (release records) can hold at the same time.
        missedHearing: 'no',
        priorPdRequest: 'yes',
        priorPdResult: 'denied',
        applications: { asylum: 'pending' },
      },
      posture: { ...cleanInput.posture, inAbsentia: 'yes', supervision: 'yes' },
      criminal: { anyArrest: 'no', dui: 'yes', pendingOrProbation: 'yes' },
      favourable: {
        family: [{ relationship: 'spouse', status: 'permanent_resident' }, { relationship: 'child', status: 'citizen' }],
        primaryCaregiver: 'yes',
        familyHardship: 'yes',
        seriousIllness: 'yes',
        pregnantOrNursing: 'yes',
        crimeVictim: 'yes',
        lawEnforcementCooperation: 'yes',
        militarySelf: 'yes',
        education: 'college',
        work: 'yes',
        taxes: 'yes',
        community: 'yes',
        homeCountryDanger: 'yes',
        otherHumanitarian: 'yes',
      },
      checklist: { included: evidenceItems.map((i) => i.id) },
    });
    const { list, model: m } = build(everything);
    const exhibitIds = evidenceItems.filter((i) => i.exhibit).map((i) => i.id);
    const onList = checklistItems(list).filter((i) => i.exhibit).map((i) => i.id);
    expect(onList).toEqual(exhibitIds);
    expect(exhibitIds.length).toBeGreaterThanOrEqual(27);

    const tabs = m!.exhibits.map((e) => e.tab);
    expect(tabs).toHaveLength(exhibitIds.length);
    expect(tabs.slice(0, 26)).toEqual('ABCDEFGHIJKLMNOPQRSTUVWXYZ'.split(''));
    expect(tabs[26]).toBe('AA');
    if (tabs.length > 27) expect(tabs[27]).toBe('AB');
    expect(m!.exhibits[26]!.itemId).toBe(exhibitIds[26]);
    expect(m!.enclosures).toEqual(['Exhibit index', `Exhibits, Tabs A–${tabs[tabs.length - 1]!}`]);
    // The last exhibits (answers to concerns, past Z) are cited by the concerns paragraph once explained.
    const explained = model(withLetter(everything, { concernsExplanation: 'My explanation.' }));
    const concernTabs = explained.paragraphs.find((p) => p.section === 'concerns')!.tabs;
    expect(concernTabs.filter((t) => t.length === 2)).not.toEqual([]);
    expect(new Set(concernTabs).size).toBe(concernTabs.length);
  });

  it('every factor paragraph cites exactly the tabs of its included evidence', () => {
    const c = including(
      caseDataSchema.parse({
        ...cleanInput,
        favourable: { ...cleanInput.favourable, community: 'yes', militaryFamily: 'yes', education: 'in_school' },
      }),
      ['support-letter-community', 'education-records', 'residence-proof'],
    );
    const { a, model: m } = build(c);
    const tabOf = new Map(m!.exhibits.map((e) => [e.itemId, e.tab]));
    for (const x of factorSentences(m!)) {
      const f = a.favourable.find((y) => y.id === x.factorId)!;
      const expected = factorEvidence(f.id, f.evidence).map((id) => tabOf.get(id)).filter((t) => t !== undefined);
      expect(x.tabs, x.factorId).toEqual(expected);
    }
    for (const p of factorParagraphs(m!)) {
      const expected = [...new Set((p.sentences ?? []).flatMap((x) => x.tabs))].sort();
      expect(p.tabs, p.kind).toEqual(expected);
      expect(p.text.includes('See Tab'), p.kind).toBe(expected.length > 0);
    }
  });
});

describe('letterModel: RE block, addressee and request', () => {
  it('has the full name, formatted A-number, court, judge, next hearing and custody', () => {
    const m = model(clean());
    expect(shown(m.re)).toEqual([
      { label: 'Respondent', value: 'José Núñez Peña' },
      { label: 'A-Number', value: 'A-012-345-678' },
      { label: 'Immigration Court', value: 'Chicago' },
      { label: 'Immigration Judge', value: 'Jane Doe' },
      { label: 'Next hearing', value: 'February 3, 2027 (master calendar hearing)' },
      { label: 'Custody status', value: 'Not detained' },
    ]);
    expect(m.date).toBe('November 23, 2026');
    expect(m.signature).toContain('A-012-345-678');
    expect(m.gaps).toEqual([]);
    // Each row says what it is and which answer it came from (the PDF names that answer).
    expect(m.re.map((r) => [r.kind, r.field])).toEqual([['respondent', 'person.fullName'], ['a-number', 'person.aNumber'],
      ['court', 'posture.courtCity'], ['judge', 'posture.judge'], ['hearing', null], ['custody', null]]);
  });

  it('omits the judge when unknown or not given, pads an 8-digit A-number and lists other names', () => {
    let c = setField(clean(), 'posture.judge', 'unknown');
    c = setField(c, 'person.aNumber', '12345678');
    c = setField(c, 'person.otherNames', ['Jose Nunez', 'Pepe']);
    const m = model(c);
    expect(m.re.map((r) => r.label)).not.toContain('Immigration Judge');
    expect(shown(m.re)).toContainEqual({ label: 'A-Number', value: 'A-012-345-678' });
    expect(shown(m.re)).toContainEqual({ label: 'Also known as', value: 'Jose Nunez; Pepe' });
    expect(model(setField(clean(), 'posture.judge', undefined)).re.map((r) => r.label)).not.toContain('Immigration Judge');
  });

  it('reports gaps for a missing name, A-number and address, which block the download', () => {
    let c = setField(clean(), 'person.fullName', undefined);
    c = setField(c, 'person.aNumber', undefined);
    c = setField(c, 'person.address', undefined);
    const m = model(c);
    expect(m.gaps).toEqual(expect.arrayContaining(['full-name', 'a-number', 'address']));
    expect(m.gaps.filter(isBlockingGap)).toEqual(['full-name', 'a-number', 'address']);
  });

  it('says "Not known" for an A-number the person does not know: advice, not a block', () => {
    const m = model(setField(clean(), 'person.aNumber', 'unknown'));
    expect(shown(m.re)).toContainEqual({ label: 'A-Number', value: 'Not known' });
    expect(m.signature.some((l) => /^A-\d/.test(l))).toBe(false);
    expect(m.gaps).toEqual(['a-number-unknown']);
    expect(m.gaps.filter(isBlockingGap)).toEqual([]);
  });

  it('describes an individual hearing and a hearing of unknown type', () => {
    expect(shown(model(setField(clean(), 'posture.nextHearingType', 'individual')).re)).toContainEqual({
      label: 'Next hearing',
      value: 'February 3, 2027 (individual (merits) hearing)',
    });
    expect(shown(model(setField(clean(), 'posture.nextHearingType', 'unknown')).re)).toContainEqual({ label: 'Next hearing', value: 'February 3, 2027 (hearing)' });
    expect(model(setField(clean(), 'posture.nextHearingDate', 'unknown')).re.map((r) => r.label)).not.toContain('Next hearing');
  });

  it('uses the chosen request when it is available', () => {
    const m = model(clean());
    expect(m.request).toBe('continuance');
    expect(m.title).toBe('Request for Prosecutorial Discretion (Continuance)');
    expect(m.paragraphs.find((p) => p.section === 'request' && !p.verbatim)?.text).toMatch(/continuance/);
    expect(m.gaps).not.toContain('request');
    expect(m.spanishSummary).toContainEqual({ key: 'request', params: { option: 'continuance' } });
  });

  it('uses the recommended request when none is chosen: it is shown as selected, so it counts as chosen', () => {
    const m = model(withLetter(clean(), { request: undefined }));
    expect(m.request).toBe('administrative_closure');
    expect(m.title).toBe('Request for Prosecutorial Discretion (Administrative Closure)');
    expect(m.gaps).not.toContain('request');
  });

  it('has a request gap only when there is no option to ask for', () => {
    const c = withLetter(clean(), { request: undefined });
    const a = assess(c, { asOf: AS_OF });
    const none = { ...a, requestOptions: a.requestOptions.map((o) => ({ ...o, available: false })) };
    const m = letterModel(c, none, checklist(c, none))!;
    expect(m.request).toBeNull();
    expect(m.gaps).toContain('request');
    expect(isBlockingGap('request')).toBe(true);
    // Options on offer but none recommended (all need a lawyer first) and none chosen: also a gap.
    const noSafe = { ...a, requestOptions: a.requestOptions.map((o) => ({ ...o, recommended: false })) };
    expect(letterModel(c, noSafe, checklist(c, noSafe))!.gaps).toContain('request');
  });

  it('falls back when a joint motion is chosen without a pending or approved application', () => {
    const m = model(withLetter(clean(), { request: 'joint_motion_uscis' }));
    expect(m.request).toBe('administrative_closure');
    expect(m.gaps).not.toContain('request');
    expect(m.paragraphs.some((p) => p.text.includes('U.S. Citizenship and Immigration Services'))).toBe(false);
  });

  it('uses a joint motion when there is a pending application', () => {
    const c = withLetter(setField(clean(), 'history.applications', { u_visa: 'pending' }), { request: 'joint_motion_uscis' });
    const m = model(c);
    expect(m.request).toBe('joint_motion_uscis');
    expect(m.gaps).not.toContain('request');
    expect(factorSentences(m).find((x) => x.factorId === 'relief_eligible')?.text).toBe('My U visa petition (Form I-918) is pending.');
    expect(factorParagraphs(m).at(-1)?.kind).toBe('group:why-now');
  });

  it('prints a typed office line by line, trimmed, without blank lines', () => {
    const m = model(withLetter(clean(), { office: { kind: 'typed', text: 'Office of the Chief Counsel\r\n  123 Example St, Suite 4  \n\nSomewhere, ST 00000' } }));
    expect(m.addressee).toEqual({
      lines: ['Chief Counsel', 'Office of the Chief Counsel', '123 Example St, Suite 4', 'Somewhere, ST 00000'],
      officeId: null,
      typed: true,
      suggested: false,
      lastVerified: null,
    });
    expect(m.gaps).not.toContain('office');
  });

  it('resolves a listed office id to its address', () => {
    const chicago = findOplaOffice('opla-chicago')!;
    const m = model(clean());
    expect(m.addressee.officeId).toBe('opla-chicago');
    expect(m.addressee.typed).toBe(false);
    expect(m.addressee.suggested).toBe(false);
    expect(m.addressee.lastVerified).toBe(chicago.lastVerified);
    expect(m.addressee.lines).toEqual([
      'Chief Counsel',
      chicago.name,
      'U.S. Immigration and Customs Enforcement',
      ...(chicago.mailingAddressLines ?? chicago.addressLines),
    ]);
    expect(m.addressee.lines).toContain('55 E. Monroe St, Suite 1400');
    expect(m.gaps).not.toContain('office');
    expect(m.spanishSummary[0]).toEqual({ key: 'addressee', params: { office: m.addressee.lines.slice(1).join(', ') } });
  });

  it('pre-selects the one office the court city matches when none is chosen (or the chosen one is gone)', () => {
    const chicago = findOplaOffice('opla-chicago')!;
    for (const office of [{ kind: 'listed', id: 'opla-nowhere' } as const, undefined]) {
      const m = model(withLetter(clean(), { office }));
      expect(m.gaps).not.toContain('office');
      expect(m.addressee).toMatchObject({ officeId: 'opla-chicago', typed: false, suggested: true, lastVerified: chicago.lastVerified });
      expect(m.addressee.lines).toContain('55 E. Monroe St, Suite 1400');
    }
    // A choice of the person's own always wins over the suggestion.
    const chosen = model(withLetter(clean(), { office: { kind: 'listed', id: 'opla-new-york' } }));
    expect(chosen.addressee).toMatchObject({ officeId: 'opla-new-york', suggested: false });
  });

  it('reports a blocking gap, with a generic addressee, when no office is chosen and the court city picks none', () => {
    // Not known; several offices (New York); no court there.
    for (const city of ['unknown', 'New York', 'Springfield']) {
      for (const office of [{ kind: 'listed', id: 'opla-nowhere' } as const, undefined]) {
        const m = model(withLetter(setField(clean(), 'posture.courtCity', city), { office }));
        expect(m.gaps, city).toContain('office');
        expect(isBlockingGap('office')).toBe(true);
        expect(m.addressee).toEqual({
          lines: ['Chief Counsel', 'Office of the Chief Counsel', 'U.S. Immigration and Customs Enforcement'],
          officeId: null,
          typed: false,
          suggested: false,
          lastVerified: null,
        });
      }
    }
  });
});

describe('letterModel: concerns', () => {
  // Stopped at the border once: it counts against the person without any red flag, so the letter stays final.
  const borderCase = () => setField(clean(), 'history.stoppedAtBorder', 'yes');

  it('reports concerns-not-explained when something counts against the person and nothing is written', () => {
    const { a, model: m } = build(borderCase());
    expect(a.unfavourable.map((f) => f.id)).toEqual(['border_apprehension']);
    expect(a.redFlags).toEqual([]);
    expect(m?.kind).toBe('final');
    expect(m?.gaps).toContain('concerns-not-explained');
    expect(m?.paragraphs.some((p) => p.section === 'concerns')).toBe(false);
  });

  it('does not ask a visa entrant to explain having come in with a visa (information only)', () => {
    const { a, model: m } = build(setField(clean(), 'history.entryManner', 'visa_or_inspected'));
    expect(a.unfavourable.map((f) => f.id)).toEqual(['integrity_of_system']);
    expect(m?.gaps).not.toContain('concerns-not-explained');
  });

  it('asks the person to describe "other serious reasons" in their story', () => {
    const other = setField(clean(), 'favourable.otherHumanitarian', 'yes');
    expect(model(other).gaps).toContain('humanitarian-not-described');
    expect(model(withLetter(other, { story: 'My mother died in May.' })).gaps).not.toContain('humanitarian-not-described');
  });

  it('reports it for a red flag alone, too', () => {
    const c = caseDataSchema.parse({ ...cleanInput, history: { ...cleanInput.history, notarioFiled: 'unknown' } });
    const { a, model: m } = build(c);
    expect(a.redFlags.map((r) => r.id)).toEqual(['rf_notario']);
    expect(m?.kind).toBe('draft');
    expect(m?.gaps).toContain('concerns-not-explained');
  });

  it('clears the gap once the person explains, and tabs the answers to the concerns', () => {
    const c = caseDataSchema.parse({
      ...cleanInput,
      history: { ...cleanInput.history, missedHearing: 'yes' },
      letter: { ...cleanInput.letter, concernsExplanation: 'I was in hospital. 🏥' },
      checklist: { included: ['missed-hearing-reasons', 'photo-id'] },
    });
    const m = model(c);
    expect(m.gaps).not.toContain('concerns-not-explained');
    expect(m.unexplainedConcerns).toEqual([]);
    expect(m.paragraphs.filter((p) => p.section === 'concerns')).toEqual([
      { kind: 'concerns', section: 'concerns', text: 'I was in hospital. 🏥', verbatim: true, tabs: ['B'], field: 'letter.concernsExplanation' },
      { kind: 'concern-exhibits', section: 'concerns', text: 'See Tab B.', verbatim: false, tabs: ['B'] },
    ]);
  });

  it('asks about an earlier denied request once: in "what is new", not again as a concern', () => {
    const c = caseDataSchema.parse({ ...cleanInput, history: { ...cleanInput.history, priorPdRequest: 'yes', priorPdResult: 'denied' } });
    const m = model(c);
    expect(m.gaps).toContain('what-is-new');
    expect(m.gaps).not.toContain('concerns-not-explained');
    const written = model(withLetter(c, { whatIsNew: 'My son was born.' }));
    expect(written.gaps).not.toContain('what-is-new');
    expect(written.paragraphs.filter((p) => p.section === 'prior').map((p) => p.kind)).toEqual(['prior-request', 'what-is-new']);
    expect(written.spanishSummary.map((e) => e.key)).toEqual(expect.arrayContaining(['prior', 'whatIsNew']));
  });

  it('has no concerns gap for a clean case', () => {
    expect(model(clean()).gaps).not.toContain('concerns-not-explained');
  });
});

describe('letterModel: one explanation for each concern', () => {
  // Three concerns, in this order: a missed hearing (red flag), a notario (red flag), stopped at the border (factor).
  const three = () => caseDataSchema.parse({
    ...cleanInput,
    history: { ...cleanInput.history, missedHearing: 'yes', notarioFiled: 'yes', stoppedAtBorder: 'yes' },
    checklist: { included: ['photo-id', 'missed-hearing-reasons'] },
  });
  const leads = (m: LetterModel) => m.unexplainedConcerns.map((l) => l.id);
  const concernsPart = (m: LetterModel) => m.paragraphs.filter((p) => p.section === 'concerns').map((p) => [p.kind, p.text, p.tabs]);

  it('lists every concern without an explanation, in concern order, and blocks the download', () => {
    const m = model(three());
    expect(leads(m)).toEqual(['rf_missed_hearing', 'rf_notario', 'border_apprehension']);
    expect(m.gaps).toContain('concerns-not-explained');
    expect(m.gaps.filter(isBlockingGap)).toEqual(['concerns-not-explained']);
    expect(concernsPart(m)).toEqual([]);
  });

  it('prints each explanation verbatim, in concern order, each citing only its own papers', () => {
    const missed = 'I was in hospital on that day.\n  I have the papers. 🏥';
    const border = 'I was 19 and afraid.';
    // Saved in another order than the concerns': the letter follows the concerns.
    const m = model(withLetter(three(), { concernExplanations: { border_apprehension: border, rf_missed_hearing: missed } }));
    expect(concernsPart(m)).toEqual([
      ['concerns', missed, ['B']],
      ['concern-exhibits', 'See Tab B.', ['B']],
      // Nothing enclosed about the border: no citation.
      ['concerns', border, []],
    ]);
    expect(m.paragraphs.filter((p) => p.kind === 'concerns').map((p) => [p.verbatim, p.field]))
      .toEqual([[true, 'letter.concernExplanations.rf_missed_hearing'], [true, 'letter.concernExplanations.border_apprehension']]);
    expect(leads(m)).toEqual(['rf_notario']);
    expect(m.gaps).toContain('concerns-not-explained');
    expect(m.spanishSummary.map((e) => e.key)).toContain('concerns');

    const all = model(withLetter(three(), { concernExplanations: { border_apprehension: border, rf_missed_hearing: missed, rf_notario: 'He took my money.' } }));
    expect(leads(all)).toEqual([]);
    expect(all.gaps).not.toContain('concerns-not-explained');
    expect(all.paragraphs.filter((p) => p.kind === 'concerns').map((p) => p.text)).toEqual([missed, 'He took my money.', border]);
  });

  it('says, without stopping the download, when an explanation does not seem to be in English (reference.md §11.4)', () => {
    const spanish = 'En 2019 la policía me paró por manejar sin licencia. El caso fue desestimado y no tengo otros problemas con la ley.';
    const m = model(withLetter(three(), { concernExplanations: { border_apprehension: spanish, rf_missed_hearing: 'I was in hospital on that day.' } }));
    expect(m.gaps).toContain('not-in-english');
    expect(isBlockingGap('not-in-english')).toBe(false);
    expect(m.notInEnglish).toEqual(['letter.concernExplanations.border_apprehension']);
    // Printed as typed all the same: the letter states only what the person wrote.
    expect(m.paragraphs.some((p) => p.text === spanish)).toBe(true);

    const english = model(withLetter(three(), { concernExplanations: { border_apprehension: 'I was 19 and afraid. I did not know the rules, and I have followed them since.' } }));
    expect(english.gaps).not.toContain('not-in-english');
    expect(english.notInEnglish).toEqual([]);
  });

  it('ignores blank boxes and boxes of concerns the answers no longer show', () => {
    const m = model(withLetter(three(), { concernExplanations: { rf_notario: '  \n ', rf_dui: 'An old answer.' } }));
    expect(leads(m)).toEqual(['rf_missed_hearing', 'rf_notario', 'border_apprehension']);
    expect(m.paragraphs.some((p) => p.text === 'An old answer.')).toBe(false);
  });

  it('counts the earlier app\'s one box for every concern, printed last with the papers of the concerns it covers', () => {
    const m = model(withLetter(three(), { concernsExplanation: 'All of it, as I wrote before.', concernExplanations: { rf_notario: 'He took my money.' } }));
    expect(leads(m)).toEqual([]);
    expect(m.gaps).not.toContain('concerns-not-explained');
    expect(concernsPart(m)).toEqual([
      ['concerns', 'He took my money.', []],
      ['concerns', 'All of it, as I wrote before.', ['B']],
      ['concern-exhibits', 'See Tab B.', ['B']],
    ]);
  });

  it('cites several tabs in exhibit order', () => {
    const c = withLetter(caseDataSchema.parse({
      ...cleanInput,
      history: { ...cleanInput.history, notarioFiled: 'yes' },
      criminal: { ...cleanInput.criminal, anyArrest: 'yes', dui: 'yes', drugs: 'no', violence: 'no', felonyOrYearSentence: 'no',
        pendingOrProbation: 'no', rehabilitationEvidence: 'yes', records: [{ kind: 'dui', date: '2018-07', outcome: 'convicted' }] },
    }), {});
    const { a, list } = build(c);
    const items = checklistItems(list).filter((i) => i.exhibit).map((i) => i.id);
    const included = { ...c, checklist: { included: items } };
    const m = model(withLetter(included, { concernExplanations: Object.fromEntries(a.concerns.map((x) => [x.lead.id, `About ${x.lead.id}.`])) }));
    for (const p of m.paragraphs.filter((x) => x.kind === 'concern-exhibits')) {
      expect([...p.tabs].sort()).toEqual(p.tabs);
      expect(p.text).toBe(p.tabs.length === 1 ? `See Tab ${p.tabs[0]!}.` : `See Tabs ${p.tabs.slice(0, -1).join(', ')} and ${p.tabs.at(-1)!}.`);
    }
    expect(m.paragraphs.some((x) => x.kind === 'concern-exhibits' && x.tabs.length > 1)).toBe(true);
  });
});

describe('letterModel: which gaps block the download', () => {
  it('blocks on the parts the letter cannot do without, not on advice', () => {
    expect(BLOCKING_GAPS).toEqual(['full-name', 'a-number', 'address', 'office', 'request', 'concerns-not-explained', 'what-is-new',
      'humanitarian-not-described', 'paragraph-needs-review', 'story-language']);
    expect(isBlockingGap('hearing-date-past')).toBe(false);
    expect(isBlockingGap('a-number-unknown')).toBe(false);
  });

  it('has nothing blocking for a complete clean case', () => {
    expect(model(clean()).gaps.filter(isBlockingGap)).toEqual([]);
  });
});


describe('letterModel: the Spanish summary', () => {
  it('has one factor entry per factor paragraph, in order, with its tabs', () => {
    const c = including(withLetter(clean(), { story: 'Mi historia.' }), ['residence-proof', 'tax-records']);
    const m = model(c);
    const factors = factorSentences(m);
    expect(factors.length).toBeGreaterThan(0);
    expect(m.spanishSummary.filter((e) => e.key === 'factor')).toEqual(
      factors.map((x) => ({ key: 'factor', params: { factor: x.factorId, tabs: x.tabs.join(', ') } })),
    );
    expect(m.spanishSummary.map((e) => e.key)).toEqual(['addressee', 'request', 'background', ...factors.map(() => 'factor'), 'story', 'closing', 'exhibits']);
    expect(m.spanishSummary).toContainEqual({ key: 'exhibits', params: { count: 2 } });
    expect(m.spanishSummary).toContainEqual({ key: 'background', params: { court: 'Chicago', hearing: '2027-02-03' } });
  });

  it("ends with a 'draft' entry for a draft", () => {
    const c = caseDataSchema.parse({ ...cleanInput, criminal: { ...cleanInput.criminal, anyArrest: 'yes', dui: 'yes' } });
    const m = model(c);
    expect(m.spanishSummary[m.spanishSummary.length - 1]).toEqual({ key: 'draft', params: {} });
    expect(m.spanishSummary.filter((e) => e.key === 'factor')).toHaveLength(factorSentences(m).length);
  });
});

describe('letterModel: generated text', () => {
  it('says the person represents themself, or names the representative', () => {
    expect(model(clean()).paragraphs[0]!.text).toContain('I am representing myself.');
    const rep = caseDataSchema.parse({ ...cleanInput, representation: { kind: 'attorney', name: 'Ana Ruiz, Esq.' } });
    expect(model(rep).paragraphs[0]!.text).toContain('My representative is Ana Ruiz, Esq.');
    expect(model(rep).signature[model(rep).signature.length - 1]).toBe('Respondent');
  });

  it('writes the background from the court, hearing and birth details', () => {
    expect(model(clean()).paragraphs.find((p) => p.section === 'background')?.text).toBe(
      'My case is before the Immigration Court in Chicago. My next master calendar hearing is on February 3, 2027. I was born in Mexico on April 2, 1985.',
    );
  });

  it('puts phone and email in the closing and the sender block', () => {
    const m = model(setField(clean(), 'person.email', 'jose@example.org'));
    expect(m.paragraphs[m.paragraphs.length - 1]!.text).toContain('please contact me at (312) 555-0100 and jose@example.org.');
    expect(m.sender.map((l) => l.text)).toEqual(['José Núñez Peña', '1 Main St', 'Chicago, IL 60601', '(312) 555-0100', 'jose@example.org']);
    expect(m.sender.map((l) => l.field)).toEqual(['person.fullName', 'person.address', 'person.address', 'person.phone', 'person.email']);
  });
});

describe('letterModel: a lawyer-first ask', () => {
  it('makes the letter a draft when the chosen request needs a lawyer first (dismissal for people at risk)', () => {
    const { c } = walk({ ...inCourtBaseline, 'history.entryManner': 'without_inspection', 'history.canProveTwoYears': 'yes' });
    // Force the at-risk state the UI could reach before "can you prove two years" is answered.
    const atRisk = { ...c, history: { ...c.history, canProveTwoYears: undefined }, letter: { request: 'dismissal' as const } };
    const a = assess(atRisk, { asOf: '2026-11-23' });
    expect(a.requestOptions.find((o) => o.id === 'dismissal')?.lawyerFirst).toBe(true);
    const m = letterModel(atRisk, a, checklist(atRisk, a));
    expect(m?.request).toBe('dismissal');
    expect(m?.kind).toBe('draft');
    expect(m?.spanishSummary.map((e) => e.key)).toContain('draft');
  });
});

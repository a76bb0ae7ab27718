import { describe, expect, it } from 'vitest';
import {
  FIRST_STEP_ID,
  answeredStepsBySection,
  askedFields,
  canOpenStep,
  caseDataSchema,
  emptyCase,
  findStep,
  firstUnansweredStep,
  isFlowComplete,
  isStepAnswered,
  nextStepId,
  previousStepId,
  prune,
  reachableSteps,
  sectionProgress,
  setField,
  steps,
  taskList,
  type CaseData,
  type CaseDataInput,
} from '../../../src/domain';

/** The date the questions are for: fixed, so a hearing date never passes under a test. */
const ctx = { asOf: '2026-11-23' };

/** A person in court who has answered every question on their path. */
const inCourtInput: CaseDataInput = {
  person: {
    fullName: 'José Núñez Peña',
    dateOfBirth: '1985-04-02',
    countryOfBirth: 'Mexico',
    aNumber: 'A012345678',
    address: { street: '1 Main St', city: 'Chicago', state: 'IL', zip: '60601' },
  },
  representation: { kind: 'none' },
  posture: {
    detained: 'no',
    receivedNta: 'yes',
    finalOrder: 'no',
    inProceedings: 'yes',
    courtStatus: 'active',
    courtCity: 'Chicago',
    nextHearingDate: '2027-02-03',
    nextHearingType: 'master',
    iceMovedToDismiss: 'no',
    supervision: 'no',
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
    competencyConcern: 'no',
    pregnantOrNursing: 'no',
    partnerPregnantOrNursing: 'no',
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
  letter: { story: 'My story.', request: 'continuance' },
  checklist: { gathered: ['photo-id'], included: ['photo-id'] },
};

const inCourt = (): CaseData => caseDataSchema.parse(inCourtInput);
const ids = (c: CaseData) => reachableSteps(c, ctx).map((s) => s.id);

const IN_COURT_PATH = [
  'detained', 'notice-to-appear', 'final-order', 'in-proceedings',
  'court-status', 'court-details', 'ice-supervision', 'representation',
  'entry-date', 'entry-manner', 'presence', 'prior-removal', 'applications',
  'criminal-any', 'serious-matters',
  'family', 'health', 'military', 'school-and-work', 'humanitarian',
  'personal-details', 'contact',
];

describe('the letter route (in court, no arrests): questions share pages (issue 16)', () => {
  it('takes 22 question pages, 36 before related questions shared a page (−39 %)', () => {
    expect(IN_COURT_PATH).toHaveLength(22);
    expect(IN_COURT_PATH.length).toBeLessThanOrEqual(Math.floor(36 * 0.7));
  });

  it('still asks every question it asked before', () => {
    const asked = reachableSteps(inCourt(), ctx).flatMap((s) => s.fields.map((f) => f.path));
    expect(asked).toEqual(expect.arrayContaining([
      'history.stoppedAtBorder', 'history.everLpr', 'history.notarioFiled', 'criminal.gangAllegation', 'history.fraud',
      'history.falseClaimCitizenship', 'criminal.nationalSecurity', 'favourable.primaryCaregiver', 'favourable.familyHardship',
      'favourable.pregnantOrNursing', 'favourable.partnerPregnantOrNursing', 'favourable.crimeVictim',
      'favourable.lawEnforcementCooperation', 'favourable.education', 'favourable.work', 'favourable.taxes',
      'favourable.community', 'person.aNumber', 'posture.iceMovedToDismiss', 'history.missedHearing',
    ]));
    expect(new Set(asked).size).toBe(asked.length);
  });

  it('puts at most four questions on a page, five only for the person\'s own details', () => {
    // A question shown under an answer (a reveal) is part of that answer, not one more question.
    const main = (s: (typeof steps)[number]) => s.fields.filter((f) => !f.reveal).length;
    for (const step of steps) expect(main(step), step.id).toBeLessThanOrEqual(5);
    const many = steps.filter((s) => main(s) === 5).map((s) => s.id);
    // The person's details: name, other names (optional), birth date and country, A-number.
    expect(many).toEqual(['personal-details']);
  });
});

describe('setField', () => {
  it('returns a new case and leaves the input unchanged', () => {
    const c = emptyCase();
    const before = JSON.parse(JSON.stringify(c)) as unknown;
    const next = setField(c, 'posture.detained', 'yes');
    expect(next).not.toBe(c);
    expect(next.posture).not.toBe(c.posture);
    expect(next.posture.detained).toBe('yes');
    expect(c.posture.detained).toBeUndefined();
    expect(c).toEqual(before);
  });

  it('keeps the other parts as they were', () => {
    const c = inCourt();
    const next = setField(c, 'history.priorRemoval', 'yes');
    expect(next.person).toBe(c.person);
    expect(next.posture).toBe(c.posture);
    expect(next.history).toEqual({ ...c.history, priorRemoval: 'yes' });
    expect(c.history.priorRemoval).toBe('no');
  });

  it('clears a field with undefined by removing the key', () => {
    const c = inCourt();
    const next = setField(c, 'posture.courtCity', undefined);
    expect('courtCity' in next.posture).toBe(false);
    expect(c.posture.courtCity).toBe('Chicago');
    expect(caseDataSchema.safeParse(next).success).toBe(true);
  });
});

describe('reachableSteps', () => {
  it('starts at the first step', () => {
    expect(FIRST_STEP_ID).toBe('detained');
    expect(ids(emptyCase())[0]).toBe('detained');
  });

  it('is short for a detained person', () => {
    // Detained people are asked about an order too (detained with an order is an emergency), then it ends.
    expect(ids(caseDataSchema.parse({ posture: { detained: 'yes' } }))).toEqual(['detained', 'detention-place', 'final-order']);
    expect(ids(caseDataSchema.parse({ posture: { detained: 'yes', finalOrder: 'yes' } }))).toEqual(['detained', 'detention-place', 'final-order']);
  });

  it('goes through every section for a person in court', () => {
    expect(ids(inCourt())).toEqual(IN_COURT_PATH);
  });

  it('passes unanswered steps by their default branch', () => {
    // Nothing answered yet: "in proceedings" unanswered ends the path there.
    expect(ids(emptyCase())).toEqual(['detained', 'notice-to-appear', 'final-order', 'in-proceedings']);
    // In court but nothing further answered: the whole path is still laid out.
    const c = caseDataSchema.parse({ posture: { detained: 'no', finalOrder: 'no', inProceedings: 'yes' } });
    expect(ids(c)).toEqual(IN_COURT_PATH);
  });

  it('takes the final-order branch and asks for personal details there', () => {
    const c = caseDataSchema.parse({ posture: { detained: 'no', finalOrder: 'yes' } });
    const path = ids(c);
    expect(path.slice(0, 7)).toEqual(['detained', 'notice-to-appear', 'final-order', 'final-order-details', 'appeal-pending', 'ice-supervision', 'representation']);
    expect(path).not.toContain('in-proceedings');
    expect(path).not.toContain('court-details');
    expect(path.slice(-2)).toEqual(['personal-details', 'contact']);
  });

  it('stops after "final order?" when the person does not know', () => {
    expect(ids(caseDataSchema.parse({ posture: { detained: 'no', finalOrder: 'unknown' } }))).toEqual(['detained', 'notice-to-appear', 'final-order']);
  });

  it('asks the criminal details only after an arrest (or "not sure")', () => {
    for (const anyArrest of ['yes', 'unknown'] as const) {
      const path = ids(setField(inCourt(), 'criminal.anyArrest', anyArrest));
      const at = path.indexOf('criminal-any');
      // Proof of change is asked only after a "yes": it is the person's claim, never inferred.
      expect(path.slice(at, at + 6)).toEqual(anyArrest === 'yes'
        ? ['criminal-any', 'criminal-kinds', 'criminal-pending', 'criminal-since', 'criminal-records', 'serious-matters']
        : ['criminal-any', 'criminal-kinds', 'criminal-pending', 'criminal-records', 'serious-matters', 'family']);
    }
  });

  it('ends the court questions where the case stands: closed, ended, not sure or decided', () => {
    for (const courtStatus of ['admin_closed', 'dismissed', 'unknown'] as const) {
      const path = ids(setField(inCourt(), 'posture.courtStatus', courtStatus));
      expect(path.at(-1), courtStatus).toBe('court-status');
    }
    expect(ids(setField(inCourt(), 'posture.courtStatus', 'decided')).slice(-2)).toEqual(['court-status', 'decision-date']);
    // An appeal skips the hearing questions but asks the rest (a lawyer will need it).
    const appeal = ids(setField(inCourt(), 'posture.courtStatus', 'appeal'));
    expect(appeal).not.toContain('court-details');
    expect(appeal).toContain('ice-supervision');
    expect(appeal.at(-1)).toBe('contact');
  });

  it('asks "did you go?" only when the hearing date has passed, and ends there if not', () => {
    const past = setField(inCourt(), 'posture.nextHearingDate', '2026-10-05');
    expect(ids(past)).toContain('past-hearing');
    expect(ids(inCourt())).not.toContain('past-hearing');
    // A month-only date passes only once the whole month has.
    expect(reachableSteps(setField(inCourt(), 'posture.nextHearingDate', '2026-11'), ctx).map((x) => x.id)).not.toContain('past-hearing');
    expect(reachableSteps(setField(inCourt(), 'posture.nextHearingDate', '2026-10'), ctx).map((x) => x.id)).toContain('past-hearing');
    for (const attended of ['no', 'unknown'] as const) {
      expect(ids(setField(past, 'posture.attendedPastHearing', attended)).at(-1)).toBe('past-hearing');
    }
    expect(ids(setField(past, 'posture.attendedPastHearing', 'yes'))).toContain('contact');
    // The same answers a day earlier: the date has not passed, so the question is not on the path.
    expect(reachableSteps(past, { asOf: '2026-10-05' }).map((x) => x.id)).not.toContain('past-hearing');
  });

  it('does not ask "ever missed a hearing?" after an order made in absentia', () => {
    const c = caseDataSchema.parse({ posture: { detained: 'no', finalOrder: 'yes', inAbsentia: 'yes' } });
    const asked = (x: CaseData) => reachableSteps(x, ctx).flatMap((s) => askedFields(s, x).map((f) => f.path));
    expect(asked(c)).not.toContain('history.missedHearing');
    expect(asked(setField(c, 'posture.inAbsentia', 'no'))).toContain('history.missedHearing');
  });
});

describe('firstUnansweredStep and isFlowComplete', () => {
  it('is the first step for an empty case', () => {
    expect(firstUnansweredStep(emptyCase(), ctx)?.id).toBe('detained');
    expect(isFlowComplete(emptyCase(), ctx)).toBe(false);
  });

  it('moves forward as answers come in', () => {
    let c = setField(emptyCase(), 'posture.detained', 'no');
    expect(firstUnansweredStep(c, ctx)?.id).toBe('notice-to-appear');
    c = setField(c, 'posture.receivedNta', 'yes');
    expect(firstUnansweredStep(c, ctx)?.id).toBe('final-order');
  });

  it('is null once every step on the path is answered (optional fields may stay empty)', () => {
    const c = inCourt();
    expect(c.posture.judge).toBeUndefined();
    expect(c.person.phone).toBeUndefined();
    expect(firstUnansweredStep(c, ctx)).toBeNull();
    expect(isFlowComplete(c, ctx)).toBe(true);
  });

  it('needs every required field of a multi-field step', () => {
    const c = setField(inCourt(), 'posture.nextHearingType', undefined);
    expect(firstUnansweredStep(c, ctx)?.id).toBe('court-details');
  });

  it('counts "I don\'t know" as answered', () => {
    const c = setField(inCourt(), 'history.entryDate', 'unknown');
    expect(isFlowComplete(c, ctx)).toBe(true);
  });

  it('is done for a detained person after the detention place', () => {
    const c = caseDataSchema.parse({ posture: { detained: 'yes', detainedPerson: 'someone_else', detentionFacility: 'unknown', finalOrder: 'no' } });
    expect(firstUnansweredStep(c, ctx)).toBeNull();
  });
});

describe('canOpenStep', () => {
  it('allows steps up to the first unanswered one and refuses deep links beyond it', () => {
    const c = caseDataSchema.parse({ posture: { detained: 'no', receivedNta: 'yes', finalOrder: 'no', inProceedings: 'yes' } });
    expect(firstUnansweredStep(c, ctx)?.id).toBe('court-status');
    for (const id of ['detained', 'notice-to-appear', 'final-order', 'in-proceedings', 'court-status']) {
      expect(canOpenStep(c, ctx, id), id).toBe(true);
    }
    for (const id of ['court-details', 'ice-supervision', 'representation', 'entry-date', 'family', 'contact']) {
      expect(canOpenStep(c, ctx, id), id).toBe(false);
    }
  });

  it('refuses steps off the path and unknown ids', () => {
    const c = inCourt();
    expect(canOpenStep(c, ctx, 'detention-place')).toBe(false);
    expect(canOpenStep(c, ctx, 'final-order-details')).toBe(false);
    expect(canOpenStep(c, ctx, 'criminal-kinds')).toBe(false);
    expect(canOpenStep(c, ctx, 'no-such-step')).toBe(false);
  });

  it('allows every step on the path once the flow is complete', () => {
    const c = inCourt();
    for (const id of IN_COURT_PATH) expect(canOpenStep(c, ctx, id), id).toBe(true);
  });

  it('on an empty case allows only the first step', () => {
    expect(canOpenStep(emptyCase(), ctx, 'detained')).toBe(true);
    expect(canOpenStep(emptyCase(), ctx, 'notice-to-appear')).toBe(false);
  });
});

describe('previousStepId and nextStepId', () => {
  it('follows the path backwards', () => {
    const c = inCourt();
    expect(previousStepId(c, ctx, 'detained')).toBeNull();
    expect(previousStepId(c, ctx, 'notice-to-appear')).toBe('detained');
    expect(previousStepId(c, ctx, 'court-details')).toBe('court-status');
    expect(previousStepId(c, ctx, 'court-status')).toBe('in-proceedings');
    expect(previousStepId(c, ctx, 'applications')).toBe('prior-removal');
    expect(previousStepId(c, ctx, 'serious-matters')).toBe('criminal-any');
    expect(previousStepId(c, ctx, 'detention-place')).toBeNull();
    expect(previousStepId(c, ctx, 'no-such-step')).toBeNull();
  });

  it('goes back through a branch step when the branch is taken', () => {
    const c = setField(inCourt(), 'posture.courtStatus', 'decided');
    expect(previousStepId(c, ctx, 'decision-date')).toBe('court-status');
    expect(previousStepId(caseDataSchema.parse({ posture: { detained: 'yes' } }), ctx, 'detention-place')).toBe('detained');
  });

  it('goes forward with the guards', () => {
    const c = inCourt();
    expect(nextStepId(c, ctx, 'detained')).toBe('notice-to-appear');
    expect(nextStepId(c, ctx, 'prior-removal')).toBe('applications');
    expect(nextStepId(c, ctx, 'humanitarian')).toBe('personal-details');
    expect(nextStepId(c, ctx, 'contact')).toBeNull();
    expect(nextStepId(c, ctx, 'no-such-step')).toBeNull();
    expect(nextStepId(caseDataSchema.parse({ posture: { detained: 'yes' } }), ctx, 'detained')).toBe('detention-place');
    expect(nextStepId(caseDataSchema.parse({ posture: { detained: 'yes' } }), ctx, 'detention-place')).toBe('final-order');
    expect(nextStepId(caseDataSchema.parse({ posture: { detained: 'yes', finalOrder: 'yes' } }), ctx, 'final-order')).toBeNull();
  });

  it('ends the questions after "humanitarian" when no letter or stay can follow', () => {
    // A detained person's answers left over from an in-court path (before pruning).
    const c = caseDataSchema.parse({ ...inCourtInput, posture: { ...inCourtInput.posture, detained: 'yes' } });
    expect(nextStepId(c, ctx, 'humanitarian')).toBeNull();
  });

  it('agrees with reachableSteps for every step on the path', () => {
    const c = inCourt();
    const path = ids(c);
    path.forEach((id, i) => {
      expect(nextStepId(c, ctx, id)).toBe(path[i + 1] ?? null);
      expect(previousStepId(c, ctx, id)).toBe(i === 0 ? null : path[i - 1]);
    });
  });
});

describe('sectionProgress', () => {
  it('counts one section for a detained person', () => {
    const c = caseDataSchema.parse({ posture: { detained: 'yes' } });
    expect(sectionProgress(c, ctx, 'detained')).toEqual({ index: 1, total: 1, section: 'situation', question: 1, questions: 3 });
    expect(sectionProgress(c, ctx, 'detention-place')).toEqual({ index: 1, total: 1, section: 'situation', question: 2, questions: 3 });
  });

  it('counts all six sections for a person in court', () => {
    const c = inCourt();
    expect(sectionProgress(c, ctx, 'detained')).toEqual({ index: 1, total: 6, section: 'situation', question: 1, questions: 4 });
    expect(sectionProgress(c, ctx, 'court-details')).toEqual({ index: 2, total: 6, section: 'court-case', question: 2, questions: 4 });
    expect(sectionProgress(c, ctx, 'entry-date')).toEqual({ index: 3, total: 6, section: 'history', question: 1, questions: 5 });
    expect(sectionProgress(c, ctx, 'criminal-any')).toEqual({ index: 4, total: 6, section: 'risks', question: 1, questions: 2 });
    expect(sectionProgress(c, ctx, 'family')).toEqual({ index: 5, total: 6, section: 'favour', question: 1, questions: 5 });
    expect(sectionProgress(c, ctx, 'contact')).toEqual({ index: 6, total: 6, section: 'about-you', question: 2, questions: 2 });
  });

  it('counts the usual six sections before the situation questions are answered', () => {
    expect(sectionProgress(caseDataSchema.parse({}), ctx, 'detained')).toEqual({ index: 1, total: 6, section: 'situation', question: 1, questions: 4 });
  });

  it('counts one section for a person who is not in court', () => {
    // "Not in proceedings" ends the path after section 1.
    const notInCourt = caseDataSchema.parse({ posture: { detained: 'no', finalOrder: 'no', inProceedings: 'no' } });
    expect(sectionProgress(notInCourt, ctx, 'in-proceedings')).toEqual({ index: 1, total: 1, section: 'situation', question: 4, questions: 4 });
  });

  it('includes the section of a step that is not on the path', () => {
    const c = caseDataSchema.parse({ posture: { detained: 'yes' } });
    // A step off the path counts as one more question after those of its section on the path.
    expect(sectionProgress(c, ctx, 'family')).toEqual({ index: 2, total: 2, section: 'favour', question: 1, questions: 1 });
  });

  it('is null for an unknown step', () => {
    expect(sectionProgress(inCourt(), ctx, 'no-such-step')).toBeNull();
  });
});

describe('answeredStepsBySection', () => {
  it('groups the answered steps on the path by section, in order', () => {
    const groups = answeredStepsBySection(inCourt(), ctx);
    expect(groups.map((g) => g.section)).toEqual(['situation', 'court-case', 'history', 'risks', 'favour', 'about-you']);
    expect(groups.flatMap((g) => g.steps.map((s) => s.id))).toEqual(IN_COURT_PATH);
  });

  it('leaves out unanswered steps and steps off the path', () => {
    // Answers left over from another path (not pruned) must not be listed.
    const c = caseDataSchema.parse({
      posture: { detained: 'no', receivedNta: 'yes', finalOrder: 'no', inProceedings: 'yes', finalOrderDate: '2019', inAbsentia: 'no' },
      history: { reentryAfterRemoval: 'no', priorRemoval: 'no' },
    });
    const listed = answeredStepsBySection(c, ctx).flatMap((g) => g.steps.map((s) => s.id));
    // prior-removal asks "ever missed a hearing?" too here: not answered, so not listed.
    expect(listed).toEqual(['detained', 'notice-to-appear', 'final-order', 'in-proceedings']);
    expect(listed).not.toContain('final-order-details');
    expect(answeredStepsBySection(c, ctx).map((g) => g.section)).toEqual(['situation']);
  });

  it('is empty for an empty case', () => {
    expect(answeredStepsBySection(emptyCase(), ctx)).toEqual([]);
  });
});

describe('questions asked only when an answer calls for them', () => {
  const asked = (stepId: string, c: CaseData) => askedFields(findStep(stepId)!, c).map((f) => f.path);

  it('asks the lawyer\'s name only when a lawyer or representative helps', () => {
    const c = inCourt();
    expect(asked('representation', setField(c, 'representation.kind', 'attorney'))).toEqual(['representation.kind', 'representation.name']);
    expect(asked('representation', setField(c, 'representation.kind', 'accredited_rep'))).toContain('representation.name');
    for (const kind of ['none', 'unknown'] as const) expect(asked('representation', setField(c, 'representation.kind', kind))).toEqual(['representation.kind']);
  });

  it('asks about ICE asking to dismiss only while a court case goes on', () => {
    expect(asked('ice-supervision', inCourt())).toEqual(['posture.iceMovedToDismiss', 'posture.supervision']);
    const order = caseDataSchema.parse({ posture: { detained: 'no', finalOrder: 'yes' } });
    expect(asked('ice-supervision', order)).toEqual(['posture.supervision']);
    expect(asked('ice-supervision', setField(inCourt(), 'posture.courtStatus', 'appeal'))).toEqual(['posture.supervision']);
  });

  it('asks what came of an earlier request only after a yes', () => {
    const before = ['history.priorRemoval', 'history.missedHearing', 'history.priorPdRequest'];
    expect(asked('prior-removal', inCourt())).toEqual(before);
    expect(asked('prior-removal', setField(inCourt(), 'history.priorPdRequest', 'yes'))).toEqual([...before, 'history.priorPdResult', 'history.priorPdDate']);
  });

  it('asks for the other serious reason in the person\'s words only after a yes, and keeps it only then', () => {
    const base = ['favourable.crimeVictim', 'favourable.lawEnforcementCooperation', 'favourable.homeCountryDanger', 'favourable.otherHumanitarian'];
    for (const v of ['no', 'unknown'] as const) expect(asked('humanitarian', setField(inCourt(), 'favourable.otherHumanitarian', v))).toEqual(base);
    const yes = setField(setField(inCourt(), 'favourable.otherHumanitarian', 'yes'), 'favourable.otherHumanitarianReason', 'Cuido a mi madre');
    expect(asked('humanitarian', yes)).toEqual([...base, 'favourable.otherHumanitarianReason']);
    expect(prune(yes, ctx).favourable.otherHumanitarianReason).toBe('Cuido a mi madre');
    expect(prune(setField(yes, 'favourable.otherHumanitarian', 'no'), ctx).favourable.otherHumanitarianReason).toBeUndefined();
    // Optional: the page is answered without it.
    expect(isStepAnswered(findStep('humanitarian')!, setField(inCourt(), 'favourable.otherHumanitarian', 'yes'))).toBe(true);
  });

  it('drops the answer to a question no longer asked, and nothing else', () => {
    const withLawyer = setField(setField(inCourt(), 'representation.kind', 'attorney'), 'representation.name', 'Ana Ruiz');
    expect(prune(withLawyer, ctx).representation.name).toBe('Ana Ruiz');
    const noLawyer = prune(setField(withLawyer, 'representation.kind', 'none'), ctx);
    expect(noLawyer.representation).toEqual({ kind: 'none' });
    expect(noLawyer.favourable).toEqual(inCourt().favourable);
    const appeal = prune(setField(setField(inCourt(), 'posture.iceMovedToDismiss', 'yes'), 'posture.courtStatus', 'appeal'), ctx);
    expect(appeal.posture.iceMovedToDismiss).toBeUndefined();
  });

  it('needs a question shown on the page for the page to be answered', () => {
    const c = setField(inCourt(), 'history.priorPdRequest', 'yes');
    expect(isStepAnswered(findStep('prior-removal')!, c)).toBe(false);
    expect(firstUnansweredStep(c, ctx)?.id).toBe('prior-removal');
  });
});

describe('prune after a change on the review page', () => {
  it('priorRemoval no → yes opens "came back after?" on its page but keeps every later answer', () => {
    const before = inCourt();
    const changed = setField(before, 'history.priorRemoval', 'yes');
    expect(firstUnansweredStep(changed, ctx)?.id).toBe('prior-removal');
    expect(askedFields(findStep('prior-removal')!, changed).map((f) => f.path)).toContain('history.reentryAfterRemoval');
    expect(askedFields(findStep('prior-removal')!, before).map((f) => f.path)).not.toContain('history.reentryAfterRemoval');
    expect(canOpenStep(changed, ctx, 'prior-removal')).toBe(true);
    expect(canOpenStep(changed, ctx, 'applications')).toBe(false);

    const pruned = prune(changed, ctx);
    expect(pruned).toEqual(changed);
    expect(pruned.history.missedHearing).toBe('no');
    expect(pruned.history.priorPdRequest).toBe('no');
    expect(pruned.criminal.anyArrest).toBe('no');
    expect(pruned.favourable.family).toEqual([{ relationship: 'child', status: 'citizen' }]);
    expect(pruned.person.fullName).toBe('José Núñez Peña');

    // Once "reentry" is answered the flow is complete again with nothing lost.
    expect(isFlowComplete(setField(pruned, 'history.reentryAfterRemoval', 'no'), ctx)).toBe(true);
  });

  it('priorRemoval yes → no drops the reentry answer only', () => {
    const withReentry = setField(setField(inCourt(), 'history.priorRemoval', 'yes'), 'history.reentryAfterRemoval', 'yes');
    const pruned = prune(setField(withReentry, 'history.priorRemoval', 'no'), ctx);
    expect('reentryAfterRemoval' in pruned.history).toBe(false);
    expect(pruned).toEqual(inCourt());
  });

  it('inProceedings yes → no removes court details, representation and every later answer', () => {
    const changed = setField(inCourt(), 'posture.inProceedings', 'no');
    const pruned = prune(changed, ctx);
    expect(pruned.posture).toEqual({ detained: 'no', receivedNta: 'yes', finalOrder: 'no', inProceedings: 'no' });
    expect(pruned.representation).toEqual({});
    expect(pruned.history).toEqual({});
    expect(pruned.criminal).toEqual({});
    expect(pruned.favourable).toEqual({});
    expect(pruned.person).toEqual({});
    // The letter texts and checklist ticks are not flow answers and are kept.
    expect(pruned.letter).toEqual(inCourt().letter);
    expect(pruned.checklist).toEqual(inCourt().checklist);
    expect(isFlowComplete(pruned, ctx)).toBe(true);
    expect(caseDataSchema.safeParse(pruned).success).toBe(true);
  });

  it('does not change its input', () => {
    const changed = setField(inCourt(), 'posture.inProceedings', 'no');
    const snapshot = JSON.parse(JSON.stringify(changed)) as unknown;
    prune(changed, ctx);
    expect(changed).toEqual(snapshot);
  });

  it('detained no → yes leaves only the detention questions', () => {
    const pruned = prune(setField(inCourt(), 'posture.detained', 'yes'), ctx);
    // "Final order?" is asked of detained people too, so that answer stays.
    expect(pruned.posture).toEqual({ detained: 'yes', finalOrder: 'no' });
    expect(pruned.history).toEqual({});
    expect(firstUnansweredStep(pruned, ctx)?.id).toBe('detention-place');
  });

  it('is idempotent', () => {
    const once = prune(setField(inCourt(), 'posture.finalOrder', 'yes'), ctx);
    expect(prune(once, ctx)).toEqual(once);
  });

  it('covers every step field: each field belongs to exactly one step', () => {
    const paths = steps.flatMap((s) => s.fields.map((f) => f.path));
    expect(new Set(paths).size).toBe(paths.length);
  });
});

describe('taskList', () => {
  it('opens the parts one after the other for a new case, and counts each part\'s pages', () => {
    const tasks = taskList(emptyCase(), ctx);
    expect(tasks.map((t) => [t.section, t.status, t.pages])).toEqual([
      ['situation', 'not-started', 4], ['court-case', 'cannot-start', 4], ['history', 'cannot-start', 5],
      ['risks', 'cannot-start', 2], ['favour', 'cannot-start', 5], ['about-you', 'cannot-start', 2],
    ]);
  });

  it('shows only the parts on the person\'s own path once the first part is answered', () => {
    const notInCourt = caseDataSchema.parse({ posture: { detained: 'no', receivedNta: 'no', finalOrder: 'no', inProceedings: 'no' } });
    expect(taskList(notInCourt, ctx).map((t) => [t.section, t.status])).toEqual([['situation', 'completed']]);
    const detainedCase = caseDataSchema.parse({ posture: { detained: 'yes' } });
    expect(taskList(detainedCase, ctx).map((t) => [t.section, t.status, t.stepId])).toEqual([['situation', 'in-progress', 'detention-place']]);
  });

  it('is all completed for a finished case', () => {
    expect(taskList(inCourt(), ctx).every((t) => t.status === 'completed')).toBe(true);
  });
});

import { describe, expect, it } from 'vitest';
import {
  assess,
  type CaseData,
  checklist,
  checklistItems,
  evidenceItems,
  letterModel,
  requestedSupporters,
  suggestedSupporters,
  supporterKinds,
  supporterRules,
} from '../../../src/domain';
import { type Answers, inCourtBaseline, SCENARIO_DATE, strongInCourt, walk } from './walk';

const ctx = { asOf: SCENARIO_DATE };
const run = (answers: Answers, extra: Partial<CaseData> = {}) => {
  const c = { ...walk(answers).c, ...extra };
  return { c, a: assess(c, ctx) };
};
const kinds = (answers: Answers, extra: Partial<CaseData> = {}) => {
  const { c, a } = run(answers, extra);
  return suggestedSupporters(c, a).map((s) => s.kind);
};
/** Five years or more here would ask the landlord or a neighbor: these cases arrived in 2023. */
const recent: Answers = { ...inCourtBaseline, 'history.entryDate': '2023-01' };

describe('which writers the answers point to', () => {
  it('every kind has a rule with a real checklist item of its own', () => {
    const items = supporterKinds.map((k) => supporterRules[k].item);
    expect(new Set(items).size).toBe(supporterKinds.length);
    for (const id of items) expect(evidenceItems.find((i) => i.id === id)?.exhibit, id).toBe(true);
    expect(evidenceItems.map((i) => i.id)).not.toContain('support-letters');
  });

  it('a strong case (spouse, child, care, work, community, 17 years here) gets all six', () => {
    expect(kinds(strongInCourt)).toEqual(['spouse', 'school', 'employer', 'community', 'doctor', 'neighbour']);
  });

  it('nothing in favour but the years: only the landlord or neighbor; under five years: none', () => {
    expect(kinds(inCourtBaseline)).toEqual(['neighbour']);
    expect(kinds({ ...inCourtBaseline, 'history.entryDate': '2023-01' })).toEqual([]);
  });

  it('each kind only from its own answers', () => {
    expect(kinds({ ...recent, 'favourable.work': 'yes' })).toEqual(['employer']);
    expect(kinds({ ...recent, 'favourable.community': 'yes' })).toEqual(['community']);
    expect(kinds({ ...recent, 'favourable.seriousIllness': 'yes' })).toEqual(['doctor']);
    expect(kinds({ ...recent, 'favourable.partnerPregnantOrNursing': 'yes' })).toEqual(['spouse', 'doctor']);
  });

  it('a spouse or a school only when the family list names one (never broader than the answers)', () => {
    const child = [{ relationship: 'child', status: 'citizen' }];
    expect(kinds({ ...recent, 'favourable.family': child })).toEqual(['school']);
    const spouse = [{ relationship: 'spouse', status: 'permanent_resident' }];
    expect(kinds({ ...recent, 'favourable.family': spouse })).toEqual(['spouse']);
    // A spouse with no status of note, and nothing else about the family: no factor, so no letter.
    expect(kinds({ ...recent, 'favourable.family': [{ relationship: 'spouse', status: 'other' }] })).toEqual([]);
    // A parent who is a citizen: a family factor, but neither a spouse nor a child to write.
    expect(kinds({ ...recent, 'favourable.family': [{ relationship: 'parent', status: 'citizen' }] })).toEqual([]);
  });

  it('names the factors each letter speaks to', () => {
    const { c, a } = run(strongInCourt);
    const byKind = new Map(suggestedSupporters(c, a).map((s) => [s.kind, s.reasons]));
    expect(byKind.get('employer')).toEqual(['employment_history']);
    expect(byKind.get('spouse')).toEqual(['usc_lpr_family', 'primary_caregiver']);
    expect(byKind.get('neighbour')).toEqual(['long_presence']);
  });
});

describe('the person’s choices', () => {
  it('default: every suggested letter is asked for, its page in the page language', () => {
    const { c, a } = run(strongInCourt);
    expect(requestedSupporters(c, a, 'es').every((s) => s.ask && s.lang === 'es')).toBe(true);
  });

  it('a letter the person will not ask for leaves the checklist; a chosen language is kept', () => {
    const { c, a } = run(strongInCourt, { supportLetters: { employer: { ask: false }, spouse: { lang: 'es' } } });
    const requested = requestedSupporters(c, a, 'en');
    expect(requested.map((s) => s.kind)).toEqual(['spouse', 'school', 'community', 'doctor', 'neighbour']);
    expect(requested.find((s) => s.kind === 'spouse')!.lang).toBe('es');
    expect(requested.find((s) => s.kind === 'school')!.lang).toBe('en');
    const ids = checklistItems(checklist(c, a)).map((i) => i.id);
    expect(ids).not.toContain('support-letter-employer');
    expect(ids.filter((id) => id.startsWith('support-letter-'))).toEqual(
      ['support-letter-spouse', 'support-letter-school', 'support-letter-community', 'support-letter-doctor', 'support-letter-neighbour']);
  });

  it('the community letter goes when the person will not ask for it, though community ties list it as proof', () => {
    const { c, a } = run({ ...recent, 'favourable.community': 'yes' }, { supportLetters: { community: { ask: false } } });
    expect(checklistItems(checklist(c, a)).map((i) => i.id)).not.toContain('support-letter-community');
  });

  it('each checklist letter carries its reasons, and a stale choice for a kind not suggested changes nothing', () => {
    const { c, a } = run({ ...recent, 'favourable.work': 'yes' }, { supportLetters: { doctor: { ask: true, lang: 'es' } } });
    const letters = checklistItems(checklist(c, a)).filter((i) => i.id.startsWith('support-letter-'));
    expect(letters.map((i) => [i.id, i.reasons])).toEqual([['support-letter-employer', ['employment_history']]]);
  });
});

describe('the letter cites each enclosed letter by its own tab', () => {
  it('tabs in checklist order, each cited by the paragraph of the factors it speaks to', () => {
    const base = run(strongInCourt).c;
    const c: CaseData = { ...base, checklist: { included: ['support-letter-employer', 'support-letter-community', 'support-letter-neighbour'] } };
    const a = assess(c, ctx);
    const m = letterModel(c, a, checklist(c, a))!;
    expect(m.exhibits.map((e) => [e.tab, e.itemId])).toEqual([
      ['A', 'support-letter-employer'], ['B', 'support-letter-community'], ['C', 'support-letter-neighbour'],
    ]);
    expect(m.exhibits[0]!.description).toBe('Letter of support from the respondent’s employer');
    const cites = (tab: string) => m.paragraphs.filter((p) => p.tabs.includes(tab)).map((p) => p.kind);
    expect(cites('A')).toEqual(['group:work']);
    expect(cites('B')).toEqual(['group:community']);
    expect(cites('C')).toEqual(['group:presence']);
  });

  it('a letter ticked as enclosed, then not asked for, has no tab', () => {
    const base = run(strongInCourt).c;
    const c: CaseData = { ...base, checklist: { included: ['support-letter-employer'] }, supportLetters: { employer: { ask: false } } };
    const a = assess(c, ctx);
    expect(letterModel(c, a, checklist(c, a))!.exhibits).toEqual([]);
  });
});

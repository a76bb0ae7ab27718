import { describe, expect, it } from 'vitest';
import { assess, lawyerSummary } from '../../../src/domain';
import { detained, duiInCourt, SCENARIO_DATE, walk } from './walk';

const ctx = { asOf: SCENARIO_DATE };
const summaryOf = (answers: Parameters<typeof walk>[0], extra: Parameters<typeof walk>[1] = {}) => {
  const { c } = walk(answers, extra);
  return lawyerSummary(c, assess(c, ctx), ctx);
};

describe('lawyerSummary', () => {
  it('shows only key facts the person was asked: a detained person has no criminal-history rows', () => {
    const s = summaryOf(detained);
    expect(s.facts.map((g) => g.group)).toEqual(['court']);
    expect(s.facts[0]!.fields).toEqual(['posture.detained', 'posture.detentionFacility', 'posture.finalOrder']);
    expect(s.unknowns).toEqual([]);
  });

  it('lists the criminal answers on the path, the "I don\'t know" answers and the papers gathered', () => {
    const s = summaryOf({ ...duiInCourt, 'criminal.drugs': 'unknown', 'posture.nextHearingDate': 'unknown' },
      { checklist: { gathered: ['photo-id'], included: [] } });
    const record = s.facts.find((g) => g.group === 'record')!.fields;
    expect(record).toContain('criminal.dui');
    expect(record).toContain('criminal.records');
    expect(s.unknowns).toEqual(['posture.nextHearingDate', 'criminal.drugs']);
    expect(s.documents.map((d) => [d.id, d.included])).toEqual([['photo-id', false]]);
  });

  it('keeps the answers a lawyer checks first: a removal before, a missed hearing, false papers, a false claim to be a citizen', () => {
    const s = summaryOf({ ...duiInCourt, 'history.priorRemoval': 'yes', 'history.reentryAfterRemoval': 'no', 'history.missedHearing': 'yes', 'history.fraud': 'yes', 'history.falseClaimCitizenship': 'no' });
    const time = s.facts.find((g) => g.group === 'time')!.fields;
    const record = s.facts.find((g) => g.group === 'record')!.fields;
    for (const path of ['history.stoppedAtBorder', 'history.priorRemoval', 'history.reentryAfterRemoval', 'history.missedHearing', 'history.priorPdRequest', 'history.notarioFiled']) {
      expect(time, path).toContain(path);
    }
    expect(record).toEqual(expect.arrayContaining(['history.fraud', 'history.falseClaimCitizenship']));
  });
});

import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  applicationKinds,
  applicationStatuses,
  assess,
  caseDataSchema,
  entryManners,
  requestOptions,
  type CaseDataInput,
  type RequestOption,
} from '../../../src/domain';

const AS_OF = '2026-11-23';

function optionsFor(input: CaseDataInput): RequestOption[] {
  const c = caseDataSchema.parse(input);
  return requestOptions(c);
}

const byId = (opts: RequestOption[], id: RequestOption['id']): RequestOption => {
  const o = opts.find((x) => x.id === id);
  if (!o) throw new Error(`no option ${id}`);
  return o;
};

const inCourt = { detained: 'no', finalOrder: 'no', inProceedings: 'yes' } as const;

describe('requestOptions: order and availability', () => {
  it('lists the options safest first, always in the same order', () => {
    expect(optionsFor({}).map((o) => o.id)).toEqual(['joint_motion_uscis', 'administrative_closure', 'continuance', 'dismissal']);
    expect(optionsFor({ history: { applications: { asylum: 'pending' } } }).map((o) => o.id)).toEqual([
      'joint_motion_uscis',
      'administrative_closure',
      'continuance',
      'dismissal',
    ]);
  });

  it('offers a joint motion only with a pending or approved application', () => {
    expect(byId(optionsFor({}), 'joint_motion_uscis').available).toBe(false);
    expect(byId(optionsFor({ history: { applications: {} } }), 'joint_motion_uscis').available).toBe(false);
    for (const status of ['denied', 'possible', 'unknown'] as const) {
      expect(byId(optionsFor({ history: { applications: { u_visa: status } } }), 'joint_motion_uscis').available, status).toBe(false);
    }
    expect(byId(optionsFor({ history: { applications: { u_visa: 'pending' } } }), 'joint_motion_uscis').available).toBe(true);
    expect(byId(optionsFor({ history: { applications: { tps: 'approved' } } }), 'joint_motion_uscis').available).toBe(true);
    expect(byId(optionsFor({ history: { applications: { i130: 'pending' } } }), 'joint_motion_uscis').available).toBe(true);
  });

  it('offers a joint motion only for applications USCIS decides, not relief only a judge grants (reference.md §11.3)', () => {
    for (const kind of ['asylum', 'cancellation', 'i601a'] as const) {
      expect(byId(optionsFor({ history: { applications: { [kind]: 'pending' } } }), 'joint_motion_uscis').available, kind).toBe(false);
    }
    for (const kind of ['u_visa', 't_visa', 'vawa', 'sijs', 'tps', 'daca', 'i130'] as const) {
      expect(byId(optionsFor({ history: { applications: { [kind]: 'pending' } } }), 'joint_motion_uscis').available, kind).toBe(true);
    }
    // Adjustment: USCIS decides it only for parolees (arriving aliens); otherwise the judge does.
    expect(byId(optionsFor({ history: { applications: { adjustment: 'pending' } } }), 'joint_motion_uscis').available).toBe(false);
    expect(byId(optionsFor({ history: { entryManner: 'parole', applications: { adjustment: 'pending' } } }), 'joint_motion_uscis').available).toBe(true);
  });

  it('always offers administrative closure, a continuance and dismissal', () => {
    const opts = optionsFor({});
    expect(byId(opts, 'administrative_closure').available).toBe(true);
    expect(byId(opts, 'continuance').available).toBe(true);
    expect(byId(opts, 'dismissal').available).toBe(true);
  });

  it('recommends the joint motion when there is a pending application, administrative closure otherwise', () => {
    const withApp = optionsFor({ history: { applications: { u_visa: 'pending' } } });
    expect(withApp.filter((o) => o.recommended).map((o) => o.id)).toEqual(['joint_motion_uscis']);
    expect(optionsFor({ history: { applications: { asylum: 'pending' } } }).filter((o) => o.recommended).map((o) => o.id))
      .toEqual(['administrative_closure']);
    const without = optionsFor({ history: { applications: { u_visa: 'denied' } } });
    expect(without.filter((o) => o.recommended).map((o) => o.id)).toEqual(['administrative_closure']);
  });

  it('cites sources for every option, and the 2025 dismissal practice for dismissal', () => {
    for (const o of optionsFor({})) expect(o.sources.length).toBeGreaterThan(0);
    expect(byId(optionsFor({}), 'dismissal').sources).toContain('dismissal-practice-2025');
  });
});

describe('requestOptions: dismissal and expedited removal risk', () => {
  const atRisk: CaseDataInput[] = [
    { history: { entryManner: 'without_inspection', canProveTwoYears: 'no' } },
    { history: { entryManner: 'without_inspection', canProveTwoYears: 'unknown' } },
    { history: { entryManner: 'parole', canProveTwoYears: 'no', entryDate: '2015' } },
    // Says yes, but the entry date shows less than two years.
    { history: { entryManner: 'parole', canProveTwoYears: 'yes', entryDate: '2025-06' } },
    { history: { entryManner: 'without_inspection', canProveTwoYears: 'yes', entryDate: '2024-11-24' } },
    // Unknown or unanswered manner of entry counts as at risk.
    { history: { entryManner: 'unknown', canProveTwoYears: 'no' } },
    { history: { canProveTwoYears: 'no' } },
    { history: { entryManner: 'unknown', canProveTwoYears: 'yes', entryDate: '2026-01' } },
    // Unanswered "can you prove two years" is not a yes.
    { history: { entryManner: 'without_inspection', entryDate: '2010' } },
    { history: { entryManner: 'without_inspection', everLpr: 'no', canProveTwoYears: 'no' } },
    { history: { entryManner: 'without_inspection', everLpr: 'unknown', canProveTwoYears: 'no' } },
    // Not admitted (or paroled): lawyer first whatever the years here (reference.md §11.1).
    { history: { entryManner: 'without_inspection', canProveTwoYears: 'yes', entryDate: '2024-11-23' } },
    { history: { entryManner: 'without_inspection', canProveTwoYears: 'yes' } },
    { history: { entryManner: 'without_inspection', canProveTwoYears: 'yes', entryDate: '2001-05' } },
    { history: { entryManner: 'parole', canProveTwoYears: 'yes', entryDate: '2012' } },
    // "Another way" is not an admission we can confirm: a lawyer checks it.
    { history: { entryManner: 'other', canProveTwoYears: 'no' } },
  ];

  it.each(atRisk.map((c) => [JSON.stringify(c.history), c] as const))('is lawyer-first with the expedited-removal warning: %s', (_label, input) => {
    const d = byId(optionsFor({ posture: inCourt, ...input }), 'dismissal');
    expect(d.lawyerFirst).toBe(true);
    expect(d.warnings).toEqual(['dismissal-expedited-removal-risk', 'dismissal-2025-practice']);
    expect(d.recommended).toBe(false);
  });

  const notAtRisk: CaseDataInput[] = [
    // A visa entrant with two provable years.
    { history: { entryManner: 'visa_or_inspected', canProveTwoYears: 'yes', entryDate: '2015-03' } },
    // A visa entrant is not at risk of expedited removal by manner of entry, even without proof.
    { history: { entryManner: 'visa_or_inspected', canProveTwoYears: 'no' } },
    { history: { entryManner: 'visa_or_inspected', canProveTwoYears: 'yes', entryDate: '2025-06' } },
    // Someone who was ever a permanent resident.
    { history: { entryManner: 'without_inspection', canProveTwoYears: 'no', everLpr: 'yes' } },
    { history: { entryManner: 'parole', canProveTwoYears: 'yes', entryDate: '2026-01', everLpr: 'yes' } },
  ];

  it.each(notAtRisk.map((c) => [JSON.stringify(c.history), c] as const))('is not lawyer-first, with only the 2025 warning: %s', (_label, input) => {
    const d = byId(optionsFor({ posture: inCourt, ...input }), 'dismissal');
    expect(d.lawyerFirst).toBe(false);
    expect(d.warnings).toEqual(['dismissal-2025-practice']);
    expect(d.available).toBe(true);
    expect(d.recommended).toBe(false);
  });

  it('never marks options other than dismissal lawyer-first or warned', () => {
    for (const input of [...atRisk, ...notAtRisk]) {
      for (const o of optionsFor(input).filter((x) => x.id !== 'dismissal')) {
        expect(o.lawyerFirst).toBe(false);
        expect(o.warnings).toEqual([]);
      }
    }
  });
});

describe('requestOptions: exactly one recommendation, never dismissal', () => {
  const triState = fc.constantFrom('yes', 'no', 'unknown', undefined);
  const partialDate = fc.constantFrom(undefined, 'unknown', '2026', '2025-06', '2024-11-23', '2024-11-24', '2019', '2000-01-01');
  const apps = fc.dictionary(fc.constantFrom(...applicationKinds), fc.constantFrom(...applicationStatuses), { maxKeys: 4 });

  it('holds for any history', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...entryManners, 'unknown' as const, undefined),
        triState,
        triState,
        partialDate,
        fc.option(apps, { nil: undefined }),
        (entryManner, canProveTwoYears, everLpr, entryDate, applications) => {
          const history = Object.fromEntries(
            Object.entries({ entryManner, canProveTwoYears, everLpr, entryDate, applications }).filter(([, v]) => v !== undefined),
          );
          const opts = optionsFor({ posture: inCourt, history });
          const recommended = opts.filter((o) => o.recommended);
          expect(recommended).toHaveLength(1);
          expect(recommended[0]!.id).not.toBe('dismissal');
          expect(recommended[0]!.available).toBe(true);
          // The recommendation is the first available option in the safe order.
          expect(recommended[0]!.id).toBe(opts.find((o) => o.available)!.id);
        },
      ),
    );
  });
});

describe('assess exposes request options only for a court case', () => {
  it('lists them for a person in proceedings', () => {
    const c = caseDataSchema.parse({ posture: inCourt });
    expect(assess(c, { asOf: AS_OF }).requestOptions.map((o) => o.id)).toHaveLength(4);
  });

  it('lists none for a detained person, a final order, or no court case', () => {
    for (const posture of [
      { detained: 'yes' },
      { detained: 'no', finalOrder: 'yes' },
      { detained: 'no', finalOrder: 'no', inProceedings: 'no', receivedNta: 'no' },
    ] as const) {
      const c = caseDataSchema.parse({ posture });
      expect(assess(c, { asOf: AS_OF }).requestOptions).toEqual([]);
    }
  });
});

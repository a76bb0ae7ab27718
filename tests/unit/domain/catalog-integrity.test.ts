/**
 * Every rule carries sources that exist; every reference between catalogs resolves; the
 * catalogs cover at least what ../shared/legal/reference.md names; the flow owns every field.
 */
import { describe, expect, it } from 'vitest';
import {
  caseDataSchema,
  emptyCase,
  evidenceItems,
  factorCatalog,
  findEvidenceItem,
  findSource,
  helpResources,
  policyVersions,
  POLICY_BASIS,
  redFlagCatalog,
  requestOptions,
  routeCatalog,
  routeNotes,
  sources,
  steps,
} from '../../../src/domain';

const sourceIds = new Set<string>(sources.map((s) => s.id));
const versionIds = new Set<string>(policyVersions.map((v) => v.id));

function expectSources(owner: string, ids: readonly string[]) {
  expect(ids.length, `${owner} has no source`).toBeGreaterThan(0);
  for (const id of ids) expect(sourceIds.has(id), `${owner} cites unknown source "${id}"`).toBe(true);
}

describe('sources table', () => {
  it('has unique ids and complete entries with a status and a check date', () => {
    expect(sourceIds.size).toBe(sources.length);
    for (const s of sources) {
      expect(s.title.length).toBeGreaterThan(3);
      expect(s.issuer.length).toBeGreaterThan(3);
      expect(['in_force', 'rescinded', 'vacated', 'reversed', 'not_applied', 'guidance_only']).toContain(s.status);
      expect(s.statusCheckedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      if ('url' in s) expect(s.url).toMatch(/^https:\/\//);
    }
  });

  it('includes the documents the product is built on', () => {
    for (const id of ['morton-2011', 'johnson-2014', 'mayorkas-2021', 'doyle-2022', 'texas-vacatur-2022', 'us-v-texas-2023',
      'eo-14159-2025', 'huffman-2025', 'er-designation-2025', 'dismissal-practice-2025', 'ice-gov-2014', 'law-firm-2025',
      'florence-2011', 'nolo-2012', 'ilrc-2022']) {
      expect(findSource(id), id).toBeDefined();
    }
    expect(findSource('mayorkas-2021')?.status).toBe('rescinded');
    // Labels per reference.md §11.5: "vacated 2022, reversed 2023"; Doyle "no longer applied".
    expect(findSource('texas-vacatur-2022')?.status).toBe('reversed');
    expect(findSource('doyle-2022')?.status).toBe('not_applied');
    for (const id of ['ice-directive-11005-4-2025', 'yajure-hurtado-2025', 'make-the-road-2026', 'bia-appeal-deadline', 'in-absentia-reopen-rule']) {
      expect(findSource(id)?.status, id).toBe('in_force');
    }
  });

  it('policy versions and the policy basis point at real sources', () => {
    for (const v of policyVersions) expectSources(`policy version ${v.id}`, v.sourceIds);
    expectSources('policy basis', POLICY_BASIS.sourceIds);
    for (const v of POLICY_BASIS.factorsFrom) expect(versionIds.has(v)).toBe(true);
  });
});

/** What an empty case yields: nothing known. */
const noFacts = { yearsInUs: null, age: null, hearingSoon: null, appealWindow: null };

describe('factor catalog', () => {
  it('has unique ids, real sources, real policy versions and real evidence items', () => {
    const ids = factorCatalog.map((f) => f.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const f of factorCatalog) {
      expectSources(`factor ${f.id}`, f.sources);
      expect(f.policyVersions.length).toBeGreaterThan(0);
      for (const v of f.policyVersions) expect(versionIds.has(v), `${f.id}: version ${v}`).toBe(true);
      for (const e of f.evidence) expect(findEvidenceItem(e), `${f.id}: evidence ${e}`).toBeDefined();
      if (f.polarity === 'favourable') expect(f.evidence.length, `${f.id} needs proof`).toBeGreaterThan(0);
    }
  });

  it('covers every factor in reference.md §2.1 and §2.2', () => {
    const favourable = ['long_presence', 'entered_as_child', 'usc_lpr_family', 'primary_caregiver', 'family_hardship',
      'military_service', 'education', 'pregnant_or_nursing', 'partner_pregnant_or_nursing', 'serious_illness_disability',
      'age_65_or_older', 'under_18', 'crime_victim', 'relief_eligible', 'community_ties', 'employment_history', 'tax_compliance', 'rehabilitation',
      'no_criminal_record', 'compelling_humanitarian', 'lpr_status', 'cooperation_with_law_enforcement'];
    const unfavourable = ['national_security', 'serious_criminal_conduct', 'dui', 'drug_offense', 'domestic_violence_offense',
      'pending_criminal_case', 'gang_allegation', 'recent_entry', 'border_apprehension', 'prior_removal_or_reentry',
      'final_order', 'immigration_fraud', 'false_claim_citizenship', 'missed_hearing', 'detained', 'integrity_of_system'];
    const byId = new Map(factorCatalog.map((f) => [f.id as string, f]));
    for (const id of favourable) expect(byId.get(id)?.polarity, id).toBe('favourable');
    for (const id of unfavourable) expect(byId.get(id)?.polarity, id).toBe('unfavourable');
  });

  it('finds no factor in an empty case (no predicate is vacuously true)', () => {
    const none = factorCatalog.filter((f) => f.when({ c: emptyCase(), facts: noFacts, ctx: { asOf: '2026-11-23' } }));
    expect(none.map((f) => f.id)).toEqual([]);
  });
});

describe('red flags', () => {
  it('cover reference.md §6, each stopping or warning, with real sources and items', () => {
    const required = ['rf_any_arrest_or_conviction', 'rf_dui', 'rf_drugs', 'rf_violence_weapons_dv', 'rf_aggravated_felony',
      'rf_pending_case', 'rf_prior_removal', 'rf_illegal_reentry', 'rf_false_claim_citizenship', 'rf_fraud', 'rf_missed_hearing',
      'rf_final_order', 'rf_gang', 'rf_national_security', 'rf_recent_entry', 'rf_detained', 'rf_not_in_proceedings',
      'rf_dismissal_motion', 'rf_notario', 'rf_nta_no_case', 'rf_appeal_pending', 'rf_appeal_window', 'rf_case_closed',
      'rf_minor', 'rf_competency', 'rf_prior_pd_denied'];
    const ids = redFlagCatalog.map((r) => r.id as string);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of required) expect(ids, id).toContain(id);
    for (const r of redFlagCatalog) {
      expect(['stop', 'warn']).toContain(r.severity);
      expectSources(`red flag ${r.id}`, r.sources);
      for (const e of r.answeredBy) expect(findEvidenceItem(e), `${r.id}: ${e}`).toBeDefined();
      // A flag that is part of another's issue names a real flag that is not itself part of another.
      if ('partOf' in r) {
        const parent = redFlagCatalog.find((x) => x.id === r.partOf);
        expect(parent, `${r.id}: partOf`).toBeDefined();
        expect(parent && 'partOf' in parent, `${r.id}: partOf chain`).toBe(false);
      }
    }
    // A factor against the person that names a flag names a real one.
    for (const f of factorCatalog) {
      if ('flag' in f) expect(ids, `${f.id}: flag`).toContain(f.flag);
    }
  });

  it('are never raised by an empty case (no answer is not a red flag)', () => {
    const c = emptyCase();
    expect(redFlagCatalog.filter((r) => r.when(c, noFacts)).map((r) => r.id)).toEqual([]);
  });
});

describe('checklist items, routes, options, notes, help', () => {
  it('all cite real sources', () => {
    const itemIds = evidenceItems.map((i) => i.id);
    expect(new Set(itemIds).size).toBe(itemIds.length);
    for (const i of evidenceItems) {
      expectSources(`checklist item ${i.id}`, i.sources);
      expect(i.letterDescription.length).toBeGreaterThan(5);
    }
    for (const r of Object.values(routeCatalog)) expectSources(`route ${r.id}`, r.sources);
    for (const n of Object.values(routeNotes)) expectSources(`note ${n.id}`, n.sources);
    for (const o of requestOptions(emptyCase())) expectSources(`option ${o.id}`, o.sources);
    for (const h of helpResources) expectSources(`help ${h.id}`, h.sourceIds);
  });
});

describe('flow table', () => {
  it('has unique step ids, valid next targets, and each field owned by exactly one step', () => {
    const ids = steps.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
    const owners = new Map<string, string>();
    for (const s of steps) {
      for (const f of s.fields) {
        expect(owners.has(f.path), `${f.path} owned twice`).toBe(false);
        owners.set(f.path, s.id);
      }
    }
  });

  it('asks about every field of the answer sections of the schema', () => {
    const owned = new Set(steps.flatMap((s) => s.fields.map((f) => f.path)));
    const shape = caseDataSchema.shape;
    for (const part of ['person', 'representation', 'posture', 'history', 'criminal', 'favourable'] as const) {
      const inner = shape[part].def.innerType.shape as Record<string, unknown>;
      for (const key of Object.keys(inner)) expect(owned.has(`${part}.${key}` as never), `${part}.${key} has no step`).toBe(true);
    }
  });
});

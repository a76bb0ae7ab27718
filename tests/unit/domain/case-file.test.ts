import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  CASE_FILE_TYPE,
  CURRENT_SCHEMA_VERSION,
  POLICY_BASIS,
  caseDataSchema,
  emptyCase,
  isEmptyCase,
  restoreCase,
  saveCase,
  type CaseData,
  type Migration,
  type RestoreResult,
} from '../../../src/domain';
import storedV1 from '../../fixtures/store-v1-in-court.json';

const envelope = (data: unknown, extra: Record<string, unknown> = {}) => ({
  type: CASE_FILE_TYPE,
  schemaVersion: CURRENT_SCHEMA_VERSION,
  appVersion: '0.1.0',
  policyVersion: POLICY_BASIS.version,
  savedAt: '2026-11-23T10:00:00.000Z',
  data,
  ...extra,
});

const sampleCase: CaseData = caseDataSchema.parse({
  person: {
    fullName: 'José Núñez Peña',
    otherNames: ['Jose Nunez'],
    dateOfBirth: '1985-04',
    countryOfBirth: 'México',
    aNumber: 'A012345678',
    address: { street: '1 Main St', city: 'Chicago', state: 'IL', zip: '60601' },
    email: 'jose@example.org',
  },
  representation: { kind: 'none' },
  posture: { detained: 'no', finalOrder: 'no', inProceedings: 'yes', courtCity: 'Chicago', nextHearingDate: 'unknown' },
  history: { entryDate: '2010', entryManner: 'without_inspection', ageAtEntry: 12, applications: { asylum: 'pending' } },
  criminal: { anyArrest: 'no', records: [] },
  favourable: { family: [{ relationship: 'child', status: 'citizen' }], work: 'yes' },
  letter: { story: 'Line one\nLine two 🙂 <script>alert(1)</script>', office: { kind: 'listed', id: 'opla-chicago' } },
  checklist: { gathered: ['photo-id'], included: ['photo-id'] },
});

function expectError(r: RestoreResult, error: string): void {
  expect(r.ok).toBe(false);
  if (!r.ok) expect(r.error).toBe(error);
}

describe('restoreCase: typed errors', () => {
  it('not-json for a string that is not JSON', () => {
    for (const s of ['{', '', 'undefined', "{'type':'pd-helper-case'}", 'pd-helper-case']) {
      const r = restoreCase(s);
      expectError(r, 'not-json');
      if (!r.ok) expect(r.issues).toEqual([]);
    }
  });

  it('not-an-object for null, arrays, numbers and other non-objects (given directly or as JSON)', () => {
    for (const v of [null, undefined, [], [envelope({})], 42, true, 'null', '[]', '42', '"text"', 10n, () => envelope({})]) {
      expectError(restoreCase(v), 'not-an-object');
    }
  });

  it('wrong-type when the envelope type is missing or different', () => {
    expectError(restoreCase({}), 'wrong-type');
    expectError(restoreCase({ ...envelope({}), type: 'something-else' }), 'wrong-type');
    expectError(restoreCase({ ...envelope({}), type: 'PD-HELPER-CASE' }), 'wrong-type');
    const { type: _type, ...noType } = envelope({});
    expectError(restoreCase(noType), 'wrong-type');
  });

  it('missing-version when the schema version is absent or not a positive integer', () => {
    const { schemaVersion: _v, ...noVersion } = envelope({});
    expectError(restoreCase(noVersion), 'missing-version');
    for (const v of [0, -1, 1.5, '1', null, true, Number.POSITIVE_INFINITY, Number.NaN]) {
      expectError(restoreCase(envelope({}, { schemaVersion: v })), 'missing-version');
    }
  });

  it('newer-version when the file comes from a later schema', () => {
    expectError(restoreCase(envelope({}, { schemaVersion: CURRENT_SCHEMA_VERSION + 1 })), 'newer-version');
    expectError(restoreCase(envelope({}, { schemaVersion: 4 }), { currentVersion: 3, migrations: {} }), 'newer-version');
  });

  it('unknown-version when the migration chain is missing a step', () => {
    const m1: Migration = (d) => d;
    // From 1 to 3 needs steps 1 and 2; step 2 is missing.
    expectError(restoreCase(envelope({}, { schemaVersion: 1 }), { currentVersion: 3, migrations: { 1: m1 } }), 'unknown-version');
    // From 2 to 3 needs step 2 only.
    expectError(restoreCase(envelope({}, { schemaVersion: 2 }), { currentVersion: 3, migrations: { 1: m1 } }), 'unknown-version');
    // Step 1 missing, step 2 present.
    expectError(restoreCase(envelope({}, { schemaVersion: 1 }), { currentVersion: 3, migrations: { 2: m1 } }), 'unknown-version');
  });

  it('migration-failed when a migration throws', () => {
    const r = restoreCase(envelope({}, { schemaVersion: 1 }), {
      currentVersion: 2,
      migrations: {
        1: () => {
          throw new Error('boom');
        },
      },
    });
    expectError(r, 'migration-failed');
  });

  it('invalid-data with the dotted path and the message code of each issue', () => {
    const r = restoreCase(envelope({ person: { aNumber: 'A123' }, history: { entryDate: '2019-13' } }));
    expectError(r, 'invalid-data');
    if (!r.ok) {
      expect(r.issues).toContainEqual({ path: 'person.aNumber', code: 'a-number' });
      expect(r.issues).toContainEqual({ path: 'history.entryDate', code: 'partial-date' });
    }
  });

  it('invalid-data for nested list items, with the index in the path', () => {
    const r = restoreCase(envelope({ favourable: { family: [{ relationship: 'child', status: 'citizen' }, { relationship: 'cousin', status: 'citizen' }] } }));
    expectError(r, 'invalid-data');
    if (!r.ok) expect(r.issues.map((i) => i.path)).toEqual(['favourable.family.1.relationship']);
  });

  it('invalid-data when data is missing or is not an object', () => {
    expectError(restoreCase(envelope(undefined)), 'invalid-data');
    expectError(restoreCase(envelope('text')), 'invalid-data');
    expectError(restoreCase(envelope([])), 'invalid-data');
  });

  it('caps the issue list at 50', () => {
    const records = Array.from({ length: 30 }, () => ({ kind: 'bogus', date: 'bogus', outcome: 'bogus' }));
    const r = restoreCase(envelope({ criminal: { records } }));
    expectError(r, 'invalid-data');
    if (!r.ok) expect(r.issues).toHaveLength(50);
  });

  // zod's own checks report a machine code the UI can translate, never an English sentence.
  it('built-in zod checks report a machine code such as "too_big", not an English sentence', () => {
    const r = restoreCase(envelope({ person: { fullName: 'x'.repeat(201) } }));
    expect(r).toEqual({ ok: false, error: 'invalid-data', issues: [{ path: 'person.fullName', code: 'too_big' }] });
  });

  it('names each unknown key it refuses', () => {
    const r = restoreCase(envelope({ person: { fullName: 'Ana', nickname: 'x' }, extra: 1 }));
    expectError(r, 'invalid-data');
    if (!r.ok) {
      expect(r.issues).toEqual(expect.arrayContaining([
        { path: 'person.nickname', code: 'unrecognized_key' },
        { path: 'extra', code: 'unrecognized_key' },
      ]));
    }
  });
});

describe('restoreCase: success', () => {
  it('restores from an object and reports the envelope metadata', () => {
    const r = restoreCase(envelope(sampleCase));
    expect(r).toEqual({
      ok: true,
      data: sampleCase,
      schemaVersion: CURRENT_SCHEMA_VERSION,
      migratedFrom: null,
      appVersion: '0.1.0',
      policyVersion: POLICY_BASIS.version,
      savedAt: '2026-11-23T10:00:00.000Z',
    });
  });

  it('restores from a JSON string', () => {
    const r = restoreCase(JSON.stringify(envelope(sampleCase)));
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.data).toEqual(sampleCase);
  });

  it('fills every missing part with its default', () => {
    const r = restoreCase(envelope({}));
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.data).toEqual(emptyCase());
  });

  it('reports missing, non-string or over-long metadata as null rather than failing', () => {
    const r = restoreCase({ type: CASE_FILE_TYPE, schemaVersion: 1, data: {}, appVersion: 3, policyVersion: 'p'.repeat(101), savedAt: { at: 1 } });
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.appVersion).toBeNull();
      expect(r.policyVersion).toBeNull();
      expect(r.savedAt).toBeNull();
    }
    const r2 = restoreCase({ type: CASE_FILE_TYPE, schemaVersion: 1, data: {}, appVersion: 'v'.repeat(100) });
    expect(r2.ok && r2.appVersion).toBe('v'.repeat(100));
  });

  it('does not return the caller\'s data object (a later change to the input does not leak in)', () => {
    const input = envelope({ person: { fullName: 'Ana' } });
    const r = restoreCase(input);
    expect(r.ok).toBe(true);
    (input.data as { person: { fullName: string } }).person.fullName = 'Changed';
    if (r.ok) expect(r.data.person.fullName).toBe('Ana');
  });
});

describe('restoreCase: migrations', () => {
  const calls: string[] = [];
  const chain: Record<number, Migration> = {
    1: (d) => {
      calls.push('1→2');
      const v1 = d as { name: string };
      return { v2: { fullName: v1.name } };
    },
    2: (d) => {
      calls.push('2→3');
      const v2 = d as { v2: { fullName: string } };
      return { person: { fullName: v2.v2.fullName }, representation: { kind: 'none' } };
    },
  };

  it('applies the chain in order from the file version to the current one', () => {
    calls.length = 0;
    const r = restoreCase(envelope({ name: 'Nguyễn Thị Ánh' }, { schemaVersion: 1 }), { currentVersion: 3, migrations: chain });
    expect(calls).toEqual(['1→2', '2→3']);
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.schemaVersion).toBe(3);
      expect(r.migratedFrom).toBe(1);
      expect(r.data.person.fullName).toBe('Nguyễn Thị Ánh');
      expect(r.data.representation.kind).toBe('none');
    }
  });

  it('starts the chain at the file version', () => {
    calls.length = 0;
    const r = restoreCase(envelope({ v2: { fullName: 'Ana' } }, { schemaVersion: 2 }), { currentVersion: 3, migrations: chain });
    expect(calls).toEqual(['2→3']);
    expect(r.ok && r.migratedFrom).toBe(2);
  });

  it('runs no migration for a file at the current version', () => {
    calls.length = 0;
    const r = restoreCase(envelope({ person: { fullName: 'Ana' } }, { schemaVersion: 3 }), { currentVersion: 3, migrations: chain });
    expect(calls).toEqual([]);
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.migratedFrom).toBeNull();
      expect(r.schemaVersion).toBe(3);
    }
  });

  it('validates the migrated data against the schema', () => {
    const r = restoreCase(envelope({}, { schemaVersion: 1 }), { currentVersion: 2, migrations: { 1: () => ({ person: { aNumber: 'nope' } }) } });
    expectError(r, 'invalid-data');
    if (!r.ok) expect(r.issues).toEqual([{ path: 'person.aNumber', code: 'a-number' }]);
  });
});

describe('saveCase', () => {
  it('wraps the data in a current-version envelope with the policy version', () => {
    const env = saveCase(sampleCase, { appVersion: '0.1.0', savedAt: '2026-11-23T10:00:00.000Z' });
    expect(env).toEqual({
      type: CASE_FILE_TYPE,
      schemaVersion: CURRENT_SCHEMA_VERSION,
      appVersion: '0.1.0',
      policyVersion: POLICY_BASIS.version,
      savedAt: '2026-11-23T10:00:00.000Z',
      data: sampleCase,
    });
  });

  it('round-trips through restoreCase, as an object and as JSON text', () => {
    const env = saveCase(sampleCase, { appVersion: '0.1.0', savedAt: '2026-11-23T10:00:00.000Z' });
    for (const input of [env, JSON.stringify(env), JSON.stringify(env, null, 2)]) {
      const r = restoreCase(input);
      expect(r.ok).toBe(true);
      if (r.ok) {
        expect(r.data).toEqual(sampleCase);
        expect(r.migratedFrom).toBeNull();
        expect(r.appVersion).toBe('0.1.0');
        expect(r.savedAt).toBe('2026-11-23T10:00:00.000Z');
      }
    }
  });

  it('round-trips the empty case', () => {
    const r = restoreCase(JSON.stringify(saveCase(emptyCase(), { appVersion: 'x', savedAt: 'y' })));
    expect(r.ok && r.data).toEqual(emptyCase());
  });
});

describe('restoreCase: strict schema', () => {
  it('refuses an unknown top-level key instead of dropping it', () => {
    const r = restoreCase(envelope({ ...sampleCase, extra: 'x' }));
    expectError(r, 'invalid-data');
    if (!r.ok) expect(r.issues).toHaveLength(1);
  });

  it('refuses an unknown nested key, with the path of the key itself', () => {
    const r = restoreCase(envelope({ person: { fullName: 'Ana', nickname: 'Annie' } }));
    expectError(r, 'invalid-data');
    if (!r.ok) expect(r.issues.map((i) => i.path)).toEqual(['person.nickname']);
  });

  it('refuses unknown keys inside an office choice and a family member', () => {
    expectError(restoreCase(envelope({ letter: { office: { kind: 'listed', id: 'opla-chicago', text: 'x' } } })), 'invalid-data');
    expectError(restoreCase(envelope({ favourable: { family: [{ relationship: 'child', status: 'citizen', name: 'Ana' }] } })), 'invalid-data');
  });

  it('keeps each concern\'s explanation, and refuses odd keys, too many boxes or too long a text', () => {
    const ok = restoreCase(envelope({ letter: { concernExplanations: { rf_dui: 'I took a class.', border_apprehension: '' } } }));
    expect(ok.ok && ok.data.letter.concernExplanations).toEqual({ rf_dui: 'I took a class.', border_apprehension: '' });
    // "__proto__" is dropped by zod without touching any prototype.
    const proto = restoreCase(`{"type":"pd-helper-case","schemaVersion":${CURRENT_SCHEMA_VERSION},"data":{"letter":{"concernExplanations":{"__proto__":{"x":"y"}}}}}`);
    expect(proto.ok && proto.data.letter.concernExplanations).toEqual({});
    expect(proto.ok && Object.getPrototypeOf(proto.data.letter.concernExplanations)).toBe(Object.prototype);
    for (const key of ['constructor ', 'Rf_dui', '1abc', '', 'a'.repeat(81)]) {
      const r = restoreCase(`{"type":"pd-helper-case","schemaVersion":${CURRENT_SCHEMA_VERSION},"data":{"letter":{"concernExplanations":{${JSON.stringify(key)}:"x"}}}}`);
      expectError(r, 'invalid-data');
      if (!r.ok) expect(r.issues[0]?.path, key).toMatch(/^letter\.concernExplanations/);
    }
    expect(({} as Record<string, unknown>).x).toBeUndefined();
    const many = Object.fromEntries(Array.from({ length: 31 }, (_, i) => [`rf_${i}`, 'x']));
    expectError(restoreCase(envelope({ letter: { concernExplanations: many } })), 'invalid-data');
    expectError(restoreCase(envelope({ letter: { concernExplanations: { rf_dui: 'x'.repeat(10_001) } } })), 'invalid-data');
    expectError(restoreCase(envelope({ letter: { concernExplanations: { rf_dui: 5 } } })), 'invalid-data');
  });

  it('refuses a "__proto__" key in the data (JSON text)', () => {
    const r = restoreCase('{"type":"pd-helper-case","schemaVersion":1,"data":{"person":{"__proto__":{"fullName":"x"}}}}');
    expectError(r, 'invalid-data');
    expect(({} as Record<string, unknown>).fullName).toBeUndefined();
  });
});

describe('restoreCase never throws', () => {
  it('for BigInt and functions inside data', () => {
    const weird = [
      envelope({ history: { ageAtEntry: 12n } }),
      envelope({ letter: { story: () => 'x' } }),
      envelope({ person: { fullName: Symbol.for('x') } }),
      envelope(10n),
      envelope(() => ({})),
      envelope({}, { appVersion: 1n, savedAt: () => 'x' }),
      envelope({}, { schemaVersion: 1n }),
    ];
    for (const w of weird) {
      const run = () => restoreCase(w);
      expect(run).not.toThrow();
      expect(run().ok === false || run().ok === true).toBe(true);
    }
    expectError(restoreCase(envelope({ history: { ageAtEntry: 12n } })), 'invalid-data');
    expectError(restoreCase(envelope({}, { schemaVersion: 1n })), 'missing-version');
  });

  it('for arbitrary values, strings and JSON-like data inside a valid envelope', () => {
    fc.assert(
      fc.property(fc.anything({ withBigInt: true, withBoxedValues: true, withMap: true, withSet: true, withTypedArray: true, withDate: true, withNullPrototype: true }), (v) => {
        const r = restoreCase(v);
        expect(typeof r.ok).toBe('boolean');
      }),
    );
    fc.assert(
      fc.property(fc.string(), (s) => {
        expect(typeof restoreCase(s).ok).toBe('boolean');
      }),
    );
    fc.assert(
      fc.property(fc.jsonValue(), (data) => {
        const r = restoreCase(envelope(data));
        expect(typeof r.ok).toBe('boolean');
        expect(typeof restoreCase(JSON.stringify(envelope(data))).ok).toBe('boolean');
        if (!r.ok) expect(['invalid-data']).toContain(r.error);
      }),
    );
  });
});

describe('migration 1 → 2: answers that no longer support the letter are asked again (reference.md §11.4)', () => {
  const v1 = (data: unknown) => ({ ...envelope(data), schemaVersion: 1 });

  it('keeps "not pregnant" as a no to both new questions, and clears a yes or not sure (whose pregnancy was it?)', () => {
    const no = restoreCase(v1({ favourable: { pregnantOrNursing: 'no', work: 'yes' } }));
    expect(no.ok && no.data.favourable).toEqual({ pregnantOrNursing: 'no', partnerPregnantOrNursing: 'no', work: 'yes' });
    expect(no.ok && no.migratedFrom).toBe(1);
    for (const answer of ['yes', 'unknown'] as const) {
      const r = restoreCase(v1({ favourable: { pregnantOrNursing: answer, work: 'yes' } }));
      expect(r.ok && r.data.favourable, answer).toEqual({ work: 'yes' });
    }
  });

  it('clears an old "never arrested" (the question now counts tickets with a court date) and keeps a yes or not sure', () => {
    const cleared = restoreCase(v1({ criminal: { anyArrest: 'no', gangAllegation: 'no' } }));
    expect(cleared.ok && cleared.data.criminal).toEqual({ gangAllegation: 'no' });
    for (const answer of ['yes', 'unknown'] as const) {
      const r = restoreCase(v1({ criminal: { anyArrest: answer } }));
      expect(r.ok && r.data.criminal.anyArrest, answer).toBe(answer);
    }
  });

  it('leaves everything else as it was, and the real version-1 store fixture restores', () => {
    const r = restoreCase(v1(sampleCase));
    expect(r.ok).toBe(true);
    if (r.ok) expect({ ...r.data, criminal: { ...r.data.criminal, anyArrest: 'no' } }).toEqual(sampleCase);
    const stored = restoreCase(storedV1.state.envelope);
    expect(stored.ok).toBe(true);
    if (stored.ok) {
      expect(stored.migratedFrom).toBe(1);
      expect(stored.data.person.fullName).toBe(storedV1.state.envelope.data.person.fullName);
      expect(stored.data.criminal.anyArrest).toBeUndefined();
    }
  });

  it('never throws on odd shapes', () => {
    for (const data of [null, 3, 'x', [], { favourable: 'x', criminal: [] }, { favourable: null }]) {
      expect(() => restoreCase(v1(data))).not.toThrow();
    }
  });
});

describe('the "sent" record (issue 15 §6)', () => {
  const sent = { date: '2026-11-02', method: 'mail', tracking: '9400 1000 0000 0000 0000 00' } as const;

  it('is absent from a new case, and a case saved before it existed loads without it', () => {
    expect('sent' in emptyCase()).toBe(false);
    const r = restoreCase(storedV1.state.envelope);
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.data.sent).toBeUndefined();
  });

  it('round-trips through a case file, with and without a tracking number', () => {
    for (const record of [sent, { date: '2026-10-15', method: 'in_person' }, { date: '2026-10-16', method: 'email' }]) {
      const data = caseDataSchema.parse({ ...sampleCase, sent: record });
      const r = restoreCase(JSON.stringify(saveCase(data, { appVersion: '0.1.0', savedAt: '2026-11-30T10:00:00.000Z' })));
      expect(r.ok && r.data.sent).toEqual(record);
    }
  });

  it('cleans a typed tracking number like other one-line text', () => {
    const r = restoreCase(envelope({ sent: { ...sent, tracking: '  AB\u200B12\n34  ' } }));
    expect(r.ok && r.data.sent?.tracking).toBe('AB12 34');
  });

  it.each([
    [{ ...sent, date: '2026-11' }, 'sent.date', 'full-date'],
    [{ ...sent, date: '2026-02-30' }, 'sent.date', 'full-date'],
    [{ ...sent, date: 20261102 }, 'sent.date', 'invalid_type'],
    [{ ...sent, method: 'fax' }, 'sent.method', 'invalid_value'],
    [{ ...sent, tracking: 'x'.repeat(201) }, 'sent.tracking', 'too_big'],
    [{ ...sent, tracking: '   ' }, 'sent.tracking', 'too_small'],
    [{ method: 'mail' }, 'sent.date', 'invalid_type'],
  ])('refuses a bad record %j with the path and code of the issue', (record, path, code) => {
    const r = restoreCase(envelope({ sent: record }));
    expectError(r, 'invalid-data');
    if (!r.ok) expect(r.issues).toContainEqual({ path, code });
  });

  it('refuses an unknown key inside the record', () => {
    const r = restoreCase(envelope({ sent: { ...sent, note: 'x' } }));
    expectError(r, 'invalid-data');
    if (!r.ok) expect(r.issues.map((i) => i.path)).toEqual(['sent.note']);
  });
});

describe('the support-letter choices (issue 15 §1)', () => {
  const choices = { spouse: { lang: 'es' }, employer: { ask: false }, neighbour: { ask: true, lang: 'en' } } as const;

  it('are absent from a new case and from a case saved before them', () => {
    expect('supportLetters' in emptyCase()).toBe(false);
    const r = restoreCase(storedV1.state.envelope);
    expect(r.ok && r.data.supportLetters).toBeUndefined();
  });

  it('round-trip through a case file', () => {
    const data = caseDataSchema.parse({ ...sampleCase, supportLetters: choices });
    const r = restoreCase(JSON.stringify(saveCase(data, { appVersion: '0.1.0', savedAt: '2026-11-30T10:00:00.000Z' })));
    expect(r.ok && r.data.supportLetters).toEqual(choices);
  });

  it.each([
    [{ pastor: { ask: true } }, 'supportLetters.pastor'],
    [{ spouse: { lang: 'fr' } }, 'supportLetters.spouse.lang'],
    [{ spouse: { ask: 'yes' } }, 'supportLetters.spouse.ask'],
    [{ spouse: { ask: true, note: 'x' } }, 'supportLetters.spouse.note'],
  ])('refuses %j (the path of the issue: %s)', (value, path) => {
    const r = restoreCase(envelope({ supportLetters: value }));
    expectError(r, 'invalid-data');
    if (!r.ok) expect(r.issues.map((i) => i.path)).toContain(path);
  });
});

describe('the facts sheet details (issue 15 §4)', () => {
  const details = {
    fullName: 'José Núñez Peña', otherNames: 'Pepe Peña', aNumber: '012345678', dateOfBirth: '1990-03-15',
    countryOfBirth: 'Guatemala', facilityPlace: 'Broadview, Illinois', detainedOn: '2026-11-02',
  };

  it('is absent from a new case and from a case saved before it existed', () => {
    expect('factsSheet' in emptyCase()).toBe(false);
    const r = restoreCase(storedV1.state.envelope);
    expect(r.ok && r.data.factsSheet).toBeUndefined();
  });

  it('round-trips through a case file, whole or in part', () => {
    for (const record of [details, { detainedOn: '2026-11' }]) {
      const data = caseDataSchema.parse({ ...sampleCase, factsSheet: record });
      const r = restoreCase(JSON.stringify(saveCase(data, { appVersion: '0.1.0', savedAt: '2026-11-30T10:00:00.000Z' })));
      expect(r.ok && r.data.factsSheet).toEqual(record);
    }
  });

  it.each([
    [{ ...details, aNumber: '12' }, 'factsSheet.aNumber'],
    [{ ...details, detainedOn: '2026-02-30' }, 'factsSheet.detainedOn'],
    [{ ...details, fullName: 'x'.repeat(201) }, 'factsSheet.fullName'],
    [{ ...details, note: 'x' }, 'factsSheet.note'],
  ])('refuses bad details %j, naming the field', (record, path) => {
    const r = restoreCase(envelope({ factsSheet: record }));
    expectError(r, 'invalid-data');
    if (!r.ok) expect(r.issues.map((i) => i.path)).toContain(path);
  });
});

describe('emptyCase', () => {
  // emptyCase is written out (case-values.ts), so the first pages need no zod: it must stay what
  // the case schema makes of nothing, or a new case would differ from a saved empty one.
  it('is what the case schema makes of an empty object, and is valid', () => {
    expect(emptyCase()).toEqual(caseDataSchema.parse({}));
    expect(isEmptyCase(caseDataSchema.parse({}))).toBe(true);
  });
});

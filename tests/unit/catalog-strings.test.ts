/**
 * Every id in the domain catalogs has its words in locales/<lng>/catalog.json, in English and in
 * Spanish, with the same keys, the same interpolation variables and no empty or untranslated
 * strings. The domain holds ids and logic; these files hold every visible word for them.
 */
import { createInstance } from 'i18next';
import { describe, expect, it } from 'vitest';
import en from '../../locales/en/catalog.json';
import es from '../../locales/es/catalog.json';
import {
  checklistGroups,
  evidenceItems,
  factorCatalog,
  helpResources,
  type LetterGap,
  policyVersions,
  redFlagCatalog,
  requestOptionIds,
  type RequestWarning,
  routeIds,
  routeNotes,
  type SourceStatus,
  sources,
  type Strength,
  SUMMARY_KEYS,
  letterGroupIds,
} from '../../src/domain';

// ── Ids the catalogs do not list as arrays: a Record makes `tsc` fail when a new one is added ──
const letterGaps: Record<LetterGap, true> = {
  'full-name': true,
  'a-number': true,
  'a-number-unknown': true,
  address: true,
  office: true,
  request: true,
  'concerns-not-explained': true,
  'hearing-date-past': true,
  'what-is-new': true,
  'humanitarian-not-described': true,
  'paragraph-needs-review': true,
  'story-language': true, 'not-in-english': true,
};
const requestWarnings: Record<RequestWarning, true> = {
  'dismissal-expedited-removal-risk': true,
  'dismissal-2025-practice': true,
};
const sourceStatuses: Record<SourceStatus, true> = {
  in_force: true,
  rescinded: true,
  vacated: true,
  reversed: true,
  not_applied: true,
  guidance_only: true,
};
const strengths: Record<Strength, true> = { strong: true, supporting: true, serious: true, concern: true };

/** The "what this letter says" keys: the compiler keeps SUMMARY_KEYS equal to the entry union. */
const summaryKeys: readonly string[] = SUMMARY_KEYS;

/** Strings allowed to be the same in both languages: names and numbers, not sentences. */
const SAME_IN_BOTH = new Set(['PD Helper', 'DACA', 'TPS', 'ICE', 'USCIS', 'EOIR', 'OPLA', 'ERO', 'FBI', 'IRS']);
const isNumberOnly = (s: string) => /^[\d\s().+-]+$/.test(s);

const PLURAL_SUFFIXES = ['_zero', '_one', '_other'] as const;

type Flat = Map<string, string>;

/** Flattens nested objects and arrays to "a.b.0" → string; anything else is kept as a bad leaf. */
function flatten(value: unknown, prefix = '', out: Flat = new Map(), bad: string[] = []): { flat: Flat; bad: string[] } {
  if (typeof value === 'string') {
    out.set(prefix, value);
  } else if (Array.isArray(value)) {
    value.forEach((v, i) => flatten(v, `${prefix}.${i}`, out, bad));
  } else if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) flatten(v, prefix ? `${prefix}.${k}` : k, out, bad);
  } else {
    bad.push(prefix);
  }
  return { flat: out, bad };
}

const langs = { en: flatten(en), es: flatten(es) } as const;
const flatEn = langs.en.flat;
const flatEs = langs.es.flat;

/** A key is present if it has a string, or i18next plural forms (_one and _other). */
function hasKey(flat: Flat, key: string): boolean {
  if (flat.has(key)) return (flat.get(key) ?? '').trim() !== '';
  return flat.has(`${key}_one`) && flat.has(`${key}_other`);
}

function stringArray(lang: keyof typeof langs, key: string): string[] {
  const flat = langs[lang].flat;
  const out: string[] = [];
  for (let i = 0; flat.has(`${key}.${i}`); i++) out.push(flat.get(`${key}.${i}`)!);
  return out;
}

/** Every key the app will look up, built from the domain catalogs. */
function requiredKeys(): string[] {
  const keys: string[] = [];
  for (const f of factorCatalog) keys.push(`factors.${f.id}.title`, `factors.${f.id}.why`);
  for (const s of Object.keys(strengths)) keys.push(`strength.${s}`);
  for (const r of redFlagCatalog) keys.push(`redFlags.${r.id}.title`, `redFlags.${r.id}.why`);
  for (const id of routeIds) keys.push(`routes.${id}.title`, `routes.${id}.summary`);
  for (const note of Object.values(routeNotes)) keys.push(`notes.${note.id}.title`, `notes.${note.id}.body`);
  for (const id of requestOptionIds) keys.push(`requestOptions.${id}.title`, `requestOptions.${id}.description`);
  for (const w of Object.keys(requestWarnings)) keys.push(`requestWarnings.${w}`);
  for (const g of checklistGroups) keys.push(`checklist.groups.${g}`);
  for (const item of evidenceItems) {
    keys.push(`checklist.items.${item.id}.title`, `checklist.items.${item.id}.why`, `checklist.items.${item.id}.where`);
  }
  for (const s of Object.keys(sourceStatuses)) keys.push(`sources.status.${s}`);
  keys.push('sources.checkedOn', 'sources.uncertainUrl');
  for (const s of sources) keys.push(`sources.${s.id}.note`, `sources.${s.id}.issuer`);
  for (const s of sources) if ('titleIsOurs' in s) keys.push(`sources.${s.id}.title`);
  keys.push('policy.basis.summary');
  for (const v of policyVersions) keys.push(`policy.versions.${v.id}`);
  for (const h of helpResources) keys.push(`help.${h.id}.name`, `help.${h.id}.description`);
  for (const g of Object.keys(letterGaps)) keys.push(`letterGaps.${g}`);
  for (const k of summaryKeys) keys.push(`letterSummary.${k}`);
  for (const g of letterGroupIds) keys.push(`letterGroups.${g}`);
  return keys;
}

/** {{name}} variables (with or without a format) and $t(…) nestings in a string. */
function placeholders(s: string): string[] {
  const vars = [...s.matchAll(/\{\{\s*([\w.]+)\s*(?:,[^}]*)?\}\}/g)].map((m) => `{{${m[1]!}}}`);
  const nests = [...s.matchAll(/\$t\(([^)]*)\)/g)].map((m) => `$t(${m[1]!})`);
  return [...vars, ...nests].sort();
}

describe('catalog strings: coverage', () => {
  it('reads the summary keys from the letter model', () => {
    expect(summaryKeys).toEqual(
      expect.arrayContaining(['addressee', 'request', 'background', 'story', 'factor', 'concerns', 'closing', 'exhibits', 'draft']),
    );
  });

  it.each(['en', 'es'] as const)('has every catalog id in %s', (lang) => {
    const flat = langs[lang].flat;
    const missing = requiredKeys().filter((k) => !hasKey(flat, k));
    expect(missing, `missing in locales/${lang}/catalog.json`).toEqual([]);
  });

  it.each(['en', 'es'] as const)('has 3 to 6 steps for every route in %s', (lang) => {
    for (const id of routeIds) {
      const steps = stringArray(lang, `routes.${id}.steps`);
      expect(steps.length, `routes.${id}.steps (${lang})`).toBeGreaterThanOrEqual(3);
      expect(steps.length, `routes.${id}.steps (${lang})`).toBeLessThanOrEqual(6);
    }
  });

  it('has plural forms for the exhibit count', () => {
    for (const flat of [flatEn, flatEs]) {
      for (const suffix of PLURAL_SUFFIXES) expect(flat.has(`letterSummary.exhibits${suffix}`)).toBe(true);
    }
  });
});

describe('catalog strings: shape and translation', () => {
  it.each(['en', 'es'] as const)('has only non-empty strings in %s', (lang) => {
    expect(langs[lang].bad, 'values that are not strings').toEqual([]);
    const empty = [...langs[lang].flat].filter(([, v]) => v.trim() === '').map(([k]) => k);
    expect(empty).toEqual([]);
  });

  it('has the same keys in English and Spanish', () => {
    const enKeys = [...flatEn.keys()].sort();
    const esKeys = [...flatEs.keys()].sort();
    expect(enKeys.filter((k) => !flatEs.has(k)), 'only in English').toEqual([]);
    expect(esKeys.filter((k) => !flatEn.has(k)), 'only in Spanish').toEqual([]);
  });

  it('translates every string (names and numbers excepted)', () => {
    const same = [...flatEn]
      .filter(([k, v]) => flatEs.get(k) === v && !SAME_IN_BOTH.has(v) && !isNumberOnly(v))
      .map(([k]) => k);
    expect(same).toEqual([]);
  });

  it('uses the same interpolation variables and nestings in both languages', () => {
    const diffs = [...flatEn]
      .filter(([k]) => flatEs.has(k))
      .filter(([k, v]) => placeholders(v).join('|') !== placeholders(flatEs.get(k)!).join('|'))
      .map(([k, v]) => `${k}: en ${placeholders(v).join(' ')} / es ${placeholders(flatEs.get(k)!).join(' ')}`);
    expect(diffs).toEqual([]);
  });
});

describe('catalog strings: content rules', () => {
  it('tells the person to talk to a lawyer for every red flag that stops the letter', () => {
    for (const r of redFlagCatalog) {
      if (r.severity !== 'stop') continue;
      expect(flatEn.get(`redFlags.${r.id}.why`), r.id).toContain('Talk to a lawyer before you contact ICE.');
      expect(flatEs.get(`redFlags.${r.id}.why`), r.id).toContain('Hable con un abogado antes de comunicarse con ICE.');
    }
  });

  it('keeps strength labels qualitative: no numbers, no odds', () => {
    for (const s of Object.keys(strengths)) {
      for (const flat of [flatEn, flatEs]) {
        const label = flat.get(`strength.${s}`) ?? '';
        expect(label).not.toMatch(/\d|%|chance|odds|probab|posibilidad/i);
      }
    }
  });

  it('gives the contacts each route needs', () => {
    const all = (lang: keyof typeof langs, id: string) =>
      [langs[lang].flat.get(`routes.${id}.summary`) ?? '', ...stringArray(lang, `routes.${id}.steps`)].join(' ');
    for (const lang of ['en', 'es'] as const) {
      expect(all(lang, 'detained-ero')).toContain('1-888-351-4024');
      expect(all(lang, 'detained-ero')).toContain('locator.ice.gov');
      expect(all(lang, 'final-order-stay')).toContain('I-246');
      expect(all(lang, 'find-out-status-first')).toContain('1-800-898-7180');
    }
    expect(all('en', 'lawyer-first')).toMatch(/draft for a lawyer/);
    expect(all('es', 'lawyer-first')).toMatch(/borrador para que lo revise un abogado/);
  });

  it('does not promise outcomes', () => {
    const promises = [...flatEn, ...flatEs]
      .filter(([, v]) => /\b(you qualify|you will win|guaranteed?|usted califica|garantiza)/i.test(v))
      .map(([k]) => k);
    expect(promises).toEqual([]);
  });
});

describe('catalog strings: rendered with i18next', () => {
  const i18n = createInstance();
  void i18n.init({
    resources: { en: { catalog: en }, es: { catalog: es } },
    lng: 'en',
    fallbackLng: false,
    ns: ['catalog'],
    defaultNS: 'catalog',
    initAsync: false,
    interpolation: { escapeValue: false },
  });
  const leftovers = /\$t\(|\{\{|letterSummary\.|requestOptions\.|factors\./;

  it.each(['en', 'es'] as const)('resolves every nested title in the %s summary', (lng) => {
    for (const option of requestOptionIds) {
      const text = i18n.t('letterSummary.request', { lng, option });
      expect(text, option).not.toMatch(leftovers);
      expect(text).toContain(i18n.t(`requestOptions.${option}.title`, { lng }));
    }
    for (const f of factorCatalog) {
      for (const context of [undefined, 'noTabs']) {
        const text = i18n.t('letterSummary.factor', { lng, factor: f.id, tabs: 'A, B', context });
        expect(text, f.id).not.toMatch(leftovers);
        expect(text).toContain(i18n.t(`factors.${f.id}.title`, { lng }));
      }
    }
    for (const context of [undefined, 'court', 'hearing', 'none']) {
      expect(i18n.t('letterSummary.background', { lng, court: 'Dallas', hearing: '03/2027', context })).not.toMatch(leftovers);
    }
  });

  it.each(['en', 'es'] as const)('pluralizes the exhibit count in %s', (lng) => {
    const zero = i18n.t('letterSummary.exhibits', { lng, count: 0 });
    const one = i18n.t('letterSummary.exhibits', { lng, count: 1 });
    const many = i18n.t('letterSummary.exhibits', { lng, count: 5 });
    expect(new Set([zero, one, many]).size).toBe(3);
    expect(one).toContain('1');
    expect(many).toContain('5');
    for (const s of [zero, one, many]) expect(s).not.toMatch(leftovers);
  });

  it.each(['en', 'es'] as const)('fills the checked-on templates in %s', (lng) => {
    expect(i18n.t('sources.checkedOn', { lng, date: 'X-DATE' })).toContain('X-DATE');
    expect(i18n.t('policy.basis.summary', { lng, date: 'X-DATE' })).toContain('X-DATE');
  });
});

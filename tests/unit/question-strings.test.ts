/**
 * The `questions` namespace has a string for every step, field and option the wizard shows,
 * in English and Spanish, with the same keys and the same interpolation variables. Keys are
 * built from domain ids at run time (see field-input.tsx and step-page.tsx), so this test is
 * what catches a missing or misspelt one. The namespace is two files (src/app/i18n.ts): the first
 * section's questions and the shared words in questions.json, every later question in
 * questions-later.json; the last tests check that split.
 */
import { describe, expect, it } from 'vitest';
import { learnTopicForStep, sectionIds, steps, type FieldPath } from '../../src/domain';
import { fieldWidgets, listOptions } from '../../src/ui/form/field-specs';
import { DATE_FIELDS } from '../../src/features/wizard/step-form-rules';
import { E } from '../../src/ui/form/field-forms';
import enCommon from '../../locales/en/common.json';
import esCommon from '../../locales/es/common.json';
import enFirstJson from '../../locales/en/questions.json';
import enLaterJson from '../../locales/en/questions-later.json';
import esFirstJson from '../../locales/es/questions.json';
import esLaterJson from '../../locales/es/questions-later.json';
import { enQuestions, esQuestions } from '../fixtures/question-strings';

type Tree = { [key: string]: string | Tree };

const en: Tree = enQuestions;
const es: Tree = esQuestions;
const files = { en: { first: enFirstJson as Tree, later: enLaterJson as Tree }, es: { first: esFirstJson as Tree, later: esLaterJson as Tree } };
const locales = { en, es } as const;

/** Spanish strings that may equal the English ones: proper nouns and words spelt the same. */
const SAME_IN_BOTH = new Set(['No', 'DACA', 'TPS', 'VAWA', 'SIJS', 'ICE', 'GED', 'ITIN']);

/** Option lists the radio widget reads from shared keys instead of the field's own. */
const SHARED_OPTION_SETS = new Map([
  ['yes,no,unknown', 'options.tri'],
  ['yes,no', 'options.yesNo'],
]);

/** Sub-keys the composite widgets read under `fields.<path>.`. */
const WIDGET_SUB_KEYS: Partial<Record<string, readonly string[]>> = {
  address: ['parts.street', 'parts.city', 'parts.state', 'parts.zip'],
  family: ['none', 'row', 'relationship', 'status', 'add'],
  applications: ['none', 'status'],
  court: ['choose', 'notListed', 'typedLabel'],
  records: ['row', 'kind', 'date', 'outcome', 'add'],
};

/** Row headings are interpolated with the row number; the section line above each question with its place. */
const INTERPOLATED: Record<string, readonly string[]> = {
  'fields.favourable.family.row': ['n'],
  'fields.criminal.records.row': ['n'],
  'sections.progress': ['index', 'name', 'total'],
  'sections.question': ['index', 'total'],
  'pageTitle.question': ['number', 'total'],
  'pageTitle.questionInSection': ['number', 'section', 'total'],
  'errors.not-printable': ['chars'],
  'errors.number-range': ['max', 'min'],
  'formats.readAs': ['date'],
  'formats.otherOrder': ['other'],
};

/** Shared option sets and the values each must label. */
const OPTION_SETS: Record<string, readonly string[]> = {
  'options.tri': ['yes', 'no', 'unknown'],
  'options.yesNo': ['yes', 'no'],
  'options.relationship': listOptions.relationships,
  'options.familyStatus': listOptions.familyStatuses,
  'options.application': listOptions.applicationKinds,
  'options.applicationStatus': listOptions.applicationStatuses,
  'options.offence': listOptions.offenceKinds,
  'options.outcome': listOptions.offenceOutcomes,
};

function lookup(tree: Tree, key: string): string | Tree | undefined {
  let node: string | Tree | undefined = tree;
  for (const part of key.split('.')) {
    if (node === undefined || typeof node === 'string') return undefined;
    node = node[part];
  }
  return node;
}

/** Widgets whose empty answer has the question's own message (fields.<path>.error). */
const OWN_ERROR_KINDS: ReadonlySet<string> = new Set(['radio', 'text', 'date', 'number', 'a-number', 'court']);
const ADDRESS_PARTS = ['street', 'city', 'state', 'zip'] as const;
/**
 * The checks' general messages (src/ui/form/field-forms.ts `E`): those the first section's
 * questions can give are in the first download (common.json); the others, with the later
 * questions' words.
 */
const FIRST_ERROR_CODES: readonly string[] = [E.choose, E.required, E.tooLong];
const LATER_ERROR_CODES: readonly string[] = Object.values(E).filter((code) => !FIRST_ERROR_CODES.includes(code));

/** Every leaf as [dotted key, value]; a non-string leaf is reported with its type. */
function leaves(tree: Tree, prefix = ''): [string, unknown][] {
  const out: [string, unknown][] = [];
  for (const [k, v] of Object.entries(tree)) {
    const key = prefix ? `${prefix}.${k}` : k;
    if (v !== null && typeof v === 'object' && !Array.isArray(v)) out.push(...leaves(v, key));
    else out.push([key, v]);
  }
  return out;
}

function variables(s: string): string[] {
  return [...s.matchAll(/\{\{\s*([^}\s,]+)[^}]*\}\}/g)].map((m) => m[1] ?? '').sort();
}

/** The keys the wizard reads, each one required in both languages. */
function requiredKeys(): string[] {
  const keys = ['formats.date', 'formats.aNumber'];
  for (const [set, values] of Object.entries(OPTION_SETS)) {
    for (const v of values) keys.push(`${set}.${v}`);
  }
  for (const step of steps) keys.push(`steps.${step.id}.title`, `steps.${step.id}.why`);
  // A page's tick list: its question (the list's legend), and each item's words as a statement.
  for (const step of steps.filter((s) => s.ticks)) keys.push(`steps.${step.id}.ticks`, ...(step.ticks ?? []).map((p) => `fields.${p}.tick`));
  keys.push(...TICK_WORDS.map((k) => `ticks.${k}`));
  for (const s of sectionIds) keys.push(`sections.${s}`);
  keys.push('sections.progress', 'sections.question');
  for (const [path, widget] of Object.entries(fieldWidgets) as [FieldPath, (typeof fieldWidgets)[FieldPath]][]) {
    keys.push(`fields.${path}.label`);
    if (widget.kind === 'radio' && !SHARED_OPTION_SETS.has(widget.options.join(','))) {
      for (const o of widget.options) keys.push(`fields.${path}.options.${o}`);
    }
    for (const sub of WIDGET_SUB_KEYS[widget.kind] ?? []) keys.push(`fields.${path}.${sub}`);
    // Its own words for an empty answer ("Choose whether…"), and a date's own example.
    if (OWN_ERROR_KINDS.has(widget.kind) && !(widget.kind === 'text' && widget.optional)) keys.push(`fields.${path}.error`);
    if (widget.kind === 'date') keys.push(`fields.${path}.dateHint`);
    if (widget.kind === 'address') for (const part of ADDRESS_PARTS) keys.push(`fields.${path}.errors.${part}`);
  }
  return keys;
}

/** The words every tick list shares. */
const TICK_WORDS = ['hint', 'none', 'unsure', 'unsureHint', 'each', 'error'] as const;
const tickPaths = new Set<string>(steps.flatMap((s) => s.ticks ?? []));

/** Wording variants (i18next context): "label_helper" speaks to someone answering for a detained person. */
const CONTEXTS = ['helper'] as const;
const withoutContext = (key: string) => CONTEXTS.reduce((k, c) => (k.endsWith(`_${c}`) ? k.slice(0, -c.length - 1) : k), key);

/** The problems a question has its own message for (its dates checked against the others'). */
function ownProblemMessages(path: string): string[] {
  const messages = (DATE_FIELDS as Record<string, Record<string, string | null>>)[path];
  return messages ? Object.values(messages).filter((m): m is string => m !== null) : [];
}

describe('questions namespace', () => {
  it.each(Object.entries(locales))('%s has every key the wizard reads', (_lang, tree) => {
    const missing = requiredKeys().filter((k) => typeof lookup(tree, k) !== 'string');
    expect(missing).toEqual([]);
  });

  it.each(Object.entries(locales))('%s has a field entry for every field a step asks', (_lang, tree) => {
    const missing = steps.flatMap((s) => s.fields.map((f) => f.path)).filter((p) => !(p in fieldWidgets)
      || typeof lookup(tree, `fields.${p}.label`) !== 'string');
    expect(missing).toEqual([]);
  });

  it.each(Object.entries(locales))('%s has no stray step, field or option keys', (_lang, tree) => {
    const stepIds = new Set(steps.map((s) => s.id));
    const strayKeys: string[] = [];
    for (const [key] of leaves(tree)) {
      const parts = key.split('.');
      if (parts[0] === 'steps') {
        // `learnMore`: the "Read more" link of a question that links to a learn page (src/domain/learn-links.ts).
        const allowed = ['title', 'why', 'intro', ...(learnTopicForStep(parts[1] ?? '') ? ['learnMore'] : []),
          ...(steps.find((s) => s.id === parts[1])?.ticks ? ['ticks'] : [])];
        if (!stepIds.has(parts[1] ?? '') || !allowed.includes(withoutContext(parts[2] ?? '')) || parts.length !== 3) strayKeys.push(key);
      } else if (parts[0] === 'fields') {
        const path = `${parts[1]}.${parts[2]}` as FieldPath;
        const widget = fieldWidgets[path];
        const rest = parts.slice(3).join('.');
        const allowed = widget !== undefined && (
          withoutContext(rest) === 'label' || withoutContext(rest) === 'hint'
          || (withoutContext(rest) === 'error' && OWN_ERROR_KINDS.has(widget.kind))
          || (rest === 'dateHint' && widget.kind === 'date')
          || ((rest === 'tick' || rest === 'tickHint') && tickPaths.has(path))
          || (widget.kind === 'address' && parts[3] === 'errors' && (ADDRESS_PARTS as readonly string[]).includes(parts[4] ?? '') && parts.length === 5)
          || (parts[3] === 'errors' && parts.length === 5 && ownProblemMessages(path).includes(parts[4] ?? ''))
          || (widget.kind === 'radio' && parts[3] === 'options' && widget.options.includes(parts[4] ?? '') && parts.length === 5
            && !SHARED_OPTION_SETS.has(widget.options.join(',')))
          || (WIDGET_SUB_KEYS[widget.kind] ?? []).includes(rest));
        if (!allowed) strayKeys.push(key);
      } else if (parts[0] === 'sections') {
        if (!(sectionIds as readonly string[]).concat('progress', 'question').includes(parts[1] ?? '') || parts.length !== 2) strayKeys.push(key);
      } else if (parts[0] === 'options') {
        const set = `options.${parts[1]}`;
        if (!(OPTION_SETS[set] ?? []).includes(parts[2] ?? '') || parts.length !== 3) strayKeys.push(key);
      } else if (parts[0] === 'ticks') {
        if (!(TICK_WORDS as readonly string[]).includes(parts[1] ?? '') || parts.length !== 2) strayKeys.push(key);
      } else if (parts[0] === 'errors') {
        // The general messages of the later questions' checks (src/ui/form/field-forms.ts).
        if (!LATER_ERROR_CODES.includes(parts[1] ?? '') || parts.length !== 2) strayKeys.push(key);
      } else if (parts[0] === 'pageTitle') {
        if (!['question', 'questionInSection'].includes(parts[1] ?? '') || parts.length !== 2) strayKeys.push(key);
      } else if (!(parts[0] === 'formats' && ['date', 'aNumber', 'readAs', 'otherOrder'].includes(parts[1] ?? '') && parts.length === 2)) {
        strayKeys.push(key);
      }
    }
    expect(strayKeys).toEqual([]);
  });

  it('every question that links to a learn page has the link\'s words, after the first download', () => {
    const linked = steps.filter((s) => learnTopicForStep(s.id));
    expect(linked.length).toBeGreaterThan(0);
    for (const step of linked) {
      // The first section's words are in the first download; the learn links' are not.
      expect(step.section, step.id).not.toBe(sectionIds[0]);
      for (const lang of ['en', 'es'] as const) {
        expect(lookup(files[lang].later, `steps.${step.id}.learnMore`), `${lang} ${step.id}`).toEqual(expect.stringMatching(/\S/));
      }
    }
  });

  it('English and Spanish have the same keys', () => {
    const enKeys = leaves(en).map(([k]) => k).sort();
    const esKeys = leaves(es).map(([k]) => k).sort();
    expect(esKeys.filter((k) => !enKeys.includes(k))).toEqual([]);
    expect(enKeys.filter((k) => !esKeys.includes(k))).toEqual([]);
  });

  it.each(Object.entries(locales))('%s has only non-empty strings', (_lang, tree) => {
    const bad = leaves(tree).filter(([, v]) => typeof v !== 'string' || v.trim() === '' || v !== v.trim()).map(([k]) => k);
    expect(bad).toEqual([]);
  });

  it('Spanish strings are translated', () => {
    const esByKey = new Map(leaves(es));
    const same = leaves(en)
      .filter(([k, v]) => esByKey.get(k) === v && !SAME_IN_BOTH.has(v as string))
      .map(([k, v]) => `${k}: ${String(v)}`);
    expect(same).toEqual([]);
  });

  it('English and Spanish use the same interpolation variables', () => {
    const esByKey = new Map(leaves(es));
    const differ = leaves(en)
      .filter(([k, v]) => {
        const other = esByKey.get(k);
        return typeof v === 'string' && typeof other === 'string' && variables(v).join() !== variables(other).join();
      })
      .map(([k]) => k);
    expect(differ).toEqual([]);
  });

  it.each(Object.entries(locales))('%s interpolated strings carry their variables', (_lang, tree) => {
    for (const [key, vars] of Object.entries(INTERPOLATED)) {
      const value = lookup(tree, key);
      expect(typeof value, key).toBe('string');
      expect(variables(value as string), key).toEqual([...vars].sort());
    }
  });

  it.each(Object.entries(locales))('%s has no variables outside those strings', (_lang, tree) => {
    const extra = leaves(tree)
      .filter(([k, v]) => !(k in INTERPOLATED) && typeof v === 'string' && variables(v).length > 0)
      .map(([k]) => k);
    expect(extra).toEqual([]);
  });

  it('each date question gives the same example date, month first in English and day first in Spanish', () => {
    const dates = (Object.entries(fieldWidgets) as [FieldPath, (typeof fieldWidgets)[FieldPath]][]).filter(([, w]) => w.kind === 'date');
    expect(dates.length).toBeGreaterThan(3);
    for (const [path] of dates) {
      const full = /(\d{2})\/(\d{2})\/(\d{4})/.exec(String(lookup(en, `fields.${path}.dateHint`)));
      expect(full, path).not.toBeNull();
      const [, month, day, year] = full!;
      // A day above 12 cannot be read as a month: the example shows the order.
      expect(Number(day), path).toBeGreaterThan(12);
      expect(String(lookup(es, `fields.${path}.dateHint`)), path).toContain(`${day}/${month}/${year}`);
    }
  });

  it('the Spanish date hint shows the day first, as the Spanish date parser reads it', () => {
    expect(lookup(es, 'formats.date')).toContain('14/03/2019');
    expect(lookup(en, 'formats.date')).toContain('03/14/2019');
  });
});

describe('questions.json and questions-later.json', () => {
  const [firstSection] = sectionIds;
  const firstSteps = steps.filter((s) => s.section === firstSection);
  const laterSteps = steps.filter((s) => s.section !== firstSection);

  it.each(Object.entries(files))('%s: the first section (all the first question needs) is in questions.json', (_lang, { first, later }) => {
    expect(firstSteps.length).toBeGreaterThan(0);
    for (const step of firstSteps) {
      expect(typeof lookup(first, `steps.${step.id}.title`), step.id).toBe('string');
      expect(lookup(later, `steps.${step.id}`), step.id).toBeUndefined();
      for (const f of step.fields) {
        expect(typeof lookup(first, `fields.${f.path}.label`), f.path).toBe('string');
        expect(lookup(later, `fields.${f.path}`), f.path).toBeUndefined();
      }
    }
    for (const shared of ['formats', 'options', 'sections', 'pageTitle']) expect(lookup(first, shared), shared).toBeDefined();
  });

  it.each(Object.entries(files))('%s: every later question is in questions-later.json only', (_lang, { first, later }) => {
    for (const step of laterSteps) {
      expect(typeof lookup(later, `steps.${step.id}.title`), step.id).toBe('string');
      expect(lookup(first, `steps.${step.id}`), step.id).toBeUndefined();
      for (const f of step.fields) {
        expect(typeof lookup(later, `fields.${f.path}.label`), f.path).toBe('string');
        expect(lookup(first, `fields.${f.path}`), f.path).toBeUndefined();
      }
    }
  });

  it.each(Object.entries(files))('%s: every message of the checks is there, the first section\'s in the first download', (lang, { first, later }) => {
    const common = (lang === 'en' ? enCommon : esCommon).errors as Tree;
    for (const code of FIRST_ERROR_CODES) expect(typeof common[code], code).toBe('string');
    for (const code of LATER_ERROR_CODES) {
      expect(typeof lookup(later, `errors.${code}`), code).toBe('string');
      expect(common[code], code).toBeUndefined();
    }
    expect(lookup(first, 'errors')).toBeUndefined();
    // The characters the printed papers cannot show are named.
    expect(lookup(later, 'errors.not-printable')).toEqual(expect.stringContaining('{{chars}}'));
  });

  it.each(Object.entries(files))('%s: no string is in both files', (_lang, { first, later }) => {
    const firstKeys = new Set(leaves(first).map(([k]) => k));
    expect(leaves(later).map(([k]) => k).filter((k) => firstKeys.has(k))).toEqual([]);
  });
});

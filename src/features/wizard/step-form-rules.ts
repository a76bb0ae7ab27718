/**
 * The checks of a wizard page's form (zod, through react-hook-form's resolver). Loaded when the
 * first question is on screen and the browser is idle, or at the latest when a page is checked:
 * not with the first question itself (docs/adr/0004-bundle-budget.md).
 */
import { zodResolver } from '@hookform/resolvers/zod';
import type { Resolver, ResolverResult } from 'react-hook-form';
import { z } from 'zod/mini';
import { type CaseData, type DateDisagreement, datesDisagree, type DateOrder, type FieldSpec, getField, parseTypedDate, type Step } from '../../domain';
import { fieldFormSchema } from '../../ui/form/field-forms';
import { fieldWidgets, isoToTyped } from '../../ui/form/field-specs';
import { stepAnswers, type FormValues } from './step-form-schema';

/**
 * The schemas made so far, by page, date order and questions asked: a page is checked on every
 * Continue (and again after each change once it showed errors), and making its schema each time
 * was a good part of a step's time on a slow phone (issue 17).
 */
const schemas = new Map<string, ReturnType<typeof makeStepFormSchema>>();
const resolvers = new Map<string, Resolver<PageValues>>();
const keyOf = (step: Step, order: DateOrder, fields: readonly FieldSpec[]) => `${step.id}|${order}|${fields.map((f) => f.path).join(',')}`;

/** The zod schema of a page's form, for the questions it asks now (`fields`; all by default). */
export function stepFormSchema(step: Step, order: DateOrder, fields: readonly FieldSpec[] = step.fields) {
  const key = keyOf(step, order, fields);
  let schema = schemas.get(key);
  if (!schema) {
    schema = makeStepFormSchema(fields, order);
    schemas.set(key, schema);
  }
  return schema;
}

function makeStepFormSchema(fields: readonly FieldSpec[], order: DateOrder) {
  const parts: Record<string, Record<string, z.ZodMiniType<unknown>>> = {};
  for (const f of fields) {
    const [part, key] = f.path.split('.') as [string, string];
    (parts[part] ??= {})[key] = fieldFormSchema(f.path, order);
  }
  return z.object(Object.fromEntries(Object.entries(parts).map(([part, shape]) => [part, z.object(shape)])));
}

type PageValues = Record<string, Record<string, unknown>>;

/** The page's resolver for the questions it asks now. */
export function stepResolver(step: Step, order: DateOrder, fields: readonly FieldSpec[]): Resolver<PageValues> {
  const key = keyOf(step, order, fields);
  let resolver = resolvers.get(key);
  if (!resolver) {
    resolver = zodResolver(stepFormSchema(step, order, fields)) as unknown as Resolver<PageValues>;
    resolvers.set(key, resolver);
  }
  return resolver;
}

/**
 * Makes the page's schema and resolver and runs the schema once (zod sets up an object's checks
 * on its first run), while the page waits for the person: Continue then finds them ready.
 */
export function prepareStepChecks(step: Step, order: DateOrder, fields: readonly FieldSpec[], values: FormValues): void {
  stepResolver(step, order, fields);
  stepFormSchema(step, order, fields).safeParse(values);
}

/** The answers the page's values give, or null when they are not complete and valid. */
export function validStepAnswers(step: Step, order: DateOrder, fields: readonly FieldSpec[], values: FormValues): ReturnType<typeof stepAnswers> | null {
  const parsed = stepFormSchema(step, order, fields).safeParse(values);
  return parsed.success ? stepAnswers(step, parsed.data as FormValues) : null;
}

/**
 * The three dates checked against each other, and the message each gets for each disagreement:
 * the question's own words (`fields.<path>.errors.<message>` in its questions file).
 */
export const DATE_FIELDS = {
  'person.dateOfBirth': { 'entry-before-birth': 'birth-after-entry', 'age-does-not-match': 'birth-does-not-match-age' },
  'history.entryDate': { 'entry-before-birth': 'entry-before-birth', 'age-does-not-match': null },
  'history.ageAtEntry': { 'entry-before-birth': null, 'age-does-not-match': 'age-does-not-match' },
} as const satisfies Record<string, Record<DateDisagreement, string | null>>;
type DateField = keyof typeof DATE_FIELDS;

/**
 * After the page's own checks pass: its date of birth, date of arrival or age at arrival, against
 * the others as saved (asked on another page) or typed here. A disagreement is shown at the
 * question on this page, so the letter never states dates that cannot all be true.
 */
export function withDatesChecked(step: Step, result: ResolverResult<PageValues>, saved: CaseData): ResolverResult<PageValues> {
  if (Object.keys(result.errors).length > 0) return result;
  const here = step.fields.map((f) => f.path).filter((p): p is DateField => p in DATE_FIELDS);
  if (here.length === 0) return result;
  const value = (path: DateField): unknown => {
    if (!here.includes(path)) return getField(saved, path);
    const [part, key] = path.split('.') as [string, string];
    return result.values[part]?.[key];
  };
  const problems = datesDisagree({
    dateOfBirth: value('person.dateOfBirth') as string | undefined,
    entryDate: value('history.entryDate') as string | undefined,
    ageAtEntry: value('history.ageAtEntry') as number | 'unknown' | undefined,
  });
  const errors: Record<string, Record<string, { type: string; message: string }>> = {};
  for (const problem of problems) {
    for (const path of here) {
      const message = DATE_FIELDS[path][problem];
      if (!message) continue;
      const [part, key] = path.split('.') as [string, string];
      (errors[part] ??= {})[key] = { type: 'custom', message };
    }
  }
  return Object.keys(errors).length === 0 ? result : { values: {}, errors: errors as ResolverResult<PageValues>['errors'] };
}

/**
 * The dates typed on a page, read in the date order they were typed in (`from`: the language the
 * page was in) and written again in the new language's (`to`): "05/01/2019" typed in Spanish is
 * January 5, and becomes "01/05/2019" in English, not May 1. What cannot be read is left as typed,
 * for the page's own check. Returns the form paths to set and their new text.
 */
export function retypedDates(step: Step, values: FormValues, from: DateOrder, to: DateOrder): [path: string, text: string][] {
  const out: [string, string][] = [];
  const again = (path: string, typed: unknown) => {
    const v = typed as { text?: unknown; unknown?: unknown } | undefined;
    if (!v || v.unknown === true || typeof v.text !== 'string' || v.text.trim() === '') return;
    const iso = parseTypedDate(v.text, from);
    const text = iso ? isoToTyped(iso, to) : null;
    if (text !== null && text !== v.text.trim()) out.push([`${path}.text`, text]);
  };
  for (const f of step.fields) {
    const [part, key] = f.path.split('.') as [string, string];
    const value = values[part]?.[key];
    const kind = fieldWidgets[f.path].kind;
    if (kind === 'date') again(f.path, value);
    else if (kind === 'records' && Array.isArray(value)) value.forEach((row: { date?: unknown }, i) => again(`${f.path}.${i}.date`, row?.date));
  }
  return out;
}

/** The zod schema of one wizard page, built from the flow's step table and the field specs. */
import { z } from 'zod/mini';
import { askedFields, type CaseData, type DateOrder, type FieldPath, type FieldSpec, setField, type Step } from '../../domain';
import { fieldFormSchema, fieldWidgets, toFormValue } from '../../ui/form/field-specs';

type FormValues = Partial<Record<string, Record<string, unknown> | undefined>>;

/**
 * The case as the page holds it now: the saved answers, with this page's choices (its radio
 * answers) as chosen so far. A question shown under another one on the page reads it.
 */
function caseWithChoices(step: Step, c: CaseData, values: FormValues): CaseData {
  let out = c;
  for (const f of step.fields) {
    if (fieldWidgets[f.path].kind !== 'radio') continue;
    const [part, key] = f.path.split('.') as [string, string];
    const v = values[part]?.[key];
    out = setField(out, f.path, typeof v === 'string' && v !== '' ? v : undefined);
  }
  return out;
}

/** The questions the page asks with these choices (a conditional one only once its answer shows it). */
export function fieldsAskedNow(step: Step, c: CaseData, values: FormValues): FieldSpec[] {
  return askedFields(step, caseWithChoices(step, c, values));
}

/** The zod schema of a page's form, for the questions it asks now (`fields`; all by default). */
export function stepFormSchema(step: Step, order: DateOrder, fields: readonly FieldSpec[] = step.fields) {
  const parts: Record<string, Record<string, z.ZodMiniType<unknown>>> = {};
  for (const f of fields) {
    const [part, key] = f.path.split('.') as [string, string];
    (parts[part] ??= {})[key] = fieldFormSchema(f.path, order);
  }
  return z.object(Object.fromEntries(Object.entries(parts).map(([part, shape]) => [part, z.object(shape)])));
}

export function stepDefaultValues(step: Step, read: (path: FieldPath) => unknown, order: DateOrder): Record<string, Record<string, unknown>> {
  const values: Record<string, Record<string, unknown>> = {};
  for (const f of step.fields) {
    const [part, key] = f.path.split('.') as [string, string];
    (values[part] ??= {})[key] = toFormValue(f.path, read(f.path), order);
  }
  return values;
}

/** The case values a submitted page sets, by field path (undefined clears an optional field). */
/** A question the page does not ask now is cleared: the case keeps no answer to it. */
export function stepAnswers(step: Step, output: FormValues): Partial<Record<FieldPath, unknown>> {
  const out: Partial<Record<FieldPath, unknown>> = {};
  for (const f of step.fields) {
    const [part, key] = f.path.split('.') as [string, string];
    out[f.path] = output[part]?.[key];
  }
  return out;
}

/** The zod schema of one wizard page, built from the flow's step table and the field specs. */
import { z } from 'zod/mini';
import { type DateOrder, type FieldPath, type Step } from '../../domain';
import { fieldFormSchema, toFormValue } from '../../ui/form/field-specs';

export function stepFormSchema(step: Step, order: DateOrder) {
  const parts: Record<string, Record<string, z.ZodMiniType<unknown>>> = {};
  for (const f of step.fields) {
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
export function stepAnswers(step: Step, output: Record<string, Record<string, unknown>>): Partial<Record<FieldPath, unknown>> {
  const out: Partial<Record<FieldPath, unknown>> = {};
  for (const f of step.fields) {
    const [part, key] = f.path.split('.') as [string, string];
    out[f.path] = output[part]?.[key];
  }
  return out;
}

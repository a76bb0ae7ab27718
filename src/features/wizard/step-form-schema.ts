/**
 * One wizard page's form, from the flow's step table and the field specs: which questions it asks
 * with the choices made, its starting values and the answers it saves. Its checks (zod) are in
 * step-form-rules.ts, loaded apart (docs/adr/0004-bundle-budget.md).
 */
import { askedFields, type CaseData, type DateOrder, type FieldPath, type FieldSpec, setField, type Step } from '../../domain';
import { fieldWidgets, toFormValue } from '../../ui/form/field-specs';

export type FormValues = Partial<Record<string, Record<string, unknown> | undefined>>;

/**
 * The page's choices that can show a question under them: its radio answers, on a page that has
 * such a question (none otherwise, so the page need not watch anything).
 */
export function revealingChoices(step: Step): FieldPath[] {
  return step.fields.some((f) => f.reveal) ? step.fields.filter((f) => fieldWidgets[f.path].kind === 'radio').map((f) => f.path) : [];
}

/**
 * The questions the page asks with these choices: the saved answers, with each choice as chosen
 * so far ([path, value] pairs; a value that is not a chosen option counts as no answer yet).
 */
function askedWith(step: Step, c: CaseData, choices: readonly (readonly [FieldPath, unknown])[]): FieldSpec[] {
  let live = c;
  for (const [path, v] of choices) live = setField(live, path, typeof v === 'string' && v !== '' ? v : undefined);
  return askedFields(step, live);
}

/** The questions asked with the values of the whole form (when it is checked). */
export function fieldsAskedNow(step: Step, c: CaseData, values: FormValues): FieldSpec[] {
  return askedWith(step, c, revealingChoices(step).map((path) => {
    const [part, key] = path.split('.') as [string, string];
    return [path, values[part]?.[key]] as const;
  }));
}

/** The questions asked with the watched choices (values in the order of `revealingChoices`), while the page shows. */
export function fieldsAskedWithChoices(step: Step, c: CaseData, values: readonly unknown[]): FieldSpec[] {
  return askedWith(step, c, revealingChoices(step).map((path, i) => [path, values[i]] as const));
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

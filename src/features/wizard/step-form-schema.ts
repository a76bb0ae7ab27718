/**
 * One wizard page's form, from the flow's step table and the field specs: which questions it asks
 * with the choices made, its starting values and the answers it saves. Its checks (zod) are in
 * step-form-rules.ts, loaded apart (docs/adr/0004-bundle-budget.md).
 */
import { askedFields, type CaseData, type DateOrder, type FieldPath, type FieldSpec, setField, type Step, tickListNow } from '../../domain';
import { fieldWidgets, toFormValue } from '../../ui/form/field-specs';
import { get } from 'react-hook-form';
import { fieldId } from './field-parts';

// ── The tick list (tick-list.tsx) ─────────────────────────────────────────────────────────────
export const TICK_MODE = 'page.ticks';
/** '' (tick the ones that apply), 'none' ("None of these") or 'unsure' (answer each one). */
export type TickMode = '' | 'none' | 'unsure';

/** One question of the list, and the questions shown under it when it is "yes" (its reveals). */
export interface TickItem {
  field: FieldSpec;
  reveals: FieldSpec[];
}

/** How the list opens for saved answers: "not sure" to any of them opens each as its own question. */
export function tickModeFor(saved: readonly unknown[]): TickMode {
  if (saved.includes('unknown')) return 'unsure';
  if (saved.includes('yes')) return '';
  return saved.length > 0 && saved.every((v) => v === 'no') ? 'none' : '';
}

/**
 * The values to save for the list's questions when the page is sent (read through `value`):
 * unticked ones are "no" once something is ticked, all are "no" for "None of these". An empty
 * list stays empty, so the page asks for an answer.
 */
export function tickAnswers(mode: TickMode, paths: readonly FieldPath[], value: (p: FieldPath) => unknown): [FieldPath, 'no'][] {
  if (mode === 'unsure') return [];
  if (mode === 'none') return paths.map((p) => [p, 'no']);
  return paths.some((p) => value(p) === 'yes') ? paths.filter((p) => value(p) !== 'yes').map((p) => [p, 'no']) : [];
}

/**
 * Does the list itself have an error now: an answer missing while it is shown as boxes (with "I'm
 * not sure", each question shows its own). The list and the error summary both ask this.
 */
export function tickListHasError(errors: unknown, items: readonly TickItem[], mode: TickMode): boolean {
  return mode !== 'unsure' && items.some((i) => get(errors, i.field.path) !== undefined);
}

/** The id of the list's first box: where the error summary sends focus. */
export const tickListFocusId = (items: readonly TickItem[]): string => `${fieldId(items[0]!.field.path)}-tick`;

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
  // The tick list's exclusive choice, from the saved answers (the form's own, not a case field).
  if (step.ticks) values.page = { ticks: tickModeFor(step.ticks.map(read).filter((v) => v !== undefined)) };
  return values;
}

/**
 * The page's questions in the order shown: each on its own, or the tick list's (with the questions
 * each one shows under it) at the place of its first one.
 */
export type PagePart = { kind: 'field'; field: FieldSpec } | { kind: 'ticks'; items: TickItem[] };

export function pageParts(step: Step, shown: readonly FieldSpec[]): PagePart[] {
  const inList = new Set<string>(tickListNow(step, shown));
  const parts: PagePart[] = [];
  let list: TickItem[] | null = null;
  let underItem = false;
  for (const field of shown) {
    if (inList.has(field.path)) {
      if (!list) parts.push({ kind: 'ticks', items: (list = []) });
      list.push({ field, reveals: [] });
      underItem = true;
    } else if (field.reveal && underItem && list) {
      list[list.length - 1]!.reveals.push(field);
    } else {
      underItem = false;
      parts.push({ kind: 'field', field });
    }
  }
  return parts;
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

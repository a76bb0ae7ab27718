/**
 * One input per case field, chosen by its widget. Every input has a visible label, a hint where
 * useful, its error next to it (aria-describedby + aria-invalid), and radio groups use
 * fieldset + legend. Words come from the `questions` namespace. The longer inputs of later
 * questions (address, lists) are in ./field-input-lists, loaded when a page needs one.
 */
import { lazy, type ReactNode } from 'react';
import { type FieldError, get, useWatch } from 'react-hook-form';
import type { FieldPath } from '../../domain';
import type { TickItem } from './step-form-schema';
import { fieldWidgets, type Widget } from '../../ui/form/field-specs';
import { describedBy, ErrorText, fieldId, optionKey, useFieldErrors, useFieldText, usePageWords, useStepForm } from './field-parts';
import type * as ListsModule from './field-input-lists';

export { PageWordsContext, StepFormContext, WordingContext } from './field-parts';

const LazyListField = lazy(() => import('./field-input-lists').then((m) => ({ default: m.ListField })));
const LazyTickList = lazy(() => import('./field-input-lists').then((m) => ({ default: m.TickList })));
let lists: typeof ListsModule | null = null;

/**
 * Loads the longer inputs ahead, with the later questions' words (src/app/later-questions.tsx),
 * so that their pages do not wait (React holds a page back ~300 ms after a loading line).
 */
export function loadLaterInputs(): Promise<void> {
  return import('./field-input-lists').then((m) => {
    lists = m;
  });
}

/** Where the error summary sends focus for this field. */
export function focusTargetId(path: FieldPath): string {
  const w = fieldWidgets[path];
  if (w.kind === 'radio') return `${fieldId(path)}-${w.options[0] ?? ''}`;
  if (w.kind === 'text' || w.kind === 'date' || w.kind === 'number' || w.kind === 'a-number') return `${fieldId(path)}-text`;
  if (w.kind === 'address') return `${fieldId(path)}-street`;
  if (w.kind === 'family') return `${fieldId(path)}-none`;
  if (w.kind === 'court') return `${fieldId(path)}-select`;
  return fieldId(path);
}

/** Radio group; when it is the only question on the page its legend is the page heading. */
function RadioField({ path, options, asHeading }: { path: FieldPath; options: readonly string[]; asHeading: boolean }) {
  const { t } = usePageWords();
  const { register } = useStepForm();
  const { label, hint } = useFieldText(path);
  const base = fieldId(path);
  const error = get(useFieldErrors(path), path) as FieldError | undefined;
  const okey = optionKey(path, options);
  return (
    <div className={`field${error ? ' field--error' : ''}`}>
      <fieldset aria-describedby={describedBy(hint !== null && `${base}-hint`, !!error && `${base}-error`)}>
        <legend className={asHeading ? 'legend--heading' : 'label'}>{asHeading ? <h1>{label}</h1> : label}</legend>
        {hint !== null && <p id={`${base}-hint`} className="hint">{hint}</p>}
        <ErrorText id={`${base}-error`} error={error} path={path} />
        <div className="radios">
          {options.map((o) => (
            <div className="radio" key={o}>
              <input type="radio" id={`${base}-${o}`} value={o} {...register(path)} aria-invalid={error ? true : undefined} />
              <label htmlFor={`${base}-${o}`}>{t(`${okey}.${o}`)}</label>
            </div>
          ))}
        </div>
      </fieldset>
    </div>
  );
}

/** Text, date, number or A-number, with an optional "I don't know" box. */
function TextField({ path, widget, asHeading }: { path: FieldPath; widget: Widget; asHeading: boolean }) {
  const { t, tc } = usePageWords();
  const { register, control } = useStepForm();
  const { label, hint, dateHint } = useFieldText(path);
  const base = fieldId(path);
  const error = get(useFieldErrors(path), path) as FieldError | undefined;
  const allowUnknown = widget.kind === 'a-number' || ('allowUnknown' in widget && widget.allowUnknown);
  const unknown = useWatch({ control, name: `${path}.unknown`, disabled: !allowUnknown }) === true && allowUnknown;
  const formatHint = widget.kind === 'date' ? (dateHint ?? t('formats.date')) : widget.kind === 'a-number' ? t('formats.aNumber') : null;
  // A date's reading in words comes with the later inputs (dates are asked after the first question).
  const reading = widget.kind === 'date' ? lists : null;
  const inputMode = widget.kind === 'number' ? 'numeric' : widget.kind === 'text' ? widget.inputMode : undefined;
  const labelEl = (
    <label htmlFor={`${base}-text`} className={asHeading ? 'label--heading' : 'label'}>
      {label}
      {widget.kind === 'text' && widget.optional ? <span className="optional"> {tc('answers.optional')}</span> : null}
    </label>
  );
  return (
    <div className={`field${error ? ' field--error' : ''}`}>
      {asHeading ? <h1>{labelEl}</h1> : labelEl}
      {hint !== null && <p id={`${base}-hint`} className="hint">{hint}</p>}
      {formatHint && <p id={`${base}-format`} className="hint">{formatHint}</p>}
      <ErrorText id={`${base}-error`} error={error} path={path} />
      <input
        id={`${base}-text`}
        className={`input${widget.kind === 'number' ? ' input--short' : ''}`}
        type={widget.kind === 'text' && widget.inputMode === 'email' ? 'email' : widget.kind === 'text' && widget.inputMode === 'tel' ? 'tel' : 'text'}
        inputMode={inputMode}
        autoComplete={widget.kind === 'text' ? (widget.autoComplete ?? 'off') : 'off'}
        spellCheck={false}
        disabled={unknown}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(hint !== null && `${base}-hint`, !!formatHint && `${base}-format`, !!error && `${base}-error`, !!reading && reading.readbackId(path))}
        {...register(`${path}.text`)}
      />
      {reading && <reading.DateReadback path={path} />}
      {allowUnknown && (
        <div className="checkbox">
          <input type="checkbox" id={`${base}-unknown`} {...register(`${path}.unknown`)} />
          <label htmlFor={`${base}-unknown`}>{tc('answers.dontKnow')}</label>
        </div>
      )}
    </div>
  );
}

export function FieldInput({ path, asHeading }: { path: FieldPath; asHeading: boolean }): ReactNode {
  const w = fieldWidgets[path];
  switch (w.kind) {
    case 'radio':
      return <RadioField path={path} options={w.options} asHeading={asHeading} />;
    case 'text':
    case 'date':
    case 'number':
    case 'a-number':
      return <TextField path={path} widget={w} asHeading={asHeading} />;
    default:
      // No Suspense of its own: the page waits with its loading line until every input is there,
      // so it never shows (or lets anyone submit) a form with a question missing.
      return lists ? <lists.ListField path={path} kind={w.kind} /> : <LazyListField path={path} kind={w.kind} />;
  }
}

/** A page's tick list (tick-list.tsx), loaded with the longer inputs; the page waits for it like them. */
export function TickListInput({ stepId, items }: { stepId: string; items: readonly TickItem[] }): ReactNode {
  return lists ? <lists.TickList stepId={stepId} items={items} /> : <LazyTickList stepId={stepId} items={items} />;
}

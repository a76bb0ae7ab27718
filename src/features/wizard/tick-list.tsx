/**
 * A page's yes / no / not sure questions as one "select all that apply" list (GOV.UK checkboxes;
 * the step's `ticks` in src/domain/flow.ts). Each question keeps its own value in the form:
 * - a ticked item is "yes"; once one is ticked, the others are "no";
 * - "None of these" makes every one "no";
 * - "I'm not sure about one or more of these" opens each as its own question under the list,
 *   with yes, no and "I'm not sure", so nothing the longer questions could say is lost.
 * The two exclusive choices are kept in the form as `page.ticks` (not saved with the case).
 * Loaded with the longer inputs of the later questions (field-input-lists.tsx), not with the first.
 */
import { Fragment } from 'react';
import { useFormState, useWatch } from 'react-hook-form';
import type { FieldPath } from '../../domain';
import { FieldInput } from './field-input';
import { describedBy, fieldId, usePageWords, useStepForm } from './field-parts';
import { TICK_MODE, type TickItem, tickListHasError, type TickMode } from './step-form-schema';

export function TickList({ stepId, items }: { stepId: string; items: readonly TickItem[] }) {
  const { t, tc, has } = usePageWords();
  const { control, setValue } = useStepForm();
  const paths = items.map((i) => i.field.path);
  const values: unknown[] = useWatch({ control, name: paths });
  const mode = (useWatch({ control, name: TICK_MODE }) ?? '') as TickMode;
  const { errors, isSubmitted } = useFormState({ control, name: paths });
  const base = `f-ticks-${stepId}`;
  const hasError = tickListHasError(errors, items, mode);
  const set = (path: string, v: unknown) => setValue(path, v, { shouldDirty: true, shouldValidate: isSubmitted });

  const tick = (index: number, on: boolean) => {
    const ticked = paths.filter((p, i) => (i === index ? on : mode !== 'unsure' && values[i] === 'yes'));
    set(TICK_MODE, '');
    // Unticked ones are "no" while something is ticked; with nothing ticked, nothing is answered yet.
    paths.forEach((p) => set(p, ticked.includes(p) ? 'yes' : ticked.length > 0 ? 'no' : undefined));
  };
  const chooseNone = (on: boolean) => {
    set(TICK_MODE, on ? 'none' : '');
    paths.forEach((p) => set(p, on ? 'no' : undefined));
  };
  const chooseUnsure = (on: boolean) => {
    set(TICK_MODE, on ? 'unsure' : '');
    // The "yes" ones stay "yes": ticked above, or chosen one by one below. Opening the questions, the
    // person answers the others there; closing them, the others are "no" next to a ticked one.
    const ticked = paths.filter((_, i) => values[i] === 'yes');
    paths.forEach((p) => set(p, ticked.includes(p) ? 'yes' : on || ticked.length === 0 ? undefined : 'no'));
  };

  const itemHint = (path: FieldPath): string | null => {
    for (const key of [`fields.${path}.tickHint`, `fields.${path}.hint`]) if (has(key)) return t(key);
    return null;
  };

  return (
    <div className={`field${hasError ? ' field--error' : ''}`}>
      <fieldset aria-describedby={describedBy(`${base}-hint`, hasError && `${base}-error`)}>
        <legend className="label">{t(`steps.${stepId}.ticks`)}</legend>
        <p id={`${base}-hint`} className="hint">{t('ticks.hint')}</p>
        {hasError && (
          <p id={`${base}-error`} className="field-error">
            <span className="visually-hidden">{tc('errors.prefix')} </span>
            {t('ticks.error')}
          </p>
        )}
        {items.map(({ field, reveals }, i) => {
          const id = `${fieldId(field.path)}-tick`;
          const hint = itemHint(field.path);
          const checked = mode === '' && values[i] === 'yes';
          return (
            <Fragment key={field.path}>
              <div className="checkbox">
                <input type="checkbox" id={id} checked={checked} onChange={(e) => tick(i, e.target.checked)}
                  aria-describedby={hint !== null ? `${id}-hint` : undefined} />
                <label htmlFor={id}>{t(`fields.${field.path}.tick`)}</label>
                {hint !== null && <p id={`${id}-hint`} className="hint radio__hint">{hint}</p>}
              </div>
              {checked && reveals.length > 0 && (
                <div className="field-reveal field-reveal--in-list">
                  {reveals.map((r) => <FieldInput key={r.path} path={r.path} asHeading={false} />)}
                </div>
              )}
            </Fragment>
          );
        })}
        <p className="checkboxes__divider">{tc('answers.or')}</p>
        <div className="checkbox">
          <input type="checkbox" id={`${base}-none`} checked={mode === 'none'} onChange={(e) => chooseNone(e.target.checked)} />
          <label htmlFor={`${base}-none`}>{t('ticks.none')}</label>
        </div>
        <div className="checkbox">
          <input type="checkbox" id={`${base}-unsure`} checked={mode === 'unsure'} onChange={(e) => chooseUnsure(e.target.checked)}
            aria-describedby={`${base}-unsure-hint`} />
          <label htmlFor={`${base}-unsure`}>{t('ticks.unsure')}</label>
          <p id={`${base}-unsure-hint`} className="hint radio__hint">{t('ticks.unsureHint')}</p>
        </div>
      </fieldset>
      {mode === 'unsure' && (
        <div className="field-reveal field-reveal--in-list">
          <p className="label">{t('ticks.each')}</p>
          {items.map(({ field, reveals }) => (
            <Fragment key={field.path}>
              <FieldInput path={field.path} asHeading={false} />
              {reveals.map((r) => (
                <div key={r.path} className="field-reveal">
                  <FieldInput path={r.path} asHeading={false} />
                </div>
              ))}
            </Fragment>
          ))}
        </div>
      )}
    </div>
  );
}

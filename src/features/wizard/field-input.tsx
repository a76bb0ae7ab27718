/**
 * One input per case field, chosen by its widget. Every input has a visible label, a hint where
 * useful, its error next to it (aria-describedby + aria-invalid), and radio groups use
 * fieldset + legend. Words come from the `questions` namespace.
 */
import { createContext, type ReactNode, useContext } from 'react';
import { type FieldError, get, useFieldArray, useFormContext } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { FieldPath } from '../../domain';
import { fieldWidgets, listOptions, type Widget } from '../../ui/form/field-specs';

export const fieldId = (path: string) => `f-${path.replace(/\./g, '-')}`;

/** Where the error summary sends focus for this field. */
export function focusTargetId(path: FieldPath): string {
  const w = fieldWidgets[path];
  if (w.kind === 'radio') return `${fieldId(path)}-${w.options[0] ?? ''}`;
  if (w.kind === 'text' || w.kind === 'date' || w.kind === 'number' || w.kind === 'a-number') return `${fieldId(path)}-text`;
  if (w.kind === 'address') return `${fieldId(path)}-street`;
  if (w.kind === 'family') return `${fieldId(path)}-none`;
  return fieldId(path);
}

function optionKey(path: FieldPath, options: readonly string[]): string {
  const s = options.join(',');
  if (s === 'yes,no,unknown') return 'options.tri';
  if (s === 'yes,no') return 'options.yesNo';
  return `fields.${path}.options`;
}

/**
 * Which wording of the questions fits the person answering: `helper` when they answer for someone
 * else (a detained person they help). Strings with a `_helper` variant use it; the others fall back.
 */
export const WordingContext = createContext<'helper' | undefined>(undefined);

function useFieldText(path: FieldPath) {
  const { t, i18n } = useTranslation('questions');
  const context = useContext(WordingContext);
  const hintKey = `fields.${path}.hint`;
  return {
    label: t(`fields.${path}.label`, { context }),
    hint: i18n.exists(`questions:${hintKey}`) ? t(hintKey, { context }) : null,
  };
}

function ErrorText({ id, error }: { id: string; error: FieldError | undefined }) {
  const { t } = useTranslation();
  if (!error?.message) return null;
  return (
    <p id={id} className="field-error">
      <span className="visually-hidden">{t('errors.prefix')} </span>
      {t(`errors.${error.message}`)}
    </p>
  );
}

function describedBy(...ids: (string | null | false)[]): string | undefined {
  const list = ids.filter((x): x is string => typeof x === 'string');
  return list.length ? list.join(' ') : undefined;
}

/** Radio group; when it is the only question on the page its legend is the page heading. */
function RadioField({ path, options, asHeading }: { path: FieldPath; options: readonly string[]; asHeading: boolean }) {
  const { t } = useTranslation('questions');
  const { register, formState } = useFormContext();
  const { label, hint } = useFieldText(path);
  const base = fieldId(path);
  const error = get(formState.errors, path) as FieldError | undefined;
  const okey = optionKey(path, options);
  return (
    <div className={`field${error ? ' field--error' : ''}`}>
      <fieldset aria-describedby={describedBy(hint !== null && `${base}-hint`, !!error && `${base}-error`)}>
        <legend className={asHeading ? 'legend--heading' : 'label'}>{asHeading ? <h1>{label}</h1> : label}</legend>
        {hint !== null && <p id={`${base}-hint`} className="hint">{hint}</p>}
        <ErrorText id={`${base}-error`} error={error} />
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
  const { t } = useTranslation('questions');
  const { t: tc } = useTranslation();
  const { register, formState, watch } = useFormContext();
  const { label, hint } = useFieldText(path);
  const base = fieldId(path);
  const error = get(formState.errors, path) as FieldError | undefined;
  const allowUnknown = widget.kind === 'a-number' || ('allowUnknown' in widget && widget.allowUnknown);
  const unknown = allowUnknown && watch(`${path}.unknown`) === true;
  const formatHint = widget.kind === 'date' ? t('formats.date') : widget.kind === 'a-number' ? t('formats.aNumber') : null;
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
      <ErrorText id={`${base}-error`} error={error} />
      <input
        id={`${base}-text`}
        className={`input${widget.kind === 'number' ? ' input--short' : ''}`}
        type={widget.kind === 'text' && widget.inputMode === 'email' ? 'email' : widget.kind === 'text' && widget.inputMode === 'tel' ? 'tel' : 'text'}
        inputMode={inputMode}
        autoComplete={widget.kind === 'text' ? (widget.autoComplete ?? 'off') : 'off'}
        spellCheck={false}
        disabled={unknown}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(hint !== null && `${base}-hint`, !!formatHint && `${base}-format`, !!error && `${base}-error`)}
        {...register(`${path}.text`)}
      />
      {allowUnknown && (
        <div className="checkbox">
          <input type="checkbox" id={`${base}-unknown`} {...register(`${path}.unknown`)} />
          <label htmlFor={`${base}-unknown`}>{tc('answers.dontKnow')}</label>
        </div>
      )}
    </div>
  );
}

function AddressField({ path }: { path: FieldPath }) {
  const { t } = useTranslation('questions');
  const { register, formState } = useFormContext();
  const { label, hint } = useFieldText(path);
  const base = fieldId(path);
  const parts = [
    { key: 'street', auto: 'street-address', short: false },
    { key: 'city', auto: 'address-level2', short: false },
    { key: 'state', auto: 'address-level1', short: true },
    { key: 'zip', auto: 'postal-code', short: true },
  ] as const;
  return (
    <fieldset className="field" aria-describedby={hint !== null ? `${base}-hint` : undefined}>
      <legend className="label">{label}</legend>
      {hint !== null && <p id={`${base}-hint`} className="hint">{hint}</p>}
      {parts.map((p) => {
        const error = get(formState.errors, `${path}.${p.key}`) as FieldError | undefined;
        const id = `${base}-${p.key}`;
        return (
          <div key={p.key} className={`field field--nested${error ? ' field--error' : ''}`}>
            <label htmlFor={id} className="label">{t(`fields.${path}.parts.${p.key}`)}</label>
            <ErrorText id={`${id}-error`} error={error} />
            <input id={id} className={`input${p.short ? ' input--medium' : ''}`} autoComplete={p.auto}
              inputMode={p.key === 'zip' ? 'numeric' : undefined}
              aria-invalid={error ? true : undefined} aria-describedby={error ? `${id}-error` : undefined}
              {...register(`${path}.${p.key}`)} />
          </div>
        );
      })}
    </fieldset>
  );
}

function LinesField({ path }: { path: FieldPath }) {
  const { t: tc } = useTranslation();
  const { register, formState } = useFormContext();
  const { label, hint } = useFieldText(path);
  const base = fieldId(path);
  const error = get(formState.errors, path) as FieldError | undefined;
  return (
    <div className={`field${error ? ' field--error' : ''}`}>
      <label htmlFor={base} className="label">{label} <span className="optional">{tc('answers.optional')}</span></label>
      {hint !== null && <p id={`${base}-hint`} className="hint">{hint}</p>}
      <ErrorText id={`${base}-error`} error={error} />
      <textarea id={base} className="textarea" rows={3} aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(hint !== null && `${base}-hint`, !!error && `${base}-error`)} {...register(path)} />
    </div>
  );
}

function SelectRow({ id, label, name, options, optionLabel, error }: {
  id: string; label: string; name: string; options: readonly string[]; optionLabel: (o: string) => string; error?: boolean;
}) {
  const { register } = useFormContext();
  const { t: tc } = useTranslation();
  return (
    <div className="field field--nested">
      <label htmlFor={id} className="label">{label}</label>
      <select id={id} className="select" aria-invalid={error ? true : undefined} {...register(name)}>
        <option value="">{tc('answers.select')}</option>
        {options.map((o) => <option key={o} value={o}>{optionLabel(o)}</option>)}
      </select>
    </div>
  );
}

function FamilyField({ path }: { path: FieldPath }) {
  const { t } = useTranslation('questions');
  const { t: tc } = useTranslation();
  const { register, formState, watch, control } = useFormContext();
  const { fields, append, remove } = useFieldArray({ control, name: `${path}.members` });
  const { label, hint } = useFieldText(path);
  const base = fieldId(path);
  const error = get(formState.errors, path) as FieldError | undefined;
  const none = watch(`${path}.none`) === true;
  return (
    <fieldset className={`field${error ? ' field--error' : ''}`} aria-describedby={hint !== null ? `${base}-hint` : undefined}>
      <legend className="label">{label}</legend>
      {hint !== null && <p id={`${base}-hint`} className="hint">{hint}</p>}
      <ErrorText id={`${base}-error`} error={error} />
      <div className="checkbox">
        <input type="checkbox" id={`${base}-none`} {...register(`${path}.none`)} />
        <label htmlFor={`${base}-none`}>{t(`fields.${path}.none`)}</label>
      </div>
      {!none && (
        <>
          {fields.map((row, i) => {
            const rowError = get(formState.errors, `${path}.members.${i}`) as FieldError | undefined;
            return (
              <div key={row.id} className={`repeat-row${rowError ? ' field--error' : ''}`}>
                <h3 className="repeat-row__title">{t(`fields.${path}.row`, { n: i + 1 })}</h3>
                <ErrorText id={`${base}-${i}-error`} error={rowError} />
                <SelectRow id={`${base}-${i}-relationship`} name={`${path}.members.${i}.relationship`}
                  label={t(`fields.${path}.relationship`)} options={listOptions.relationships}
                  optionLabel={(o) => t(`options.relationship.${o}`)} error={!!rowError} />
                <SelectRow id={`${base}-${i}-status`} name={`${path}.members.${i}.status`}
                  label={t(`fields.${path}.status`)} options={listOptions.familyStatuses}
                  optionLabel={(o) => t(`options.familyStatus.${o}`)} error={!!rowError} />
                <button type="button" className="button button--secondary" onClick={() => remove(i)}>
                  {tc('answers.remove')}{' '}<span className="visually-hidden">{t(`fields.${path}.row`, { n: i + 1 })}</span>
                </button>
              </div>
            );
          })}
          <button type="button" id={base} className="button button--secondary"
            onClick={() => append({ relationship: '', status: '' })}>
            {t(`fields.${path}.add`)}
          </button>
        </>
      )}
    </fieldset>
  );
}

function ApplicationsField({ path }: { path: FieldPath }) {
  const { t } = useTranslation('questions');
  const { label, hint } = useFieldText(path);
  const base = fieldId(path);
  return (
    <fieldset className="field" aria-describedby={hint !== null ? `${base}-hint` : undefined}>
      <legend className="label">{label}</legend>
      {hint !== null && <p id={`${base}-hint`} className="hint">{hint}</p>}
      {listOptions.applicationKinds.map((kind, i) => (
        <SelectRow key={kind} id={i === 0 ? base : `${base}-${kind}`} name={`${path}.${kind}`}
          label={t(`options.application.${kind}`)} options={listOptions.applicationStatuses}
          optionLabel={(o) => t(`options.applicationStatus.${o}`)} />
      ))}
    </fieldset>
  );
}

function RecordsField({ path }: { path: FieldPath }) {
  const { t } = useTranslation('questions');
  const { t: tc } = useTranslation();
  const { register, formState, control } = useFormContext();
  const { fields, append, remove } = useFieldArray({ control, name: path });
  const { label, hint } = useFieldText(path);
  const base = fieldId(path);
  return (
    <fieldset className="field" aria-describedby={hint !== null ? `${base}-hint` : undefined}>
      <legend className="label">{label} <span className="optional">{tc('answers.optional')}</span></legend>
      {hint !== null && <p id={`${base}-hint`} className="hint">{hint}</p>}
      {fields.map((row, i) => {
        const rowError = get(formState.errors, `${path}.${i}`) as FieldError | undefined;
        const id = `${base}-${i}`;
        return (
          <div key={row.id} className={`repeat-row${rowError ? ' field--error' : ''}`}>
            <h3 className="repeat-row__title">{t(`fields.${path}.row`, { n: i + 1 })}</h3>
            <ErrorText id={`${id}-error`} error={rowError} />
            <SelectRow id={`${id}-kind`} name={`${path}.${i}.kind`} label={t(`fields.${path}.kind`)}
              options={listOptions.offenceKinds} optionLabel={(o) => t(`options.offence.${o}`)} error={!!rowError} />
            <div className="field field--nested">
              <label htmlFor={`${id}-date`} className="label">{t(`fields.${path}.date`)}</label>
              <p id={`${id}-date-format`} className="hint">{t('formats.date')}</p>
              <input id={`${id}-date`} className="input input--medium" aria-describedby={`${id}-date-format`}
                {...register(`${path}.${i}.date.text`)} />
              <div className="checkbox">
                <input type="checkbox" id={`${id}-date-unknown`} {...register(`${path}.${i}.date.unknown`)} />
                <label htmlFor={`${id}-date-unknown`}>{tc('answers.dontKnow')}</label>
              </div>
            </div>
            <SelectRow id={`${id}-outcome`} name={`${path}.${i}.outcome`} label={t(`fields.${path}.outcome`)}
              options={listOptions.offenceOutcomes} optionLabel={(o) => t(`options.outcome.${o}`)} error={!!rowError} />
            <button type="button" className="button button--secondary" onClick={() => remove(i)}>
              {tc('answers.remove')}{' '}<span className="visually-hidden">{t(`fields.${path}.row`, { n: i + 1 })}</span>
            </button>
          </div>
        );
      })}
      <button type="button" id={base} className="button button--secondary"
        onClick={() => append({ kind: '', date: { text: '', unknown: false }, outcome: '' })}>
        {t(`fields.${path}.add`)}
      </button>
    </fieldset>
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
    case 'address':
      return <AddressField path={path} />;
    case 'lines':
      return <LinesField path={path} />;
    case 'family':
      return <FamilyField path={path} />;
    case 'applications':
      return <ApplicationsField path={path} />;
    case 'records':
      return <RecordsField path={path} />;
  }
}

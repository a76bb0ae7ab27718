/**
 * The inputs of the later, longer questions: an address, lines of text, and the lists with rows to
 * add and remove (family, applications, criminal records). Loaded with the first page that has one,
 * not with the first question (./field-input chooses them by widget).
 */
import type { ReactNode } from 'react';
import { type FieldError, get, useFieldArray, useFormContext } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { FieldPath } from '../../domain';
import { listOptions, type ListWidgetKind } from '../../ui/form/field-specs';
import { describedBy, ErrorText, fieldId, useFieldText } from './field-parts';

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
            <ErrorText id={`${id}-error`} error={error} path={path} part={p.key} />
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


export function ListField({ path, kind }: { path: FieldPath; kind: ListWidgetKind }): ReactNode {
  switch (kind) {
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

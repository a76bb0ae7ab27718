/**
 * The inputs of the later, longer questions: an address, lines of text, the lists with rows to
 * add and remove (family, applications, criminal records) and the court picker (with the court
 * list). Loaded with the first page that has one,
 * not with the first question (./field-input chooses them by widget).
 */
import { type ReactNode, useEffect, useRef, useState } from 'react';
import { type FieldError, get, useFieldArray, useWatch } from 'react-hook-form';
import { courtLabel, courtsForPicker, type FieldPath, languageInfo, readTypedDate } from '../../domain';
import { usePaintedOnce } from '../../ui/after-paint';
import { formatDate } from '../../ui/format';
import { COURT_NOT_LISTED, listOptions, type ListWidgetKind } from '../../ui/form/field-specs';
import { knowCourtLabels } from '../../ui/form/list-field-forms';
import { describedBy, ErrorText, fieldId, useFieldErrors, useFieldText, usePageWords, useStepForm } from './field-parts';

// The tick list ("select all that apply") comes with these inputs: later questions only.
export { TickList } from './tick-list';

/** The id of a date box's reading in words (`DateReadback`). */
export const readbackId = (path: FieldPath) => `${fieldId(path)}-reading`;

/**
 * Under a date box, the date as it will be read, in words ("1 de febrero de 2027"), so a day and
 * month typed the other way round are seen before Continue. Where the page's language puts the
 * day first and the date reads both ways, it says that court notices in English put the month
 * first: someone copying "01/02/2027" from a hearing notice means January 2.
 */
export function DateReadback({ path }: { path: FieldPath }) {
  const { t, i18n } = usePageWords();
  const { control } = useStepForm();
  const [text, unknown]: unknown[] = useWatch({ control, name: [`${path}.text`, `${path}.unknown`] });
  const { dateOrder, locale } = languageInfo(i18n.resolvedLanguage);
  const read = typeof text === 'string' && unknown !== true ? readTypedDate(text, dateOrder) : null;
  const iso = read && 'iso' in read && read.iso.length > 4 ? read.iso : null;
  let other: string | null = null;
  if (iso && dateOrder === 'dmy') {
    const flipped = readTypedDate(text as string, 'mdy');
    if ('iso' in flipped && flipped.iso.length === 10 && flipped.iso !== iso) other = flipped.iso;
  }
  return (
    <p id={readbackId(path)} className="hint date-reading">
      {iso && t('formats.readAs', { date: formatDate(iso, locale) })}
      {other && <> {t('formats.otherOrder', { other: formatDate(other, locale) })}</>}
    </p>
  );
}

function AddressField({ path }: { path: FieldPath }) {
  const { t } = usePageWords();
  const { register } = useStepForm();
  const errors = useFieldErrors(path);
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
        const error = get(errors, `${path}.${p.key}`) as FieldError | undefined;
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
  const { tc } = usePageWords();
  const { register } = useStepForm();
  const { label, hint } = useFieldText(path);
  const base = fieldId(path);
  const error = get(useFieldErrors(path), path) as FieldError | undefined;
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
  const { register } = useStepForm();
  const { tc } = usePageWords();
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

/**
 * Where the focus goes after "Remove" in a list of rows: the removed button is gone, and the focus
 * with it (to the top of the page for a screen reader). It goes to the title of the row now in
 * that place (or the last row's), or to the add button when no row is left.
 */
function useFocusAfterRemove(base: string, rows: number): (index: number) => void {
  const removed = useRef<number | null>(null);
  useEffect(() => {
    const index = removed.current;
    if (index === null) return;
    removed.current = null;
    const target = rows === 0 ? document.getElementById(base) : document.getElementById(`${base}-${Math.min(index, rows - 1)}-title`);
    target?.focus();
  }, [rows, base]);
  return (index) => {
    removed.current = index;
  };
}

function FamilyField({ path }: { path: FieldPath }) {
  const { t, tc } = usePageWords();
  const { register, control } = useStepForm();
  const errors = useFieldErrors(path);
  const { fields, append, remove } = useFieldArray({ control, name: `${path}.members` });
  const { label, hint } = useFieldText(path);
  const base = fieldId(path);
  const error = get(errors, path) as FieldError | undefined;
  const none = useWatch({ control, name: `${path}.none` }) === true;
  const removedRow = useFocusAfterRemove(base, fields.length);
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
            const rowError = get(errors, `${path}.members.${i}`) as FieldError | undefined;
            return (
              <div key={row.id} className={`repeat-row${rowError ? ' field--error' : ''}`}>
                <h3 id={`${base}-${i}-title`} className="repeat-row__title" tabIndex={-1}>{t(`fields.${path}.row`, { n: i + 1 })}</h3>
                <ErrorText id={`${base}-${i}-error`} error={rowError} />
                <SelectRow id={`${base}-${i}-relationship`} name={`${path}.members.${i}.relationship`}
                  label={t(`fields.${path}.relationship`)} options={listOptions.relationships}
                  optionLabel={(o) => t(`options.relationship.${o}`)} error={!!rowError} />
                <SelectRow id={`${base}-${i}-status`} name={`${path}.members.${i}.status`}
                  label={t(`fields.${path}.status`)} options={listOptions.familyStatuses}
                  optionLabel={(o) => t(`options.familyStatus.${o}`)} error={!!rowError} />
                <button type="button" className="button button--secondary" onClick={() => { removedRow(i); remove(i); }}>
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

/**
 * "Tick each one that fits you" (GOV.UK checkboxes) with an exclusive "None of these"; a ticked
 * one shows, under it, what is happening with it.
 */
function ApplicationsField({ path }: { path: FieldPath }) {
  const { t, tc } = usePageWords();
  const { register, setValue, control } = useStepForm();
  const errors = useFieldErrors(path);
  const { label, hint } = useFieldText(path);
  const base = fieldId(path);
  const picked: unknown = useWatch({ control, name: `${path}.ticked` });
  const ticked = Array.isArray(picked) ? (picked as string[]) : [];
  const error = get(errors, path) as FieldError | undefined;
  const ownError = error?.message ? error : undefined;
  return (
    <fieldset className={`field${ownError ? ' field--error' : ''}`}
      aria-describedby={describedBy(hint !== null && `${base}-hint`, !!ownError && `${base}-error`)}>
      <legend className="label">{label}</legend>
      {hint !== null && <p id={`${base}-hint`} className="hint">{hint}</p>}
      <ErrorText id={`${base}-error`} error={ownError} />
      {listOptions.applicationKinds.map((kind, i) => {
        const id = i === 0 ? base : `${base}-${kind}`;
        const name = t(`options.application.${kind}`);
        const statusError = get(errors, `${path}.status.${kind}`) as FieldError | undefined;
        return (
          <div key={kind}>
            <div className="checkbox">
              <input type="checkbox" id={id} value={kind}
                {...register(`${path}.ticked`, { onChange: () => setValue(`${path}.none`, false) })} />
              <label htmlFor={id}>{name}</label>
            </div>
            {ticked.includes(kind) && (
              <div className="field-reveal">
                <fieldset className={`field${statusError ? ' field--error' : ''}`}
                  aria-describedby={statusError ? `${base}-${kind}-status-error` : undefined}>
                  <legend className="label">
                    {t(`fields.${path}.status`)}<span className="visually-hidden"> {name}</span>
                  </legend>
                  <ErrorText id={`${base}-${kind}-status-error`} error={statusError} />
                  <div className="radios">
                    {listOptions.applicationStatuses.map((s) => (
                      <div className="radio" key={s}>
                        <input type="radio" id={`${base}-${kind}-${s}`} value={s} {...register(`${path}.status.${kind}`)} />
                        <label htmlFor={`${base}-${kind}-${s}`}>{t(`options.applicationStatus.${s}`)}</label>
                      </div>
                    ))}
                  </div>
                </fieldset>
              </div>
            )}
          </div>
        );
      })}
      <p className="checkboxes__divider">{tc('answers.or')}</p>
      <div className="checkbox">
        <input type="checkbox" id={`${base}-none`}
          {...register(`${path}.none`, { onChange: (e: { target: { checked: boolean } }) => { if (e.target.checked) setValue(`${path}.ticked`, []); } })} />
        <label htmlFor={`${base}-none`}>{t(`fields.${path}.none`)}</label>
      </div>
    </fieldset>
  );
}

function RecordsField({ path }: { path: FieldPath }) {
  const { t, tc } = usePageWords();
  const { register, control } = useStepForm();
  const errors = useFieldErrors(path);
  const { fields, append, remove } = useFieldArray({ control, name: path });
  const { label, hint } = useFieldText(path);
  const base = fieldId(path);
  const removedRow = useFocusAfterRemove(base, fields.length);
  return (
    <fieldset className="field" aria-describedby={hint !== null ? `${base}-hint` : undefined}>
      <legend className="label">{label} <span className="optional">{tc('answers.optional')}</span></legend>
      {hint !== null && <p id={`${base}-hint`} className="hint">{hint}</p>}
      {fields.map((row, i) => {
        const rowError = get(errors, `${path}.${i}`) as FieldError | undefined;
        const id = `${base}-${i}`;
        return (
          <div key={row.id} className={`repeat-row${rowError ? ' field--error' : ''}`}>
            <h3 id={`${id}-title`} className="repeat-row__title" tabIndex={-1}>{t(`fields.${path}.row`, { n: i + 1 })}</h3>
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
            <button type="button" className="button button--secondary" onClick={() => { removedRow(i); remove(i); }}>
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

const COURTS = courtsForPicker();
// The questions' form rules learn the list's labels, to show a court typed earlier as typed.
knowCourtLabels(COURTS.map(courtLabel));

/**
 * The court picker: every immigration court in the office list, by state, then "My court is not
 * on this list" (which shows a box for its city) and "I don't know". What is kept is the court's
 * label ("Chicago, IL"): the letter page finds its OPLA office from it.
 *
 * The page's first frame lists only the chosen court (a closed list shows no more); the other
 * courts come once that frame is painted and the browser is idle, or at once when the list gets
 * focus or a tap before that, so it never opens short. Their 100 lines (70 courts in 30 states)
 * were about 30 ms of the page's first frame on a slow phone (issue 17). The chosen court keeps
 * its place and key (its state's group), so the list keeps it chosen when the others arrive.
 */
function CourtField({ path }: { path: FieldPath }) {
  const { t, tc } = usePageWords();
  const { register, control } = useStepForm();
  const errors = useFieldErrors(path);
  const { label, hint } = useFieldText(path);
  const base = fieldId(path);
  const chosen: unknown = useWatch({ control, name: `${path}.court` });
  const painted = usePaintedOnce();
  const [wanted, setWanted] = useState(false);
  const courts = painted || wanted ? COURTS : COURTS.filter((c) => courtLabel(c) === chosen);
  const wantAll = painted || wanted ? undefined : () => setWanted(true);
  const unknown = useWatch({ control, name: `${path}.unknown` }) === true;
  const error = get(errors, path) as FieldError | undefined;
  const ownError = error?.message ? error : undefined;
  const textError = get(errors, `${path}.text`) as FieldError | undefined;
  const states = [...new Set(courts.map((c) => c.state))];
  return (
    <div className={`field${ownError ? ' field--error' : ''}`}>
      <label htmlFor={`${base}-select`} className="label">{label}</label>
      {hint !== null && <p id={`${base}-hint`} className="hint">{hint}</p>}
      <ErrorText id={`${base}-error`} error={ownError} path={path} />
      <select id={`${base}-select`} className="select" disabled={unknown} aria-invalid={ownError ? true : undefined}
        aria-describedby={describedBy(hint !== null && `${base}-hint`, !!ownError && `${base}-error`)}
        onFocus={wantAll} onPointerDown={wantAll} {...register(`${path}.court`)}>
        <option value="">{t(`fields.${path}.choose`)}</option>
        {states.map((state) => (
          <optgroup key={state} label={state}>
            {courts.filter((c) => c.state === state).map((c) => (
              <option key={c.id} value={courtLabel(c)}>{courtLabel(c)}</option>
            ))}
          </optgroup>
        ))}
        <option value={COURT_NOT_LISTED}>{t(`fields.${path}.notListed`)}</option>
      </select>
      {chosen === COURT_NOT_LISTED && !unknown && (
        <div className={`field-reveal field-reveal--below-select${textError ? ' field--error' : ''}`}>
          <label htmlFor={`${base}-text`} className="label">{t(`fields.${path}.typedLabel`)}</label>
          <ErrorText id={`${base}-text-error`} error={textError} />
          <input id={`${base}-text`} className="input" autoComplete="off" spellCheck={false}
            aria-invalid={textError ? true : undefined} aria-describedby={textError ? `${base}-text-error` : undefined}
            {...register(`${path}.text`)} />
        </div>
      )}
      <div className="checkbox">
        <input type="checkbox" id={`${base}-unknown`} {...register(`${path}.unknown`)} />
        <label htmlFor={`${base}-unknown`}>{tc('answers.dontKnow')}</label>
      </div>
    </div>
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
    case 'court':
      return <CourtField path={path} />;
  }
}

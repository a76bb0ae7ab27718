/**
 * Small form fields for the clinic and case-file pages (which are not wizard questions): a
 * visible label, a hint, the error next to the field (aria-describedby + aria-invalid), and
 * radio groups in fieldset + legend. Same classes and error pattern as the question pages.
 */
import { type InputHTMLAttributes, type ReactNode, type Ref, useState } from 'react';
import { useTranslation } from 'react-i18next';

function describedBy(...ids: (string | null | undefined | false)[]): string | undefined {
  const list = ids.filter((x): x is string => typeof x === 'string' && x !== '');
  return list.length ? list.join(' ') : undefined;
}

export function FieldError({ id, message }: { id: string; message: string | null | undefined }) {
  const { t } = useTranslation();
  if (!message) return null;
  return (
    <p id={id} className="field-error">
      <span className="visually-hidden">{t('errors.prefix')} </span>
      {message}
    </p>
  );
}

interface TextFieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'value' | 'onChange'> {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string | null;
  value: string;
  onValue: (value: string) => void;
  inputClassName?: string;
  ref?: Ref<HTMLInputElement>;
}

/** A text input; `type="password"` fields use it too (see PassphraseField). */
export function TextField({ id, label, hint, error, value, onValue, inputClassName = 'input', ...rest }: TextFieldProps) {
  const hintId = hint ? `${id}-hint` : null;
  const errorId = error ? `${id}-error` : null;
  return (
    <div className={`field${error ? ' field--error' : ''}`}>
      <label className="label" htmlFor={id}>{label}</label>
      {hint && <p id={hintId!} className="hint">{hint}</p>}
      <FieldError id={`${id}-error`} message={error} />
      <input
        {...rest}
        id={id}
        className={inputClassName}
        value={value}
        onChange={(e) => onValue(e.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(hintId, errorId)}
      />
    </div>
  );
}

/** A passphrase: hidden unless `visible`; never autocorrected, capitalised or spell-checked. */
export function PassphraseField(props: Omit<TextFieldProps, 'type'> & { visible: boolean; autoComplete: 'new-password' | 'current-password' | 'off' }) {
  const { visible, ...rest } = props;
  return (
    <TextField
      {...rest}
      type={visible ? 'text' : 'password'}
      spellCheck={false}
      autoCapitalize="none"
      autoCorrect="off"
    />
  );
}

/** One checkbox that shows or hides every passphrase field of the form. */
export function ShowPassphrase({ id, checked, onChange }: { id: string; checked: boolean; onChange: (on: boolean) => void }) {
  const { t } = useTranslation('clinic');
  return (
    <div className="checkbox show-passphrase">
      <input type="checkbox" id={id} checked={checked} onChange={(e) => onChange(e.target.checked)} />
      <label htmlFor={id}>{t('passphrase.show')}</label>
    </div>
  );
}

/**
 * A new passphrase typed twice, with one "Show passphrase" box for both (clinic setup, and an
 * encrypted case file). `idPrefix` names the fields: `<prefix>-passphrase`, `<prefix>-confirm`,
 * so an error summary can link to them.
 */
export function NewPassphraseFields({ idPrefix, label, confirmLabel, hint, passphrase, confirm, onPassphrase, onConfirm, errors }: {
  idPrefix: string;
  label: string;
  confirmLabel: string;
  hint: string;
  passphrase: string;
  confirm: string;
  onPassphrase: (value: string) => void;
  onConfirm: (value: string) => void;
  errors: { passphrase: string | null; confirm: string | null };
}) {
  const [visible, setVisible] = useState(false);
  return (
    <>
      <PassphraseField
        id={`${idPrefix}-passphrase`}
        label={label}
        hint={hint}
        value={passphrase}
        onValue={onPassphrase}
        error={errors.passphrase}
        visible={visible}
        autoComplete="new-password"
        inputClassName="input input--passphrase"
      />
      <PassphraseField
        id={`${idPrefix}-confirm`}
        label={confirmLabel}
        value={confirm}
        onValue={onConfirm}
        error={errors.confirm}
        visible={visible}
        autoComplete="new-password"
        inputClassName="input input--passphrase"
      />
      <ShowPassphrase id={`${idPrefix}-show`} checked={visible} onChange={setVisible} />
    </>
  );
}

export interface RadioOption<V extends string> {
  value: V;
  label: ReactNode;
  hint?: ReactNode;
}

export function RadioGroup<V extends string>({
  name,
  legend,
  hint,
  options,
  value,
  onValue,
  error,
  asHeading = false,
}: {
  name: string;
  legend: ReactNode;
  /** The page's only question: its legend is the page heading (h1), as on the question pages. */
  asHeading?: boolean;
  hint?: ReactNode;
  options: RadioOption<V>[];
  /** null: nothing chosen yet. */
  value: V | null;
  onValue: (value: V) => void;
  /** Shown under the legend, as on the question pages (none: the group has a default). */
  error?: string | null;
}) {
  const hintId = hint ? `${name}-hint` : null;
  const errorId = error ? `${name}-error` : null;
  return (
    <fieldset className={`field${error ? ' field--error' : ''}`} aria-describedby={describedBy(hintId, errorId)}>
      <legend className={asHeading ? 'legend--heading' : 'label'}>{asHeading ? <h1>{legend}</h1> : legend}</legend>
      {hint && <p id={hintId!} className="hint">{hint}</p>}
      <FieldError id={`${name}-error`} message={error} />
      <div className="radios">
        {options.map((o) => {
          const id = `${name}-${o.value}`;
          return (
            <div className="radio" key={o.value}>
              <input
                type="radio"
                id={id}
                name={name}
                value={o.value}
                checked={value === o.value}
                onChange={() => onValue(o.value)}
                aria-describedby={o.hint ? `${id}-hint` : undefined}
              />
              <label htmlFor={id}>{o.label}</label>
              {o.hint && <p id={`${id}-hint`} className="hint radio__hint">{o.hint}</p>}
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}

export const IDLE_CHOICES = ['5', '10', '15', '30'] as const;
export type IdleChoice = (typeof IDLE_CHOICES)[number];

/** The stored idle time as one of the choices (a time set some other way shows as the next choice up). */
export function idleChoice(minutes: number): IdleChoice {
  return IDLE_CHOICES.find((c) => Number(c) >= minutes) ?? '30';
}

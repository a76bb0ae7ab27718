/**
 * A long text answer (the letter's own-words fields): label, hint, optional extra content, a
 * textarea with its limit, and a live count ("120 of 6,000 characters used"), all tied to the
 * field by aria-describedby. The caller saves what is typed, cleaned by the domain's text rule
 * (src/domain/clean-text.ts). The box itself shows the text as typed while the person types (so
 * the caret and input methods are never disturbed), and the cleaned text once they leave it.
 * Text pasted over the limit is cut by the browser: the field then says how much was not kept.
 * `error` (a GOV.UK error message: a missing part, or characters the PDF cannot print) shows above
 * the box, tied to it, the box marked invalid, and is announced when it appears (it can come while the person types).
 */
import { type ClipboardEvent, type ReactNode, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { cleanText } from '../../domain';
import { formatNumber } from '../format';
import { useUiLocale } from '../use-ui-locale';

export function LongText({
  id,
  label,
  hint,
  value,
  max,
  rows = 8,
  needed = false,
  lang,
  error,
  children,
  onChange,
}: {
  id: string;
  label: string;
  hint: string;
  value: string;
  max: number;
  rows?: number;
  needed?: boolean;
  /** The language of the text in the box, when it is not the page's (the letter is in English). */
  lang?: string;
  error?: ReactNode;
  children?: ReactNode;
  onChange: (value: string) => void;
}) {
  // The `pages` strings: loaded with the letter page, the only one with long texts (not in the first download).
  const { t } = useTranslation('pages');
  const { t: tc } = useTranslation('common');
  const locale = useUiLocale();
  const [draft, setDraft] = useState(value);
  // The saved text changed from elsewhere (e.g. another case was opened): show it.
  if (cleanText(draft) !== cleanText(value)) setDraft(value);
  /** Characters of the last paste that did not fit (null: nothing was cut). */
  const [cut, setCut] = useState<number | null>(null);
  const pasting = useRef(false);
  const onPaste = (e: ClipboardEvent<HTMLTextAreaElement>) => {
    const pasted = e.clipboardData.getData('text');
    const el = e.currentTarget;
    const room = max - (el.value.length - (el.selectionEnd - el.selectionStart));
    pasting.current = true;
    setCut(pasted.length > room ? pasted.length - Math.max(0, room) : null);
  };
  const change = (next: string) => {
    // The message stays after the paste that cut, until the person types on.
    if (pasting.current) pasting.current = false;
    else setCut(null);
    setDraft(next);
    onChange(next);
  };
  return (
    <div className={`field${error ? ' field--error' : needed ? ' field--needed' : ''}`}>
      <label htmlFor={id} className="label">
        {label}
      </label>
      <p className="hint" id={`${id}-hint`}>
        {hint}
      </p>
      {children}
      {/* Always there, so an error that appears while the person types is announced. */}
      <div aria-live="polite">
        {error && (
          <div className="field-error" id={`${id}-error`}>
            <span className="visually-hidden">{tc('errors.prefix')} </span>
            {error}
          </div>
        )}
      </div>
      <textarea
        id={id}
        className="textarea"
        rows={rows}
        maxLength={max}
        lang={lang}
        value={draft}
        aria-invalid={error ? true : undefined}
        aria-describedby={`${id}-hint${error ? ` ${id}-error` : ''} ${id}-count${cut ? ` ${id}-cut` : ''}`}
        onPaste={onPaste}
        onChange={(e) => change(e.target.value)}
        onBlur={(e) => {
          setDraft(cleanText(e.target.value));
          onChange(e.target.value);
        }}
      />
      {cut !== null && (
        <p className="field-warning" id={`${id}-cut`} role="status">
          {t('form.pasteCut', { count: cut, max: formatNumber(max, locale), cut: formatNumber(cut, locale) })}
        </p>
      )}
      <p className="char-count" id={`${id}-count`}>
        {t('form.charCount', { used: formatNumber(value.length, locale), max: formatNumber(max, locale) })}
      </p>
    </div>
  );
}

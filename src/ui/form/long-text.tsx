/**
 * A long text answer (the letter's own-words fields): label, hint, optional extra content, a
 * textarea with its limit, and a live count ("120 of 6,000 characters used"), all tied to the
 * field by aria-describedby. The caller saves what is typed, cleaned by the domain's text rule
 * (src/domain/clean-text.ts). The box itself shows the text as typed while the person types (so
 * the caret and input methods are never disturbed), and the cleaned text once they leave it.
 */
import { type ReactNode, useState } from 'react';
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
  children?: ReactNode;
  onChange: (value: string) => void;
}) {
  const { t } = useTranslation();
  const locale = useUiLocale();
  const [draft, setDraft] = useState(value);
  // The saved text changed from elsewhere (e.g. another case was opened): show it.
  if (cleanText(draft) !== cleanText(value)) setDraft(value);
  return (
    <div className={`field${needed ? ' field--needed' : ''}`}>
      <label htmlFor={id} className="label">
        {label}
      </label>
      <p className="hint" id={`${id}-hint`}>
        {hint}
      </p>
      {children}
      <textarea
        id={id}
        className="textarea"
        rows={rows}
        maxLength={max}
        value={draft}
        aria-describedby={`${id}-hint ${id}-count`}
        onChange={(e) => {
          setDraft(e.target.value);
          onChange(e.target.value);
        }}
        onBlur={(e) => {
          setDraft(cleanText(e.target.value));
          onChange(e.target.value);
        }}
      />
      <p className="char-count" id={`${id}-count`}>
        {t('form.charCount', { used: formatNumber(value.length, locale), max: formatNumber(max, locale) })}
      </p>
    </div>
  );
}

/**
 * What every question input shares: its element ids, its words (label and hint, in the helper's
 * wording where there is one), its error text and its aria-describedby list.
 */
import { createContext, useContext } from 'react';
import type { FieldError } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { FieldPath } from '../../domain';

export const fieldId = (path: string) => `f-${path.replace(/\./g, '-')}`;

export function optionKey(path: FieldPath, options: readonly string[]): string {
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

export function useFieldText(path: FieldPath) {
  const { t, i18n } = useTranslation('questions');
  const context = useContext(WordingContext);
  const hintKey = `fields.${path}.hint`;
  return {
    label: t(`fields.${path}.label`, { context }),
    hint: i18n.exists(`questions:${hintKey}`) ? t(hintKey, { context }) : null,
  };
}

export function ErrorText({ id, error }: { id: string; error: FieldError | undefined }) {
  const { t } = useTranslation();
  if (!error?.message) return null;
  return (
    <p id={id} className="field-error">
      <span className="visually-hidden">{t('errors.prefix')} </span>
      {t(`errors.${error.message}`)}
    </p>
  );
}

export function describedBy(...ids: (string | null | false)[]): string | undefined {
  const list = ids.filter((x): x is string => typeof x === 'string');
  return list.length ? list.join(' ') : undefined;
}


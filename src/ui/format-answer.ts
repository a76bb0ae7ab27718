/** Turns a stored answer into words for the review page and the lawyer's summary, in the current language. */
import type { TFunction } from 'i18next';
import { type FieldPath, formatANumber } from '../domain';
import { formatDate, type UiLocale } from './format';
import { fieldWidgets } from './form/field-specs';

/** One or more lines of text describing the answer. */
export function formatAnswer(path: FieldPath, value: unknown, t: TFunction, locale: UiLocale): string[] {
  const tq = (key: string, opts?: Record<string, unknown>) => t(`questions:${key}`, opts);
  const tc = (key: string) => t(`common:${key}`);
  if (value === undefined) return [tc('answers.notAnswered')];
  const w = fieldWidgets[path];
  // "unknown" reads as the words the person chose: a radio's "I'm not sure" option, a box's "I
  // don't know" tick. A text field without that box keeps "unknown" as the word they typed.
  if (value === 'unknown' && w.kind !== 'radio' && !(w.kind === 'text' && !w.allowUnknown)) return [tc('answers.dontKnow')];
  switch (w.kind) {
    case 'radio': {
      const s = w.options.join(',');
      const key = s === 'yes,no,unknown' ? 'options.tri' : s === 'yes,no' ? 'options.yesNo' : `fields.${path}.options`;
      return [tq(`${key}.${String(value)}`)];
    }
    case 'text':
    case 'court':
      return [String(value)];
    case 'number':
      return [new Intl.NumberFormat(locale).format(Number(value))];
    case 'date':
      return [formatDate(String(value), locale)];
    case 'a-number':
      return [formatANumber(String(value)) ?? String(value)];
    case 'address': {
      const a = value as { street: string; city: string; state: string; zip: string };
      return [a.street, `${a.city}, ${a.state} ${a.zip}`];
    }
    case 'lines':
      return (value as string[]).length ? (value as string[]) : [tc('answers.none')];
    case 'family': {
      const list = value as { relationship: string; status: string }[];
      if (list.length === 0) return [tq(`fields.${path}.none`)];
      return list.map((m) => `${tq(`options.relationship.${m.relationship}`)}: ${tq(`options.familyStatus.${m.status}`)}`);
    }
    case 'applications': {
      const entries = Object.entries(value as Record<string, string>);
      if (entries.length === 0) return [tc('answers.none')];
      return entries.map(([k, s]) => `${tq(`options.application.${k}`)}: ${tq(`options.applicationStatus.${s}`)}`);
    }
    case 'records': {
      const rows = value as { kind: string; date: string; outcome: string }[];
      if (rows.length === 0) return [tc('answers.none')];
      return rows.map((r) => [
        tq(`options.offence.${r.kind}`),
        r.date === 'unknown' ? tc('answers.dontKnow') : formatDate(r.date, locale),
        tq(`options.outcome.${r.outcome}`),
      ].join(' · '));
    }
  }
}

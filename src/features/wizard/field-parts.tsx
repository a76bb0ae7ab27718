/**
 * What every question input shares: its element ids, its words (label and hint, in the helper's
 * wording where there is one), its error text and its aria-describedby list.
 */
import { createContext, useContext } from 'react';
import { type FieldError, type FieldErrors, useFormState, type UseFormReturn } from 'react-hook-form';
import type { i18n, TFunction } from 'i18next';
import type { FieldPath } from '../../domain';
import { fieldWidgets } from '../../ui/form/field-specs';

export const fieldId = (path: string) => `f-${path.replace(/\./g, '-')}`;

export function optionKey(path: FieldPath, options: readonly string[]): string {
  const s = options.join(',');
  if (s === 'yes,no,unknown') return 'options.tri';
  if (s === 'yes,no') return 'options.yesNo';
  return `fields.${path}.options`;
}

/**
 * The page's form (react-hook-form's `useForm`): one object for as long as the page is open. Not
 * react-hook-form's FormProvider, whose value changes each time the page's form state does (the
 * form's first render ends with one such change): every field would render again with it. Each
 * field follows its own errors instead (`useFieldErrors`), and the page's values with `useWatch`.
 */
export const StepFormContext = createContext<UseFormReturn | null>(null);

export function useStepForm(): UseFormReturn {
  const form = useContext(StepFormContext);
  if (!form) throw new Error('A question field is shown outside its question page.');
  return form;
}

/** The form's errors. The field that asks renders again only when those under `name` (one path or several) change. */
export function useFieldErrors(name: string | readonly string[]): FieldErrors {
  const { control } = useStepForm();
  return useFormState({ control, name }).errors;
}

/**
 * The page's words: the question page looks them up once (`useTranslation`) and hands them to its
 * fields. react-i18next copies the i18next instance for every component that calls
 * `useTranslation` when it mounts; a page with four questions mounted about 25 of them, 1.5 ms of
 * a 16 ms step on a desktop (issue 17). A change of language renders the page again, and so its
 * fields.
 */
export interface PageWords {
  /** The `questions` strings. */
  t: TFunction<'questions'>;
  /** The common strings. */
  tc: TFunction;
  /** Whether the `questions` strings have this key (as `i18n.exists`, see `hasWords`). */
  has: (key: string) => boolean;
  i18n: i18n;
}

/**
 * Whether a namespace has a key in the current language or the ones it falls back to: what
 * `i18n.exists` answers, read straight from the loaded strings. `exists` goes through i18next's
 * whole lookup; each question page asks it for its intro and each hint, and that was about 5 %
 * of React's work of a step in a CPU profile (issue 17).
 */
export function hasWords(i18n: i18n, ns: string, key: string): boolean {
  return i18n.languages.some((lng) => i18n.getResource(lng, ns, key) !== undefined);
}

export const PageWordsContext = createContext<PageWords | null>(null);

/**
 * `t` for a page's many plain strings (labels, options, hints), faster. A string asked for with no
 * options, or only a `context`, that has nothing to fill in ({{…}}) or nest ($t(…)), is read
 * straight from the loaded strings, as i18next would find it; anything else, and any key not
 * loaded, goes through `t`. i18next's own path for each string was about 1 ms of a question page
 * on a desktop (issue 17).
 */
export function plainFirst<F extends TFunction<never>>(t: F, i18n: i18n, ns: string): F {
  const plain = (key: string, context: unknown): string | undefined => {
    const lng = i18n.resolvedLanguage;
    if (!lng || key.includes(':')) return undefined;
    const found: unknown =
      (typeof context === 'string' && context !== '' ? i18n.getResource(lng, ns, `${key}_${context}`) : undefined) ?? i18n.getResource(lng, ns, key);
    return typeof found === 'string' && !found.includes('{{') && !found.includes('$t(') ? found : undefined;
  };
  const call = t as unknown as (...args: unknown[]) => unknown;
  const fast = (...args: unknown[]) => {
    const [key, options] = args;
    if (typeof key === 'string' && args.length <= 2) {
      if (options === undefined) return plain(key, undefined) ?? call(...args);
      if (typeof options === 'object' && options !== null && Object.keys(options).every((k) => k === 'context')) {
        return plain(key, (options as { context?: unknown }).context) ?? call(...args);
      }
    }
    return call(...args);
  };
  return fast as unknown as F;
}

export function usePageWords(): PageWords {
  const words = useContext(PageWordsContext);
  if (!words) throw new Error('A question field is shown outside its question page.');
  return words;
}

/**
 * Which wording of the questions fits the person answering: `helper` when they answer for someone
 * else (a detained person they help). Strings with a `_helper` variant use it; the others fall back.
 */
export const WordingContext = createContext<'helper' | undefined>(undefined);

export function useFieldText(path: FieldPath) {
  const { t, has } = usePageWords();
  const context = useContext(WordingContext);
  const hintKey = `fields.${path}.hint`;
  const dateHintKey = `fields.${path}.dateHint`;
  return {
    label: t(`fields.${path}.label`, { context }),
    hint: has(hintKey) ? t(hintKey, { context }) : null,
    /** A date question's own example ("For example, 02/16/2027"), fitting what it asks. */
    dateHint: has(dateHintKey) ? t(dateHintKey) : null,
  };
}

/** Error codes that mean "nothing was given": these use the question's own words where it has them. */
const EMPTY_CODES: ReadonlySet<string> = new Set(['choose', 'required']);

/**
 * The words of an error. For an empty answer, the question's own message ("Choose whether you
 * have a case in immigration court."), which says what to do without repeating the question; for
 * the others (a date or ZIP code in the wrong form…), the general message for the code. `part`
 * is an address line ("street", "zip").
 */
export function fieldErrorMessage(
  i18n: Pick<i18n, 't' | 'exists'>,
  context: 'helper' | undefined,
  path: FieldPath,
  code: string,
  part?: string,
): { text: string; own: boolean } {
  const key = part ? `questions:fields.${path}.errors.${part}` : `questions:fields.${path}.error`;
  if (EMPTY_CODES.has(code) && i18n.exists(key)) return { text: i18n.t(key, { context }), own: true };
  // A question's own message for this problem (its dates against the others'), with its later words.
  const ownForCode = `questions:fields.${path}.errors.${code}`;
  if (!part && i18n.exists(ownForCode)) return { text: i18n.t(ownForCode, { context }), own: true };
  // A number's range is the question's own (an age: 0 to 120).
  const widget = fieldWidgets[path];
  return { text: generalMessage(i18n, code, widget.kind === 'number' ? { min: widget.min, max: widget.max } : undefined), own: false };
}

/**
 * The general message for a code: with the later questions' words (a date, a ZIP code… are asked
 * only after the first section), else with the first download's ("Fill in this answer."). Typed
 * characters the printed papers cannot show come after the code ('not-printable|😀|Ж',
 * src/ui/form/field-forms.ts), and the message names them.
 */
function generalMessage(i18n: Pick<i18n, 't'>, code: string, values?: Record<string, number>): string {
  const [base, ...chars] = code.split('|');
  return i18n.t([`questions:errors.${base}`, `errors.${base}`], { ...values, chars: chars.join(' ') });
}

function useErrorMessage() {
  const { i18n } = usePageWords();
  const context = useContext(WordingContext);
  return (path: FieldPath, code: string, part?: string) => fieldErrorMessage(i18n, context, path, code, part);
}

export function ErrorText({ id, error, path, part }: { id: string; error: FieldError | undefined; path?: FieldPath; part?: string }) {
  const { tc, i18n } = usePageWords();
  const message = useErrorMessage();
  if (!error?.message) return null;
  return (
    <p id={id} className="field-error">
      <span className="visually-hidden">{tc('errors.prefix')} </span>
      {path ? message(path, error.message, part).text : generalMessage(i18n, error.message)}
    </p>
  );
}

export function describedBy(...ids: (string | null | false)[]): string | undefined {
  const list = ids.filter((x): x is string => typeof x === 'string');
  return list.length ? list.join(' ') : undefined;
}


/**
 * The rules that turn what a person typed into a case value (or an error code the page
 * translates), one zod schema per field. Apart from field-specs.ts: they load, with zod, only when
 * a page is checked, not with the first question (docs/adr/0004-bundle-budget.md).
 */
import { z } from 'zod/mini';
import { cleanText, type DateOrder, type FieldPath, isoToday, LIMITS, normalizeANumber, PATTERNS, readTypedDate, surelyAfter, type TypedDateProblem } from '../../domain';
import { fontCovers } from '../../pdf/font-coverage';
import { graphemes } from '../../pdf/text';
import { fieldWidgets, listFormRules } from './field-specs';

/**
 * Error codes; the page translates them (src/features/wizard/field-parts.tsx). Their words are
 * under `errors.`: the first section's three in common.json, the rest with the later questions
 * (questions-later.json), as tests/unit/question-strings.test.ts checks.
 */
export const E = {
  choose: 'choose',
  required: 'required',
  tooLong: 'too-long',
  date: 'date',
  dateYear: 'date-year',
  noSuchDate: 'no-such-date',
  monthFirst: 'month-first',
  futureDate: 'future-date',
  number: 'number',
  numberRange: 'number-range',
  aNumber: 'a-number',
  zip: 'zip',
  phone: 'phone',
  email: 'email',
  familyRow: 'family-row',
  familyNone: 'family-none',
  recordRow: 'record-row',
  recordRowDate: 'record-row-date',
  recordRowFuture: 'record-row-future',
  applicationsNone: 'applications-none',
  courtNotListed: 'court-not-listed',
  applicationStatus: 'application-status',
  notPrintable: 'not-printable',
} as const;

/**
 * The characters of a typed answer that the printed papers cannot show (the PDFs' font, as in
 * src/pdf/font-coverage.ts): each once, as the person sees it (an emoji with its skin tone is
 * one), in the order typed. Empty when all can be printed; line breaks are not drawn, so not counted.
 */
export function unprintable(text: string): string[] {
  const out: string[] = [];
  for (const g of graphemes(text)) {
    // A line break is where a line ends, not a character drawn.
    if (g === '\n' || out.includes(g)) continue;
    if (Array.from(g).some((ch) => !fontCovers(ch.codePointAt(0)!))) out.push(g);
  }
  return out;
}

/**
 * Refuses a typed answer with characters the printed papers cannot show, naming them after the
 * code ("not-printable|😀|Ж"): the page quotes them, so the person sees what to change, also a
 * letter that looks like one from A to Z but is not. `path`: the part of the answer (an address line).
 */
export function printable(text: string, ctx: IssueSink, path?: PropertyKey[]): void {
  const chars = unprintable(text);
  if (chars.length) ctx.addIssue({ code: 'custom', message: [E.notPrintable, ...chars].join('|'), ...(path ? { path } : {}) });
}

export const textWithUnknown = z.object({ text: z.string(), unknown: z.boolean() });
const emailSchema = z.email();

function optionSchema(options: readonly string[]) {
  return z.string({ error: E.choose }).check(z.refine((v) => options.includes(v), { message: E.choose }));
}

/** Where a form transform reports a problem: a message code for the page, at an optional sub-path. */
interface IssueSink {
  addIssue(issue: { code: 'custom'; message: string; path?: PropertyKey[] }): void;
}

/**
 * `schema`, then `fn` on its output: classic zod's `schema.transform(fn)` written with zod/mini,
 * whose transform context has no `addIssue` (the same 'custom' issue is pushed here instead).
 * Not named `then`: a module exporting `then` is a thenable, and `await import()` of it never ends.
 */
export function andThen<S extends z.ZodMiniType, O>(schema: S, fn: (value: z.output<S>, ctx: IssueSink) => O) {
  return z.pipe(
    schema,
    z.transform((value: z.output<S>, payload) =>
      fn(value, { addIssue: (issue) => void payload.issues.push({ ...issue, input: value }) }),
    ),
  );
}

/** What a person typed in a one-line box, as the case keeps it (the domain's text rule, then trimmed). */
export const typedLine = (text: string) => cleanText(text, 'line').trim();

/** The message for a date that could not be read, by why (`readTypedDate`). */
export const dateProblemCode: Record<TypedDateProblem, string> = { format: E.date, year: E.dateYear, 'no-such-date': E.noSuchDate, 'month-first': E.monthFirst };

/** The zod schema for one field's form value, producing the case value. */
export function fieldFormSchema(path: FieldPath, order: DateOrder): z.ZodMiniType<unknown> {
  const w = fieldWidgets[path];
  switch (w.kind) {
    case 'radio':
      return optionSchema(w.options);
    case 'text': {
      if (path === 'person.email') {
        return andThen(z.object({ text: z.string(), unknown: z.boolean() }), (v, ctx) => {
          const t = typedLine(v.text);
          if (t === '') return undefined;
          if (!emailSchema.safeParse(t).success || t.length > LIMITS.shortText) ctx.addIssue({ code: 'custom', message: E.email });
          else printable(t, ctx);
          return t;
        });
      }
      if (path === 'person.phone') {
        return andThen(textWithUnknown, (v, ctx) => {
          const t = typedLine(v.text);
          if (t === '') return undefined;
          if (!PATTERNS.phone.test(t)) ctx.addIssue({ code: 'custom', message: E.phone });
          else printable(t, ctx);
          return t;
        });
      }
      return andThen(textWithUnknown, (v, ctx) => {
        if (w.allowUnknown && v.unknown) return 'unknown';
        const t = typedLine(v.text);
        if (t === '') {
          if (!w.optional) ctx.addIssue({ code: 'custom', message: E.required });
          return undefined;
        }
        if (t.length > LIMITS.shortText) ctx.addIssue({ code: 'custom', message: E.tooLong });
        else printable(t, ctx);
        return t;
      });
    }
    case 'date':
      return andThen(textWithUnknown, (v, ctx) => {
        if (v.unknown) return 'unknown';
        if (v.text.trim() === '') {
          ctx.addIssue({ code: 'custom', message: E.required });
          return undefined;
        }
        const read = readTypedDate(v.text, order);
        if ('problem' in read) {
          ctx.addIssue({ code: 'custom', message: dateProblemCode[read.problem] });
          return undefined;
        }
        // Today is read at each check, not when the rules are made: a page can stay open past midnight.
        if (w.past && surelyAfter(read.iso, isoToday())) ctx.addIssue({ code: 'custom', message: E.futureDate });
        return read.iso;
      });
    case 'number':
      return andThen(textWithUnknown, (v, ctx) => {
        if (v.unknown) return 'unknown';
        const t = v.text.trim();
        const n = Number(t);
        if (t === '' || !/^\d{1,3}$/.test(t) || n < w.min || n > w.max) {
          // A whole number outside the range ("200") is told the range; anything else, what to type.
          ctx.addIssue({ code: 'custom', message: t === '' ? E.required : /^-?\d+$/.test(t) ? E.numberRange : E.number });
          return undefined;
        }
        return n;
      });
    case 'a-number':
      return andThen(textWithUnknown, (v, ctx) => {
        if (v.unknown) return 'unknown';
        const n = normalizeANumber(v.text);
        if (!n) ctx.addIssue({ code: 'custom', message: v.text.trim() === '' ? E.required : E.aNumber });
        return n ?? undefined;
      });
    default: {
      // The longer inputs' rules load with those inputs (list-field-forms.ts): a page shows one
      // only once they are there.
      const lists = listFormRules();
      if (!lists) throw new Error(`PD Helper: the form rules of ${path} are not loaded`);
      return lists.schema(path, w.kind, order);
    }
  }
}

/**
 * How each case field is asked in the wizard: the widget, and the zod schema that turns what the
 * person typed into the case value (or an error code the page translates). One entry per field
 * owned by a step in the domain's flow table; a test checks none is missing.
 */
import { z } from 'zod/mini';
import {
  AGE_RANGE,
  applicationKinds,
  cleanText,
  applicationStatuses,
  courtStatuses,
  detainedPersons,
  educationLevels,
  entryManners,
  familyStatuses,
  type FieldPath,
  hearingTypes,
  LIMITS,
  normalizeANumber,
  offenceKinds,
  offenceOutcomes,
  parseTypedDate,
  PATTERNS,
  priorPdResults,
  relationships,
  representationKinds,
  type DateOrder,
} from '../../domain';

export type Widget =
  | { kind: 'radio'; options: readonly string[] }
  | { kind: 'text'; allowUnknown: boolean; optional?: boolean; autoComplete?: string; inputMode?: 'text' | 'tel' | 'email' }
  | { kind: 'date'; allowUnknown: boolean }
  | { kind: 'number'; allowUnknown: boolean; min: number; max: number }
  | { kind: 'a-number' }
  | { kind: 'address' }
  /** An immigration court from the court list (with "not on this list" and "I don't know"). */
  | { kind: 'court' }
  | { kind: 'lines' }
  | { kind: 'family' }
  | { kind: 'applications' }
  | { kind: 'records' };

/** The widgets of the longer inputs (address, lines, lists), loaded apart from the first question's. */
export type ListWidgetKind = Exclude<Widget['kind'], 'radio' | 'text' | 'date' | 'number' | 'a-number'>;

const tri = ['yes', 'no', 'unknown'] as const;
const yesNo = ['yes', 'no'] as const;

export const fieldWidgets: Record<FieldPath, Widget> = {
  'person.fullName': { kind: 'text', allowUnknown: false, autoComplete: 'name' },
  'person.otherNames': { kind: 'lines' },
  'person.dateOfBirth': { kind: 'date', allowUnknown: true },
  'person.countryOfBirth': { kind: 'text', allowUnknown: true, autoComplete: 'country-name' },
  'person.aNumber': { kind: 'a-number' },
  'person.address': { kind: 'address' },
  'person.phone': { kind: 'text', allowUnknown: false, optional: true, autoComplete: 'tel', inputMode: 'tel' },
  'person.email': { kind: 'text', allowUnknown: false, optional: true, autoComplete: 'email', inputMode: 'email' },
  'representation.kind': { kind: 'radio', options: [...representationKinds, 'unknown'] },
  'representation.name': { kind: 'text', allowUnknown: false, optional: true },
  'posture.detained': { kind: 'radio', options: yesNo },
  'posture.detentionFacility': { kind: 'text', allowUnknown: true },
  'posture.detainedPerson': { kind: 'radio', options: detainedPersons },
  'posture.receivedNta': { kind: 'radio', options: tri },
  'posture.finalOrder': { kind: 'radio', options: tri },
  'posture.finalOrderDate': { kind: 'date', allowUnknown: true },
  'posture.inAbsentia': { kind: 'radio', options: tri },
  'posture.appealPending': { kind: 'radio', options: tri },
  'posture.inProceedings': { kind: 'radio', options: tri },
  'posture.courtStatus': { kind: 'radio', options: [...courtStatuses, 'unknown'] },
  'posture.decisionDate': { kind: 'date', allowUnknown: true },
  'posture.courtCity': { kind: 'court' },
  'posture.judge': { kind: 'text', allowUnknown: true, optional: true },
  'posture.nextHearingDate': { kind: 'date', allowUnknown: true },
  'posture.nextHearingType': { kind: 'radio', options: [...hearingTypes, 'unknown'] },
  'posture.attendedPastHearing': { kind: 'radio', options: tri },
  'posture.iceMovedToDismiss': { kind: 'radio', options: tri },
  'posture.supervision': { kind: 'radio', options: tri },
  'history.entryDate': { kind: 'date', allowUnknown: true },
  'history.entryManner': { kind: 'radio', options: [...entryManners, 'unknown'] },
  'history.ageAtEntry': { kind: 'number', allowUnknown: true, ...AGE_RANGE },
  'history.stoppedAtBorder': { kind: 'radio', options: tri },
  'history.canProveTwoYears': { kind: 'radio', options: tri },
  'history.everLpr': { kind: 'radio', options: tri },
  'history.priorRemoval': { kind: 'radio', options: tri },
  'history.reentryAfterRemoval': { kind: 'radio', options: tri },
  'history.missedHearing': { kind: 'radio', options: tri },
  'history.priorPdRequest': { kind: 'radio', options: tri },
  'history.priorPdResult': { kind: 'radio', options: priorPdResults },
  'history.priorPdDate': { kind: 'date', allowUnknown: true },
  'history.applications': { kind: 'applications' },
  'history.notarioFiled': { kind: 'radio', options: tri },
  'history.fraud': { kind: 'radio', options: tri },
  'history.falseClaimCitizenship': { kind: 'radio', options: tri },
  'criminal.anyArrest': { kind: 'radio', options: tri },
  'criminal.dui': { kind: 'radio', options: tri },
  'criminal.drugs': { kind: 'radio', options: tri },
  'criminal.violence': { kind: 'radio', options: tri },
  'criminal.felonyOrYearSentence': { kind: 'radio', options: tri },
  'criminal.pendingOrProbation': { kind: 'radio', options: tri },
  'criminal.rehabilitationEvidence': { kind: 'radio', options: tri },
  'criminal.records': { kind: 'records' },
  'criminal.gangAllegation': { kind: 'radio', options: tri },
  'criminal.nationalSecurity': { kind: 'radio', options: tri },
  'favourable.family': { kind: 'family' },
  'favourable.primaryCaregiver': { kind: 'radio', options: tri },
  'favourable.familyHardship': { kind: 'radio', options: tri },
  'favourable.seriousIllness': { kind: 'radio', options: tri },
  'favourable.competencyConcern': { kind: 'radio', options: tri },
  'favourable.pregnantOrNursing': { kind: 'radio', options: tri },
  'favourable.partnerPregnantOrNursing': { kind: 'radio', options: tri },
  'favourable.crimeVictim': { kind: 'radio', options: tri },
  'favourable.lawEnforcementCooperation': { kind: 'radio', options: tri },
  'favourable.militarySelf': { kind: 'radio', options: tri },
  'favourable.militaryFamily': { kind: 'radio', options: tri },
  'favourable.education': { kind: 'radio', options: [...educationLevels, 'unknown'] },
  'favourable.work': { kind: 'radio', options: tri },
  'favourable.taxes': { kind: 'radio', options: tri },
  'favourable.community': { kind: 'radio', options: tri },
  'favourable.homeCountryDanger': { kind: 'radio', options: tri },
  'favourable.otherHumanitarian': { kind: 'radio', options: tri },
};

export const listOptions = {
  relationships,
  familyStatuses,
  applicationKinds,
  applicationStatuses,
  offenceKinds: [...offenceKinds, 'unknown'] as const,
  offenceOutcomes,
};

// ── Form values: what inputs hold (strings and booleans) ───────────────────────────────────
export interface TextWithUnknown { text: string; unknown: boolean }
export interface FamilyRow { relationship: string; status: string }
export interface RecordRow { kind: string; date: TextWithUnknown; outcome: string }
export interface FamilyForm { none: boolean; members: FamilyRow[] }
export interface ApplicationsForm { none: boolean; ticked: string[]; status: Record<string, string> }
/** `court`: a court from the list (its label), 'other' (then `text`), or '' (nothing chosen). */
export interface CourtForm { court: string; text: string; unknown: boolean }
/** The court picker's choice for "my court is not on this list". */
export const COURT_NOT_LISTED = 'other';

/** The form rules of the longer inputs (address, lists, court), in their own chunk. */
export interface ListForms {
  schema(path: FieldPath, kind: ListWidgetKind, order: DateOrder): z.ZodMiniType<unknown>;
  value(path: FieldPath, kind: ListWidgetKind, value: unknown, order: DateOrder): unknown;
}
let listForms: ListForms | null = null;
/** Called once by list-field-forms.ts when it loads (with the longer inputs, not the first question). */
export function registerListForms(forms: ListForms): void {
  listForms = forms;
}

/** Error messages are i18n keys under `errors.`; the page translates them. */
export const E = {
  choose: 'choose',
  required: 'required',
  tooLong: 'too-long',
  date: 'date',
  number: 'number',
  aNumber: 'a-number',
  zip: 'zip',
  phone: 'phone',
  email: 'email',
  familyRow: 'family-row',
  familyNone: 'family-none',
  recordRow: 'record-row',
  applicationsNone: 'applications-none',
  courtNotListed: 'court-not-listed',
  applicationStatus: 'application-status',
} as const;

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
          return t;
        });
      }
      if (path === 'person.phone') {
        return andThen(textWithUnknown, (v, ctx) => {
          const t = typedLine(v.text);
          if (t === '') return undefined;
          if (!PATTERNS.phone.test(t)) ctx.addIssue({ code: 'custom', message: E.phone });
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
        return t;
      });
    }
    case 'date':
      return andThen(textWithUnknown, (v, ctx) => {
        if (v.unknown) return 'unknown';
        const iso = parseTypedDate(v.text, order);
        if (!iso) ctx.addIssue({ code: 'custom', message: v.text.trim() === '' ? E.required : E.date });
        return iso ?? undefined;
      });
    case 'number':
      return andThen(textWithUnknown, (v, ctx) => {
        if (v.unknown) return 'unknown';
        const t = v.text.trim();
        const n = Number(t);
        if (t === '' || !/^\d{1,3}$/.test(t) || n < w.min || n > w.max) {
          ctx.addIssue({ code: 'custom', message: t === '' ? E.required : E.number });
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
    default:
      // The longer inputs' rules load with those inputs (list-field-forms.ts): a page shows one
      // only once they are there.
      if (!listForms) throw new Error(`PD Helper: the form rules of ${path} are not loaded`);
      return listForms.schema(path, w.kind, order);
  }
}

/** The form value that shows a stored case value again (for Back and Change). */
export function toFormValue(path: FieldPath, value: unknown, order: DateOrder): unknown {
  const w = fieldWidgets[path];
  // Without an "I don't know" box (`box` false), "unknown" is only ever a word the person typed.
  const twu = (v: unknown, box = true): TextWithUnknown =>
    box && v === 'unknown' ? { text: '', unknown: true } : { text: v === undefined || v === null ? '' : String(v), unknown: false };
  switch (w.kind) {
    case 'radio':
      return typeof value === 'string' ? value : null;
    case 'text':
      return twu(value, w.allowUnknown);
    case 'number':
    case 'a-number':
      return twu(value);
    case 'date':
      return twu(typeof value === 'string' && value !== 'unknown' ? isoToTyped(value, order) : value);
    default:
      // Until the longer inputs' rules are there, nothing to show: the page waits for them anyway.
      return listForms ? listForms.value(path, w.kind, value, order) : null;
  }
}

/** Show an ISO partial date the way it is typed in this language: 2019-03-14 → 03/14/2019 or 14/03/2019. */
export function isoToTyped(iso: string, order: DateOrder): string {
  const [y, m, d] = iso.split('-');
  if (d) return order === 'mdy' ? `${m}/${d}/${y}` : `${d}/${m}/${y}`;
  if (m) return `${m}/${y}`;
  return y ?? '';
}

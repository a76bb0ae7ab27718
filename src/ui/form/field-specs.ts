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

/**
 * The court list's labels, given by the court picker's module when it loads (the list is not in
 * the first download; a page with the picker renders only once it is there).
 */
let courtLabels: ReadonlySet<string> | null = null;
export function knowCourtLabels(labels: Iterable<string>): void {
  courtLabels = new Set(labels);
}

/** Error messages are i18n keys under `errors.`; the page translates them. */
const E = {
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

const textWithUnknown = z.object({ text: z.string(), unknown: z.boolean() });
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
 */
function then<S extends z.ZodMiniType, O>(schema: S, fn: (value: z.output<S>, ctx: IssueSink) => O) {
  return z.pipe(
    schema,
    z.transform((value: z.output<S>, payload) =>
      fn(value, { addIssue: (issue) => void payload.issues.push({ ...issue, input: value }) }),
    ),
  );
}

/** What a person typed in a one-line box, as the case keeps it (the domain's text rule, then trimmed). */
const typedLine = (text: string) => cleanText(text, 'line').trim();

/** The zod schema for one field's form value, producing the case value. */
export function fieldFormSchema(path: FieldPath, order: DateOrder): z.ZodMiniType<unknown> {
  const w = fieldWidgets[path];
  switch (w.kind) {
    case 'radio':
      return optionSchema(w.options);
    case 'text': {
      if (path === 'person.email') {
        return then(z.object({ text: z.string(), unknown: z.boolean() }), (v, ctx) => {
          const t = typedLine(v.text);
          if (t === '') return undefined;
          if (!emailSchema.safeParse(t).success || t.length > LIMITS.shortText) ctx.addIssue({ code: 'custom', message: E.email });
          return t;
        });
      }
      if (path === 'person.phone') {
        return then(textWithUnknown, (v, ctx) => {
          const t = typedLine(v.text);
          if (t === '') return undefined;
          if (!PATTERNS.phone.test(t)) ctx.addIssue({ code: 'custom', message: E.phone });
          return t;
        });
      }
      return then(textWithUnknown, (v, ctx) => {
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
      return then(textWithUnknown, (v, ctx) => {
        if (v.unknown) return 'unknown';
        const iso = parseTypedDate(v.text, order);
        if (!iso) ctx.addIssue({ code: 'custom', message: v.text.trim() === '' ? E.required : E.date });
        return iso ?? undefined;
      });
    case 'number':
      return then(textWithUnknown, (v, ctx) => {
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
      return then(textWithUnknown, (v, ctx) => {
        if (v.unknown) return 'unknown';
        const n = normalizeANumber(v.text);
        if (!n) ctx.addIssue({ code: 'custom', message: v.text.trim() === '' ? E.required : E.aNumber });
        return n ?? undefined;
      });
    case 'address':
      return then(
        z.object({ street: z.string(), city: z.string(), state: z.string(), zip: z.string() }),
        (v, ctx) => {
          const out = { street: typedLine(v.street), city: typedLine(v.city), state: typedLine(v.state), zip: typedLine(v.zip) };
          for (const key of ['street', 'city', 'state'] as const) {
            if (out[key] === '') ctx.addIssue({ code: 'custom', message: E.required, path: [key] });
            else if (out[key].length > LIMITS.shortText) ctx.addIssue({ code: 'custom', message: E.tooLong, path: [key] });
          }
          if (!PATTERNS.zip.test(out.zip)) ctx.addIssue({ code: 'custom', message: out.zip === '' ? E.required : E.zip, path: ['zip'] });
          return out;
        },
      );
    case 'court':
      // The list's label ("Chicago, IL") is kept as the court, like a typed city; the list itself
      // loads with the page (field-input-lists.tsx), so any label reads here as typed text does.
      return then(z.object({ court: z.string(), text: z.string(), unknown: z.boolean() }), (v, ctx) => {
        if (v.unknown) return 'unknown';
        const typed = v.court === COURT_NOT_LISTED;
        const t = typedLine(typed ? v.text : v.court);
        if (t === '') {
          if (typed) ctx.addIssue({ code: 'custom', message: E.courtNotListed, path: ['text'] });
          else ctx.addIssue({ code: 'custom', message: E.required });
          return undefined;
        }
        if (t.length > LIMITS.shortText) ctx.addIssue({ code: 'custom', message: E.tooLong, path: typed ? ['text'] : [] });
        return t;
      });
    case 'lines':
      return then(z.string(), (v, ctx) => {
        const lines = cleanText(v).split('\n').map(typedLine).filter((l) => l !== '');
        if (lines.some((l) => l.length > LIMITS.shortText) || lines.length > LIMITS.listItems) {
          ctx.addIssue({ code: 'custom', message: E.tooLong });
        }
        return lines.length ? lines : undefined;
      });
    case 'family':
      return then(
        z.object({ none: z.boolean(), members: z.array(z.object({ relationship: z.string(), status: z.string() })) }),
        (v, ctx) => {
          if (v.none) return [];
          if (v.members.length === 0) ctx.addIssue({ code: 'custom', message: E.familyNone });
          v.members.forEach((m, i) => {
            if (!(relationships as readonly string[]).includes(m.relationship) || !(familyStatuses as readonly string[]).includes(m.status)) {
              ctx.addIssue({ code: 'custom', message: E.familyRow, path: ['members', i] });
            }
          });
          return v.members.slice(0, LIMITS.listItems);
        },
      );
    case 'applications':
      // Ticked boxes (or "None of these"), and for each ticked one what is happening with it.
      return then(z.object({ none: z.boolean(), ticked: z.unknown(), status: z.record(z.string(), z.unknown()) }), (v, ctx) => {
        if (v.none) return {};
        const picked = Array.isArray(v.ticked) ? v.ticked : typeof v.ticked === 'string' ? [v.ticked] : [];
        const ticked = applicationKinds.filter((kind) => picked.includes(kind));
        if (ticked.length === 0) {
          ctx.addIssue({ code: 'custom', message: E.applicationsNone });
          return undefined;
        }
        const out: Record<string, string> = {};
        for (const kind of ticked) {
          const s = v.status[kind];
          if (typeof s === 'string' && (applicationStatuses as readonly string[]).includes(s)) out[kind] = s;
          else ctx.addIssue({ code: 'custom', message: E.applicationStatus, path: ['status', kind] });
        }
        return out;
      });
    case 'records':
      return then(
        z.array(z.object({ kind: z.string(), date: textWithUnknown, outcome: z.string() })),
        (rows, ctx) => {
          const out = rows.map((r, i) => {
            const date = r.date.unknown ? 'unknown' : parseTypedDate(r.date.text, order);
            const okKind = (listOptions.offenceKinds as readonly string[]).includes(r.kind);
            const okOutcome = (offenceOutcomes as readonly string[]).includes(r.outcome);
            if (!date || !okKind || !okOutcome) ctx.addIssue({ code: 'custom', message: E.recordRow, path: [i] });
            return { kind: r.kind, date: date ?? 'unknown', outcome: r.outcome };
          });
          return out.length ? out : undefined;
        },
      );
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
    case 'address': {
      const a = (value ?? {}) as Record<string, string>;
      return { street: a.street ?? '', city: a.city ?? '', state: a.state ?? '', zip: a.zip ?? '' };
    }
    case 'court': {
      if (value === 'unknown') return { court: '', text: '', unknown: true } satisfies CourtForm;
      if (typeof value !== 'string') return { court: '', text: '', unknown: false } satisfies CourtForm;
      // A court that is not on the list (typed, or saved by an older version): "not on this list", with its words.
      if (courtLabels !== null && !courtLabels.has(value)) return { court: COURT_NOT_LISTED, text: value, unknown: false } satisfies CourtForm;
      return { court: value, text: '', unknown: false } satisfies CourtForm;
    }
    case 'lines':
      return Array.isArray(value) ? value.join('\n') : '';
    case 'family':
      return Array.isArray(value) ? { none: value.length === 0, members: value as FamilyRow[] } : { none: false, members: [] };
    case 'applications': {
      // Saved with nothing in it: the person ticked "None of these". Not saved yet: nothing ticked.
      if (value === undefined || value === null) return { none: false, ticked: [], status: {} } satisfies ApplicationsForm;
      const saved = value as Record<string, string>;
      return { none: Object.keys(saved).length === 0, ticked: Object.keys(saved), status: { ...saved } } satisfies ApplicationsForm;
    }
    case 'records':
      return Array.isArray(value)
        ? (value as { kind: string; date: string; outcome: string }[]).map((r) => ({
            kind: r.kind, outcome: r.outcome,
            date: r.date === 'unknown' ? { text: '', unknown: true } : { text: isoToTyped(r.date, order), unknown: false },
          }))
        : [];
  }
}

/** Show an ISO partial date the way it is typed in this language: 2019-03-14 → 03/14/2019 or 14/03/2019. */
export function isoToTyped(iso: string, order: DateOrder): string {
  const [y, m, d] = iso.split('-');
  if (d) return order === 'mdy' ? `${m}/${d}/${y}` : `${d}/${m}/${y}`;
  if (m) return `${m}/${y}`;
  return y ?? '';
}

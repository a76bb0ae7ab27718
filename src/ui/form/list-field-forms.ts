/**
 * The form rules of the longer inputs (address, other names, family, applications, criminal
 * records, the court picker): what their form values turn into, and how a saved answer is shown
 * again. Apart from field-specs.ts so they load with those inputs (field-input-lists.tsx), not with
 * the first question (docs/adr/0004-bundle-budget.md); they register themselves when loaded.
 */
import { z } from 'zod/mini';
import { applicationKinds, applicationStatuses, cleanText, type DateOrder, type FieldPath, isoToday, LIMITS, offenceOutcomes, parseTypedDate, PATTERNS, relationships, familyStatuses, surelyAfter } from '../../domain';
import {
  type ApplicationsForm,
  COURT_NOT_LISTED,
  type CourtForm,
  type FamilyRow,
  isoToTyped,
  listOptions,
  type ListWidgetKind,
  registerListForms,
} from './field-specs';
import { andThen, E, textWithUnknown, typedLine, printable } from './field-forms';

/**
 * The court list's labels, given by the court picker when it loads: a saved court that is not one
 * of them (typed, or saved by an older version) is shown as "not on this list", with its words.
 */
let courtLabels: ReadonlySet<string> | null = null;
export function knowCourtLabels(labels: Iterable<string>): void {
  courtLabels = new Set(labels);
}

function listFieldSchema(path: FieldPath, kind: ListWidgetKind, order: DateOrder): z.ZodMiniType<unknown> {
  switch (kind) {
    case 'address':
      return andThen(
        z.object({ street: z.string(), city: z.string(), state: z.string(), zip: z.string() }),
        (v, ctx) => {
          const out = { street: typedLine(v.street), city: typedLine(v.city), state: typedLine(v.state), zip: typedLine(v.zip) };
          for (const key of ['street', 'city', 'state'] as const) {
            if (out[key] === '') ctx.addIssue({ code: 'custom', message: E.required, path: [key] });
            else if (out[key].length > LIMITS.shortText) ctx.addIssue({ code: 'custom', message: E.tooLong, path: [key] });
            else printable(out[key], ctx, [key]);
          }
          if (!PATTERNS.zip.test(out.zip)) ctx.addIssue({ code: 'custom', message: out.zip === '' ? E.required : E.zip, path: ['zip'] });
          return out;
        },
      );
    case 'court':
      // The list's label ("Chicago, IL") is kept as the court, like a typed city; the list itself
      // loads with the page (field-input-lists.tsx), so any label reads here as typed text does.
      return andThen(z.object({ court: z.string(), text: z.string(), unknown: z.boolean() }), (v, ctx) => {
        if (v.unknown) return 'unknown';
        const typed = v.court === COURT_NOT_LISTED;
        const t = typedLine(typed ? v.text : v.court);
        if (t === '') {
          if (typed) ctx.addIssue({ code: 'custom', message: E.courtNotListed, path: ['text'] });
          else ctx.addIssue({ code: 'custom', message: E.required });
          return undefined;
        }
        if (t.length > LIMITS.shortText) ctx.addIssue({ code: 'custom', message: E.tooLong, path: typed ? ['text'] : [] });
        else printable(t, ctx, typed ? ['text'] : []);
        return t;
      });
    case 'lines':
      return andThen(z.string(), (v, ctx) => {
        const lines = cleanText(v).split('\n').map(typedLine).filter((l) => l !== '');
        if (lines.some((l) => l.length > LIMITS.shortText) || lines.length > LIMITS.listItems) {
          ctx.addIssue({ code: 'custom', message: E.tooLong });
        } else printable(lines.join('\n'), ctx);
        return lines.length ? lines : undefined;
      });
    case 'family':
      return andThen(
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
      return andThen(z.object({ none: z.boolean(), ticked: z.unknown(), status: z.record(z.string(), z.unknown()) }), (v, ctx) => {
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
      return andThen(
        z.array(z.object({ kind: z.string(), date: textWithUnknown, outcome: z.string() })),
        (rows, ctx) => {
          const today = isoToday();
          const out = rows.map((r, i) => {
            const date = r.date.unknown ? 'unknown' : parseTypedDate(r.date.text, order);
            const okKind = (listOptions.offenceKinds as readonly string[]).includes(r.kind);
            const okOutcome = (offenceOutcomes as readonly string[]).includes(r.outcome);
            // What is wrong with the row, most basic first: a choice missing, then the date as typed.
            const problem = !okKind || !okOutcome || (!date && r.date.text.trim() === '') ? E.recordRow
              : !date ? E.recordRowDate
                : date !== 'unknown' && surelyAfter(date, today) ? E.recordRowFuture
                  : null;
            if (problem) ctx.addIssue({ code: 'custom', message: problem, path: [i] });
            return { kind: r.kind, date: date ?? 'unknown', outcome: r.outcome };
          });
          return out.length ? out : undefined;
        },
      );
  }
}

function listFormValue(path: FieldPath, kind: ListWidgetKind, value: unknown, order: DateOrder): unknown {
  switch (kind) {
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

registerListForms({ schema: listFieldSchema, value: listFormValue });

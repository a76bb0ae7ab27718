/**
 * How each case field is asked in the wizard: the widget, and how a saved answer shows in it again.
 * One entry per field owned by a step in the domain's flow table; a test checks none is missing.
 * The rules that turn what the person typed into the case value are in field-forms.ts, which
 * loads with zod only when a page is checked (docs/adr/0004-bundle-budget.md).
 */
import type { z } from 'zod/mini';
import {
  AGE_RANGE,
  applicationKinds,
  applicationStatuses,
  courtStatuses,
  detainedPersons,
  educationLevels,
  entryManners,
  familyStatuses,
  type FieldPath,
  hearingTypes,
  offenceKinds,
  offenceOutcomes,
  priorPdResults,
  relationships,
  representationKinds,
  type DateOrder,
} from '../../domain';

export type Widget =
  | { kind: 'radio'; options: readonly string[] }
  | { kind: 'text'; allowUnknown: boolean; optional?: boolean; autoComplete?: string; inputMode?: 'text' | 'tel' | 'email' }
  /** `past`: a date that has happened (a birth, an arrival, an order); one after today is refused as a typing mistake. */
  | { kind: 'date'; allowUnknown: boolean; past: boolean }
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
  'person.dateOfBirth': { kind: 'date', allowUnknown: true, past: true },
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
  'posture.finalOrderDate': { kind: 'date', allowUnknown: true, past: true },
  'posture.inAbsentia': { kind: 'radio', options: tri },
  'posture.appealPending': { kind: 'radio', options: tri },
  'posture.inProceedings': { kind: 'radio', options: tri },
  'posture.courtStatus': { kind: 'radio', options: [...courtStatuses, 'unknown'] },
  'posture.decisionDate': { kind: 'date', allowUnknown: true, past: true },
  'posture.courtCity': { kind: 'court' },
  'posture.judge': { kind: 'text', allowUnknown: true, optional: true },
  // Usually ahead; one that has passed is asked about (a missed hearing), not refused.
  'posture.nextHearingDate': { kind: 'date', allowUnknown: true, past: false },
  'posture.nextHearingType': { kind: 'radio', options: [...hearingTypes, 'unknown'] },
  'posture.attendedPastHearing': { kind: 'radio', options: tri },
  'posture.iceMovedToDismiss': { kind: 'radio', options: tri },
  'posture.supervision': { kind: 'radio', options: tri },
  'history.entryDate': { kind: 'date', allowUnknown: true, past: true },
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
  'history.priorPdDate': { kind: 'date', allowUnknown: true, past: true },
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
  'favourable.otherHumanitarianReason': { kind: 'text', allowUnknown: false, optional: true },
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
/** The longer inputs' form rules, once loaded (null before). */
export function listFormRules(): ListForms | null {
  return listForms;
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

/**
 * The fixed values of a case, without the schema: limits, formats and the lists of choices. The
 * first pages need these, not zod: the case schema (case-schema.ts) loads only to read saved data
 * or to check a submitted page (docs/adr/0004-bundle-budget.md).
 */
import type { CaseData } from './case-schema';

/** Limits keep stored data and the letter within sane sizes; the UI shows them as messages. */
export const LIMITS = {
  shortText: 200,
  longText: 10_000,
  listItems: 30,
  /** An office address typed from the person's papers. */
  typedOffice: 1000,
} as const;

/** Formats checked both when a page is answered and when saved data is read (one definition). */
export const PATTERNS = {
  zip: /^\d{5}(-\d{4})?$/,
  phone: /^[0-9+().\-\s]{7,25}$/,
} as const;

export const AGE_RANGE = { min: 0, max: 120 } as const;

export const UNKNOWN = 'unknown' as const;

export const representationKinds = ['none', 'attorney', 'accredited_rep'] as const;

export const hearingTypes = ['master', 'individual'] as const;

/** Who is detained: the person answering, or someone they help (the words then speak to a helper). */
export const detainedPersons = ['self', 'someone_else'] as const;

/** Where a court case stands now (reference.md §11.2). */
export const courtStatuses = ['active', 'admin_closed', 'dismissed', 'decided', 'appeal'] as const;
export type CourtStatus = (typeof courtStatuses)[number];

export const entryManners = [
  'visa_or_inspected',
  'without_inspection',
  'parole',
  'other',
] as const;
export type EntryManner = (typeof entryManners)[number];

export const applicationKinds = [
  'asylum',
  'u_visa',
  't_visa',
  'vawa',
  'sijs',
  'cancellation',
  'adjustment',
  'tps',
  'daca',
  'i130',
  'i601a',
] as const;
export type ApplicationKind = (typeof applicationKinds)[number];

export const applicationStatuses = ['pending', 'approved', 'denied', 'possible', UNKNOWN] as const;
export type ApplicationStatus = (typeof applicationStatuses)[number];

export const priorPdResults = ['granted', 'denied', 'pending', 'no_answer', UNKNOWN] as const;

export const offenceKinds = ['dui', 'drugs', 'violence', 'theft', 'immigration', 'other'] as const;
export type OffenceKind = (typeof offenceKinds)[number];

export const offenceOutcomes = [
  'convicted',
  'dismissed',
  'expunged_or_vacated',
  'diversion',
  'pending',
  'other',
  UNKNOWN,
] as const;

export const relationships = ['spouse', 'partner', 'child', 'parent', 'sibling', 'other'] as const;

export const familyStatuses = ['citizen', 'permanent_resident', 'other', UNKNOWN] as const;

export const educationLevels = [
  'none',
  'in_school',
  'us_high_school_or_ged',
  'college',
] as const;

export const requestOptionIds = [
  'administrative_closure',
  'continuance',
  'joint_motion_uscis',
  'dismissal',
] as const;
export type RequestOptionId = (typeof requestOptionIds)[number];

/**
 * The facts that make a favourable factor concrete in the letter (family: the children's names
 * and ages; work: employer, job, since when; …). All optional; each is asked only for a factor
 * the person has (src/domain/letter-paragraphs.ts says which). One-line text, printed as typed.
 */
export const letterDetailIds = [
  'childrenNames',
  'partnerName',
  'partnerSince',
  'caregivingFor',
  'employer',
  'jobTitle',
  'workSince',
  'taxYears',
  'school',
  'communityGroup',
  'communityRole',
  'healthCondition',
  'healthCare',
  'receiptNumbers',
] as const;
export type LetterDetailId = (typeof letterDetailIds)[number];

/** The paragraph groups of the letter, in letter order (src/domain/letter-paragraphs.ts). */
export const letterGroupIds = ['presence', 'family', 'work', 'education', 'community', 'health', 'record', 'why-now'] as const;
export type LetterGroupId = (typeof letterGroupIds)[number];

/** The parts of the guided personal declaration (issue 15 §2), in the order they are asked and printed. */
export const declarationPartIds = ['origin', 'arrival', 'life', 'leaving', 'other'] as const;
export type DeclarationPartId = (typeof declarationPartIds)[number];

/**
 * The kinds of people who can write a letter of support (issue 15 §1). Which ones a person is
 * offered comes from their answers (src/domain/support-letters.ts).
 */
export const supporterKinds = ['spouse', 'school', 'employer', 'community', 'doctor', 'neighbour'] as const;
export type SupporterKind = (typeof supporterKinds)[number];

/** How the request went to ICE (issue 15 §6). */
export const sentMethods = ['mail', 'email', 'in_person'] as const;
export type SentMethod = (typeof sentMethods)[number];

/** A new case: every part empty (what the case schema makes of `{}`; a unit test checks they agree). */
export function emptyCase(): CaseData {
  return { person: {}, representation: {}, posture: {}, history: {}, criminal: {}, favourable: {}, letter: {}, checklist: {} };
}

/** Nothing answered, typed or ticked yet (the same as a new case). */
export function isEmptyCase(c: CaseData): boolean {
  return JSON.stringify(c) === JSON.stringify(emptyCase());
}

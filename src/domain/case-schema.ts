/**
 * The case schema: the single source of the `CaseData` type, of page validation, of saved-state
 * validation and of import validation. Every answer is optional (not answered yet), and every
 * fact a person may not know accepts the literal "unknown" ("I don't know").
 */
import { z } from 'zod';
import { isValidPartialDate } from './partial-date';
import { isValidANumber } from './a-number';

// The app's Content-Security-Policy forbids eval. Zod's optional JIT probes `new Function`, which
// the browser reports as a CSP violation even though zod then falls back: turn the JIT off.
z.config({ jitless: true });

/** Limits keep stored data and the letter within sane sizes; the UI shows them as messages. */
export const LIMITS = {
  shortText: 200,
  longText: 10_000,
  listItems: 30,
} as const;

export const UNKNOWN = 'unknown' as const;
export const unknownLiteral = z.literal(UNKNOWN);

/** Yes / no / I don't know. */
export const triStateSchema = z.enum(['yes', 'no', 'unknown']);
export type TriState = z.infer<typeof triStateSchema>;

/** Yes / no, for facts a person always knows (e.g. "are you detained now?"). */
export const yesNoSchema = z.enum(['yes', 'no']);

export const shortTextSchema = z.string().trim().min(1).max(LIMITS.shortText);
export const longTextSchema = z.string().max(LIMITS.longText);

/** "YYYY", "YYYY-MM" or "YYYY-MM-DD": people often know only the year or the month. */
export const partialDateSchema = z
  .string()
  .refine(isValidPartialDate, { message: 'partial-date' });
export const partialDateOrUnknownSchema = z.union([partialDateSchema, unknownLiteral]);

export const textOrUnknownSchema = z.union([shortTextSchema, unknownLiteral]);

export const aNumberSchema = z.string().refine(isValidANumber, { message: 'a-number' });

export const addressSchema = z.object({
  street: shortTextSchema,
  city: shortTextSchema,
  state: shortTextSchema,
  zip: z.string().trim().regex(/^\d{5}(-\d{4})?$/, { message: 'zip' }),
});
export type Address = z.infer<typeof addressSchema>;

export const personSchema = z
  .object({
    fullName: shortTextSchema.optional(),
    otherNames: z.array(shortTextSchema).max(LIMITS.listItems).optional(),
    dateOfBirth: partialDateOrUnknownSchema.optional(),
    countryOfBirth: textOrUnknownSchema.optional(),
    aNumber: z.union([aNumberSchema, unknownLiteral]).optional(),
    address: addressSchema.optional(),
    phone: z.string().trim().regex(/^[0-9+().\-\s]{7,25}$/, { message: 'phone' }).optional(),
    email: z.email({ message: 'email' }).max(LIMITS.shortText).optional(),
  })
  .strict();

export const representationKinds = ['none', 'attorney', 'accredited_rep'] as const;
export const representationSchema = z
  .object({
    kind: z.enum([...representationKinds, UNKNOWN]).optional(),
    name: shortTextSchema.optional(),
  })
  .strict();

export const hearingTypes = ['master', 'individual'] as const;
export const postureSchema = z
  .object({
    detained: yesNoSchema.optional(),
    detentionFacility: textOrUnknownSchema.optional(),
    receivedNta: triStateSchema.optional(),
    finalOrder: triStateSchema.optional(),
    finalOrderDate: partialDateOrUnknownSchema.optional(),
    inAbsentia: triStateSchema.optional(),
    appealPending: triStateSchema.optional(),
    inProceedings: triStateSchema.optional(),
    courtCity: textOrUnknownSchema.optional(),
    judge: textOrUnknownSchema.optional(),
    nextHearingDate: partialDateOrUnknownSchema.optional(),
    nextHearingType: z.enum([...hearingTypes, UNKNOWN]).optional(),
    iceMovedToDismiss: triStateSchema.optional(),
  })
  .strict();

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
] as const;
export type ApplicationKind = (typeof applicationKinds)[number];
export const applicationStatuses = ['pending', 'approved', 'denied', 'possible', UNKNOWN] as const;
export type ApplicationStatus = (typeof applicationStatuses)[number];

export const priorPdResults = ['granted', 'denied', 'pending', 'no_answer', UNKNOWN] as const;

export const historySchema = z
  .object({
    entryDate: partialDateOrUnknownSchema.optional(),
    entryManner: z.enum([...entryManners, UNKNOWN]).optional(),
    ageAtEntry: z.union([z.number().int().min(0).max(120), unknownLiteral]).optional(),
    stoppedAtBorder: triStateSchema.optional(),
    canProveTwoYears: triStateSchema.optional(),
    everLpr: triStateSchema.optional(),
    priorRemoval: triStateSchema.optional(),
    reentryAfterRemoval: triStateSchema.optional(),
    missedHearing: triStateSchema.optional(),
    priorPdRequest: triStateSchema.optional(),
    priorPdResult: z.enum(priorPdResults).optional(),
    applications: z
      .partialRecord(z.enum(applicationKinds), z.enum(applicationStatuses))
      .optional(),
    notarioFiled: triStateSchema.optional(),
    fraud: triStateSchema.optional(),
    falseClaimCitizenship: triStateSchema.optional(),
  })
  .strict();

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

export const criminalRecordSchema = z
  .object({
    kind: z.enum([...offenceKinds, UNKNOWN]),
    date: partialDateOrUnknownSchema,
    outcome: z.enum(offenceOutcomes),
    place: shortTextSchema.optional(),
  })
  .strict();
export type CriminalRecord = z.infer<typeof criminalRecordSchema>;

export const criminalSchema = z
  .object({
    anyArrest: triStateSchema.optional(),
    dui: triStateSchema.optional(),
    drugs: triStateSchema.optional(),
    violence: triStateSchema.optional(),
    felonyOrYearSentence: triStateSchema.optional(),
    pendingOrProbation: triStateSchema.optional(),
    records: z.array(criminalRecordSchema).max(LIMITS.listItems).optional(),
    gangAllegation: triStateSchema.optional(),
    nationalSecurity: triStateSchema.optional(),
  })
  .strict();

export const relationships = ['spouse', 'partner', 'child', 'parent', 'sibling', 'other'] as const;
export const familyStatuses = ['citizen', 'permanent_resident', 'other', UNKNOWN] as const;
export const familyMemberSchema = z
  .object({
    relationship: z.enum(relationships),
    status: z.enum(familyStatuses),
  })
  .strict();
export type FamilyMember = z.infer<typeof familyMemberSchema>;

export const educationLevels = [
  'none',
  'in_school',
  'us_high_school_or_ged',
  'college',
] as const;

export const favourableSchema = z
  .object({
    /** An empty list means "no family here" (answered); undefined means not answered yet. */
    family: z.array(familyMemberSchema).max(LIMITS.listItems).optional(),
    primaryCaregiver: triStateSchema.optional(),
    familyHardship: triStateSchema.optional(),
    seriousIllness: triStateSchema.optional(),
    pregnantOrNursing: triStateSchema.optional(),
    crimeVictim: triStateSchema.optional(),
    lawEnforcementCooperation: triStateSchema.optional(),
    militarySelf: triStateSchema.optional(),
    militaryFamily: triStateSchema.optional(),
    education: z.enum([...educationLevels, UNKNOWN]).optional(),
    work: triStateSchema.optional(),
    taxes: triStateSchema.optional(),
    community: triStateSchema.optional(),
    homeCountryDanger: triStateSchema.optional(),
    otherHumanitarian: triStateSchema.optional(),
  })
  .strict();

export const requestOptionIds = [
  'administrative_closure',
  'continuance',
  'joint_motion_uscis',
  'dismissal',
] as const;
export type RequestOptionId = (typeof requestOptionIds)[number];

/** The parts of the letter the person writes or chooses; kept verbatim. */
export const letterInputSchema = z
  .object({
    request: z.enum(requestOptionIds).optional(),
    story: longTextSchema.optional(),
    concernsExplanation: longTextSchema.optional(),
    requestDetails: longTextSchema.optional(),
    office: z
      .discriminatedUnion('kind', [
        z.object({ kind: z.literal('listed'), id: z.string().min(1).max(80) }).strict(),
        z.object({ kind: z.literal('typed'), text: z.string().trim().min(1).max(1000) }).strict(),
      ])
      .optional(),
  })
  .strict();

export const checklistProgressSchema = z
  .object({
    /** Checklist item ids the person has gathered. */
    gathered: z.array(z.string().min(1).max(80)).max(200).optional(),
    /** Checklist item ids the person will enclose with the letter (they become exhibit tabs). */
    included: z.array(z.string().min(1).max(80)).max(200).optional(),
  })
  .strict();

export const caseDataSchema = z
  .object({
    person: personSchema.default({}),
    representation: representationSchema.default({}),
    posture: postureSchema.default({}),
    history: historySchema.default({}),
    criminal: criminalSchema.default({}),
    favourable: favourableSchema.default({}),
    letter: letterInputSchema.default({}),
    checklist: checklistProgressSchema.default({}),
  })
  .strict();

export type CaseData = z.infer<typeof caseDataSchema>;
export type CaseDataInput = z.input<typeof caseDataSchema>;

export function emptyCase(): CaseData {
  return caseDataSchema.parse({});
}

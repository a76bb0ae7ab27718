/**
 * The case schema: the single source of the `CaseData` type, of page validation, of saved-state
 * validation and of import validation. Every answer is optional (not answered yet), and every
 * fact a person may not know accepts the literal "unknown" ("I don't know").
 */
// zod/mini: the same checks and issue codes as classic zod, in about a fifth of the bytes of
// the first bundle (docs/adr/0004-bundle-budget.md). Wrappers are functions (z.optional(s)),
// checks go in .check(...).
import { z } from 'zod/mini';
import { isValidPartialDate } from './partial-date';
import { isValidANumber } from './a-number';
import { cleanText } from './clean-text';
import type { LanguageCode } from './languages';
import {
  LIMITS,
  PATTERNS,
  AGE_RANGE,
  UNKNOWN,
  representationKinds,
  hearingTypes,
  detainedPersons,
  courtStatuses,
  entryManners,
  applicationKinds,
  applicationStatuses,
  priorPdResults,
  offenceKinds,
  offenceOutcomes,
  relationships,
  familyStatuses,
  educationLevels,
  requestOptionIds,
  letterDetailIds,
  letterGroupIds,
  declarationPartIds,
  supporterKinds,
  sentMethods,
} from './case-values';
import type { LetterDetailId } from './case-values';

// The app's Content-Security-Policy forbids eval. Zod's optional JIT probes `new Function`, which
// the browser reports as a CSP violation even though zod then falls back: turn the JIT off.
z.config({ jitless: true });

export const unknownLiteral = z.literal(UNKNOWN);

/** Yes / no / I don't know. */
export const triStateSchema = z.enum(['yes', 'no', 'unknown']);
export type TriState = z.infer<typeof triStateSchema>;

/** Yes / no, for facts a person always knows (e.g. "are you detained now?"). */
export const yesNoSchema = z.enum(['yes', 'no']);

/**
 * Typed text is cleaned before it is checked or stored (clean-text.ts): invisible, bidi and
 * control characters go, one-line answers lose line breaks and tabs, all is NFC. Saved data is
 * read through this schema too, so text saved before the rule existed is cleaned when it loads.
 * Limits count the cleaned text.
 */
const cleanLine = () => z.overwrite((s: string) => cleanText(s, 'line'));
const cleanLines = () => z.overwrite((s: string) => cleanText(s, 'multiline'));

export const shortTextSchema = z.string().check(cleanLine(), z.trim(), z.minLength(1), z.maxLength(LIMITS.shortText));
export const longTextSchema = z.string().check(cleanLines(), z.maxLength(LIMITS.longText));

/** "YYYY", "YYYY-MM" or "YYYY-MM-DD": people often know only the year or the month. */
export const partialDateSchema = z.string().check(z.refine(isValidPartialDate, { message: 'partial-date' }));
export const partialDateOrUnknownSchema = z.union([partialDateSchema, unknownLiteral]);

export const textOrUnknownSchema = z.union([shortTextSchema, unknownLiteral]);

export const aNumberSchema = z.string().check(z.refine(isValidANumber, { message: 'a-number' }));

export const addressSchema = z.object({
  street: shortTextSchema,
  city: shortTextSchema,
  state: shortTextSchema,
  zip: z.string().check(cleanLine(), z.trim(), z.regex(PATTERNS.zip, { message: 'zip' })),
});
export type Address = z.infer<typeof addressSchema>;

export const personSchema = z.strictObject({
  fullName: z.optional(shortTextSchema),
  otherNames: z.optional(z.array(shortTextSchema).check(z.maxLength(LIMITS.listItems))),
  dateOfBirth: z.optional(partialDateOrUnknownSchema),
  countryOfBirth: z.optional(textOrUnknownSchema),
  aNumber: z.optional(z.union([aNumberSchema, unknownLiteral])),
  address: z.optional(addressSchema),
  phone: z.optional(z.string().check(cleanLine(), z.trim(), z.regex(PATTERNS.phone, { message: 'phone' }))),
  email: z.optional(z.email({ message: 'email' }).check(z.maxLength(LIMITS.shortText))),
});

export const representationSchema = z.strictObject({
  kind: z.optional(z.enum([...representationKinds, UNKNOWN])),
  name: z.optional(shortTextSchema),
});

export const postureSchema = z.strictObject({
  detained: z.optional(yesNoSchema),
  detentionFacility: z.optional(textOrUnknownSchema),
  detainedPerson: z.optional(z.enum(detainedPersons)),
  receivedNta: z.optional(triStateSchema),
  finalOrder: z.optional(triStateSchema),
  finalOrderDate: z.optional(partialDateOrUnknownSchema),
  inAbsentia: z.optional(triStateSchema),
  appealPending: z.optional(triStateSchema),
  inProceedings: z.optional(triStateSchema),
  courtStatus: z.optional(z.enum([...courtStatuses, UNKNOWN])),
  /** When the judge decided (courtStatus "decided"): the 30-day appeal window runs from it. */
  decisionDate: z.optional(partialDateOrUnknownSchema),
  courtCity: z.optional(textOrUnknownSchema),
  judge: z.optional(textOrUnknownSchema),
  nextHearingDate: z.optional(partialDateOrUnknownSchema),
  nextHearingType: z.optional(z.enum([...hearingTypes, UNKNOWN])),
  /** Asked only when the hearing date given has passed: did the person go? */
  attendedPastHearing: z.optional(triStateSchema),
  iceMovedToDismiss: z.optional(triStateSchema),
  /** Released by ICE with conditions: bond, alternatives to detention (ankle monitor, app) or check-ins. */
  supervision: z.optional(triStateSchema),
});

export const historySchema = z.strictObject({
  entryDate: z.optional(partialDateOrUnknownSchema),
  entryManner: z.optional(z.enum([...entryManners, UNKNOWN])),
  ageAtEntry: z.optional(z.union([z.int().check(z.minimum(AGE_RANGE.min), z.maximum(AGE_RANGE.max)), unknownLiteral])),
  stoppedAtBorder: z.optional(triStateSchema),
  canProveTwoYears: z.optional(triStateSchema),
  everLpr: z.optional(triStateSchema),
  priorRemoval: z.optional(triStateSchema),
  reentryAfterRemoval: z.optional(triStateSchema),
  missedHearing: z.optional(triStateSchema),
  priorPdRequest: z.optional(triStateSchema),
  priorPdResult: z.optional(z.enum(priorPdResults)),
  priorPdDate: z.optional(partialDateOrUnknownSchema),
  applications: z.optional(z.partialRecord(z.enum(applicationKinds), z.enum(applicationStatuses))),
  notarioFiled: z.optional(triStateSchema),
  fraud: z.optional(triStateSchema),
  falseClaimCitizenship: z.optional(triStateSchema),
});

export const criminalRecordSchema = z.strictObject({
  kind: z.enum([...offenceKinds, UNKNOWN]),
  date: partialDateOrUnknownSchema,
  outcome: z.enum(offenceOutcomes),
  place: z.optional(shortTextSchema),
});
export type CriminalRecord = z.infer<typeof criminalRecordSchema>;

export const criminalSchema = z.strictObject({
  anyArrest: z.optional(triStateSchema),
  dui: z.optional(triStateSchema),
  drugs: z.optional(triStateSchema),
  violence: z.optional(triStateSchema),
  felonyOrYearSentence: z.optional(triStateSchema),
  pendingOrProbation: z.optional(triStateSchema),
  /** Papers that show what the person has done since a past case (rehabilitation is claimed, never inferred). */
  rehabilitationEvidence: z.optional(triStateSchema),
  records: z.optional(z.array(criminalRecordSchema).check(z.maxLength(LIMITS.listItems))),
  gangAllegation: z.optional(triStateSchema),
  nationalSecurity: z.optional(triStateSchema),
});

export const familyMemberSchema = z.strictObject({
  relationship: z.enum(relationships),
  status: z.enum(familyStatuses),
});
export type FamilyMember = z.infer<typeof familyMemberSchema>;

export const favourableSchema = z.strictObject({
  /** An empty list means "no family here" (answered); undefined means not answered yet. */
  family: z.optional(z.array(familyMemberSchema).check(z.maxLength(LIMITS.listItems))),
  primaryCaregiver: z.optional(triStateSchema),
  familyHardship: z.optional(triStateSchema),
  seriousIllness: z.optional(triStateSchema),
  /** A mental illness or condition that makes it hard to understand the case or speak in court. */
  competencyConcern: z.optional(triStateSchema),
  /** The person themself (schema 2; in schema 1 this question also covered a spouse or partner). */
  pregnantOrNursing: z.optional(triStateSchema),
  partnerPregnantOrNursing: z.optional(triStateSchema),
  crimeVictim: z.optional(triStateSchema),
  lawEnforcementCooperation: z.optional(triStateSchema),
  militarySelf: z.optional(triStateSchema),
  militaryFamily: z.optional(triStateSchema),
  education: z.optional(z.enum([...educationLevels, UNKNOWN])),
  work: z.optional(triStateSchema),
  taxes: z.optional(triStateSchema),
  community: z.optional(triStateSchema),
  homeCountryDanger: z.optional(triStateSchema),
  otherHumanitarian: z.optional(triStateSchema),
  /** That other reason in the person's own words (asked under a "yes"; kept as typed, never reworded). */
  otherHumanitarianReason: z.optional(shortTextSchema),
});

const optionalLine = z.optional(z.string().check(cleanLine(), z.trim(), z.maxLength(LIMITS.shortText)));
export const letterDetailsSchema = z.strictObject(
  Object.fromEntries(letterDetailIds.map((id) => [id, optionalLine])) as Record<LetterDetailId, typeof optionalLine>,
);

/**
 * A paragraph the person rewrote: kept as their own words, with the factors it was written about,
 * so that a later answer change that removes one of them flags it for review instead of
 * printing or dropping it silently.
 */
export const paragraphEditSchema = z.strictObject({
  text: z.string().check(cleanLines(), z.maxLength(LIMITS.longText)),
  factors: z.array(z.string().check(z.minLength(1), z.maxLength(80))).check(z.maxLength(40)),
});
export type ParagraphEdit = z.infer<typeof paragraphEditSchema>;
/** A concern's id as a key: a catalog id's shape (never "__proto__" or other odd keys). */
const CONCERN_KEY = /^[a-z][a-z0-9_]{0,79}$/;

/** The parts of the letter the person writes or chooses; kept verbatim (cleaned, as all typed text). */
export const letterInputSchema = z.strictObject({
  request: z.optional(z.enum(requestOptionIds)),
  story: z.optional(longTextSchema),
  /**
   * One box for all the concerns (before each concern had its own box). Kept, and counted for
   * every concern: a text saved by the earlier app is shown and printed, never lost.
   */
  concernsExplanation: z.optional(longTextSchema),
  /** The person's explanation of each concern, keyed by the concern's lead id (a red flag or a factor). */
  concernExplanations: z.optional(
    z.record(z.string().check(z.regex(CONCERN_KEY, { message: 'concern-key' })), longTextSchema)
      .check(z.refine((r) => Object.keys(r).length <= LIMITS.listItems, { message: 'too-many-concerns' })),
  ),
  requestDetails: z.optional(longTextSchema),
  /** After an earlier request was denied: what is new since then, in the person's words. */
  whatIsNew: z.optional(longTextSchema),
  details: z.optional(letterDetailsSchema),
  paragraphEdits: z.optional(z.partialRecord(z.enum(letterGroupIds), paragraphEditSchema)),
  /**
   * Where the story goes: in the letter, or (a story not written in English, reference.md §11.4)
   * as a separate signed declaration attached as an exhibit. Unset: the app has not asked.
   */
  storyAs: z.optional(z.enum(['letter', 'declaration'])),
  office: z.optional(
    z.discriminatedUnion('kind', [
      z.strictObject({ kind: z.literal('listed'), id: z.string().check(z.minLength(1), z.maxLength(80)) }),
      z.strictObject({ kind: z.literal('typed'), text: z.string().check(cleanLines(), z.trim(), z.minLength(1), z.maxLength(LIMITS.typedOffice)) }),
    ]),
  ),
});

/** The languages a supporter's page in the kit, or the personal declaration, can be in. */
const pageLanguages = ['en', 'es'] as const satisfies readonly LanguageCode[];

/**
 * The person's own declaration, in their words: each part as typed, in the language they chose
 * (English or Spanish), and how it ends. The plain "what I say is true" unless the person chose
 * the statement under penalty of perjury (letter.md §3: common practice, UNCERTAIN as a rule).
 */
export const declarationInputSchema = z.strictObject({
  language: z.optional(z.enum(pageLanguages)),
  parts: z.optional(z.partialRecord(z.enum(declarationPartIds), longTextSchema)),
  closing: z.optional(z.enum(['true', 'perjury'])),
  /** Where and when it is signed, if typed (else blanks to fill in by hand). */
  signedAt: z.optional(z.string().check(cleanLine(), z.maxLength(LIMITS.shortText))),
  signedOn: z.optional(z.string().check(cleanLine(), z.maxLength(LIMITS.shortText))),
});
export type DeclarationInput = z.infer<typeof declarationInputSchema>;

export const checklistProgressSchema = z.strictObject({
  /** Checklist item ids the person has gathered. */
  gathered: z.optional(z.array(z.string().check(z.minLength(1), z.maxLength(80))).check(z.maxLength(200))),
  /** Checklist item ids the person will enclose with the letter (they become exhibit tabs). */
  included: z.optional(z.array(z.string().check(z.minLength(1), z.maxLength(80))).check(z.maxLength(200))),
});

/**
 * The person's choice for one kind of supporter: whether they will ask for the letter (unset:
 * yes) and the language of the writer's page in the kit (unset: the page language).
 */
export const supportLetterChoiceSchema = z.strictObject({
  ask: z.optional(z.boolean()),
  lang: z.optional(z.enum(pageLanguages)),
});
export type SupportLetterChoice = z.infer<typeof supportLetterChoiceSchema>;

/**
 * That the request was sent: kept with the case (and in a case file), so the app can say what
 * comes next and when to follow up. Absent until the person records it.
 */
export const sentRecordSchema = z.strictObject({
  // A full date ("YYYY-MM-DD", the only valid partial date of 10 characters): the day sent is always known.
  date: z.string().check(z.refine((s) => s.length === 10 && isValidPartialDate(s), { message: 'full-date' })),
  method: z.enum(sentMethods),
  tracking: z.optional(z.string().check(cleanLine(), z.trim(), z.minLength(1), z.maxLength(LIMITS.shortText))),
});
export type SentRecord = z.infer<typeof sentRecordSchema>;

/**
 * What the facts sheet of a detained person needs and the questions do not ask on that route
 * (issue 15 §4): who the person is, the detention center's city and state, the day they were
 * detained. Typed on the facts-sheet page; each part optional, printed as typed.
 */
export const factsSheetSchema = z.strictObject({
  fullName: z.optional(shortTextSchema),
  otherNames: z.optional(shortTextSchema),
  aNumber: z.optional(aNumberSchema),
  dateOfBirth: z.optional(partialDateSchema),
  countryOfBirth: z.optional(shortTextSchema),
  facilityPlace: z.optional(shortTextSchema),
  detainedOn: z.optional(partialDateSchema),
});
export type FactsSheetInput = z.infer<typeof factsSheetSchema>;

/**
 * The final-order route's stay of removal (Form I-246, issue 15 §3): the few facts the draft
 * statement of reasons needs beyond the questions. All optional; a blank is printed as a blank.
 */
export const stayInputSchema = z.strictObject({
  /** How long, or until what event, the person asks for the stay ("6 months", "until my surgery"). */
  until: optionalLine,
  /** The immigration court (or city) where the order was made. */
  orderCourt: optionalLine,
  /** The person chose to say they are willing to follow an Order of Supervision; never assumed. */
  willFollowSupervision: z.optional(z.boolean()),
});
export type StayInput = z.infer<typeof stayInputSchema>;

export const caseDataSchema = z.strictObject({
  person: z._default(personSchema, {}),
  representation: z._default(representationSchema, {}),
  posture: z._default(postureSchema, {}),
  history: z._default(historySchema, {}),
  criminal: z._default(criminalSchema, {}),
  favourable: z._default(favourableSchema, {}),
  letter: z._default(letterInputSchema, {}),
  /** Optional, not defaulted: cases saved before it existed load and save unchanged. */
  declaration: z.optional(declarationInputSchema),
  checklist: z._default(checklistProgressSchema, {}),
  /** Optional, not defaulted: cases saved before it existed load and save unchanged. */
  sent: z.optional(sentRecordSchema),
  /** Optional, not defaulted, as `sent`. */
  stay: z.optional(stayInputSchema),
  /** Optional, not defaulted: the support-letter kit's choices, per kind of supporter. */
  supportLetters: z.optional(z.partialRecord(z.enum(supporterKinds), supportLetterChoiceSchema)),
  /** Optional, not defaulted, like `sent`. */
  factsSheet: z.optional(factsSheetSchema),
});

export type CaseData = z.infer<typeof caseDataSchema>;
export type CaseDataInput = z.input<typeof caseDataSchema>;


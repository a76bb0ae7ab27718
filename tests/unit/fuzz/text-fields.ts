/**
 * Every free-text case field a person types, with its schema limit, how to put a value into an
 * otherwise ordinary in-court case, what the schema keeps of it (the domain's text rule), where
 * the letter shows it, and which field name the PDF's unsupported-character report must give for it.
 */
import { type CaseData, caseDataSchema, cleanText, type LetterModel, LIMITS } from '../../../src/domain';
import { drawnText } from '../../../src/pdf/text';
import { inCourtBaseline, walk } from '../domain/walk';
import { codePoints, firstCodePoints, toShortText } from './hostile';

export interface TextField {
  /** The case field (for address parts: 'person.address.street' etc.). */
  id: string;
  /** Where in the case a schema issue for this field points. */
  issuePath: (string | number)[];
  /** The field the PDF names when it cannot draw a character of this text (null: never printed). */
  pdfField: string | null;
  /** Schema limit, in code points (zod counts those) of the cleaned text; `trimmed` if it applies after trimming (short texts). */
  max: number;
  trimmed: boolean;
  /** What the schema keeps of a typed value: cleaned by the domain's rule (one line or not), trimmed where `trimmed`. */
  clean: (value: string) => string;
  /** A case with `value` in this field (not validated). */
  put: (value: string) => unknown;
  /** The value as the schema stores it. */
  stored: (c: CaseData) => string | undefined;
  /** What of the (stored) value the letter prints (before the PDF's clean-up), or null if it prints nothing. */
  printed: (value: string) => string | null;
  /** Checks that the letter model carries the stored value where it belongs (`base`: the letter without it). */
  inLetter: (letter: LetterModel, value: string, base: LetterModel) => void;
  /** The letter keeps the text exactly as stored (as typed, cleaned), as a paragraph of its own. */
  verbatim?: 'story' | 'concerns' | 'request';
}

/** An in-court person with a letter, a representative, a judge and a listed office: every text field is printed. */
export const BASE: CaseData = walk(
  {
    ...inCourtBaseline,
    'representation.kind': 'attorney',
    'representation.name': 'Ana Ruiz',
    'posture.judge': 'Judge Smith',
    'person.otherNames': ['Jose Nunez'],
  },
  { letter: { request: 'administrative_closure', office: { kind: 'listed', id: 'opla-chicago' } } },
).c;

type Mutable = Record<string, Record<string, unknown>>;

function withPart(part: keyof CaseData, key: string, value: unknown): unknown {
  const c = structuredClone(BASE) as unknown as Mutable;
  c[part] = { ...c[part], [key]: value };
  return c;
}

const cleanLine = (v: string) => cleanText(v, 'line').trim();

const re = (letter: LetterModel, label: string) => letter.re.find((r) => r.label === label)?.value;

function expectEqual(actual: unknown, expected: unknown, what: string): void {
  if (actual !== expected) throw new Error(`${what}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`);
}
function expectIncludes(haystack: string | undefined, needle: string, what: string): void {
  if (!haystack?.includes(needle)) throw new Error(`${what}: ${JSON.stringify(haystack?.slice(0, 300))} does not contain ${JSON.stringify(needle.slice(0, 300))}`);
}

function shortField(
  id: string,
  part: keyof CaseData,
  key: string,
  pdfField: string | null,
  inLetter: TextField['inLetter'],
  printed: TextField['printed'] = (v) => v,
): TextField {
  return {
    id,
    issuePath: [part, key],
    pdfField,
    max: LIMITS.shortText,
    trimmed: true,
    clean: cleanLine,
    put: (v) => withPart(part, key, v),
    stored: (c) => (c[part] as Record<string, unknown>)[key] as string | undefined,
    printed,
    inLetter,
  };
}

function addressPart(key: 'street' | 'city' | 'state'): TextField {
  return {
    id: `person.address.${key}`,
    issuePath: ['person', 'address', key],
    pdfField: 'person.address',
    max: LIMITS.shortText,
    trimmed: true,
    clean: cleanLine,
    put: (v) => withPart('person', 'address', { ...BASE.person.address!, [key]: v }),
    stored: (c) => c.person.address?.[key],
    printed: (v) => v,
    inLetter: (letter, v) => {
      const a = { ...BASE.person.address!, [key]: v };
      expectEqual(letter.sender[1]?.text, a.street, 'sender street line');
      expectEqual(letter.sender[2]?.text, `${a.city}, ${a.state} ${a.zip}`, 'sender city line');
    },
  };
}

function longField(id: 'letter.story' | 'letter.concernsExplanation' | 'letter.requestDetails', section: 'story' | 'concerns' | 'request'): TextField {
  const key = id.split('.')[1]!;
  return {
    id,
    issuePath: ['letter', key],
    pdfField: id,
    max: LIMITS.longText,
    trimmed: false,
    clean: (v) => cleanText(v),
    put: (v) => {
      const c = withPart('letter', key, v) as { letter: Record<string, unknown> };
      // Text in any script: the person has said the story goes in the letter as typed (else one
      // that is not English waits for their choice, letter-paragraphs.test.ts).
      if (key === 'story') c.letter.storyAs = 'letter';
      return c;
    },
    stored: (c) => (c.letter as Record<string, string | undefined>)[key],
    printed: (v) => (v.trim() === '' ? null : v),
    verbatim: section,
    inLetter: (letter, v) => {
      const own = letter.paragraphs.filter((p) => p.verbatim && p.section === section);
      if (v.trim() === '') expectEqual(own.length, 0, `${id}: paragraphs for blank text`);
      else {
        expectEqual(own.length, 1, `${id}: verbatim paragraphs`);
        expectEqual(own[0]!.text, v, `${id}: verbatim text`);
      }
    },
  };
}

const officeLines = (v: string) => v.split(/\r?\n/).map((l) => l.trim()).filter((l) => l !== '');

export const TEXT_FIELDS: TextField[] = [
  shortField('person.fullName', 'person', 'fullName', 'person.fullName', (letter, v) => {
    expectEqual(re(letter, 'Respondent'), v, 'Respondent');
    expectEqual(letter.sender[0]?.text, v, 'sender name');
    if (!letter.signature.includes(v)) throw new Error('signature lacks the name');
  }),
  {
    id: 'person.otherNames',
    issuePath: ['person', 'otherNames', 0],
    pdfField: 'person.otherNames',
    max: LIMITS.shortText,
    trimmed: true,
    clean: cleanLine,
    put: (v) => withPart('person', 'otherNames', [v, 'Second Name']),
    stored: (c) => c.person.otherNames?.[0],
    printed: (v) => `${v}; Second Name`,
    inLetter: (letter, v) => expectEqual(re(letter, 'Also known as'), `${v}; Second Name`, 'Also known as'),
  },
  shortField('person.countryOfBirth', 'person', 'countryOfBirth', 'person.countryOfBirth', (letter, v) => {
    const background = letter.paragraphs.find((p) => p.section === 'background')?.text;
    if (v === 'unknown') expectEqual(background?.includes('I was born in'), false, 'background for an unknown country');
    else expectIncludes(background, `I was born in ${v} on`, 'background');
  }, (v) => (v === 'unknown' ? null : v)),
  addressPart('street'),
  addressPart('city'),
  addressPart('state'),
  shortField('posture.courtCity', 'posture', 'courtCity', 'posture.courtCity', (letter, v) => {
    if (v === 'unknown') expectEqual(re(letter, 'Immigration Court'), undefined, 'court row for unknown');
    else {
      expectEqual(re(letter, 'Immigration Court'), v, 'Immigration Court');
      expectIncludes(letter.paragraphs.find((p) => p.section === 'background')?.text, `before the Immigration Court in ${v}.`, 'background');
    }
  }, (v) => (v === 'unknown' ? null : v)),
  shortField('posture.judge', 'posture', 'judge', 'posture.judge', (letter, v) => {
    expectEqual(re(letter, 'Immigration Judge'), v === 'unknown' ? undefined : v, 'Immigration Judge');
  }, (v) => (v === 'unknown' ? null : v)),
  shortField('representation.name', 'representation', 'name', 'representation.name', (letter, v) => {
    expectIncludes(letter.paragraphs.find((p) => p.section === 'opening')?.text, ` My representative is ${v}.`, 'opening');
  }),
  // Asked only of a detained person, whose situation has no letter: never printed. Put into an
  // in-court case it must stay out of the letter (and can never block the PDF).
  shortField('posture.detentionFacility', 'posture', 'detentionFacility', null, (letter, _v, base) => {
    expectEqual(JSON.stringify(letter), JSON.stringify(base), 'the letter with a detention place');
  }, () => null),
  longField('letter.story', 'story'),
  longField('letter.concernsExplanation', 'concerns'),
  longField('letter.requestDetails', 'request'),
  {
    id: 'letter.office',
    issuePath: ['letter', 'office', 'text'],
    pdfField: 'letter.office',
    max: 1000,
    trimmed: true,
    clean: (v) => cleanText(v).trim(),
    put: (v) => withPart('letter', 'office', { kind: 'typed', text: v }),
    stored: (c) => (c.letter.office?.kind === 'typed' ? c.letter.office.text : undefined),
    printed: (v) => officeLines(v).join('\n'),
    inLetter: (letter, v) => {
      expectEqual(letter.addressee.typed, true, 'typed addressee');
      expectEqual(JSON.stringify(letter.addressee.lines.slice(1)), JSON.stringify(officeLines(v)), 'addressee lines');
    },
  },
];

/** The case with `value` in `field`, parsed by the schema (as the store and restoreCase do). */
export function caseWith(field: TextField, value: string) {
  return caseDataSchema.safeParse(field.put(value));
}

/**
 * Hostile text cut the way a person could enter it in `field`: within the limit once cleaned,
 * and for a short text not blank once cleaned (a letter is added to one that would be).
 */
export function fit(field: TextField, raw: string): string {
  let v = field.trimmed ? toShortText(raw, field.max) : firstCodePoints(raw, field.max);
  if (field.trimmed && field.clean(v) === '') v = `a${v}`;
  // NFC lengthens a few characters (U+0958 becomes two code points, U+FB2C three): cut, in
  // proportion and never to nothing, until the cleaned text fits.
  for (let cleaned = codePoints(field.clean(v)); cleaned > field.max; cleaned = codePoints(field.clean(v))) {
    const n = codePoints(v);
    v = firstCodePoints(v, Math.max(1, Math.min(n - 1, Math.floor((n * field.max) / cleaned))));
  }
  // A short text cut down to characters that cleaning removes would be blank: such a field needs a letter.
  if (field.trimmed && field.clean(v) === '') v = 'a';
  return v;
}

/** Text as the PDF checks and draws it. */
export const drawn = (s: string): string => drawnText(s);

/** True if `char` (as the PDF reports it) really comes from `value`: as typed, or as its NFC composition. */
export function comesFrom(char: string, value: string): boolean {
  const clean = drawnText(value);
  return clean.includes(char) || value.includes(char) || [...char.normalize('NFD')].every((ch) => value.normalize('NFD').includes(ch));
}


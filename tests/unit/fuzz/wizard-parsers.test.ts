/**
 * The wizard's parsers with hostile typing: fieldFormSchema(path) for every text, date, number,
 * A-number, address and lines field never throws; it gives either a case value the case schema
 * accepts unchanged (typed text already cleaned by the domain's rule, src/domain/clean-text.ts,
 * and shown again, unchanged, when the person goes Back or uses Change), or error codes from the
 * known set only.
 */
import fc from 'fast-check';
import type { TFunction } from 'i18next';
import { describe, expect, it, vi } from 'vitest';
import { caseDataSchema, cleanText, type DateOrder, emptyCase, type FieldPath, LIMITS, setField } from '../../../src/domain';
import { fieldFormSchema, unprintable } from '../../../src/ui/form/field-forms';
import { fieldWidgets, toFormValue, type Widget } from '../../../src/ui/form/field-specs';
// The longer inputs' rules load on their own in the app; here they are loaded at once.
import '../../../src/ui/form/list-field-forms';
import { formatAnswer } from '../../../src/ui/format-answer';
import { hostileString, hostileUnit, runs } from './hostile';
import { DEEP_PROPERTIES, propertyRuns } from '../property-runs';

// Property tests: 1,000 runs can take longer than the default 5 s on a busy machine.
vi.setConfig({ testTimeout: 60_000 });

const RUNS = propertyRuns(1_000);
const ERROR_CODES = ['choose', 'required', 'too-long', 'date', 'date-year', 'no-such-date', 'month-first', 'future-date', 'number', 'number-range', 'a-number', 'zip', 'phone', 'email', 'family-row', 'family-none', 'record-row', 'record-row-date', 'record-row-future', 'court-not-listed'];
const TYPED_KINDS: Widget['kind'][] = ['text', 'date', 'number', 'a-number', 'address', 'lines', 'court'];

const order = fc.constantFrom<DateOrder>('mdy', 'dmy');
const separator = fc.constantFrom('/', '-', '.', ' ', '//', '--', '\u2215', '\u3000', '\t', '\u00a0', '');
const digits = fc.oneof(
  fc.nat(99_999).map(String),
  fc.integer({ min: 1, max: 31 }).map((n) => String(n).padStart(2, '0')),
  fc.integer({ min: 1890, max: 2210 }).map(String),
  fc.constantFrom('٣', '３', '0', '00', '000', '1e3', '0x1f', '-1', '+2', '2019.5', '٢٠١٩', '²'),
);
const dateLike = fc.array(fc.tuple(digits, separator), { minLength: 1, maxLength: 4 }).map((parts) => parts.map(([d, s]) => d + s).join(''));
const numberLike = fc.oneof(
  fc.integer({ min: -10, max: 200 }).map(String),
  fc.constantFrom('1e2', '0x10', ' 12 ', '１２', '٣', '-0', '007', '0120', '120', '121', '12.0', '12,5', 'Infinity', 'NaN', '', ' ', '\u200b12', '1\u00a02'),
);
const aNumberLike = fc.oneof(
  fc.stringMatching(/^[aA]?[\d\s.-]{6,14}$/),
  fc.constantFrom('A 012-345-678', 'a12345678', 'A0123456789', 'Ａ012345678', 'A٠١٢٣٤٥٦٧٨', 'A\u200b012345678', 'AA012345678', '12345678\n'),
);
const emailLike = fc.oneof(fc.emailAddress(), fc.tuple(fc.emailAddress(), hostileUnit).map(([e, u]) => e + u), fc.constantFrom('a@b', '@', 'a@b.c<script>', `${'x'.repeat(195)}@b.co`, 'a@b.co\n'));
const phoneLike = fc.oneof(fc.stringMatching(/^[0-9+().\-\s]{4,28}$/), fc.constantFrom('(312) 555-0100', '３１２５５５０１００', '312\u3000555\u30000100', '+1 (312) 555-0100 ext 5'));

const typed = fc.oneof(
  { arbitrary: hostileString(), weight: 5 },
  { arbitrary: dateLike, weight: 2 },
  { arbitrary: numberLike, weight: 1 },
  { arbitrary: aNumberLike, weight: 1 },
  { arbitrary: emailLike, weight: 1 },
  { arbitrary: phoneLike, weight: 1 },
);

function formInput(w: Widget): fc.Arbitrary<unknown> {
  switch (w.kind) {
    case 'address':
      return fc.record({
        street: typed,
        city: typed,
        state: typed,
        zip: fc.oneof(fc.stringMatching(/^\s?\d{5}(-\d{4})?\s?$/), typed, fc.constantFrom('６０６０１', '60601-', '60601-12345', '6060')),
      });
    case 'court':
      // A label from the list, "not on this list" with typed words, or nothing chosen.
      return fc.record({ court: fc.oneof(typed, fc.constantFrom('', 'other', 'Chicago, IL')), text: typed, unknown: fc.boolean() });
    case 'lines':
      return fc.array(typed, { maxLength: 40 }).chain((lines) => fc.constantFrom('\n', '\r\n', '\n\n', '\r').map((sep) => lines.join(sep)));
    default:
      return fc.record({ text: typed, unknown: fc.boolean() });
  }
}

const paths = (Object.entries(fieldWidgets) as [FieldPath, Widget][]).filter(([, w]) => TYPED_KINDS.includes(w.kind));

/** Runs a parser; it must not throw. */
function parse(path: FieldPath, ord: DateOrder, input: unknown) {
  let result: ReturnType<ReturnType<typeof fieldFormSchema>['safeParse']> | undefined;
  expect(() => {
    result = fieldFormSchema(path, ord).safeParse(input);
  }).not.toThrow();
  return result!;
}

/**
 * KNOWN BUG (reported, not fixed here; field-specs.ts is being moved to zod/mini in parallel):
 * toFormValue shows any stored "unknown" as the "I don't know" box, even for a text field that
 * has no such box, so a name typed as the word "unknown" comes back empty on Back or Change.
 */
it('covers every typed field of the wizard', () => {
  expect(paths.map(([p]) => p)).toEqual(expect.arrayContaining([
    'person.fullName', 'person.otherNames', 'person.dateOfBirth', 'person.countryOfBirth', 'person.aNumber', 'person.address',
    'person.phone', 'person.email', 'representation.name', 'posture.detentionFacility', 'posture.courtCity', 'posture.judge',
    'posture.finalOrderDate', 'posture.nextHearingDate', 'history.entryDate', 'history.ageAtEntry',
  ]));
});

describe.each(paths)('fieldFormSchema(%s)', (path, w) => {
  it('never throws on hostile typing: a value the case schema accepts, or known error codes only', () => {
    const outcomes = { ok: 0, refused: 0 };
    fc.assert(
      fc.property(formInput(w), order, (input, ord) => {
        const result = parse(path, ord, input);
        if (!result.success) {
          outcomes.refused += 1;
          expect(result.error.issues.length).toBeGreaterThan(0);
          for (const issue of result.error.issues) {
            // Characters the printed papers cannot show are named after the code, each one the PDF's font lacks.
            const [code, ...chars] = issue.message.split('|');
            if (code === 'not-printable') {
              expect(chars.length).toBeGreaterThan(0);
              for (const ch of chars) expect(unprintable(ch)).toEqual([ch]);
            } else expect(ERROR_CODES).toContain(issue.message);
          }
          // Text over the limit is refused as too long (never cut short).
          if (w.kind === 'text' && !['person.email', 'person.phone'].includes(path)) {
            const i = input as { text: string; unknown: boolean };
            const unknownBox = w.allowUnknown && i.unknown;
            if (!unknownBox && cleanText(i.text, 'line').trim().length > LIMITS.shortText) expect(result.error.issues.map((x) => x.message)).toContain('too-long');
          }
          return;
        }
        outcomes.ok += 1;
        const value = result.data;
        if (value === undefined) return;
        // What is kept of typed text is the domain's rule applied once: cleaned to one line, trimmed.
        if (w.kind === 'text' && !(w.allowUnknown && (input as { unknown: boolean }).unknown)) {
          expect(value).toBe(cleanText((input as { text: string }).text, 'line').trim());
        }
        // Whatever typed text is kept, the PDFs can print.
        expect(unprintable(JSON.stringify(value ?? null))).toEqual([]);
        const c = setField(emptyCase(), path, value);
        const checked = caseDataSchema.safeParse(c);
        expect(checked.success, `${JSON.stringify(value)}: ${JSON.stringify(checked.error?.issues.slice(0, 2))}`).toBe(true);
        // The schema keeps the value as the wizard made it (nothing trimmed or changed on the way).
        expect(JSON.stringify(checked.data)).toBe(JSON.stringify(c));
        // Back and Change show the answer again; submitting it unchanged gives the same value.
        const again = parse(path, ord, toFormValue(path, value, ord));
        expect(again.success).toBe(true);
        if (again.success) expect(JSON.stringify(again.data)).toBe(JSON.stringify(value));
      }),
      runs(RUNS),
    );
    // Hostile typing reaches both outcomes for every field (checked at the full count: a fifth of
    // it once drew no refused value for the judge's name).
    if (DEEP_PROPERTIES) {
      expect(outcomes.ok).toBeGreaterThan(0);
      expect(outcomes.refused).toBeGreaterThan(0);
    }
  });
});

describe('the word "unknown" typed into a text field without an "I don\'t know" box', () => {
  it.each(['person.fullName', 'representation.name'] as const)('%s comes back as typed on Back/Change', (path) => {
    const first = fieldFormSchema(path, 'mdy').safeParse({ text: 'unknown', unknown: false });
    expect(first.success && first.data).toBe('unknown');
    const again = fieldFormSchema(path, 'mdy').safeParse(toFormValue(path, 'unknown', 'mdy'));
    expect(again.success && again.data).toBe('unknown');
  });

  it('is shown as typed on the review page there, and as "I don\'t know" where the box exists', () => {
    const t = ((key: string) => key) as unknown as TFunction;
    expect(formatAnswer('person.fullName', 'unknown', t, 'en-US')).toEqual(['unknown']);
    expect(formatAnswer('representation.name', 'unknown', t, 'en-US')).toEqual(['unknown']);
    expect(formatAnswer('person.countryOfBirth', 'unknown', t, 'en-US')).toEqual(['common:answers.dontKnow']);
    expect(toFormValue('person.countryOfBirth', 'unknown', 'mdy')).toEqual({ text: '', unknown: true });
  });
});

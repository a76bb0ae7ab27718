/**
 * Hostile-input generators for the fuzz tests: any Unicode (fc.string with 'binary' and
 * 'grapheme' units), control characters, bidi and invisible marks, lone surrogates, HTML and
 * script-looking text, template and i18next syntax, prototype-pollution keys, 10,000-character
 * strings, and text the PDF font can draw (so that rendering, not only refusal, is exercised).
 */
import fc from 'fast-check';

/** HTML, script and template text that must only ever be shown as text. */
export const SCRIPTY = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  'javascript:alert(1)',
  '"><svg/onload=alert(1)>',
  "'><iframe src=javascript:alert(1)>",
  '</textarea><script>alert(1)</script>',
  '<a href="javascript:alert(1)">x</a>',
  '<!--',
  ']]>',
  '&lt;&amp;&#x3C;&#60;',
  '{{constructor.constructor("alert(1)")()}}',
  '${alert(1)}',
  '`${x}`',
  '{{court}}',
  '{{- office}}',
  '$t(catalog:requestOptions.dismissal.title)',
  '%s%d%n%x',
  '\\u0000\\n',
  'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
  "Robert'); DROP TABLE cases;--",
] as const;

/** Keys that pollute prototypes when a loader merges objects carelessly. */
export const POLLUTION_KEYS = [
  '__proto__',
  'constructor',
  'prototype',
  '__defineGetter__',
  '__lookupSetter__',
  'hasOwnProperty',
  'toString',
  'valueOf',
  'isAdmin',
] as const;

/** Bidirectional controls: RLO/LRO/embeddings/isolates/marks (the "evil\u202efdp.exe" trick). */
export const BIDI = ['\u202e', '\u202d', '\u202a', '\u202b', '\u202c', '\u2066', '\u2067', '\u2068', '\u2069', '\u200e', '\u200f', '\u061c'];
/** Zero-width and other invisible characters. */
export const INVISIBLE = ['\u200b', '\u200c', '\u200d', '\u2060', '\u2061', '\ufeff', '\u00ad', '\ufe0f', '\ufe00', '\u180e', '\u3164', '\u115f', '\u034f'];
export const LONE_SURROGATES = ['\ud800', '\udbff', '\udc00', '\udfff'];
/** Every C0 and C1 control character and DEL. */
export const CONTROLS = [
  ...Array.from({ length: 0x20 }, (_, i) => String.fromCharCode(i)),
  ...Array.from({ length: 0x21 }, (_, i) => String.fromCharCode(0x7f + i)),
];
export const WHITESPACE = [' ', '  ', '\t', '\n', '\r', '\r\n', '\n\n', '\v', '\f', '\u00a0', '\u1680', '\u2000', '\u2009', '\u2028', '\u2029', '\u202f', '\u205f', '\u3000', '\u0085'];
/** Characters that normalise, combine, join or are outside the BMP. */
export const ODD = [
  'e\u0301', 'n\u0303', 'ễ', 'ẞ', 'ß', 'ﬁ', '\u212b', '\u2126', 'Z\u0324\u033a\u0348\u032e\u0345\u0345', 'a' + '\u0301'.repeat(60),
  '𝕏', '😀', '👨‍👩‍👧', '🏳️‍🌈', '🇺🇸', 'ก', 'ש', 'ع', '中', 'Ø', 'Ł', 'Я', '–', '’', '…', '€',
  '\u0000', 'null', 'undefined', 'NaN', '-0', 'unknown', '1e400', 'true', '[]', '{}', '@', '@x.y', '(312) 555-0100', '2019-03-14',
];
/** Text the PDF font can draw, so that some generated strings render. */
export const DRAWABLE = [
  'a', 'Z', 'q', '7', ' ', 'é', 'ñ', 'Ł', 'ß', 'ễ', 'ș', '–', '’', '.', ',', '-', '/', '#', '&', '<', '>', '"', "'", '@', '%', '$', '{', '}',
  'Mississippi', 'https://example.org/a/b?x=1&y=2', 'W'.repeat(80),
];

const constants = [...SCRIPTY, ...POLLUTION_KEYS, ...BIDI, ...INVISIBLE, ...LONE_SURROGATES, ...CONTROLS, ...WHITESPACE, ...ODD];

/** One hostile piece of text. */
export const hostileUnit: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: fc.constantFrom(...constants), weight: 6 },
  { arbitrary: fc.constantFrom(...DRAWABLE), weight: 3 },
  { arbitrary: fc.string({ unit: 'binary', maxLength: 6 }), weight: 2 },
  { arbitrary: fc.string({ unit: 'grapheme', maxLength: 4 }), weight: 2 },
  { arbitrary: fc.string({ unit: 'binary-ascii', maxLength: 6 }), weight: 1 },
);

/** A 10,000-character string made of one repeated hostile piece (cut to length, surrogates and all). */
export const tenThousand: fc.Arbitrary<string> = fc
  .oneof(hostileUnit.filter((s) => s.length > 0), fc.constantFrom('x', ' ', '\u202e', '<b>', '\ud800', 'e\u0301'))
  .map((unit) => unit.repeat(Math.ceil(10_000 / unit.length)).slice(0, 10_000));

/**
 * Any hostile string: pieces joined, whole-Unicode strings, and now and then 10,000 characters.
 * `maxLength` bounds the joined pieces (not the 10,000-character case unless `long` is false).
 */
export function hostileString(options: { maxPieces?: number; long?: boolean } = {}): fc.Arbitrary<string> {
  const maxPieces = options.maxPieces ?? 12;
  return fc.oneof(
    { arbitrary: fc.array(hostileUnit, { maxLength: maxPieces }).map((parts) => parts.join('')), weight: 8 },
    { arbitrary: fc.string({ unit: 'binary' }), weight: 2 },
    { arbitrary: fc.string({ unit: 'grapheme' }), weight: 2 },
    ...(options.long === false ? [] : [{ arbitrary: tenThousand, weight: 1 }]),
  );
}

/** Text mostly of drawable characters with hostile pieces mixed in: about half of it renders. */
export function mostlyDrawable(maxPieces: number): fc.Arbitrary<string> {
  const unit = fc.oneof(
    { arbitrary: fc.constantFrom(...DRAWABLE), weight: 12 },
    { arbitrary: fc.constantFrom(...SCRIPTY), weight: 3 },
    { arbitrary: fc.constantFrom(...BIDI, ...INVISIBLE.slice(0, 8), ...CONTROLS, '\t', '\r\n', '\n', '\u00a0', '\u2028'), weight: 3 },
    { arbitrary: fc.constantFrom(...ODD), weight: 1 },
    { arbitrary: fc.string({ unit: 'binary', maxLength: 2 }), weight: 1 },
  );
  return fc.array(unit, { minLength: 1, maxLength: maxPieces }).map((parts) => parts.join(''));
}

/** Length in code points, as the schema's limits count it (a lone surrogate counts as one). */
export const codePoints = (s: string): number => Array.from(s).length;

/** The first `max` code points of `s`. */
export const firstCodePoints = (s: string, max: number): string => Array.from(s).slice(0, max).join('');

/**
 * Cuts a string to a short-text answer the schema accepts: at most `max` code points after
 * trimming, and not blank (a letter is added to a blank one).
 */
export function toShortText(s: string, max: number): string {
  let t = firstCodePoints(s.trim(), max).trim();
  if (t === '') t = 'a';
  return t;
}

/** Object.prototype's and Array.prototype's own keys now, to prove nothing was added or changed. */
export function prototypeSnapshot(): string {
  const describe = (o: object) =>
    Object.getOwnPropertyNames(o)
      .sort()
      .map((k) => {
        const d = Object.getOwnPropertyDescriptor(o, k)!;
        return `${k}:${typeof d.value}:${typeof d.get}`;
      })
      .join(',');
  return `${describe(Object.prototype)}|${describe(Array.prototype)}|${describe(Function.prototype)}`;
}

/** True if an object literal picked up a key it never had (the classic pollution check). */
export function polluted(): boolean {
  const probe = {} as Record<string, unknown>;
  return ['polluted', 'isAdmin', 'x', 'a', 'y'].some((k) => probe[k] !== undefined);
}

/**
 * fast-check parameters: `numRuns`, and failure reports cut to a readable size (a 10,000-character
 * counterexample, or 100,000 nested brackets, would otherwise flood the output).
 */
export function runs<Ts>(numRuns: number, extra: fc.Parameters<Ts> = {}): fc.Parameters<Ts> {
  return {
    numRuns,
    ...extra,
    reporter: (details) => {
      if (!details.failed) return;
      const message = fc.defaultReportMessage(details) ?? 'Property failed';
      const short = message.replace(/(.{300})(.{200,}?)(?=[",\]}]|$)/gs, (_m, head: string, rest: string) => `${head}…[${rest.length} more characters]`);
      throw new Error(short.length > 6_000 ? `${short.slice(0, 6_000)}…` : short, { cause: details.errorInstance });
    },
  };
}

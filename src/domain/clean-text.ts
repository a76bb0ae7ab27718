/**
 * The one rule for text a person types (names, places, addresses, their own letter texts): what
 * is kept is exactly what shows, on the screen and in the PDF alike. Applied once, where text
 * comes in (the case schema, the wizard's forms, the letter boxes, clinic labels), so stored
 * data is already clean; the PDF applies it again (a no-op on clean text) before it draws.
 *
 * - Line endings: CR LF and lone CR, VT, FF, NEL, U+2028 and U+2029 become "\n".
 * - Removed, having no visible form of their own but able to change how the rest reads or
 *   disguise it: every control character except tab and line feed (C0, DEL, C1, NUL included);
 *   every format character (Unicode Cf: bidi embeddings, overrides, isolates and marks
 *   U+202A–U+202E, U+2066–U+2069, U+200E, U+200F, U+061C; zero-width space and joiners
 *   U+200B–U+200D; word joiner and invisible operators U+2060–U+2064; byte order mark U+FEFF;
 *   soft hyphen U+00AD; tags; …); lone surrogates; the combining grapheme joiner U+034F;
 *   variation selectors (U+FE00–U+FE0F, U+E0100–U+E01EF, Mongolian U+180B–U+180F); and the
 *   Hangul fillers (U+115F, U+1160, U+3164, U+FFA0), letters that draw nothing.
 * - One-line answers ('line'): line breaks and tabs become spaces. Long texts ('multiline')
 *   keep the person's line breaks and tabs.
 * - NFC last: "e" + combining accent becomes "é", also where a removed mark stood between them.
 *
 * Nothing else changes: letters in any script, accents, spaces, punctuation and emoji stay as
 * typed. The rule is idempotent (cleaning clean text changes nothing).
 */

export type TextKind = 'line' | 'multiline';

const LINE_BREAKS = /\r\n|[\r\v\f\u0085\u2028\u2029]/g;
// eslint-disable-next-line no-control-regex, no-misleading-character-class -- removing these characters is the point
const REMOVED = /[\p{Cf}\p{Cs}\u0000-\u0008\u000b-\u001f\u007f-\u009f\u034f\u115f\u1160\u180b-\u180f\u3164\ufe00-\ufe0f\uffa0\u{e0100}-\u{e01ef}]/gu;
const LINE_AND_TAB = /[\n\t]/g;

export function cleanText(text: string, kind: TextKind = 'multiline'): string {
  const kept = text.replace(LINE_BREAKS, '\n').replace(REMOVED, '');
  return (kind === 'line' ? kept.replace(LINE_AND_TAB, ' ') : kept).normalize('NFC');
}


/**
 * Text clean-up before anything is measured, checked or drawn. The same function feeds the
 * unsupported-character check and the drawing code, so what is checked is exactly what is drawn.
 *
 * - NFC: "e" + combining accent becomes "é" (one glyph, searchable as typed on most keyboards).
 * - Line endings: CR LF and lone CR, VT, FF, NEL, U+2028 and U+2029 become "\n" (the person's
 *   line breaks are kept).
 * - Tab becomes four spaces.
 * - Invisible formatting marks are removed: zero-width and bidi marks (U+200B–U+200F,
 *   U+202A–U+202E, U+2066–U+2069, U+FEFF), the word joiner and invisible operators
 *   (U+2060–U+2064), variation selectors (U+FE00–U+FE0F), the combining grapheme joiner
 *   (U+034F, a mark with no form of its own) and the soft hyphen (U+00AD).
 * - Every other C0/C1 control character is removed (they have no visible form).
 * Nothing else is ever removed: a character the font cannot draw is reported, not dropped.
 */

const LINE_BREAKS = /\r\n|[\r\v\f\u0085\u2028\u2029]/g;
// eslint-disable-next-line no-control-regex -- removing control characters is the point
const CONTROLS = /[\u0000-\u0008\u000e-\u001f\u007f-\u009f]/g;
// eslint-disable-next-line no-misleading-character-class -- the variation selectors are listed on purpose, to remove them
const INVISIBLE = /[\u00ad\u034f\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufe00-\ufe0f\ufeff]/g;

export function cleanText(text: string): string {
  return text
    .normalize('NFC')
    .replace(LINE_BREAKS, '\n')
    .replace(/\t/g, '    ')
    .replace(CONTROLS, '')
    .replace(INVISIBLE, '');
}

const graphemeSegmenter = new Intl.Segmenter('en', { granularity: 'grapheme' });

/** User-perceived characters, so a break never splits "ễ" from its marks or a surrogate pair. */
export function graphemes(text: string): string[] {
  return Array.from(graphemeSegmenter.segment(text), (s) => s.segment);
}

/** "U+0E01" */
export function codePointLabel(codePoint: number): string {
  return `U+${codePoint.toString(16).toUpperCase().padStart(4, '0')}`;
}

/**
 * Wraps text to lines no wider than `maxWidth`. Breaks at spaces; a word longer than a line
 * (a URL, a long number) starts on a new line and is broken between characters. The person's
 * newlines are kept, blank lines included; spaces at a break are dropped, leading spaces of a
 * typed line are kept. Widths add up because nothing is kerned or shaped across a space.
 */
export function wrapText(text: string, measure: (s: string) => number, maxWidth: number): string[] {
  const out: string[] = [];
  for (const hardLine of text.split('\n')) {
    let line = '';
    let lineWidth = 0;
    let space = '';
    let atLineStart = true;
    for (const token of hardLine.match(/ +|[^ ]+/g) ?? []) {
      if (token.startsWith(' ')) {
        space += token;
        continue;
      }
      // Spaces before the first word of a typed line are indentation and are kept.
      const lead = line === '' ? (atLineStart ? space : '') : space;
      const leadWidth = lead ? measure(lead) : 0;
      const width = measure(token);
      if (lineWidth + leadWidth + width <= maxWidth) {
        line += lead + token;
        lineWidth += leadWidth + width;
      } else if (width <= maxWidth) {
        if (line !== '') out.push(line);
        line = token;
        lineWidth = width;
      } else {
        if (line !== '') out.push(line);
        const pieces = breakWord(token, measure, maxWidth);
        out.push(...pieces.slice(0, -1).map((p) => p.text));
        const last = pieces[pieces.length - 1]!;
        line = last.text;
        lineWidth = last.width;
      }
      space = '';
      atLineStart = false;
    }
    out.push(line);
  }
  return out;
}

function breakWord(word: string, measure: (s: string) => number, maxWidth: number): { text: string; width: number }[] {
  const pieces: { text: string; width: number }[] = [];
  let text = '';
  let width = 0;
  for (const g of graphemes(word)) {
    // A single cluster wider than a line (hundreds of stacked marks) is split by code point.
    const units = measure(g) > maxWidth ? Array.from(g) : [g];
    for (const u of units) {
      const w = measure(u);
      if (text !== '' && width + w > maxWidth) {
        pieces.push({ text, width });
        text = '';
        width = 0;
      }
      text += u;
      width += w;
    }
  }
  pieces.push({ text, width });
  return pieces;
}

/**
 * Text clean-up before anything is measured, checked or drawn. The same function feeds the
 * unsupported-character check and the drawing code, so what is checked is exactly what is drawn.
 *
 * The rule is the domain's (src/domain/clean-text.ts), the one the app applies when text is
 * typed or loaded, so the PDF shows what the preview shows; on stored text it changes nothing.
 * On top of it, for the PDF only: a tab becomes four spaces (a PDF has no tab stops).
 * Nothing else is ever removed: a character the font cannot draw is reported, not dropped.
 */
import { cleanText } from '../domain/clean-text';

export function drawnText(text: string): string {
  return cleanText(text).replace(/\t/g, '    ');
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

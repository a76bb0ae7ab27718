/**
 * What the PDF cannot draw, the way the person will recognise it: for each field, the words that
 * hold such characters, in the order the PDF would draw them ("محمد علي" as typed, not its letters
 * one by one in some other order), then the characters and their code points as a detail.
 * It reads the plan the renderer draws (plan.ts), so it looks at exactly what the PDF would print.
 * Pure: no pdf-lib, no fontkit (the letter page uses it with the table in font-coverage.ts).
 */
import { cellsOf, type DocumentPlans, type Plan } from './plan';
import { codePointLabel, graphemes } from './text';

export interface UnsupportedGroup {
  /** A case field path where known ('person.fullName'), else a part id ('paragraph'), as in plan.ts. */
  field: string;
  /** The words (or runs of words) holding the characters, each once, in reading order. */
  words: string[];
  /** The characters the font lacks, each once, in reading order, and their labels ('U+0645'). */
  chars: string[];
  codePoints: string[];
}

/** A run longer than this many user-perceived characters is cut to the pieces the font lacks, each at most this long. */
export const MAX_WORD_LENGTH = 40;

/**
 * What to quote of a run: the run without the punctuation the font draws around it ("(محمد)," is
 * quoted as "محمد"); a run too long to quote whole (a paragraph in Thai, a long link with one
 * odd character) is cut to its pieces of characters the font lacks, the longest shortened with "…".
 */
function quoted(run: string, drawable: (g: string) => boolean): string[] {
  const parts = graphemes(run);
  let start = 0;
  let end = parts.length;
  const edge = (g: string) => drawable(g) && /^[\p{P}\p{S}]+$/u.test(g);
  while (start < end && edge(parts[start]!)) start += 1;
  while (end > start && edge(parts[end - 1]!)) end -= 1;
  const kept = parts.slice(start, end);
  if (kept.length <= MAX_WORD_LENGTH) return [kept.join('')];
  const pieces: string[][] = [[]];
  for (const g of kept) {
    if (!drawable(g)) pieces[pieces.length - 1]!.push(g);
    else if (pieces[pieces.length - 1]!.length > 0) pieces.push([]);
  }
  return pieces
    .filter((p) => p.length > 0)
    .map((p) => (p.length > MAX_WORD_LENGTH ? `${p.slice(0, MAX_WORD_LENGTH).join('')}…` : p.join('')));
}

export function unsupportedWords(plan: Plan | DocumentPlans, supports: (codePoint: number) => boolean): UnsupportedGroup[] {
  const drawable = (g: string) => Array.from(g).every((ch) => supports(ch.codePointAt(0)!));
  const groups = new Map<string, UnsupportedGroup>();
  const group = (field: string) => {
    let g = groups.get(field);
    if (!g) {
      g = { field, words: [], chars: [], codePoints: [] };
      groups.set(field, g);
    }
    return g;
  };

  for (const cell of cellsOf(plan)) {
    const fieldOf = (ch: string) => (typeof cell.field === 'string' ? cell.field : cell.field(ch));
    for (const line of cell.text.split('\n')) {
      // A run: words with a character the font lacks, and the spaces between two such words.
      let run = '';
      let runField = '';
      let pending = '';
      const close = () => {
        if (run === '') return;
        const g = group(runField);
        for (const word of quoted(run, drawable)) if (!g.words.includes(word)) g.words.push(word);
        run = '';
      };
      for (const token of line.match(/\s+|\S+/g) ?? []) {
        let first: string | null = null;
        for (const ch of token) {
          if (supports(ch.codePointAt(0)!)) continue;
          first ??= ch;
          const g = group(fieldOf(ch));
          if (!g.chars.includes(ch)) {
            g.chars.push(ch);
            g.codePoints.push(codePointLabel(ch.codePointAt(0)!));
          }
        }
        if (first === null && /^\s/.test(token)) {
          pending = token;
          continue;
        }
        if (first === null) {
          close();
        } else if (run === '') {
          run = token;
          runField = fieldOf(first);
        } else {
          run += pending + token;
        }
        pending = '';
      }
      close();
    }
  }
  return [...groups.values()];
}

/**
 * Text written mostly in letters the font cannot draw (Arabic, Chinese, Amharic…): not a stray
 * character to retype, but a script. A declaration in it is written by hand (letter.md §3), and
 * the PDF gives it a cover page instead of its text.
 */
export function mostlyUndrawable(text: string, supports: (codePoint: number) => boolean): boolean {
  const letters = text.match(/\p{L}/gu) ?? [];
  if (letters.length === 0) return false;
  const undrawable = letters.filter((ch) => !supports(ch.codePointAt(0)!)).length;
  return undrawable * 2 >= letters.length;
}

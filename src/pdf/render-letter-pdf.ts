/**
 * The two PDF files from one input (docs/adr/0009-two-pdf-documents.md):
 * - renderDocument(input, 'toSend'): the letter and the exhibit index, the file sent to ICE;
 * - renderDocument(input, 'forYou'): the guide (what the letter says, how to send it, the checklist).
 * Before either is made, every character of both is checked against the font: one that cannot be
 * drawn throws UnsupportedCharactersError, whichever file was asked for. Runs in the browser and
 * in Node; the caller passes the font bytes (the app fetches them from its own origin, tests read
 * them from node_modules). Imported by the app only through `import()`, with pdf-lib and fontkit.
 */
import fontkit from '@pdf-lib/fontkit';
import { drawDocument, FONT_FEATURES } from './draw-document';
import { type Measure, paginate, type Pagination } from './layout';
import { buildPlan, type DocumentKind, DOCUMENT_KINDS, type DocumentPlans, type PdfInput, UnsupportedCharactersError, unsupportedInPlan } from './plan';

export {
  type DocumentKind,
  DOCUMENT_KINDS,
  findUnsupportedCharacters,
  type PageFurniture,
  type PdfInput,
  type PdfSection,
  type PdfTextBlock,
  type UnsupportedCharacter,
  UnsupportedCharactersError,
} from './plan';

type FontkitFont = ReturnType<typeof fontkit.create>;
const parsedFonts = new WeakMap<Uint8Array, FontkitFont>();

function parseFont(bytes: Uint8Array): FontkitFont {
  let font = parsedFonts.get(bytes);
  if (!font) {
    font = fontkit.create(bytes);
    parsedFonts.set(bytes, font);
  }
  return font;
}

/** A character is drawable if every font the documents use has a glyph for it. */
export function fontSupports(fonts: PdfInput['fonts']): (codePoint: number) => boolean {
  const parsed = [fonts.regular, ...(fonts.bold ? [fonts.bold] : [])].map(parseFont);
  return (cp) => parsed.every((f) => f.hasGlyphForCodePoint(cp));
}


/**
 * Characters whose width is the advance of their own glyph whatever surrounds them: Latin, Greek
 * and Cyrillic letters, digits and punctuation (U+0020–U+02FF, U+0370–U+04FF, U+1E00–U+1EFF,
 * U+2000–U+20CF), less the invisible format characters (soft hyphen, zero-width and direction
 * marks) that laying out treats apart. Combining marks and other scripts can change glyphs by
 * context (composition, shaping), so text holding one is measured by laying it out.
 */
const PLAIN = /^[\u0020-\u00ac\u00ae-\u02ff\u0370-\u04ff\u1e00-\u1eff\u2000-\u200a\u2010-\u2029\u202f-\u205f\u2070-\u20cf]*$/u;

/**
 * Text widths as pdf-lib computes them for an embedded font (CustomFontEmbedder.widthOfTextAtSize:
 * the glyphs' advance widths, no kerning, the same arithmetic), from the font bytes alone, so the
 * page map can be computed without making a PDF. Plain text adds up a table of advances, one
 * entry a character (issue 17: no shaping of every candidate line); other text is laid out.
 * tests/unit/pdf/font-measure.test.ts checks the two ways agree.
 */
export function fontMeasure(fonts: PdfInput['fonts']): Measure {
  const regular = parseFont(fonts.regular);
  const bold = fonts.bold ? parseFont(fonts.bold) : regular;
  const advances = new Map<FontkitFont, Map<number, number>>([[regular, new Map()], [bold, new Map()]]);
  const cache = new Map<string, number>();
  const unitsOf = (font: FontkitFont, text: string): number => {
    if (PLAIN.test(text)) {
      const table = advances.get(font)!;
      let total = 0;
      for (let i = 0; i < text.length; i++) {
        const cp = text.charCodeAt(i);
        let advance = table.get(cp);
        if (advance === undefined) {
          advance = font.glyphForCodePoint(cp).advanceWidth;
          table.set(cp, advance);
        }
        total += advance;
      }
      return total;
    }
    let total = 0;
    for (const glyph of font.layout(text, FONT_FEATURES).glyphs) total += glyph.advanceWidth;
    return total;
  };
  return (style, text) => {
    const key = `${style.bold ? 'b' : 'r'}${style.size}\u0000${text}`;
    let width = cache.get(key);
    if (width === undefined) {
      const font = style.bold ? bold : regular;
      width = unitsOf(font, text) * (1000 / font.unitsPerEm) * (style.size / 1000);
      cache.set(key, width);
    }
    return width;
  };
}

/** The width by laying the text out (fontkit shaping), as pdf-lib does: what fontMeasure must agree with. */
export function laidOutWidth(fonts: PdfInput['fonts'], bold: boolean, size: number, text: string): number {
  const font = bold && fonts.bold ? parseFont(fonts.bold) : parseFont(fonts.regular);
  let total = 0;
  for (const glyph of font.layout(text, FONT_FEATURES).glyphs) total += glyph.advanceWidth * (1000 / font.unitsPerEm);
  return total * (size / 1000);
}

/** Both plans, after the check of every character of both (throws UnsupportedCharactersError). */
function checkedPlans(input: PdfInput): DocumentPlans {
  const { fonts, ...content } = input;
  const plans = buildPlan(content);
  const problems = unsupportedInPlan(plans, fontSupports(fonts));
  if (problems.length > 0) throw new UnsupportedCharactersError(problems);
  return plans;
}

/** Where every line of both documents falls (the page map), without making a PDF. */
export function paginateDocuments(input: PdfInput): { plans: DocumentPlans; pages: Record<DocumentKind, Pagination> } {
  const plans = checkedPlans(input);
  const measure = fontMeasure(input.fonts);
  return { plans, pages: { toSend: paginate(plans.toSend, measure), forYou: paginate(plans.forYou, measure) } };
}

async function render(input: PdfInput, plans: DocumentPlans, kind: DocumentKind): Promise<Uint8Array> {
  const { fonts, letter, meta } = input;
  return drawDocument(plans[kind], fonts, fontMeasure(fonts), {
    title: kind === 'toSend' ? letter.title : input.guideTitle,
    author: letter.re.find((r) => r.kind === 'respondent')?.value ?? '',
    meta,
  });
}

/** One of the two files. Checks both documents first: a character either cannot draw throws UnsupportedCharactersError. */
export async function renderDocument(input: PdfInput, kind: DocumentKind): Promise<Uint8Array> {
  return render(input, checkedPlans(input), kind);
}

/** Both files (tests and timing), after the same check. */
export async function renderDocuments(input: PdfInput): Promise<Record<DocumentKind, Uint8Array>> {
  const plans = checkedPlans(input);
  const [toSend, forYou] = await Promise.all(DOCUMENT_KINDS.map((kind) => render(input, plans, kind)));
  return { toSend: toSend!, forYou: forYou! };
}

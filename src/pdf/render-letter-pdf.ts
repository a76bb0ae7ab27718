/**
 * The two PDF files from one input (docs/adr/0009-two-pdf-documents.md):
 * - renderDocument(input, 'toSend'): the letter and the exhibit index, the file sent to ICE;
 * - renderDocument(input, 'forYou'): the guide (what the letter says, how to send it, the checklist).
 * Before either is made, every character of both is checked against the font: one that cannot be
 * drawn throws UnsupportedCharactersError, whichever file was asked for. Runs in the browser and
 * in Node; the caller passes the font bytes (the app fetches them from its own origin, tests read
 * them from src/pdf/fonts). Imported by the app only through `import()`, with pdf-lib.
 */
import { drawDocument, type FontKit } from './draw-document';
import { type Measure, paginate, type Pagination } from './layout';
import { buildPlan, type DocumentKind, DOCUMENT_KINDS, type DocumentPlans, type PdfInput, UnsupportedCharactersError, unsupportedInPlan } from './plan';
import { readTrueType, type TrueTypeFont } from './true-type';

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

/** A character is drawable if every font the documents use has a glyph for it. */
export function fontSupports(fonts: PdfInput['fonts']): (codePoint: number) => boolean {
  const parsed = [fonts.regular, ...(fonts.bold ? [fonts.bold] : [])].map(readTrueType);
  return (cp) => parsed.every((f) => f.hasGlyphForCodePoint(cp));
}

/**
 * Text widths as pdf-lib computes them for an embedded font (CustomFontEmbedder.widthOfTextAtSize:
 * the glyphs' advance widths, no kerning, the same arithmetic), from the font bytes alone, so the
 * page map can be computed without making a PDF. Each character is one glyph (true-type.ts), so a
 * width adds up a table of advances, one entry a character (issue 17: no shaping of every
 * candidate line). tests/unit/pdf/font-measure.test.ts checks it against pdf-lib's own.
 */
export function fontMeasure(fonts: PdfInput['fonts']): Measure {
  const regular = readTrueType(fonts.regular);
  const bold = fonts.bold ? readTrueType(fonts.bold) : regular;
  const cache = new Map<string, number>();
  // The font keeps each glyph once read (true-type.ts): no table of its own here.
  const unitsOf = (font: TrueTypeFont, text: string): number => {
    let total = 0;
    for (const ch of text) total += font.glyphForCodePoint(ch.codePointAt(0)!).advanceWidth;
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

async function render(input: PdfInput, plans: DocumentPlans, kind: DocumentKind, kit?: FontKit): Promise<Uint8Array> {
  const { fonts, letter, meta } = input;
  return drawDocument(plans[kind], fonts, fontMeasure(fonts), {
    title: kind === 'toSend' ? letter.title : input.guideTitle,
    author: letter.re.find((r) => r.kind === 'respondent')?.value ?? '',
    meta,
  }, kit);
}

/** One of the two files. Checks both documents first: a character either cannot draw throws UnsupportedCharactersError. */
export async function renderDocument(input: PdfInput, kind: DocumentKind): Promise<Uint8Array> {
  return render(input, checkedPlans(input), kind);
}

/** Both files (tests and timing), after the same check; tests may draw them with another font reader (`kit`). */
export async function renderDocuments(input: PdfInput, kit?: FontKit): Promise<Record<DocumentKind, Uint8Array>> {
  const plans = checkedPlans(input);
  const [toSend, forYou] = await Promise.all(DOCUMENT_KINDS.map((kind) => render(input, plans, kind, kit)));
  return { toSend: toSend!, forYou: forYou! };
}

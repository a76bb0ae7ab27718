/**
 * renderLetterPdf(input) → the PDF packet: the letter, the exhibit index, the Spanish "what this
 * letter says" page, the sending sheet and (optionally) the checklist. Runs in the browser and in
 * Node; the caller passes the font bytes (the app fetches them from its own origin, tests read
 * them from node_modules). Imported by the app only through `import()`, with pdf-lib and fontkit.
 */
import fontkit from '@pdf-lib/fontkit';
import { PDFDocument } from 'pdf-lib';
import { LETTER_LANGUAGE } from '../domain/languages';
import { Layout } from './layout';
import { buildPlan, type PdfInput, UnsupportedCharactersError, unsupportedInPlan } from './plan';
import { drawnText } from './text';

export {
  findUnsupportedCharacters,
  type PdfInput,
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

/** A character is drawable if every font the packet uses has a glyph for it. */
export function fontSupports(fonts: PdfInput['fonts']): (codePoint: number) => boolean {
  const parsed = [fonts.regular, ...(fonts.bold ? [fonts.bold] : [])].map(parseFont);
  return (cp) => parsed.every((f) => f.hasGlyphForCodePoint(cp));
}

export async function renderLetterPdf(input: PdfInput): Promise<Uint8Array> {
  const { fonts, ...content } = input;
  const plan = buildPlan(content);
  const problems = unsupportedInPlan(plan, fontSupports(fonts));
  if (problems.length > 0) throw new UnsupportedCharactersError(problems);

  // No automatic metadata (pdf-lib would add its own name and timestamps): only what is set below.
  const doc = await PDFDocument.create({ updateMetadata: false });
  doc.registerFontkit(fontkit);
  // Ligatures off: every glyph is one character, so widths add up and copied text is exact.
  const regular = await doc.embedFont(fonts.regular, { subset: true, features: { liga: false } });
  const bold = fonts.bold ? await doc.embedFont(fonts.bold, { subset: true, features: { liga: false } }) : regular;

  new Layout(doc, { regular, bold }).run(plan);

  const { letter, meta } = content;
  // Cleaned like the drawn name: no control, bidi or invisible characters in the metadata either.
  const author = drawnText(letter.re.find((r) => r.kind === 'respondent')?.value ?? '').replace(/\s+/g, ' ').trim();
  doc.setTitle(letter.title, { showInWindowTitleBar: true });
  if (author) doc.setAuthor(author);
  doc.setCreator(`${meta.appName} ${meta.appVersion}`);
  doc.setProducer(`${meta.appName} ${meta.appVersion}`);
  doc.setLanguage(LETTER_LANGUAGE.locale);
  return doc.save();
}

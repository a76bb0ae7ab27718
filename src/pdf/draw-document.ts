/**
 * A plan drawn into a PDF file, with the bundled fonts and nothing but the metadata set here (no
 * timestamps, no library name): the letter, the guide, the follow-up letter and the printable
 * documents all end here.
 */
import fontkit from '@pdf-lib/fontkit';
import { PDFDocument } from 'pdf-lib';
import { languageInfo, LETTER_LANGUAGE } from '../domain/languages';
import { drawPages, type Measure, paginate } from './layout';
import type { PdfInput, Plan } from './plan';
import { drawnText } from './text';

// Ligatures off: every glyph is one character, so widths add up and copied text is exact.
export const FONT_FEATURES = { liga: false };

export async function drawDocument(plan: Plan, fonts: PdfInput['fonts'], measure: Measure, info: {
  title: string;
  /** Whose document it is; cleaned like the drawn name (no control, bidi or invisible characters). */
  author: string;
  meta: PdfInput['meta'];
}): Promise<Uint8Array> {
  const doc = await PDFDocument.create({ updateMetadata: false });
  doc.registerFontkit(fontkit);
  const regular = await doc.embedFont(fonts.regular, { subset: true, features: FONT_FEATURES });
  const bold = fonts.bold ? await doc.embedFont(fonts.bold, { subset: true, features: FONT_FEATURES }) : regular;
  drawPages(doc, { regular, bold }, plan, paginate(plan, measure), measure);
  const author = drawnText(info.author).replace(/\s+/g, ' ').trim();
  doc.setTitle(drawnText(info.title), { showInWindowTitleBar: true });
  if (author) doc.setAuthor(author);
  doc.setCreator(`${info.meta.appName} ${info.meta.appVersion}`);
  doc.setProducer(`${info.meta.appName} ${info.meta.appVersion}`);
  doc.setLanguage(plan.lang === LETTER_LANGUAGE.code ? LETTER_LANGUAGE.locale : languageInfo(plan.lang).locale);
  return doc.save();
}

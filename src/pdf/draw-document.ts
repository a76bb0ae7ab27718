/**
 * A plan drawn into a PDF file, with the bundled fonts and nothing but the metadata set here (no
 * timestamps, no library name): the letter, the guide, the follow-up letter and the printable
 * documents all end here.
 */
import { PDFDocument } from 'pdf-lib';
import { languageInfo, LETTER_LANGUAGE } from '../domain/languages';
import { drawPages, type Measure, paginate } from './layout';
import type { PdfInput, Plan } from './plan';
import { drawnText } from './text';
import { trueTypeKit } from './true-type';

/**
 * What reads the fonts for pdf-lib: true-type.ts (one glyph per character, no ligatures, so
 * widths add up and copied text is exact). Tests pass fontkit, which drew the PDFs before, to
 * check that the text of the files is the same.
 */
export type FontKit = Parameters<PDFDocument['registerFontkit']>[0];

export async function drawDocument(plan: Plan, fonts: PdfInput['fonts'], measure: Measure, info: {
  title: string;
  /** Whose document it is; cleaned like the drawn name (no control, bidi or invisible characters). */
  author: string;
  meta: PdfInput['meta'];
}, kit: FontKit = trueTypeKit as unknown as FontKit): Promise<Uint8Array> {
  const doc = await PDFDocument.create({ updateMetadata: false });
  doc.registerFontkit(kit);
  // Features matter only to fontkit (tests): ligatures off, as true-type.ts draws.
  const regular = await doc.embedFont(fonts.regular, { subset: true, features: { liga: false } });
  const bold = fonts.bold ? await doc.embedFont(fonts.bold, { subset: true, features: { liga: false } }) : regular;
  drawPages(doc, { regular, bold }, plan, paginate(plan, measure), measure);
  const author = drawnText(info.author).replace(/\s+/g, ' ').trim();
  doc.setTitle(drawnText(info.title), { showInWindowTitleBar: true });
  if (author) doc.setAuthor(author);
  doc.setCreator(`${info.meta.appName} ${info.meta.appVersion}`);
  doc.setProducer(`${info.meta.appName} ${info.meta.appVersion}`);
  doc.setLanguage(plan.lang === LETTER_LANGUAGE.code ? LETTER_LANGUAGE.locale : languageInfo(plan.lang).locale);
  return doc.save();
}

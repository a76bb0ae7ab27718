/**
 * The app's entry to PDF generation. Import it only with `await import('../pdf')`: it pulls in
 * pdf-lib, fontkit and the font, which must stay out of the first download. The fonts are
 * fetched from the app's own origin (and precached by the service worker), never from elsewhere.
 */
import boldUrl from 'notosans-fontface/fonts/NotoSans-Bold.ttf?url';
import regularUrl from 'notosans-fontface/fonts/NotoSans-Regular.ttf?url';
import type { FollowUpLetter } from '../domain/follow-up-letter';
import type { PrintableDocument } from '../domain/printable-document';
import { renderFollowUpPdf } from './follow-up-pdf';
import { renderPrintablePdf } from './printable-pdf';
import { type DocumentKind, type PdfInput, renderDocument } from './render-letter-pdf';

export * from './render-letter-pdf';

let fontsPromise: Promise<PdfInput['fonts']> | null = null;

async function fetchBytes(url: string): Promise<Uint8Array> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`Could not load the PDF font (${response.status})`);
  return new Uint8Array(await response.arrayBuffer());
}

/** Noto Sans Regular and Bold (TTF, never WOFF2: fontkit's WOFF2 subsetting crashes). Loaded once. */
export function loadPdfFonts(): Promise<PdfInput['fonts']> {
  fontsPromise ??= Promise.all([fetchBytes(regularUrl), fetchBytes(boldUrl)])
    .then(([regular, bold]) => ({ regular, bold }))
    .catch((error: unknown) => {
      fontsPromise = null;
      throw error;
    });
  return fontsPromise;
}

/**
 * One of the two files (the letter to send, or the guide) with the bundled fonts. Throws
 * UnsupportedCharactersError if either file has a character the font cannot draw (see render-letter-pdf).
 */
export async function createPdfDocument(input: Omit<PdfInput, 'fonts'>, kind: DocumentKind): Promise<Uint8Array> {
  return renderDocument({ ...input, fonts: await loadPdfFonts() }, kind);
}

/** A printable document of the packet (support-letter kit, declaration, I-246 draft, facts sheet) with the bundled fonts. */
export async function createPrintablePdf(doc: PrintableDocument, meta: PdfInput['meta']): Promise<Uint8Array> {
  return renderPrintablePdf(doc, await loadPdfFonts(), meta);
}

/** The follow-up letter (after sending, no answer yet) with the bundled fonts. */
export async function createFollowUpPdf(letter: FollowUpLetter, meta: PdfInput['meta']): Promise<Uint8Array> {
  return renderFollowUpPdf(letter, await loadPdfFonts(), meta);
}

/**
 * The app's PDF entry (src/pdf/index.ts) for component tests: the same functions, run here in
 * Node with the fonts read from node_modules (jsdom has no worker and no font files to fetch).
 * Use: vi.mock('../../src/pdf', () => import('./support/pdf-in-node')).
 */
import type { FollowUpLetter } from '../../../src/domain/follow-up-letter';
import type { PrintableDocument } from '../../../src/domain/printable-document';
import { renderFollowUpPdf } from '../../../src/pdf/follow-up-pdf';
import type { DocumentKind, PdfInput } from '../../../src/pdf/plan';
import { pdfFile } from '../../../src/pdf/pdf-jobs';
import { renderPrintablePdf } from '../../../src/pdf/printable-pdf';
import { renderDocument } from '../../../src/pdf/render-letter-pdf';
import { FONTS } from '../../unit/pdf/support';

export { type DocumentKind, type PdfInput, UnsupportedCharactersError } from '../../../src/pdf/plan';

export const warmPdf = (): void => {};
export const createPdfDocument = (input: Omit<PdfInput, 'fonts'>, kind: DocumentKind): Promise<Blob> => renderDocument({ ...input, fonts: FONTS }, kind).then(pdfFile);
export const createFollowUpPdf = (letter: FollowUpLetter, meta: PdfInput['meta']): Promise<Blob> => renderFollowUpPdf(letter, FONTS, meta).then(pdfFile);
export const createPrintablePdf = (doc: PrintableDocument, meta: PdfInput['meta']): Promise<Blob> => renderPrintablePdf(doc, FONTS, meta).then(pdfFile);

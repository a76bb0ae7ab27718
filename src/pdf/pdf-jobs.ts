/**
 * The PDF work itself: the bundled fonts and each kind of file the app makes. Runs in the PDF
 * worker (pdf-worker.ts), or on the page where a browser has no module workers (index.ts
 * falls back to it). The fonts are fetched from the app's own origin (precached by the service
 * worker), never from elsewhere.
 */
// Noto Sans cut to the characters the app supports (src/pdf/font-charset.json, tests/tools/subset-fonts.mjs),
// as WOFF (woff.ts): the same files the letter preview shows.
import boldUrl from './fonts/NotoSans-Bold.woff?url';
import regularUrl from './fonts/NotoSans-Regular.woff?url';
import type { FollowUpLetter } from '../domain/follow-up-letter';
import type { PrintableDocument } from '../domain/printable-document';
import { renderFollowUpPdf } from './follow-up-pdf';
import { type DocumentKind, DOCUMENT_KINDS, type PdfInput, type PlanInput, UnsupportedCharactersError } from './plan';
import { renderPrintablePdf } from './printable-pdf';
import { fontMeasure, fontSupports, renderDocument } from './render-letter-pdf';
import { woffToTrueType } from './woff';

/** One piece of work: a file to make, or only getting ready for one (fonts loaded and parsed). */
export type PdfJob =
  | { kind: 'document'; input: PlanInput; doc: DocumentKind }
  | { kind: 'followUp'; letter: FollowUpLetter; meta: PdfInput['meta'] }
  | { kind: 'printable'; doc: PrintableDocument; meta: PdfInput['meta'] }
  /** Getting ready: the fonts, a small file, and both files of `input` if given (all thrown away). */
  | { kind: 'warm'; input?: PlanInput };

let fontsPromise: Promise<PdfInput['fonts']> | null = null;

async function fetchFont(url: string): Promise<Uint8Array> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`Could not load the PDF font (${response.status})`);
  return woffToTrueType(new Uint8Array(await response.arrayBuffer()));
}

/** Noto Sans Regular and Bold, unpacked to TrueType (what true-type.ts reads). Loaded once. */
export function loadPdfFonts(): Promise<PdfInput['fonts']> {
  fontsPromise ??= Promise.all([fetchFont(regularUrl), fetchFont(boldUrl)])
    .then(([regular, bold]) => ({ regular, bold }))
    .catch((error: unknown) => {
      fontsPromise = null;
      throw error;
    });
  return fontsPromise;
}

/** A throwaway document for the warm-up: a little of each kind of block, never shown or saved. */
export const WARM_UP_DOCUMENT: PrintableDocument = {
  title: 'Warm-up',
  lang: 'en',
  name: 'Warm-up',
  aNumber: null,
  draft: null,
  pageOf: { en: 'Page {page} of {total}' },
  aNumberLabel: { en: 'A-Number' },
  sections: [{
    lang: 'en',
    blocks: [
      { kind: 'title', text: 'Warm-up' },
      { kind: 'heading', text: 'Heading' },
      { kind: 'paragraph', text: 'A paragraph long enough to be wrapped onto a second line of the page, with accents: José, Nguyễn.' },
      { kind: 'rows', rows: [{ label: 'Label', value: 'Value' }] },
      { kind: 'list', items: ['One', 'Two'] },
    ],
  }],
};

/**
 * Both files of the person's letter, made and dropped. A character the font cannot draw stops
 * it early, as it stops a click (nothing to warm then: the click only says so). It stops
 * too before each file once `giveWay` says a file the person asked for is under way: the worker
 * does one thing at a time, so a click never waits for more than the warm-up file being made.
 */
export async function warmOn(input: PdfInput, giveWay: () => boolean): Promise<void> {
  try {
    for (const kind of DOCUMENT_KINDS) {
      if (giveWay()) return;
      await renderDocument(input, kind);
    }
  } catch (error) {
    if (!(error instanceof UnsupportedCharactersError)) throw error;
  }
}

/** Files the person asked for, being made now (the warm-up gives way to them). */
let asked = 0;
/** The warm-up's small file has been made by this worker. */
let smallFileMade = false;

/** A made PDF as the file the page saves. */
export function pdfFile(bytes: Uint8Array): Blob {
  return new Blob([bytes as BlobPart], { type: 'application/pdf' });
}

/** Makes the file (or gets ready); throws UnsupportedCharactersError for a character the font cannot draw. */
export async function runPdfJob(job: PdfJob): Promise<Uint8Array> {
  if (job.kind === 'warm') return warmUp(job.input);
  asked++;
  try {
    return await makeFile(job);
  } finally {
    asked--;
  }
}

async function makeFile(job: Exclude<PdfJob, { kind: 'warm' }>): Promise<Uint8Array> {
  const fonts = await loadPdfFonts();
  switch (job.kind) {
    case 'document':
      return renderDocument({ ...job.input, fonts }, job.doc);
    case 'followUp':
      return renderFollowUpPdf(job.letter, fonts, job.meta);
    case 'printable':
      return renderPrintablePdf(job.doc, fonts, job.meta);
  }
}

async function warmUp(input: PlanInput | undefined): Promise<Uint8Array> {
  const fonts = await loadPdfFonts();
  // Parse both fonts now (cached by their bytes), and make one small file that goes through
  // every step of a real one (layout, both faces, subsetting, compression), so the person's
  // first click does not also pay for the engine's first run of that code (issue 17).
  fontSupports(fonts)(0x41);
  fontMeasure(fonts)({ bold: false, size: 11, leading: 15 }, 'Warm');
  // Once per worker: afterwards the code has run.
  if (asked === 0 && !smallFileMade) {
    await renderPrintablePdf(WARM_UP_DOCUMENT, fonts, { appName: 'PD Helper', appVersion: 'warm-up' });
    smallFileMade = true;
  }
  if (input) await warmOn({ ...input, fonts }, () => asked > 0);
  return new Uint8Array(0);
}

/**
 * The PDF worker: makes the PDF files off the page's thread, so the page never freezes while
 * a file is built (issue 17). Messages in: { id, job } (pdf-jobs.ts); out: { id, file } (a Blob,
 * ready to save), { id, problems } for characters the font cannot draw, or { id, failed }.
 */
import { pdfFile, type PdfJob, runPdfJob } from './pdf-jobs';
import { UnsupportedCharactersError } from './plan';

// The worker's global scope, typed here: the project's types are the page's (lib "dom").
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<{ id: number; job: PdfJob }>) => void) | null;
  postMessage: (message: unknown) => void;
};

scope.onmessage = (event) => {
  const { id, job } = event.data;
  runPdfJob(job).then(
    // The Blob is made here too: made on the page, it held the page's thread 15–30 ms at 4× CPU
    // (a Chromium trace of a click); passed on, it is not copied.
    (bytes) => scope.postMessage({ id, file: pdfFile(bytes) }),
    (error: unknown) => {
      if (error instanceof UnsupportedCharactersError) scope.postMessage({ id, problems: error.problems });
      else scope.postMessage({ id, failed: error instanceof Error ? error.message : String(error) });
    },
  );
};

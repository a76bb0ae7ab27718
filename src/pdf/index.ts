/**
 * The app's entry to PDF generation. Import it only with `await import('../pdf')`. The files are
 * made in a worker (pdf-worker.ts: pdf-lib and the fonts load there, never on the
 * page's thread). Tests without workers (jsdom) run the same code on the page; the built app
 * does not carry that second copy: every browser it supports has workers.
 */
import type { FollowUpLetter } from '../domain/follow-up-letter';
import type { PrintableDocument } from '../domain/printable-document';
import type { PdfJob } from './pdf-jobs';
import { type DocumentKind, type PdfInput, type UnsupportedCharacter, UnsupportedCharactersError } from './plan';

export { type DocumentKind, type PdfInput, UnsupportedCharactersError } from './plan';

type Reply = { id: number; file: Blob } | { id: number; problems: UnsupportedCharacter[] } | { id: number; failed: string };
interface Waiting {
  job: PdfJob;
  resolve: (file: Blob) => void;
  reject: (error: unknown) => void;
}

/** undefined: not started yet; null: no worker here (the work runs on the page). */
let worker: Worker | null | undefined;
let nextId = 1;
const waiting = new Map<number, Waiting>();

function inline(job: PdfJob): Promise<Blob> {
  // Dropped from the build (import.meta.env.PROD is true there), so no second PDF chunk is made.
  if (import.meta.env.PROD) return Promise.reject(new Error('PD Helper: the PDF worker could not start'));
  return import('./pdf-jobs').then(async (m) => m.pdfFile(await m.runPdfJob(job)));
}

function startWorker(): Worker | null {
  if (worker !== undefined) return worker;
  if (typeof Worker === 'undefined') return (worker = null);
  try {
    worker = new Worker(new URL('./pdf-worker.ts', import.meta.url), { name: 'pd-helper-pdf' });
  } catch {
    return (worker = null);
  }
  worker.onmessage = (event: MessageEvent<Reply>) => {
    const reply = event.data;
    const job = waiting.get(reply.id);
    if (!job) return;
    waiting.delete(reply.id);
    if ('file' in reply) job.resolve(reply.file);
    else if ('problems' in reply) job.reject(new UnsupportedCharactersError(reply.problems));
    else job.reject(new Error(reply.failed));
  };
  // The worker could not start or broke (a script error): the jobs fail with a plain message on
  // the page, and the next click starts a new worker.
  worker.onerror = (event) => {
    event.preventDefault();
    worker?.terminate();
    worker = undefined;
    const jobs = [...waiting.values()];
    waiting.clear();
    for (const j of jobs) j.reject(new Error(`PD Helper: the PDF worker stopped (${event.message})`));
  };
  return worker;
}

function run(job: PdfJob): Promise<Blob> {
  const w = startWorker();
  if (!w) return inline(job);
  return new Promise((resolve, reject) => {
    const id = nextId++;
    waiting.set(id, { job, resolve, reject });
    w.postMessage({ id, job });
  });
}

/**
 * Starts the worker and has it load and parse the fonts, so a later click is quick (the letter
 * page calls it when idle); with an input, also makes both files of it once and throws them away,
 * so the code a click runs has run before. Nothing is kept or sent anywhere.
 */
export function warmPdf(input?: Omit<PdfInput, 'fonts'>): void {
  if (startWorker()) run({ kind: 'warm', input }).catch(() => {});
}

/**
 * One of the two files (the letter to send, or the guide). Throws UnsupportedCharactersError if
 * either file has a character the font cannot draw (see render-letter-pdf).
 */
export function createPdfDocument(input: Omit<PdfInput, 'fonts'>, kind: DocumentKind): Promise<Blob> {
  return run({ kind: 'document', input, doc: kind });
}

/** A printable document of the packet (support-letter kit, declaration, I-246 draft, facts sheet). */
export function createPrintablePdf(doc: PrintableDocument, meta: PdfInput['meta']): Promise<Blob> {
  return run({ kind: 'printable', doc, meta });
}

/** The follow-up letter (after sending, no answer yet). */
export function createFollowUpPdf(letter: FollowUpLetter, meta: PdfInput['meta']): Promise<Blob> {
  return run({ kind: 'followUp', letter, meta });
}

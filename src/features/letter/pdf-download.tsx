/**
 * Two downloads side by side (docs/adr/0009-two-pdf-documents.md): the letter to send to ICE
 * (PD-request-<name>-<date>.pdf, DRAFT- first for a draft) and the person's guide, never sent
 * (PD-guide-<name>-<date>.pdf). Each first runs the checks before download (download-checks.tsx),
 * then loads the PDF code and font only when pressed (dynamic import) and builds its file from
 * the same letter model as the preview. A character the font cannot print, in either file, is
 * named with the field it is in and where to fix it (unsupported-characters.tsx, which also
 * checks as the person types).
 */
import { type RefObject, startTransition, useEffect, useRef, useState } from 'react';
import type { i18n as I18n } from 'i18next';
import { useTranslation } from 'react-i18next';
import { type Checklist, languageCode, type LetterModel, pdfFileName } from '../../domain';
import { loadLanguageNamespaces } from '../../ui/load-language';
import type * as PdfModuleNs from '../../pdf';
import type { DocumentKind } from '../../pdf/render-letter-pdf';
import type { UnsupportedGroup } from '../../pdf/unsupported-words';
import { APP_VERSION } from '../../state/case-store';
import { saveFile } from '../../ui/save-file';
import { buildPdfInput, SUMMARY_PAGE_LANGUAGE } from './pdf-input';
import { refusedGroups, UnsupportedList } from './unsupported-characters';

/** The Spanish page reads these, in SUMMARY_PAGE_LANGUAGE whatever the page language. */
const SPANISH_PAGE_NAMESPACES = ['catalog', 'pages'] as const;
type PdfModule = typeof PdfModuleNs;

/**
 * What a download needs besides the letter: the PDF code, and the Spanish page's strings (in an
 * English session, ~40 kB that the first click would otherwise wait for). The letter page
 * fetches them while idle (letter-page.tsx, `useWarmPdf`), a click when they are not there yet.
 */
async function loadPdfParts(i18n: I18n): Promise<PdfModule> {
  const [pdf] = await Promise.all([import('../../pdf'), loadSpanishPageStrings(i18n)]);
  return pdf;
}

/** The Spanish page needs the Spanish strings even when the page is in another language. */
function loadSpanishPageStrings(i18n: I18n): Promise<void> {
  return loadLanguageNamespaces(i18n, SUMMARY_PAGE_LANGUAGE, SPANISH_PAGE_NAMESPACES);
}

/** What the two files are made from, besides the words and the fonts. */
interface LetterForPdf {
  model: LetterModel;
  list: Checklist;
  fullName: string | undefined;
  asOf: string;
}

type PdfInputWords = ReturnType<typeof buildPdfInput>;

/**
 * The input last made on this page, with what it was made from. The warm-up makes it while the
 * page is idle, so a click on the same letter only hands it to the worker: on a slow phone,
 * choosing its words was most of the click's task (issue 17). Kept by the page, not the module:
 * it goes with the page, so nothing of a case stays in memory after a lock or an exit.
 */
type MadeInput = LetterForPdf & { uiLanguage: string; input: PdfInputWords };
type MadeInputRef = RefObject<MadeInput | null>;

/** The PDF input for this letter, in the page's language (the Spanish page's strings must be loaded). */
function inputFor(i18n: I18n, letter: LetterForPdf, letterFileName: string, made: MadeInputRef): PdfInputWords {
  const uiLanguage = languageCode(i18n.resolvedLanguage);
  const last = made.current;
  // The model and the list are made again whenever an answer or the checklist changes; the file
  // name comes from the letter (letterFileNameOf).
  if (last && last.model === letter.model && last.list === letter.list && last.fullName === letter.fullName && last.asOf === letter.asOf
    && last.uiLanguage === uiLanguage) return last.input;
  const input = buildPdfInput(letter.model, letter.list, { es: i18n.getFixedT(SUMMARY_PAGE_LANGUAGE), ui: i18n.getFixedT(uiLanguage), uiLanguage }, {
    appVersion: APP_VERSION,
    letterFileName,
  });
  made.current = { ...letter, uiLanguage, input };
  return input;
}

function letterFileNameOf(letter: LetterForPdf): string {
  return pdfFileName(letter.fullName ?? '', letter.asOf, letter.model.kind === 'draft' ? 'draft' : 'letter');
}

/** The worker has made a letter in this tab (a warm-up or a click): its code has run. */
let letterMade = false;

/**
 * Starts the worker (its fonts, a first throwaway file) at once, and fetches the strings beside
 * it; then chooses the words of this letter's files (kept for a click: `inputFor`) and, the first
 * time in this tab, has the worker make both files of this very letter once and throw them away.
 * A small made-up file leaves most of the PDF code cold (the engine optimises code only once it
 * has run a while): the first click took about three times as long as the next ones (issue 17).
 * Later visits to the letter page find the code warm already.
 */
function warmPdfParts(i18n: I18n, letter: () => LetterForPdf, made: MadeInputRef): void {
  // A failure here is not shown: the click tries again and says so.
  const pdf = import('../../pdf');
  pdf.then((m) => m.warmPdf()).catch(() => {});
  Promise.all([pdf, loadSpanishPageStrings(i18n)])
    .then(([m]) => {
      const now = letter();
      // Its words are chosen on every visit (a few milliseconds while idle), so that a click only hands them over.
      const input = inputFor(i18n, now, letterFileNameOf(now), made);
      if (letterMade) return;
      letterMade = true;
      m.warmPdf(input);
    })
    .catch(() => {});
}

/**
 * Warms the PDF parts once while the letter page is idle (or as soon as the download buttons come
 * into view, if that is sooner), so the first click does not wait for them (the page itself never
 * loads pdf-lib). The worker is small since issue 17 (about 90 kB gzip, already stored by the
 * service worker), so every visit to the letter page may start it; the letter itself is made
 * once per tab (warmPdfParts).
 */
function useWarmPdf(section: RefObject<HTMLElement | null>, letter: LetterForPdf, made: MadeInputRef): void {
  const { i18n } = useTranslation();
  // The letter as it is when the page goes idle, not as it was when the page opened.
  const latest = useRef(letter);
  useEffect(() => {
    latest.current = letter;
  });
  useEffect(() => {
    let done = false;
    const warm = () => {
      if (done) return;
      done = true;
      warmPdfParts(i18n, () => latest.current, made);
    };
    const idle = typeof requestIdleCallback === 'function' ? requestIdleCallback(warm, { timeout: 2000 }) : 0;
    const timer = idle ? 0 : window.setTimeout(warm, 1000);
    const target = section.current;
    const observer = target && typeof IntersectionObserver !== 'undefined'
      ? new IntersectionObserver((entries) => {
        if (entries.some((e) => e.isIntersecting)) warm();
      }, { rootMargin: '200px' })
      : null;
    if (target) observer?.observe(target);
    return () => {
      observer?.disconnect();
      if (idle && typeof cancelIdleCallback === 'function') cancelIdleCallback(idle);
      if (timer) window.clearTimeout(timer);
    };
  }, [i18n, section, made]);
}

type Status =
  | { kind: 'idle' }
  | { kind: 'working'; doc: DocumentKind }
  | { kind: 'done'; doc: DocumentKind; fileName: string }
  | { kind: 'failed' }
  | { kind: 'unsupported'; groups: UnsupportedGroup[] };

export function PdfDownload({ model, list, fullName, asOf, canDownload }: LetterForPdf & {
  /** The checks before download (download-checks.tsx): false stops here, before the PDF code loads. */
  canDownload: () => boolean;
}) {
  const { t, i18n } = useTranslation('pages');
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const messageRef = useRef<HTMLDivElement>(null);
  const sectionRef = useRef<HTMLElement>(null);
  const letter = { model, list, fullName, asOf };
  const letterFileName = letterFileNameOf(letter);
  const madeInput = useRef<MadeInput>(null);
  useWarmPdf(sectionRef, letter, madeInput);

  // A press while a file is being made does nothing. Kept apart from `status`, which the page
  // shows a moment after the press (below), so a second quick tap is stopped at once too.
  const busy = useRef(false);
  const focusMessage = () => setTimeout(() => messageRef.current?.focus(), 0);

  const download = async (doc: DocumentKind) => {
    if (busy.current) return;
    if (!canDownload()) {
      setStatus({ kind: 'idle' });
      return;
    }
    busy.current = true;
    try {
      await makeFile(doc);
    } finally {
      busy.current = false;
    }
  };

  const makeFile = async (doc: DocumentKind) => {
    // The press's own task ends at once. The "Making…" line renders in a task of its own (a
    // transition), and gathering the file's words and handing them to the worker in another
    // (below). In the press, the line's render and the browser's handling of the press made
    // one task of 52–59 ms on a slow phone now and then (issue 17: none over 50 ms).
    startTransition(() => setStatus({ kind: 'working', doc }));
    await new Promise((resolve) => setTimeout(resolve, 0));
    let pdf: PdfModule;
    try {
      pdf = await loadPdfParts(i18n);
    } catch {
      setStatus({ kind: 'failed' });
      focusMessage();
      return;
    }
    let input: PdfInputWords | null = null;
    try {
      input = inputFor(i18n, letter, letterFileName, madeInput);
      // Checks every character of both files first: a character neither can print stops either download.
      const file = await pdf.createPdfDocument(input, doc);
      letterMade = true;
      const fileName = doc === 'toSend' ? letterFileName : pdfFileName(fullName ?? '', asOf, 'guide');
      saveFile(file, fileName, 'application/pdf');
      setStatus({ kind: 'done', doc, fileName });
    } catch (error) {
      setStatus(error instanceof pdf.UnsupportedCharactersError && input ? { kind: 'unsupported', groups: refusedGroups(input, error.problems) } : { kind: 'failed' });
    }
    focusMessage();
  };
  const working = status.kind === 'working';
  const draft = model.kind === 'draft';

  return (
    <section ref={sectionRef} className="pdf-download no-print" aria-labelledby="pdf-title">
      <h2 id="pdf-title">{t('letter.pdf.title')}</h2>
      <p>{t('letter.pdf.intro')}</p>
      <div className="pdf-download__choices">
        <div className="pdf-download__choice">
          <h3>{draft ? t('letter.pdf.letterTitleDraft') : t('letter.pdf.letterTitle')}</h3>
          <p id="pdf-letter-description">{draft ? t('letter.pdf.letterDescriptionDraft') : t('letter.pdf.letterDescription')}</p>
          <button type="button" className="button" onClick={() => void download('toSend')} disabled={working}
            aria-describedby="pdf-letter-description pdf-status">
            {draft ? t('letter.pdf.buttonDraft') : t('letter.pdf.button')}
          </button>
        </div>
        <div className="pdf-download__choice">
          <h3>{t('letter.pdf.guideTitle')}</h3>
          <p id="pdf-guide-description">{t('letter.pdf.guideDescription')}</p>
          <button type="button" className="button button--secondary" onClick={() => void download('forYou')} disabled={working}
            aria-describedby="pdf-guide-description pdf-status">
            {t('letter.pdf.guideButton')}
          </button>
        </div>
      </div>
      <div id="pdf-status" ref={messageRef} tabIndex={-1} aria-live="polite">
        {status.kind === 'working' && <p>{t(status.doc === 'toSend' ? 'letter.pdf.workingLetter' : 'letter.pdf.workingGuide')}</p>}
        {status.kind === 'done' && (
          <p className="panel panel--done">{t(status.doc === 'toSend' ? 'letter.pdf.doneLetter' : 'letter.pdf.doneGuide', { fileName: status.fileName })}</p>
        )}
        {status.kind === 'failed' && <p className="panel panel--warning">{t('letter.pdf.failed')}</p>}
        {status.kind === 'unsupported' && (
          <div className="error-summary" role="alert">
            <h3 className="error-summary__title">{t('letter.pdf.unsupportedTitle')}</h3>
            <UnsupportedList groups={status.groups} />
            <p>{t('letter.pdf.unsupportedHint')}</p>
          </div>
        )}
      </div>
    </section>
  );
}

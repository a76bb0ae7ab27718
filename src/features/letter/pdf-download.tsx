/**
 * "Download PDF": loads the PDF code and font only now (dynamic import), builds the packet from
 * the same letter model as the preview, and saves it as PD-request-<family name>-<date>.pdf.
 * A character the font cannot print is named with the field it is in and where to fix it
 * (unsupported-characters.tsx, which also checks as the person types).
 */
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type Checklist, languageCode, type LetterModel, pdfFileName } from '../../domain';
import { loadLanguageNamespaces } from '../../ui/load-language';

/** The Spanish page reads these, in SUMMARY_PAGE_LANGUAGE whatever the page language. */
const SPANISH_PAGE_NAMESPACES = ['catalog', 'pages'] as const;
import type * as PdfModuleNs from '../../pdf';
import type { UnsupportedGroup } from '../../pdf/unsupported-words';
import { APP_VERSION } from '../../state/case-store';
import { buildPdfInput, SUMMARY_PAGE_LANGUAGE } from './pdf-input';
import { refusedGroups, UnsupportedList } from './unsupported-characters';

function saveBytes(bytes: Uint8Array, fileName: string): void {
  const blob = new Blob([bytes as BlobPart], { type: 'application/pdf' });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.append(a);
  a.click();
  a.remove();
  // Revoke later: some browsers read the blob after the click returns.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

type PdfModule = typeof PdfModuleNs;

type Status = { kind: 'idle' } | { kind: 'working' } | { kind: 'done'; fileName: string } | { kind: 'failed' } | { kind: 'unsupported'; groups: UnsupportedGroup[] };

export function PdfDownload({ model, list, fullName, asOf, canDownload }: {
  model: LetterModel;
  list: Checklist;
  fullName: string | undefined;
  asOf: string;
  /** The checks before download (download-checks.tsx): false stops here, before the PDF code loads. */
  canDownload: () => boolean;
}) {
  const { t, i18n } = useTranslation('pages');
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const [includeChecklist, setIncludeChecklist] = useState(false);
  const messageRef = useRef<HTMLDivElement>(null);
  const uiLanguage = languageCode(i18n.resolvedLanguage);

  const focusMessage = () => setTimeout(() => messageRef.current?.focus(), 0);

  const download = async () => {
    if (!canDownload()) {
      setStatus({ kind: 'idle' });
      return;
    }
    setStatus({ kind: 'working' });
    let pdf: PdfModule;
    try {
      // The Spanish page needs the Spanish strings even when the page is in another language.
      [pdf] = await Promise.all([import('../../pdf'), loadLanguageNamespaces(i18n, SUMMARY_PAGE_LANGUAGE, SPANISH_PAGE_NAMESPACES)]);
    } catch {
      setStatus({ kind: 'failed' });
      focusMessage();
      return;
    }
    let input: ReturnType<typeof buildPdfInput> | null = null;
    try {
      input = buildPdfInput(model, list, { es: i18n.getFixedT(SUMMARY_PAGE_LANGUAGE), ui: i18n.getFixedT(uiLanguage), uiLanguage }, {
        includeChecklist,
        appVersion: APP_VERSION,
      });
      const bytes = await pdf.createLetterPdf(input);
      const fileName = pdfFileName(fullName ?? '', asOf, model.kind === 'draft' ? 'draft' : 'letter');
      saveBytes(bytes, fileName);
      setStatus({ kind: 'done', fileName });
    } catch (error) {
      setStatus(error instanceof pdf.UnsupportedCharactersError && input ? { kind: 'unsupported', groups: refusedGroups(input, error.problems) } : { kind: 'failed' });
    }
    focusMessage();
  };

  return (
    <section className="pdf-download no-print" aria-labelledby="pdf-title">
      <h2 id="pdf-title">{t('letter.pdf.title')}</h2>
      <p>{t('letter.pdf.intro')}</p>
      <div className="checkbox">
        <input type="checkbox" id="pdf-checklist" checked={includeChecklist} onChange={(e) => setIncludeChecklist(e.target.checked)} />
        <label htmlFor="pdf-checklist">{t('letter.pdf.includeChecklist')}</label>
      </div>
      <button type="button" className="button" onClick={() => void download()} disabled={status.kind === 'working'} aria-describedby="pdf-status">
        {model.kind === 'draft' ? t('letter.pdf.buttonDraft') : t('letter.pdf.button')}
      </button>
      <div id="pdf-status" ref={messageRef} tabIndex={-1} aria-live="polite">
        {status.kind === 'working' && <p>{t('letter.pdf.working')}</p>}
        {status.kind === 'done' && <p className="panel panel--done">{t('letter.pdf.done', { fileName: status.fileName })}</p>}
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

import { useTranslation } from 'react-i18next';
import { isoToday } from '../../domain';
import { useCaseStore } from '../../state/case-store';
import { saveFile } from '../../ui/save-file';
import { useDocumentTitle } from '../../ui/use-document-title';

/**
 * What was saved, as a case file ("Save or open a case file" opens it; a newer version of the app
 * may read what this one cannot): the saved case (its versioned envelope) when the saved text
 * holds one, else exactly the saved text.
 */
export function savedCaseFileText(raw: string): string {
  try {
    const parsed = JSON.parse(raw) as { state?: { envelope?: unknown }; envelope?: unknown; persisted?: { state?: { envelope?: unknown } } };
    const envelope = parsed.state?.envelope ?? parsed.persisted?.state?.envelope ?? parsed.envelope;
    if (envelope && typeof envelope === 'object') return `${JSON.stringify(envelope, null, 2)}\n`;
  } catch {
    // Not JSON: keep it exactly as it was saved.
  }
  return raw;
}

function downloadRaw(raw: string): void {
  saveFile(savedCaseFileText(raw), `pd-case-saved-${isoToday()}.pdcase.json`, 'application/json');
}

/** Shown instead of any page when saved data could not be used: never a blank app. */
export function LoadErrorPage() {
  const { t } = useTranslation('pages');
  const error = useCaseStore((s) => s.loadError);
  const startOver = useCaseStore((s) => s.startOver);
  useDocumentTitle(t('loadError.title'));
  if (!error) return null;
  return (
    <div className="load-error">
      <h1>{t('loadError.title')}</h1>
      <p>{t(`loadError.codes.${error.code}`)}</p>
      <p>{t('loadError.body')}</p>
      <button type="button" className="button button--secondary" onClick={() => downloadRaw(error.raw)} aria-describedby="download-hint">
        {t('loadError.download')}
      </button>
      <p id="download-hint" className="hint">{t('loadError.downloadHint')}</p>
      <button type="button" className="button" onClick={startOver}>{t('loadError.startOver')}</button>
    </div>
  );
}

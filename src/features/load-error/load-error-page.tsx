import { useTranslation } from 'react-i18next';
import { type LoadError, useCaseStore } from '../../state/case-store';
import { useDocumentTitle } from '../../ui/use-document-title';

function downloadRaw(raw: string): void {
  const blob = new Blob([raw], { type: 'application/json' });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = `pd-helper-saved-answers-${new Date().toISOString().slice(0, 10)}.json`;
  document.body.append(a);
  a.click();
  a.remove();
  URL.revokeObjectURL(url);
}

/** Shown instead of any page when saved data could not be used: never a blank app. */
export function LoadErrorPage({ error }: { error: LoadError }) {
  const { t } = useTranslation();
  const startOver = useCaseStore((s) => s.startOver);
  useDocumentTitle(t('loadError.title'));
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

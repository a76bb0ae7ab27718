import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCaseStore } from '../../state/case-store';
import { AppLink } from '../../ui/app-link';
import { useDocumentTitle } from '../../ui/use-document-title';
import { paths } from '../../ui/paths';

export function DeletePage() {
  const { t } = useTranslation('pages');
  const deleteEverything = useCaseStore((s) => s.deleteEverything);
  const [done, setDone] = useState(false);
  useDocumentTitle(t('deletePage.title'));
  // What this page cannot delete: the browser's history and the files already downloaded.
  const notHere = (
    <>
      <p>{t('deletePage.history')}</p>
      <p>{t('deletePage.downloads')}</p>
    </>
  );
  if (done) {
    return (
      <div>
        <h1 tabIndex={-1} ref={(el) => el?.focus()}>{t('deletePage.done')}</h1>
        {notHere}
        <AppLink to={paths.start.href()} className="button">{t('notFound.back')}</AppLink>
      </div>
    );
  }
  return (
    <div>
      <h1>{t('deletePage.title')}</h1>
      <p>{t('deletePage.body')}</p>
      {notHere}
      <div className="button-group">
        <button type="button" className="button button--warning" onClick={() => { deleteEverything(); setDone(true); }}>
          {t('deletePage.confirm')}
        </button>
        <AppLink to={paths.start.href()} className="button button--secondary">{t('deletePage.cancel')}</AppLink>
      </div>
    </div>
  );
}

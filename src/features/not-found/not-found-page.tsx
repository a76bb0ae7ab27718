import { useTranslation } from 'react-i18next';
import { AppLink as Link } from '../../ui/app-link';
import { useDocumentTitle } from '../../ui/use-document-title';
import { paths } from '../../ui/paths';

export function NotFoundPage() {
  const { t } = useTranslation('pages');
  useDocumentTitle(t('notFound.title'));
  return (
    <article>
      <h1>{t('notFound.title')}</h1>
      <p>{t('notFound.body')}</p>
      <p>
        <Link to={paths.start.href()}>{t('notFound.back')}</Link>
      </p>
    </article>
  );
}

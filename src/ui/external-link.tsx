import { useTranslation } from 'react-i18next';
import { displayUrl } from './format';

/**
 * A web address shown as text and as a link. Nothing is fetched by the app: the link opens only
 * when the person follows it, in a new tab, without sending where they came from.
 */
export function ExternalLink({ url }: { url: string }) {
  const { t } = useTranslation('pages');
  return (
    <a href={url} target="_blank" rel="noreferrer noopener" className="external-link">
      {displayUrl(url)}
      <span className="visually-hidden"> {t('shared.newTab')}</span>
    </a>
  );
}

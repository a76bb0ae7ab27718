import { useTranslation } from 'react-i18next';
import { findSource, type Source } from '../domain';
import { ExternalLink } from './external-link';
import { formatDate } from './format';
import { useUiLocale } from './use-ui-locale';

/**
 * A small "Sources" disclosure: each source's title, issuer, date, status, when that status was
 * last checked, a plain note, and its address. Titles are the documents' own (English) names,
 * except where the title is our description (`titleIsOurs`); those and the issuers are said in the
 * page language (catalog `sources.<id>.title`, `sources.<id>.issuer`).
 */
export function SourcesDisclosure({ ids, about }: { ids: readonly string[]; about: string }) {
  const { t } = useTranslation('pages');
  const { t: tk } = useTranslation('catalog');
  const locale = useUiLocale();
  const list = ids.map((id) => findSource(id)).filter((s): s is Source => s !== undefined);
  if (list.length === 0) return null;
  return (
    <details className="sources">
      <summary>
        {t('shared.sources', { count: list.length })}
        <span className="visually-hidden"> {t('shared.sourcesFor', { about })}</span>
      </summary>
      <ul className="sources__list">
        {list.map((s) => (
          <li key={s.id} className="source">
            {s.titleIsOurs ? (
              <p className="source__title">{tk(`sources.${s.id}.title`)}</p>
            ) : (
              <p className="source__title" lang="en">{s.title}</p>
            )}
            <p className="source__meta">
              {tk(`sources.${s.id}.issuer`)}
              {' · '}
              {formatDate(s.date, locale)}
            </p>
            <p className="source__status">
              <span className={`badge badge--status-${s.status}`}>{tk(`sources.status.${s.status}`)}</span>{' '}
              <span className="source__checked">{tk('sources.checkedOn', { date: formatDate(s.statusCheckedOn, locale) })}</span>
            </p>
            <p className="source__note">{tk(`sources.${s.id}.note`)}</p>
            {s.url && (
              <p className="source__url">
                <ExternalLink url={s.url} />
                {s.urlUncertain && <span className="source__caution"> {tk('sources.uncertainUrl')}</span>}
              </p>
            )}
          </li>
        ))}
      </ul>
    </details>
  );
}

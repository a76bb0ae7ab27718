import { useTranslation } from 'react-i18next';
import { helpResources } from '../domain';
import { ExternalLink } from './external-link';
import { telHref } from './format';

/**
 * Free legal help and official lines (national, long-lived, confirmed in an official or long-standing source).
 * `compact`: one short list (name, then phone and website on one line) for the result page.
 */
export function HelpResources({ headingLevel = 2, compact = false }: { headingLevel?: 2 | 3; compact?: boolean }) {
  const { t } = useTranslation('pages');
  const { t: tk } = useTranslation('catalog');
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const Item = headingLevel === 2 ? 'h3' : 'h4';
  return (
    <section className="card card--help" aria-labelledby="help-title">
      <Heading id="help-title">{t('result.help.title')}</Heading>
      {!compact && <p>{t('result.help.intro')}</p>}
      {compact ? (
        <ul className="help-list help-list--compact">
          {helpResources.map((h) => (
            <li key={h.id} className="help-list__item">
              <strong className="help-list__name">{tk(`help.${h.id}.name`)}</strong>
              {h.phone && (
                <>
                  {' '}
                  <a href={telHref(h.phone)} className="help-list__phone">{h.phone}</a>
                </>
              )}
              {h.url && (
                <>
                  {' '}
                  <ExternalLink url={h.url} />
                  {h.urlUncertain && <span className="badge badge--caution">{tk('sources.uncertainUrl')}</span>}
                </>
              )}
            </li>
          ))}
        </ul>
      ) : (
      <ul className="help-list">
        {helpResources.map((h) => (
          <li key={h.id} className="help-list__item">
            <Item className="help-list__name">{tk(`help.${h.id}.name`)}</Item>
            <p>{tk(`help.${h.id}.description`)}</p>
            {h.phone && (
              <p className="help-list__contact">
                <span className="help-list__label">{t('result.help.phone')}</span>{' '}
                <a href={telHref(h.phone)} className="help-list__phone">{h.phone}</a>
              </p>
            )}
            {h.url && (
              <p className="help-list__contact">
                <span className="help-list__label">{t('result.help.website')}</span>{' '}
                <ExternalLink url={h.url} />
                {h.urlUncertain && <span className="badge badge--caution">{tk('sources.uncertainUrl')}</span>}
              </p>
            )}
          </li>
        ))}
      </ul>
      )}
      <p className="hint">{t('result.help.notario')}</p>
    </section>
  );
}

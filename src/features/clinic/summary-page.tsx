/**
 * A one-page summary of the open case for the volunteer, in the volunteer's language: the case
 * label and date, the route, the red flags, what to bring next time (checklist papers not yet
 * gathered) and the information still missing. Built from assess() and checklist() and the
 * catalog strings, like the result and checklist pages; printed on one page.
 */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { checklist, checklistItems, firstUnansweredStep } from '../../domain';
import { useClinicStore } from '../../state/clinic/clinic-status';
import { AppLink } from '../../ui/app-link';
import { formatDate } from '../../ui/format';
import { Isolated } from '../../ui/isolated';
import { FlagList, SummarySection } from '../../ui/summary-parts';
import { useDocumentTitle } from '../../ui/use-document-title';
import { useAssessment } from '../../state/use-assessment';
import { useUiLocale } from '../../ui/use-ui-locale';
import { resumeUrl } from '../../ui/paths';

export function SummaryPage() {
  const { t } = useTranslation('clinic');
  const { t: tk } = useTranslation('catalog');
  const { t: tp } = useTranslation('pages');
  const { t: tq } = useTranslation('questions');
  const locale = useUiLocale();
  const { c, assessment: a } = useAssessment();
  const activeId = useClinicStore((s) => s.activeId);
  const label = useClinicStore((s) => s.cases.find((x) => x.id === s.activeId)?.label ?? '');
  const toBring = useMemo(() => checklistItems(checklist(c, a)).filter((i) => !i.gathered), [c, a]);
  // The tab title stays neutral: no label or name in it.
  useDocumentTitle(t('summary.title'));
  if (!activeId) return null;
  const unfinished = firstUnansweredStep(c, a) !== null;

  return (
    <article className="volunteer-summary">
      <header className="volunteer-summary__head">
        <h1>{t('summary.title')}</h1>
        <p className="volunteer-summary__meta">
          <strong><Isolated sentence={(slot) => t('summary.case', { label: slot })} value={label} /></strong>
          <span>{t('summary.date', { date: formatDate(a.asOf, locale) })}</span>
        </p>
        <div className="button-group no-print">
          <button type="button" className="button" onClick={() => window.print()}>{t('summary.print')}</button>
          <AppLink to={resumeUrl(c)} className="button button--secondary">{t('entry.resume')}</AppLink>
        </div>
      </header>

      {unfinished && <p className="notice">{t('summary.notFinished')}</p>}

      <section aria-labelledby="summary-route" className="volunteer-summary__section">
        <h2 id="summary-route">{t('summary.route')}</h2>
        <p className="volunteer-summary__route">{tk(`routes.${a.route}.title`, { context: a.routeVariant ?? undefined })}</p>
        <p>{tk(`routes.${a.route}.summary`, { context: a.routeVariant ?? undefined })}</p>
      </section>

      <SummarySection id="summary-flags" title={t('summary.flags')} className="volunteer-summary__section">
        <FlagList
          className="volunteer-summary__list"
          none={t('summary.noFlags')}
          flags={a.redFlags.map((r) => ({ id: r.id, title: tk(`redFlags.${r.id}.title`), severity: r.severity, severityLabel: tp(`result.concerns.severity.${r.severity}`) }))}
        />
      </SummarySection>

      <section aria-labelledby="summary-bring" className="volunteer-summary__section">
        <h2 id="summary-bring">{t('summary.bring')}</h2>
        {toBring.length === 0 ? (
          <p>{t('summary.bringNone')}</p>
        ) : (
          <>
            <p className="hint">{t('summary.bringIntro')}</p>
            <ul className="volunteer-summary__list volunteer-summary__boxes">
              {toBring.map((i) => (
                <li key={i.id}>{tk(`checklist.items.${i.id}.title`)}</li>
              ))}
            </ul>
          </>
        )}
      </section>

      <section aria-labelledby="summary-missing" className="volunteer-summary__section">
        <h2 id="summary-missing">{t('summary.missing')}</h2>
        {a.missing.length === 0 ? (
          <p>{t('summary.missingNone')}</p>
        ) : (
          <ul className="volunteer-summary__list">
            {a.missing.map((m) => (
              <li key={m.field}>
                {tq(`fields.${m.field}.label`)}{' '}
                <span className="volunteer-summary__reason">({tp(`result.missing.reason.${m.reason}`)})</span>
              </li>
            ))}
          </ul>
        )}
      </section>

      <p className="volunteer-summary__foot">{t('summary.notAdvice')}</p>
    </article>
  );
}

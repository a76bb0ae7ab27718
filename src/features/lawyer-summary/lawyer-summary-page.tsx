/**
 * A one-page summary for a lawyer, outside clinic mode (issue 15 §5): the person's name and the
 * date, the route and its one-line reason, the red flags, the key facts exactly as answered, the
 * papers marked as gathered, and questions for the lawyer from the flags and the "I don't know"
 * answers. In the UI language; printed on one page (lawyer-summary.css).
 */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { type FieldPath, firstUnansweredStep, getField, isEmptyCase, lawyerSummary, speaksToHelper } from '../../domain';
import { useAssessment } from '../../state/use-assessment';
import { AppLink } from '../../ui/app-link';
import { BackLink } from '../../ui/back-link';
import { formatDate } from '../../ui/format';
import { formatAnswer } from '../../ui/format-answer';
import { fieldWidgets } from '../../ui/form/field-specs';
import { Isolated } from '../../ui/isolated';
import { FlagList, SummarySection } from '../../ui/summary-parts';
import { useDocumentTitle } from '../../ui/use-document-title';
import { useUiLocale } from '../../ui/use-ui-locale';
import { paths, resumeUrl } from '../../ui/paths';
import './lawyer-summary.css';

/** A text answer without an "I don't know" box keeps "unknown" as the words typed: not a question. */
const isDontKnow = (path: FieldPath) => {
  const w = fieldWidgets[path];
  return !(w.kind === 'text' && !w.allowUnknown);
};

export function LawyerSummaryPage() {
  const { t } = useTranslation('pages');
  const { t: tAll } = useTranslation();
  const { t: tk } = useTranslation('catalog');
  const locale = useUiLocale();
  const { c, assessment: a } = useAssessment();
  const summary = useMemo(() => lawyerSummary(c, a, { asOf: a.asOf }), [c, a]);
  useDocumentTitle(t('lawyerSummary.documentTitle'));

  if (isEmptyCase(c)) {
    return (
      <div className="lawyer-summary">
        <h1>{t('lawyerSummary.title')}</h1>
        <p>{t('lawyerSummary.empty')}</p>
        <AppLink to={paths.start.href()} className="button">{tAll('actions.start')}</AppLink>
      </div>
    );
  }

  const unfinished = firstUnansweredStep(c, { asOf: a.asOf }) !== null;
  const question = (path: FieldPath) =>
    tAll(`questions:fields.${path}.label`, { context: speaksToHelper(c) ? 'helper' : undefined });
  const name = c.person.fullName;
  const flagTitle = (id: string) => tk(`redFlags.${id}.title`);
  const unknowns = summary.unknowns.filter(isDontKnow);

  return (
    <article className="lawyer-summary">
      <BackLink to={paths.result.href()} label={t('result.caption')} />
      <header className="lawyer-summary__head">
        <h1>{t('lawyerSummary.title')}</h1>
        <p className="lawyer-summary__meta">
          <strong>
            {name
              ? <Isolated sentence={(slot) => t('lawyerSummary.name', { name: slot })} value={name} />
              : t('lawyerSummary.name', { name: tAll('common:answers.notAnswered') })}
          </strong>
          <span>{t('lawyerSummary.date', { date: formatDate(a.asOf, locale) })}</span>
        </p>
        <p className="lead no-print">{t('lawyerSummary.lead')}</p>
        <div className="button-group no-print">
          <button type="button" className="button" onClick={() => window.print()}>{t('lawyerSummary.print')}</button>
          {unfinished && <AppLink to={resumeUrl(c)} className="button button--secondary">{tAll('actions.resume')}</AppLink>}
        </div>
      </header>

      {unfinished && <p className="notice">{t('lawyerSummary.notFinished')}</p>}

      <SummarySection id="lawyer-route" title={t('lawyerSummary.route')} className="lawyer-summary__section">
        <p className="lawyer-summary__route">{tk(`routes.${a.route}.title`, { context: a.routeVariant ?? undefined })}</p>
        <p>{tk(`routes.${a.route}.summary`, { context: a.routeVariant ?? undefined })}</p>
      </SummarySection>

      <SummarySection id="lawyer-flags" title={t('lawyerSummary.flags')} className="lawyer-summary__section">
        <FlagList
          className="lawyer-summary__list"
          none={t('lawyerSummary.noFlags')}
          flags={a.redFlags.map((r) => ({ id: r.id, title: flagTitle(r.id), severity: r.severity, severityLabel: t(`result.concerns.severity.${r.severity}`) }))}
        />
      </SummarySection>

      <SummarySection id="lawyer-facts" title={t('lawyerSummary.facts')} className="lawyer-summary__section">
        <div className="lawyer-summary__fact-groups">
          {summary.facts.map((g) => (
            <div key={g.group} className="lawyer-summary__facts">
              <h3>{t(`lawyerSummary.factGroups.${g.group}`)}</h3>
              <dl className="lawyer-summary__dl">
                {g.fields.map((path) => (
                  <div key={path} className="lawyer-summary__row">
                    <dt>{question(path)}</dt>
                    <dd>
                      {formatAnswer(path, getField(c, path), tAll, locale).map((line, i) => (
                        <span className="lawyer-summary__line" key={i}><bdi>{line}</bdi></span>
                      ))}
                    </dd>
                  </div>
                ))}
              </dl>
              {g.group === 'time' && a.facts.yearsInUs !== null && (
                <p className="lawyer-summary__derived">{t('lawyerSummary.yearsInUs', { count: a.facts.yearsInUs })}</p>
              )}
            </div>
          ))}
        </div>
      </SummarySection>

      <SummarySection id="lawyer-documents" title={t('lawyerSummary.documents')} className="lawyer-summary__section">
        {summary.documents.length === 0 ? (
          <p>{t('lawyerSummary.documentsNone')}</p>
        ) : (
          <ul className="lawyer-summary__list">
            {summary.documents.map((d) => (
              <li key={d.id}>
                {tk(`checklist.items.${d.id}.title`)}
                {d.included && <> <span className="lawyer-summary__muted">{t('lawyerSummary.included')}</span></>}
              </li>
            ))}
          </ul>
        )}
      </SummarySection>

      <SummarySection id="lawyer-questions" title={t('lawyerSummary.questions')} className="lawyer-summary__section">
        {a.redFlags.length + unknowns.length === 0 ? (
          <p>{t('lawyerSummary.questionsNone')}</p>
        ) : (
          <ol className="lawyer-summary__list">
            {a.redFlags.map((r) => (
              <li key={r.id}>{t('lawyerSummary.questionFlag', { flag: flagTitle(r.id) })}</li>
            ))}
            {unknowns.map((p) => (
              <li key={p}>{t('lawyerSummary.questionUnknown', { question: question(p), answer: formatAnswer(p, 'unknown', tAll, locale)[0] })}</li>
            ))}
          </ol>
        )}
      </SummarySection>

      <p className="lawyer-summary__foot">{t('lawyerSummary.notAdvice')}</p>
    </article>
  );
}

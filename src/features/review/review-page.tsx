import { useTranslation } from 'react-i18next';
import { Navigate } from 'react-router';
import { answeredStepsBySection, firstUnansweredStep, getField, speaksToHelper, todayContext } from '../../domain';
import { useCaseStore } from '../../state/case-store';
import { AppLink } from '../../ui/app-link';
import { BackLink } from '../../ui/back-link';
import { useDocumentTitle } from '../../ui/use-document-title';
import { uiLocale } from '../../ui/format';
import { formatAnswer } from '../../ui/format-answer';
import { paths, stepUrl } from '../../ui/paths';
import './review.css';

export function ReviewPage() {
  const { t, i18n } = useTranslation();
  const { t: tp } = useTranslation('pages');
  const c = useCaseStore((s) => s.caseData);
  useDocumentTitle(tp('review.title'));
  const ctx = todayContext();
  const open = firstUnansweredStep(c, ctx);
  if (open) return <Navigate to={stepUrl(open.id)} replace />;
  const groups = answeredStepsBySection(c, ctx);
  const last = groups.at(-1)?.steps.at(-1);
  const locale = uiLocale(i18n.resolvedLanguage);

  return (
    <div className="review">
      {last && <BackLink to={stepUrl(last.id)} label={t('actions.back')} />}
      <h1>{tp('review.title')}</h1>
      <p className="lead">{tp('review.lead')}</p>
      {groups.map((g) => (
        <section key={g.section} aria-labelledby={`review-${g.section}`}>
          <h2 id={`review-${g.section}`}>{t(`questions:sections.${g.section}`)}</h2>
          <dl className="summary-list">
            {g.steps.flatMap((step) =>
              step.fields.map((f) => {
                const question = t(`questions:fields.${f.path}.label`, { context: speaksToHelper(c) ? 'helper' : undefined });
                return (
                  <div className="summary-list__row" key={f.path}>
                    <dt>{question}</dt>
                    <dd>
                      {formatAnswer(f.path, getField(c, f.path), t, locale).map((line, i) => (
                        <span className="summary-list__line" key={i}><bdi>{line}</bdi></span>
                      ))}
                    </dd>
                    <dd className="summary-list__action">
                      <AppLink to={stepUrl(step.id, true)}>
                        {t('actions.change')}
                        {' '}<span className="visually-hidden">{question}</span>
                      </AppLink>
                    </dd>
                  </div>
                );
              }),
            )}
          </dl>
        </section>
      ))}
      <AppLink to={paths.result.href()} className="button">{tp('review.submit')}</AppLink>
    </div>
  );
}

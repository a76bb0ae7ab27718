import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation } from 'react-router';
import { askedFields, FIRST_STEP_ID, firstUnansweredStep, getField, isStepAnswered, pathStepsBySection, speaksToHelper, todayContext } from '../../domain';
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
  const location = useLocation();
  const search = new URLSearchParams(location.search);
  const section = paths.review.section(search);
  const changed = paths.review.changedStep(location.state);
  useDocumentTitle(tp('review.title'));
  const ctx = todayContext();
  const open = firstUnansweredStep(c, ctx);
  // After "Save and go back to your answers", the focus returns to the answer just changed (its
  // first "Change" link), as it left from there; the page scrolls to it. Not when the change
  // opened new questions: then the note under the heading comes first (the app focuses the heading).
  const changedLink = useRef<HTMLAnchorElement>(null);
  const opensNote = open !== null && !section;
  useEffect(() => {
    if (!opensNote) changedLink.current?.focus();
  }, []); // eslint-disable-line react-hooks/exhaustive-deps -- once, as the page opens
  // Nothing answered yet: there is nothing to check, so the questions start.
  if (open?.id === FIRST_STEP_ID) return <Navigate to={stepUrl(open.id)} replace />;
  // From the task list, one part's answers ("check your answers" for that part); else all of them.
  const groups = pathStepsBySection(c, ctx).filter((g) => section === undefined || g.section === section);
  // How many questions still need an answer (not pages: one page can hold several).
  const openCount = groups
    .flatMap((g) => g.steps)
    .flatMap((s) => askedFields(s, c))
    .filter((f) => !f.optional && getField(c, f.path) === undefined).length;
  const lastAnswered = groups.flatMap((g) => g.steps).filter((s) => isStepAnswered(s, c)).at(-1);
  const locale = uiLocale(i18n.resolvedLanguage);

  return (
    <div className="review">
      {section ? (
        <BackLink to={paths.taskList.href()} label={t('actions.back')} />
      ) : (
        lastAnswered && <BackLink to={stepUrl(lastAnswered.id)} label={t('actions.back')} />
      )}
      <h1>{tp('review.title')}</h1>
      {open && !section ? (
        // After "Save and go back to your answers" a change may have opened new questions: the
        // page says so first, and the result waits until they are answered.
        <div className="panel panel--info" role="note" aria-labelledby="review-open-title">
          <p className="panel__title" id="review-open-title">{tp('review.open.title', { count: openCount })}</p>
          <p>{tp('review.open.body')}</p>
          <AppLink to={stepUrl(open.id, true)} className="button">{tp('review.open.answer')}</AppLink>
        </div>
      ) : (
        <p className="lead">{tp('review.lead')}</p>
      )}
      {groups.map((g) => (
        <section key={g.section} aria-labelledby={`review-${g.section}`}>
          <h2 id={`review-${g.section}`}>{t(`questions:sections.${g.section}`)}</h2>
          <dl className="summary-list">
            {g.steps.flatMap((step) => {
              const answered = isStepAnswered(step, c);
              return askedFields(step, c).map((f, i) => {
                const question = t(`questions:fields.${f.path}.label`, { context: speaksToHelper(c) ? 'helper' : undefined });
                const value = getField(c, f.path);
                return (
                  <div className={`summary-list__row${answered ? '' : ' summary-list__row--open'}`} key={f.path}>
                    <dt>{question}</dt>
                    <dd>
                      {formatAnswer(f.path, value, t, locale).map((line, i) => (
                        <span className="summary-list__line" key={i}><bdi>{line}</bdi></span>
                      ))}
                    </dd>
                    <dd className="summary-list__action">
                      <AppLink to={stepUrl(step.id, true, section)} ref={i === 0 && step.id === changed?.id ? changedLink : undefined}>
                        {answered ? t('actions.change') : t('actions.answer')}
                        {' '}<span className="visually-hidden">{question}</span>
                      </AppLink>
                    </dd>
                  </div>
                );
              });
            })}
          </dl>
        </section>
      ))}
      {section ? (
        <AppLink to={paths.taskList.href()} className="button">{t('taskList.back')}</AppLink>
      ) : open ? (
        <AppLink to={stepUrl(open.id, true)} className="button">{tp('review.open.answer')}</AppLink>
      ) : (
        <AppLink to={paths.result.href()} className="button">{tp('review.submit')}</AppLink>
      )}
    </div>
  );
}

import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate } from 'react-router';
import { afterSendingTopics, firstUnansweredStep, isoToday, type SentMethod, sentMethods, type SentRecord, sentRecordSchema, STATUS_CHECKED_ON } from '../../domain';
import { useCaseStore } from '../../state/case-store';
import { useAssessment } from '../../state/use-assessment';
import { AppLink } from '../../ui/app-link';
import { BackLink } from '../../ui/back-link';
import { ErrorSummary, type SummaryError } from '../../ui/form/error-summary';
import { RadioGroup, TextField } from '../../ui/form/form-bits';
import { formatDate } from '../../ui/format';
import { FollowUpReminder } from '../../ui/follow-up-reminder';
import { HelpResources } from '../../ui/help-resources';
import { SourcesDisclosure } from '../../ui/sources-disclosure';
import { paths, resumeUrl } from '../../ui/paths';
import { useDocumentTitle } from '../../ui/use-document-title';
import { useUiLocale } from '../../ui/use-ui-locale';
import { CalendarDownload } from './calendar-download';
import { FollowUpDownload } from './follow-up-download';

type Field = 'sent-date' | 'sent-method' | 'sent-tracking';

/**
 * "After you send it": the person records when and how the request went to ICE. The record is
 * kept with the case on this device (and in a case file), never sent anywhere.
 */
export function AfterSendingPage() {
  const { t } = useTranslation('pages');
  const { c, assessment: a } = useAssessment();
  useDocumentTitle(t('afterSending.documentTitle'));
  if (firstUnansweredStep(c, a)) return <Navigate to={resumeUrl(c)} replace />;
  return (
    <div className="after-sending-page">
      <BackLink to={paths.letter.href()} label={t('afterSending.back')} />
      <h1>{t('afterSending.title')}</h1>
      <p className="lead">{t('afterSending.lead')}</p>
      <FollowUpReminder sent={c.sent} asOf={a.asOf} showWhenNotDue />
      <SentForm />
      {c.sent && <FollowUpDownload c={c} a={a} sent={c.sent} />}
      <CalendarDownload c={c} asOf={a.asOf} />
      <WhatHappensNext />
      <HelpResources />
      <div className="button-group no-print">
        <AppLink to={paths.letter.href()} className="button button--secondary">
          {t('afterSending.toLetter')}
        </AppLink>
        <AppLink to={paths.result.href()} className="button button--secondary">
          {t('afterSending.toResult')}
        </AppLink>
      </div>
    </div>
  );
}

/** What usually happens after sending, each point with its sources and the date it was checked. */
function WhatHappensNext() {
  const { t } = useTranslation('pages');
  const locale = useUiLocale();
  return (
    <section className="card after-sending__next" aria-labelledby="next-title">
      <h2 id="next-title">{t('afterSending.next.title')}</h2>
      <p>{t('afterSending.next.intro', { date: formatDate(STATUS_CHECKED_ON, locale) })}</p>
      {afterSendingTopics.map((topic) => {
        const title = t(`afterSending.next.${topic.id}.title`);
        return (
          <div key={topic.id} className="after-sending__topic">
            <h3>{title}</h3>
            <p>{t(`afterSending.next.${topic.id}.body`)}</p>
            <SourcesDisclosure ids={topic.sources} about={title} />
          </div>
        );
      })}
    </section>
  );
}

function SentForm() {
  const { t } = useTranslation('pages');
  const locale = useUiLocale();
  const saved = useCaseStore((s) => s.caseData.sent);
  const replaceCase = useCaseStore((s) => s.replaceCase);
  // Records (or, with undefined, forgets) that the request was sent. Not a store action: the
  // store is in the first download, and this page is not (docs/adr/0004-bundle-budget.md).
  const setSent = (sent: SentRecord | undefined) => {
    const { sent: _old, ...rest } = useCaseStore.getState().caseData;
    replaceCase(sent ? { ...rest, sent } : rest);
  };
  const [date, setDate] = useState(saved?.date ?? '');
  const [method, setMethod] = useState<SentMethod | ''>(saved?.method ?? '');
  const [tracking, setTracking] = useState(saved?.tracking ?? '');
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [attempt, setAttempt] = useState(0);
  const [status, setStatus] = useState<'saved' | 'removed' | null>(null);
  const today = isoToday();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found: Partial<Record<Field, string>> = {};
    const record = { date: date.trim(), method, ...(tracking.trim() ? { tracking } : {}) };
    const parsed = sentRecordSchema.safeParse(record);
    if (record.date === '') found['sent-date'] = t('afterSending.errors.dateMissing');
    else if (!parsed.success && parsed.error.issues.some((i) => i.path[0] === 'date')) found['sent-date'] = t('afterSending.errors.dateInvalid');
    // Dates compare as text: both are YYYY-MM-DD.
    else if (record.date > today) found['sent-date'] = t('afterSending.errors.dateFuture');
    if (method === '') found['sent-method'] = t('afterSending.errors.methodMissing');
    if (!parsed.success && parsed.error.issues.some((i) => i.path[0] === 'tracking')) found['sent-tracking'] = t('afterSending.errors.trackingTooLong');
    setErrors(found);
    if (Object.keys(found).length > 0 || !parsed.success) {
      setStatus(null);
      setAttempt((n) => n + 1);
      return;
    }
    setSent(parsed.data);
    setTracking(parsed.data.tracking ?? '');
    setStatus('saved');
  };

  const remove = () => {
    setSent(undefined);
    setDate('');
    setMethod('');
    setTracking('');
    setErrors({});
    setStatus('removed');
  };

  const summary: SummaryError[] = (['sent-date', 'sent-method', 'sent-tracking'] as const)
    .filter((f) => errors[f])
    .map((f) => ({ fieldId: f === 'sent-method' ? 'sent-method-mail' : f, message: errors[f]! }));

  return (
    <section className="card" aria-labelledby="sent-title">
      <h2 id="sent-title">{t('afterSending.form.title')}</h2>
      {saved ? (
        <p className="after-sending__saved">
          {t('afterSending.form.savedSummary', { date: formatDate(saved.date, locale), method: t(`afterSending.how.${saved.method}`) })}
          {saved.tracking && <> {t('afterSending.form.savedTracking', { tracking: saved.tracking })}</>}
        </p>
      ) : (
        <p>{t('afterSending.form.intro')}</p>
      )}
      <ErrorSummary errors={summary} focusKey={attempt} />
      <form onSubmit={submit} noValidate>
        <TextField
          id="sent-date"
          type="date"
          label={t('afterSending.form.date')}
          hint={t('afterSending.form.dateHint')}
          max={today}
          value={date}
          onValue={setDate}
          error={errors['sent-date']}
        />
        <RadioGroup<SentMethod | ''>
          name="sent-method"
          legend={t('afterSending.form.method')}
          options={sentMethods.map((m) => ({ value: m, label: t(`afterSending.methods.${m}`) }))}
          value={method}
          onValue={setMethod}
          error={errors['sent-method']}
        />
        <TextField
          id="sent-tracking"
          label={t('afterSending.form.tracking')}
          hint={t('afterSending.form.trackingHint')}
          autoComplete="off"
          value={tracking}
          onValue={setTracking}
          error={errors['sent-tracking']}
        />
        <div className="button-group">
          <button type="submit" className="button">{t('afterSending.form.save')}</button>
          {saved && (
            <button type="button" className="button button--secondary" onClick={remove}>
              {t('afterSending.form.remove')}
            </button>
          )}
        </div>
      </form>
      <p role="status" className="after-sending__status">
        {status === 'saved' ? t('afterSending.form.saved') : status === 'removed' ? t('afterSending.form.removed') : ''}
      </p>
    </section>
  );
}

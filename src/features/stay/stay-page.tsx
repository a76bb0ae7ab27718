/**
 * The final-order route's next step (issue 15 §3): a DRAFT statement of reasons for Form I-246
 * (a stay of removal) and the packet list, to take to a lawyer. Never a step to file alone: the
 * risks come first, and a detained person gets the emergency words and no self-help draft.
 */
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate } from 'react-router';
import {
  type Assessment,
  type CaseData,
  type FieldPath,
  stepOf,
  checklist,
  checklistItems,
  firstUnansweredStep,
  LANGUAGES,
  type LanguageCode,
  LIMITS,
  pdfFileName,
  stayDocument,
  stayInputSchema,
  stayOffer,
  stayOfficeText,
  type StayInput,
} from '../../domain';
import { APP_NAME, APP_VERSION, useCaseStore } from '../../state/case-store';
import { useAssessment } from '../../state/use-assessment';
import { AppLink } from '../../ui/app-link';
import { BackLink } from '../../ui/back-link';
import { DocumentDownload } from '../../ui/document-download';
import { TextField } from '../../ui/form/form-bits';
import { formatDate, uiLocale } from '../../ui/format';
import { HelpResources } from '../../ui/help-resources';
import { paths, resumeUrl, stepUrl } from '../../ui/paths';
import { SourcesDisclosure } from '../../ui/sources-disclosure';
import { useDocumentTitle } from '../../ui/use-document-title';

const STAY_SOURCES = ['i-246-instructions', 'ice-gov-2014'] as const;

export function StayPage() {
  const { t } = useTranslation('pages');
  const { t: tk } = useTranslation('catalog');
  const { c, assessment: a } = useAssessment();
  useDocumentTitle(t('stayOfRemoval.documentTitle'));
  if (firstUnansweredStep(c, a)) return <Navigate to={resumeUrl(c)} replace />;
  const offer = stayOffer(c, a);
  if (offer === 'none') return <Navigate to={paths.result.href()} replace />;

  if (offer === 'emergency') {
    return (
      <div className="stay-page">
        <BackLink to={paths.result.href()} label={t('stayOfRemoval.back')} />
        <h1>{t('stayOfRemoval.title')}</h1>
        <section className="panel panel--urgent" aria-labelledby="stay-emergency-title">
          <h2 id="stay-emergency-title" className="panel__title">{t('stayOfRemoval.emergency.title')}</h2>
          <p>{t('stayOfRemoval.emergency.body')}</p>
          <p>{tk('alerts.detained-final-order.body')}</p>
          <SourcesDisclosure ids={['court-path-practice-2026', ...STAY_SOURCES]} about={t('stayOfRemoval.emergency.title')} />
        </section>
        <HelpResources />
      </div>
    );
  }

  const appealMaybePending = c.posture.appealPending === 'yes' || c.posture.appealPending === 'unknown';
  return (
    <div className="stay-page">
      <BackLink to={paths.result.href()} label={t('stayOfRemoval.back')} />
      <h1>{t('stayOfRemoval.title')}</h1>
      <p className="lead">{t('stayOfRemoval.lead')}</p>
      {offer === 'draft-lawyer-first' && <p className="panel panel--warning">{t('stayOfRemoval.lawyerFirst')}</p>}
      {appealMaybePending && <p className="panel panel--warning">{t('stayOfRemoval.appealPending')}</p>}
      <Risks />
      <Blanks c={c} />
      <StayForm c={c} />
      <Exhibits c={c} a={a} />
      <Office c={c} />
      <StayDownload c={c} a={a} />
      <HelpResources />
      <div className="button-group no-print">
        <AppLink to={paths.result.href()} className="button button--secondary">{t('stayOfRemoval.back')}</AppLink>
        <AppLink to={paths.checklist.href()} className="button button--secondary">{t('stayOfRemoval.toChecklist')}</AppLink>
      </div>
    </div>
  );
}

function Risks() {
  const { t } = useTranslation('pages');
  return (
    <section className="panel panel--warning" aria-labelledby="stay-risks-title">
      <h2 id="stay-risks-title" className="panel__title">{t('stayOfRemoval.risks.title')}</h2>
      <ul>
        {(['arrest', 'noAppeal', 'supervision', 'lawyer'] as const).map((k) => <li key={k}>{t(`stayOfRemoval.risks.${k}`)}</li>)}
      </ul>
      <SourcesDisclosure ids={STAY_SOURCES} about={t('stayOfRemoval.risks.title')} />
    </section>
  );
}

/** What the statement's header and history will leave blank, each with a link to its question. */
function Blanks({ c }: { c: CaseData }) {
  const { t } = useTranslation('pages');
  const p = c.person;
  const unknown = (v: unknown) => v === undefined || v === 'unknown';
  const all: { key: string; field: FieldPath; blank: boolean }[] = [
    { key: 'fullName', field: 'person.fullName', blank: !p.fullName },
    { key: 'dateOfBirth', field: 'person.dateOfBirth', blank: unknown(p.dateOfBirth) },
    { key: 'countryOfBirth', field: 'person.countryOfBirth', blank: unknown(p.countryOfBirth) },
    { key: 'aNumber', field: 'person.aNumber', blank: unknown(p.aNumber) },
    { key: 'address', field: 'person.address', blank: !p.address },
    { key: 'finalOrderDate', field: 'posture.finalOrderDate', blank: unknown(c.posture.finalOrderDate) },
  ];
  const blanks = all.filter((b) => b.blank);
  if (blanks.length === 0) return null;
  return (
    <section className="card" aria-labelledby="stay-blanks-title">
      <h2 id="stay-blanks-title">{t('stayOfRemoval.blanks.title')}</h2>
      <p className="card__intro">{t('stayOfRemoval.blanks.intro')}</p>
      <ul className="missing-list">
        {blanks.map((b) => {
          const label = t(`stayOfRemoval.blanks.${b.key}`);
          return (
            <li key={b.key} className="missing-list__item">
              <span className="missing-list__question">{label}</span>
              <AppLink to={stepUrl(stepOf(b.field).id, true)} className="missing-list__link">
                {t('stayOfRemoval.blanks.change')}
                <span className="visually-hidden">: {label}</span>
              </AppLink>
            </li>
          );
        })}
      </ul>
    </section>
  );
}

type Field = 'stay-until' | 'stay-court';

function StayForm({ c }: { c: CaseData }) {
  const { t } = useTranslation('pages');
  const replaceCase = useCaseStore((s) => s.replaceCase);
  const saved = c.stay ?? {};
  const [until, setUntil] = useState(saved.until ?? '');
  const [court, setCourt] = useState(saved.orderCourt ?? '');
  const [follow, setFollow] = useState(saved.willFollowSupervision === true);
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [status, setStatus] = useState(false);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const record: StayInput = {
      ...(until.trim() ? { until } : {}),
      ...(court.trim() ? { orderCourt: court } : {}),
      ...(follow ? { willFollowSupervision: true } : {}),
    };
    const parsed = stayInputSchema.safeParse(record);
    if (!parsed.success) {
      const bad = new Set(parsed.error.issues.map((i) => i.path[0]));
      setErrors({
        ...(bad.has('until') ? { 'stay-until': t('stayOfRemoval.form.tooLong') } : {}),
        ...(bad.has('orderCourt') ? { 'stay-court': t('stayOfRemoval.form.tooLong') } : {}),
      });
      setStatus(false);
      // The first field to fix takes focus, so a keyboard or screen reader user hears its error.
      setTimeout(() => document.getElementById(bad.has('until') ? 'stay-until' : 'stay-court')?.focus(), 0);
      return;
    }
    setErrors({});
    // Not a store action: the store is in the first download, and this page is not (ADR 0004).
    const { stay: _old, ...rest } = useCaseStore.getState().caseData;
    replaceCase(Object.keys(parsed.data).length > 0 ? { ...rest, stay: parsed.data } : rest);
    setStatus(true);
  };

  return (
    <section className="card" aria-labelledby="stay-form-title">
      <h2 id="stay-form-title">{t('stayOfRemoval.form.title')}</h2>
      <p>{t('stayOfRemoval.form.intro')}</p>
      <form onSubmit={submit} noValidate>
        <TextField id="stay-until" label={t('stayOfRemoval.form.until')} hint={t('stayOfRemoval.form.untilHint')}
          maxLength={LIMITS.shortText + 50} autoComplete="off" value={until} onValue={(v) => { setUntil(v); setStatus(false); }} error={errors['stay-until']} />
        <TextField id="stay-court" label={t('stayOfRemoval.form.court')} hint={t('stayOfRemoval.form.courtHint')}
          maxLength={LIMITS.shortText + 50} autoComplete="off" value={court} onValue={(v) => { setCourt(v); setStatus(false); }} error={errors['stay-court']} />
        <fieldset className="field" aria-describedby="stay-supervision-hint">
          <legend className="label">{t('stayOfRemoval.form.supervisionLegend')}</legend>
          <p id="stay-supervision-hint" className="hint">{t('stayOfRemoval.form.supervisionHint')}</p>
          <div className="checkbox">
            <input type="checkbox" id="stay-supervision" checked={follow} onChange={(e) => { setFollow(e.target.checked); setStatus(false); }} />
            <label htmlFor="stay-supervision">{t('stayOfRemoval.form.supervision')}</label>
          </div>
        </fieldset>
        <div className="button-group">
          <button type="submit" className="button">{t('stayOfRemoval.form.save')}</button>
        </div>
        <p role="status" className="stay-page__status">{status ? t('stayOfRemoval.form.saved') : ''}</p>
      </form>
    </section>
  );
}

/** The papers the person will attach: each check is saved at once (as on the checklist) and becomes a tab. */
function Exhibits({ c, a }: { c: CaseData; a: Assessment }) {
  const { t } = useTranslation('pages');
  const { t: tk } = useTranslation('catalog');
  const setFlag = useCaseStore((s) => s.setChecklistFlag);
  const exhibits = checklistItems(checklist(c, a)).filter((i) => i.exhibit);
  return (
    <section className="card" aria-labelledby="stay-exhibits-title">
      <h2 id="stay-exhibits-title">{t('stayOfRemoval.form.exhibitsLegend')}</h2>
      <p id="stay-exhibits-hint">{exhibits.length > 0 ? t('stayOfRemoval.form.exhibitsHint') : t('stayOfRemoval.form.noExhibits')}</p>
      {exhibits.length > 0 && (
        <fieldset className="field" aria-describedby="stay-exhibits-hint">
          <legend className="visually-hidden">{t('stayOfRemoval.form.exhibitsLegend')}</legend>
          {exhibits.map((item) => (
            <div className="checkbox" key={item.id}>
              <input type="checkbox" id={`stay-exhibit-${item.id}`} checked={item.included}
                onChange={(e) => setFlag(item.id, 'included', e.target.checked)} />
              <label htmlFor={`stay-exhibit-${item.id}`}>{tk(`checklist.items.${item.id}.title`)}</label>
            </div>
          ))}
        </fieldset>
      )}
    </section>
  );
}

function usePageLanguage(): { lang: LanguageCode; date: (iso: string) => string } {
  const { i18n } = useTranslation();
  const lang = LANGUAGES.find((l) => l.code === i18n.resolvedLanguage)?.code ?? 'en';
  const locale = uiLocale(i18n.resolvedLanguage);
  return { lang, date: (iso: string) => formatDate(iso, locale) };
}

function Office({ c }: { c: CaseData }) {
  const { t } = useTranslation('pages');
  const { date } = usePageLanguage();
  const tr = (key: string, params?: Record<string, string | number>) => t(`stayOfRemoval.${key}`, params ?? {});
  const { lines } = stayOfficeText(c, tr, date);
  return (
    <section className="card" aria-labelledby="stay-office-title">
      <h2 id="stay-office-title">{t('stayOfRemoval.office.title')}</h2>
      <p>{t('stayOfRemoval.office.intro')}</p>
      {lines.map((line, i) => <p key={i}>{line}</p>)}
    </section>
  );
}

function StayDownload({ c, a }: { c: CaseData; a: Assessment }) {
  const { t } = useTranslation('pages');
  const { lang, date } = usePageLanguage();
  const tr = (key: string, params?: Record<string, string | number>) => t(`stayOfRemoval.${key}`, params ?? {});
  const makePdf = async () => (await import('../../pdf')).createPrintablePdf(
    stayDocument(c, a, checklist(c, a), lang, tr, date), { appName: APP_NAME, appVersion: APP_VERSION });
  return (
    <DocumentDownload
      id="stay-draft"
      title={t('stayOfRemoval.download.title')}
      intro={t('stayOfRemoval.download.intro')}
      button={t('stayOfRemoval.download.button')}
      fileName={pdfFileName(c.person.fullName ?? '', a.asOf, 'stay')}
      makePdf={makePdf}
      unsupportedHint={t('stayOfRemoval.download.where')}
    />
  );
}

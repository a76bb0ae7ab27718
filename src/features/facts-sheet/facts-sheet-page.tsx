/**
 * The facts sheet of a detained person (issue 15 §4): the details the questions do not ask on the
 * detained route, saved with the case, and a one-page PDF for a lawyer or the family in the page
 * language. Never a letter to ICE: this route has none, and the sheet says so.
 */
import { type FormEvent, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate } from 'react-router';
import { assess, type CaseData, factsSheet, type FactsSheetInput, factsSheetSchema, firstUnansweredStep, isoToday, languageCode, type LanguageCode, LANGUAGES,
  pdfFileName } from '../../domain';
import { APP_NAME, APP_VERSION, useCaseStore } from '../../state/case-store';
import { useAssessment } from '../../state/use-assessment';
import { AppLink } from '../../ui/app-link';
import { BackLink } from '../../ui/back-link';
import { DocumentDownload } from '../../ui/document-download';
import { ErrorSummary, type SummaryError } from '../../ui/form/error-summary';
import { unprintable } from '../../ui/form/field-forms';
import { RadioGroup, TextField } from '../../ui/form/form-bits';
import { formatDate, uiLocale } from '../../ui/format';
import { HelpResources } from '../../ui/help-resources';
import { loadLanguageNamespaces } from '../../ui/load-language';
import { paths, resumeUrl, stepUrl } from '../../ui/paths';
import { useDocumentTitle } from '../../ui/use-document-title';
import { useUiLocale } from '../../ui/use-ui-locale';
import { SheetPreview } from './sheet-preview';
import './facts-sheet.css';

type Key = keyof FactsSheetInput;
/** The form's fields, in order; dates are full dates from the browser's date picker. */
const FIELDS: readonly { key: Key; type?: 'date'; autoComplete?: string; hint?: boolean }[] = [
  { key: 'fullName', autoComplete: 'off' },
  { key: 'otherNames', autoComplete: 'off', hint: true },
  { key: 'aNumber', autoComplete: 'off', hint: true },
  { key: 'dateOfBirth', type: 'date' },
  { key: 'countryOfBirth', autoComplete: 'off' },
  { key: 'facilityPlace', autoComplete: 'off', hint: true },
  { key: 'detainedOn', type: 'date' },
];
const fieldId = (key: Key) => `facts-${key}`;
/** The sheet's words: its own, the factor, flag and paper titles, and the family answers. */
const SHEET_NAMESPACES = ['pages', 'catalog', 'questions'] as const;
type Values = Record<Key, string>;
const valuesOf = (saved: FactsSheetInput | undefined): Values =>
  Object.fromEntries(FIELDS.map(({ key }) => [key, saved?.[key] ?? ''])) as Values;

export function FactsSheetPage() {
  const { t } = useTranslation('pages');
  const { c, assessment: a } = useAssessment();
  useDocumentTitle(t('factsSheet.documentTitle'));
  if (firstUnansweredStep(c, a)) return <Navigate to={resumeUrl(c)} replace />;

  if (c.posture.detained !== 'yes') {
    return (
      <div className="facts-sheet-page">
        <h1>{t('factsSheet.title')}</h1>
        <p>{t('factsSheet.notDetained')}</p>
        <AppLink to={paths.result.href()} className="button">{t('factsSheet.toResult')}</AppLink>
      </div>
    );
  }

  return (
    <div className="facts-sheet-page">
      <BackLink to={paths.result.href()} label={t('factsSheet.back')} />
      <h1>{t('factsSheet.title')}</h1>
      <p className="lead">{t('factsSheet.lead')}</p>
      <DetailsForm c={c} />
      <SheetDownload c={c} />
      <ScreenSheet c={c} />
      <HelpResources />
    </div>
  );
}

function DetailsForm({ c }: { c: CaseData }) {
  const { t } = useTranslation('pages');
  const replaceCase = useCaseStore((s) => s.replaceCase);
  const [values, setValues] = useState<Values>(() => valuesOf(c.factsSheet));
  const [errors, setErrors] = useState<Partial<Record<Key, string>>>({});
  const [attempt, setAttempt] = useState(0);
  const [saved, setSaved] = useState(false);
  const facility = c.posture.detentionFacility;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    // Empty fields are left out: the sheet says "Not known" for them.
    const record = Object.fromEntries(FIELDS.map(({ key }) => [key, values[key].trim()]).filter(([, v]) => v !== ''));
    const parsed = factsSheetSchema.safeParse(record);
    const found: Partial<Record<Key, string>> = {};
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const key = issue.path[0] as Key;
        found[key] ??= key === 'aNumber' ? t('factsSheet.errors.aNumber')
          : key === 'dateOfBirth' || key === 'detainedOn' ? t('factsSheet.errors.date')
          : t('factsSheet.errors.tooLong');
      }
    }
    // Dates compare as text: both are YYYY-MM-DD.
    for (const key of ['dateOfBirth', 'detainedOn'] as const) {
      if (!found[key] && values[key].trim() > isoToday()) found[key] = t('factsSheet.errors.future');
    }
    // What the sheet cannot print is named here, where it is typed, not only when the PDF is made.
    for (const { key } of FIELDS) {
      const chars = found[key] ? [] : unprintable(values[key]);
      if (chars.length) found[key] = t('factsSheet.errors.notPrintable', { chars: chars.join(' ') });
    }
    setErrors(found);
    if (Object.keys(found).length > 0 || !parsed.success) {
      setSaved(false);
      setAttempt((n) => n + 1);
      return;
    }
    const { factsSheet: _old, ...rest } = useCaseStore.getState().caseData;
    replaceCase(Object.keys(parsed.data).length > 0 ? { ...rest, factsSheet: parsed.data } : rest);
    setValues(valuesOf(parsed.data));
    setSaved(true);
  };

  // The summary names each field: two dates in the future gave two links that said the same.
  const summary: SummaryError[] = FIELDS.filter(({ key }) => errors[key])
    .map(({ key }) => ({ fieldId: fieldId(key), message: `${t(`factsSheet.form.${key}`)}: ${errors[key]!}` }));

  return (
    <section className="card" aria-labelledby="facts-form-title">
      <h2 id="facts-form-title">{t('factsSheet.form.title')}</h2>
      <p>{t('factsSheet.form.intro')}</p>
      <p>
        {facility && facility !== 'unknown' ? t('factsSheet.form.facility', { name: facility }) : t('factsSheet.form.facilityNone')}{' '}
        <AppLink to={stepUrl('detention-place', true)}>{t('factsSheet.form.changeFacility')}</AppLink>
      </p>
      <ErrorSummary errors={summary} focusKey={attempt} />
      <form onSubmit={submit} noValidate>
        {FIELDS.map(({ key, type, autoComplete, hint }) => (
          <TextField
            key={key}
            id={fieldId(key)}
            type={type ?? 'text'}
            label={t(`factsSheet.form.${key}`)}
            hint={hint ? t(`factsSheet.form.${key}Hint`) : undefined}
            autoComplete={autoComplete}
            max={type === 'date' ? isoToday() : undefined}
            value={values[key]}
            onValue={(v) => {
              setValues((old) => ({ ...old, [key]: v }));
              setSaved(false);
            }}
            error={errors[key]}
          />
        ))}
        <button type="submit" className="button">{t('factsSheet.form.save')}</button>
      </form>
      <p role="status">{saved ? t('factsSheet.form.saved') : ''}</p>
    </section>
  );
}

function SheetDownload({ c }: { c: CaseData }) {
  const { t, i18n } = useTranslation('pages');
  const { assessment: a } = useAssessment();
  // The family may read another language than the person using the app: the page's by default.
  const [lang, setLang] = useState<LanguageCode>(() => languageCode(i18n.resolvedLanguage));
  const makePdf = async () => {
    const [pdf] = await Promise.all([import('../../pdf'), loadLanguageNamespaces(i18n, lang, SHEET_NAMESPACES)]);
    // The case as saved at the moment of the click: the details just saved are on the sheet.
    const saved = useCaseStore.getState().caseData;
    const fixed = i18n.getFixedT(lang);
    const doc = factsSheet(saved, assess(saved, { asOf: a.asOf }), lang, {
      t: (key, vars) => fixed(key, vars),
      date: (iso) => formatDate(iso, uiLocale(lang)),
    });
    return pdf.createPrintablePdf(doc, { appName: APP_NAME, appVersion: APP_VERSION });
  };
  return (
    <DocumentDownload
      id="facts-sheet"
      title={t('factsSheet.download.title')}
      intro={t('factsSheet.download.intro')}
      button={t('factsSheet.download.button')}
      fileName={pdfFileName(c.factsSheet?.fullName ?? '', a.asOf, 'factsSheet')}
      makePdf={makePdf}
      unsupportedHint={t('factsSheet.download.where')}
    >
      <RadioGroup<LanguageCode>
        name="facts-sheet-language"
        legend={t('factsSheet.download.language')}
        options={LANGUAGES.map((l) => ({ value: l.code, label: <span lang={l.code}>{l.label}</span> }))}
        value={lang}
        onValue={setLang}
      />
    </DocumentDownload>
  );
}

/** The sheet on screen and for the browser's print, in the page language (the PDF may be in another). */
function ScreenSheet({ c }: { c: CaseData }) {
  const { t, i18n } = useTranslation('pages');
  const { assessment: a } = useAssessment();
  const locale = useUiLocale();
  const lang = languageCode(i18n.resolvedLanguage);
  const doc = useMemo(() => {
    const fixed = i18n.getFixedT(lang);
    return factsSheet(c, a, lang, { t: (key, vars) => fixed(key, vars), date: (iso) => formatDate(iso, locale) });
  }, [c, a, lang, locale, i18n]);
  return <SheetPreview doc={doc} title={t('factsSheet.preview.title')} print={t('factsSheet.preview.print')} />;
}

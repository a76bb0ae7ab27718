/**
 * Letters of support (issue 15 §1): the writers the person's answers point to, whether the person
 * will ask each one and in which language that writer's pages are, and the kit as one PDF. The
 * choices are saved with the case; the PDF is made on this device when the button is pressed.
 */
import { useTranslation } from 'react-i18next';
import { Navigate } from 'react-router';
import {
  firstUnansweredStep,
  KIT_SOURCES,
  type KitWords,
  languageCode,
  LANGUAGES,
  pdfFileName,
  requestedSupporters,
  suggestedSupporters,
  type Supporter,
  supportLetterKit,
  LETTER_LANGUAGE,
} from '../../domain';
import { APP_NAME, APP_VERSION, useCaseStore } from '../../state/case-store';
import { useAssessment } from '../../state/use-assessment';
import { AppLink } from '../../ui/app-link';
import { BackLink } from '../../ui/back-link';
import { DocumentDownload } from '../../ui/document-download';
import { RadioGroup } from '../../ui/form/form-bits';
import { SourcesDisclosure } from '../../ui/sources-disclosure';
import { loadLanguageNamespaces } from '../../ui/load-language';
import { paths, resumeUrl } from '../../ui/paths';
import { useDocumentTitle } from '../../ui/use-document-title';
import './support-letters.css';

export function SupportLettersPage() {
  const { t, i18n } = useTranslation('pages');
  const { c, assessment: a } = useAssessment();
  useDocumentTitle(t('supportLetters.title'));
  if (firstUnansweredStep(c, a)) return <Navigate to={resumeUrl(c)} replace />;

  const pageLanguage = languageCode(i18n.resolvedLanguage);
  const suggested = suggestedSupporters(c, a, pageLanguage);
  const requested = requestedSupporters(c, a, pageLanguage);

  const makePdf = async () => {
    const langs = [...new Set(requested.map((s) => s.lang))];
    // A writer's pages may be in a language other than the page's: load its strings first.
    const [pdf] = await Promise.all([import('../../pdf'), ...langs.map((l) => loadLanguageNamespaces(i18n, l, ['pages']))]);
    const words: KitWords = (lang, key, params) => i18n.getFixedT(lang, 'pages')(`supportLetters.${key}`, params ?? {});
    return pdf.createPrintablePdf(supportLetterKit(c, requested, words), { appName: APP_NAME, appVersion: APP_VERSION });
  };

  return (
    <div className="support-letters-page">
      <BackLink to={paths.checklist.href()} label={t('supportLetters.back')} />
      <h1>{t('supportLetters.title')}</h1>
      <p className="lead">{t('supportLetters.lead')}</p>
      <p>{t('supportLetters.onDevice')}</p>
      <SourcesDisclosure ids={KIT_SOURCES} about={t('supportLetters.title')} />

      {suggested.length === 0 ? (
        <p className="panel">{t('supportLetters.none')}</p>
      ) : (
        <section aria-labelledby="writers-title">
          <h2 id="writers-title">{t('supportLetters.writersTitle')}</h2>
          <p>{t('supportLetters.writersIntro')}</p>
          <ul className="support-writers">
            {suggested.map((s) => (
              <WriterChoice key={s.kind} supporter={s} />
            ))}
          </ul>
        </section>
      )}

      {suggested.length > 0 && (requested.length > 0 ? (
        <DocumentDownload
          id="support-kit"
          title={t('supportLetters.download.title')}
          intro={t('supportLetters.download.intro')}
          button={t('supportLetters.download.button')}
          fileName={pdfFileName(c.person.fullName ?? '', a.asOf, 'supportKit')}
          makePdf={makePdf}
        />
      ) : (
        <section className="card" aria-labelledby="support-kit-title">
          <h2 id="support-kit-title">{t('supportLetters.download.title')}</h2>
          <p>{t('supportLetters.download.noneAsked')}</p>
        </section>
      ))}

      <div className="button-group no-print">
        <AppLink to={paths.checklist.href()} className="button button--secondary">
          {t('supportLetters.back')}
        </AppLink>
      </div>
    </div>
  );
}

function WriterChoice({ supporter: s }: { supporter: Supporter }) {
  const { t } = useTranslation('pages');
  const { t: tk } = useTranslation('catalog');
  const setChoice = useCaseStore((st) => st.setSupportLetter);
  const name = t(`supportLetters.kinds.${s.kind}.name`);
  const askId = `ask-${s.kind}`;
  return (
    <li className={`support-writer${s.ask ? '' : ' support-writer--off'}`}>
      <h3 className="support-writer__title">{name}</h3>
      <div className="support-writer__for">
        <p>{t('supportLetters.for')}</p>
        <ul>
          {[...new Set(s.reasons.map((r) => tk(`factors.${r}.title`)))].map((r) => (
            <li key={r}>{r}</li>
          ))}
        </ul>
      </div>
      <div className="checkbox">
        <input type="checkbox" id={askId} checked={s.ask} onChange={(e) => setChoice(s.kind, { ask: e.target.checked })} />
        <label htmlFor={askId}>
          {t('supportLetters.ask')}
          <span className="visually-hidden">: {name}</span>
        </label>
      </div>
      {s.ask && (
        <RadioGroup
          name={`lang-${s.kind}`}
          legend={<>{t('supportLetters.language')}<span className="visually-hidden">: {name}</span></>}
          hint={s.lang !== LETTER_LANGUAGE.code ? t('supportLetters.translationHint') : undefined}
          options={LANGUAGES.map((l) => ({ value: l.code, label: <span lang={l.code}>{l.label}</span> }))}
          value={s.lang}
          onValue={(lang) => setChoice(s.kind, { lang })}
        />
      )}
    </li>
  );
}

/**
 * The guided personal declaration (issue 15 §2): the person's story in their own words, part by
 * part, in English or Spanish, with the closing statement they choose. Saved on this device as
 * they type (through replaceCase, not a store action: the store is in the first download and this
 * page is not). The letter cites it at Tab A (src/domain/letter-model.ts).
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate } from 'react-router';
import {
  type CaseData,
  checklist,
  checklistItems,
  cleanText,
  DECLARATION_CLOSING_CHECKED,
  type DeclarationInput,
  type DeclarationPartId,
  declarationPartIds,
  firstUnansweredStep,
  guessTextLanguage,
  hasDeclaration,
  LIMITS,
  storyGoesInLetter,
  LETTER_LANGUAGE,
} from '../../domain';
import { useCaseStore } from '../../state/case-store';
import { useAssessment } from '../../state/use-assessment';
import { AppLink } from '../../ui/app-link';
import { BackLink } from '../../ui/back-link';
import { RadioGroup, TextField } from '../../ui/form/form-bits';
import { LongText } from '../../ui/form/long-text';
import { formatDate } from '../../ui/format';
import { paths, resumeUrl } from '../../ui/paths';
import { useDocumentTitle } from '../../ui/use-document-title';
import { useUiLocale } from '../../ui/use-ui-locale';
import { DeclarationDownload } from './declaration-download';
import './declaration.css';

/** Saves a change to the declaration, merged into what is saved now (not this render's copy). */
function useSaveDeclaration() {
  const replaceCase = useCaseStore((s) => s.replaceCase);
  return (change: (d: DeclarationInput) => DeclarationInput) => {
    const c = useCaseStore.getState().caseData;
    replaceCase({ ...c, declaration: change(c.declaration ?? {}) });
  };
}

export function DeclarationPage() {
  const { t } = useTranslation('pages');
  const { c, assessment: a } = useAssessment();
  useDocumentTitle(t('declaration.documentTitle'));
  if (firstUnansweredStep(c, a)) return <Navigate to={resumeUrl(c)} replace />;
  // No letter on this route: the declaration goes with the letter, so the page says what the letter page says.
  if (a.letter === 'none') {
    return (
      <div className="declaration-page">
        <BackLink to={paths.result.href()} label={t('letter.back')} />
        <h1>{t('letter.none.title')}</h1>
        <p className="lead">{t('letter.none.body')}</p>
        <AppLink to={paths.result.href()} className="button">{t('letter.none.link')}</AppLink>
      </div>
    );
  }
  const tab = checklistItems(checklist(c, a)).filter((i) => i.exhibit && i.included).findIndex((i) => i.id === 'personal-declaration');
  return (
    <div className="declaration-page">
      <BackLink to={paths.letter.href()} label={t('declaration.back')} />
      <h1>{t('declaration.title')}</h1>
      <p className="lead">{t('declaration.lead')}</p>
      <p>{t('declaration.howTo')}</p>
      <p className="hint">{t('declaration.saved')}</p>
      <MoveStory c={c} />
      <DeclarationForm c={c} />
      {hasDeclaration(c) && tab >= 0 && <LetterSays tab={String.fromCharCode(65 + tab)} />}
      {hasDeclaration(c)
        ? <DeclarationDownload c={c} asOf={a.asOf} />
        : <p className="notice">{t('declaration.download.empty')}</p>}
      <div className="button-group no-print">
        <AppLink to={paths.letter.href()} className="button button--secondary">{t('declaration.toLetter')}</AppLink>
        <AppLink to={paths.checklist.href()} className="button button--secondary">{t('declaration.toChecklist')}</AppLink>
      </div>
    </div>
  );
}

/** The letter's sentence that cites the declaration, in English as in the letter (and what it means, in Spanish). */
function LetterSays({ tab }: { tab: string }) {
  const { t } = useTranslation('pages');
  return (
    <p className="panel panel--done">
      {t('declaration.letterSays')} <span lang="en">“I explain my situation in my declaration (Tab {tab}).”</span>
      {' '}{t('declaration.letterSaysMeaning', { tab })}
    </p>
  );
}

/**
 * A story from the letter page that goes as its own declaration: one declaration, not two. A
 * Spanish (or English) story can move into the last part here; a story in another language stays
 * where it is (this page writes English or Spanish only).
 */
function MoveStory({ c }: { c: CaseData }) {
  const { t } = useTranslation('pages');
  const save = useSaveDeclaration();
  const setLetter = useCaseStore((s) => s.setLetter);
  const [moved, setMoved] = useState(false);
  const story = c.letter.story ?? '';
  if (moved) return <p className="panel panel--done" role="status">{t('declaration.moveStory.moved')}</p>;
  if (!story.trim() || storyGoesInLetter(c.letter).place !== 'declaration') return null;
  const language = guessTextLanguage(story);
  if (language === 'other') {
    return (
      <div className="notice">
        <p><strong>{t('declaration.moveStory.title')}</strong></p>
        <p>{t('declaration.moveStory.bodyOther')}</p>
      </div>
    );
  }
  const move = () => {
    save((d) => {
      const other = d.parts?.other?.trim() ? `${d.parts.other}\n\n${story}` : story;
      return { ...d, language: language === 'spanish' ? 'es' : d.language ?? 'en', parts: { ...d.parts, other: cleanText(other).slice(0, LIMITS.longText) } };
    });
    setLetter({ story: '', storyAs: undefined });
    setMoved(true);
  };
  return (
    <div className="notice">
      <p><strong>{t('declaration.moveStory.title')}</strong></p>
      <p>{t('declaration.moveStory.body')}</p>
      <button type="button" className="button button--secondary button--small" onClick={move}>{t('declaration.moveStory.button')}</button>
    </div>
  );
}

function DeclarationForm({ c }: { c: CaseData }) {
  const { t } = useTranslation('pages');
  const locale = useUiLocale();
  const save = useSaveDeclaration();
  const d = c.declaration ?? {};
  const language = d.language ?? 'en';
  const closing = d.closing ?? 'true';
  const setPart = (part: DeclarationPartId) => (value: string) => {
    if (value === (d.parts?.[part] ?? '')) return;
    save((x) => ({ ...x, parts: { ...x.parts, [part]: cleanText(value) } }));
  };
  return (
    <>
      <div className="card">
        <RadioGroup
          name="declaration-language"
          legend={t('declaration.languageLegend')}
          hint={t('declaration.languageHint')}
          options={(['en', 'es'] as const).map((value) => ({ value, label: t(`declaration.languages.${value}`) }))}
          value={language}
          onValue={(v) => save((x) => ({ ...x, language: v }))}
        />
        {language && language !== LETTER_LANGUAGE.code && <p className="notice">{t('declaration.spanishNote')}</p>}
      </div>

      <section aria-labelledby="declaration-parts-title">
        <h2 id="declaration-parts-title">{t('declaration.partsTitle')}</h2>
        {declarationPartIds.map((part) => (
          <LongText
            key={part}
            id={`declaration-${part}`}
            label={t(`declaration.parts.${part}.label`)}
            hint={`${t(`declaration.parts.${part}.hint`)} ${t('declaration.paragraphHint')}`}
            value={d.parts?.[part] ?? ''}
            max={LIMITS.longText}
            rows={6}
            lang={language}
            onChange={setPart(part)}
          />
        ))}
      </section>

      <div className="card">
        <RadioGroup
          name="declaration-closing"
          legend={t('declaration.closingLegend')}
          hint={t('declaration.closingHint')}
          options={[
            { value: 'true' as const, label: t('declaration.closing.true'), hint: t('declaration.closing.trueHint') },
            { value: 'perjury' as const, label: t('declaration.closing.perjury'), hint: t('declaration.closing.perjuryHint') },
          ]}
          value={closing}
          onValue={(v) => save((x) => ({ ...x, closing: v }))}
        />
        <div className="declaration-page__perjury" id="declaration-perjury">
          <h3>{t('declaration.perjury.title')}</h3>
          <p>{t('declaration.perjury.body1')}</p>
          <p>{t('declaration.perjury.body2', { date: formatDate(DECLARATION_CLOSING_CHECKED, locale) })}</p>
          <p>{t('declaration.perjury.body3')}</p>
        </div>
      </div>

      <section className="card" aria-labelledby="declaration-signing-title">
        <h2 id="declaration-signing-title">{t('declaration.signingTitle')}</h2>
        <p className="hint">{t('declaration.signingHint')}</p>
        <TextField id="declaration-signed-on" label={t('declaration.signedOn')} value={d.signedOn ?? ''} maxLength={LIMITS.shortText}
          onValue={(v) => save((x) => ({ ...x, signedOn: cleanText(v, 'line') }))} />
        <TextField id="declaration-signed-at" label={t('declaration.signedAt')} value={d.signedAt ?? ''} maxLength={LIMITS.shortText}
          onValue={(v) => save((x) => ({ ...x, signedAt: cleanText(v, 'line') }))} />
      </section>
    </>
  );
}

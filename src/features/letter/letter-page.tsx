import { type MouseEvent, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate } from 'react-router';
import {
  type Assessment,
  type CaseData,
  type Checklist,
  checklist,
  cleanText,
  concernsToExplain,
  findOplaOffice,
  firstUnansweredStep,
  isOfficeDataStale,
  LIMITS,
  type LetterGap,
  letterModel,
  type LetterModel,
  type OplaOffice,
  type RequestOptionId,
  stayOffer,
  stepOf,
  suggestedOfficeFor,
  suggestOffices,
  type SummaryEntry,
} from '../../domain';
import { useCaseStore } from '../../state/case-store';
import { AppLink } from '../../ui/app-link';
import { BackLink } from '../../ui/back-link';
import { useDocumentTitle } from '../../ui/use-document-title';
import { BODY_CLASSES, useBodyClass } from '../../ui/use-body-class';
import { formatDate, telHref } from '../../ui/format';
import { SourcesDisclosure } from '../../ui/sources-disclosure';
import { useAssessment } from '../../state/use-assessment';
import { useUiLocale } from '../../ui/use-ui-locale';
import { summaryText } from './letter-summary-text';
import { PdfDownload } from './pdf-download';
import { officeGroups, officeOptionLabel, printedAddress, shortOfficeName } from './office-choice';
import { paths, resumeUrl, stepUrl } from '../../ui/paths';
import { Isolated } from '../../ui/isolated';
import { documentFonts, markSkippedParts } from '../../ui/skipped-parts';
import { LetterText } from './letter-text';
import { GuidedParagraphs } from './guided-paragraphs';
import { StoryLanguage } from './story-language';
import { concernFieldId, type DownloadChecks, DownloadErrorSummary, reviewFieldId, STORY_LANGUAGE_ID, useDownloadChecks } from './download-checks';
import { FieldError } from '../../ui/form/form-bits';
import { LetterBox } from './letter-box';
import { boxOf, LiveCheckProvider, UnsupportedAnswers, UnsupportedSummary, useLiveCheck } from './unsupported-characters';
import './letter.css';

export function LetterPage() {
  useBodyClass(BODY_CLASSES.widePage);
  const { t } = useTranslation('pages');
  const { t: tc } = useTranslation();
  const { c, assessment: a } = useAssessment();
  // "Error:" leads the tab title while the download checks list missing parts (as on the question pages).
  const [blocked, setBlocked] = useState(false);
  useDocumentTitle(blocked ? `${tc('errors.titlePrefix')} ${t('letter.documentTitle')}` : t('letter.documentTitle'));
  if (firstUnansweredStep(c, a)) return <Navigate to={resumeUrl(c)} replace />;
  if (a.letter === 'none') {
    return (
      <div className="letter-page">
        <BackLink to={paths.result.href()} label={t('letter.back')} />
        <h1>{t('letter.none.title')}</h1>
        <p className="lead">{t('letter.none.body')}</p>
        <div className="button-group">
          <AppLink to={paths.result.href()} className="button">
            {t('letter.none.link')}
          </AppLink>
          {/* A final order: no letter to OPLA, but a stay of removal draft to take to a lawyer. */}
          {stayOffer(c, a).startsWith('draft') && (
            <AppLink to={paths.stayOfRemoval.href()} className="button button--secondary">{t('stayOfRemoval.link')}</AppLink>
          )}
        </div>
      </div>
    );
  }
  return <LetterWorkspace c={c} a={a} onBlocked={setBlocked} />;
}

/** Moves focus to a field on this page (hash routing: an in-page href would be read as a route). */
function focusField(event: MouseEvent<HTMLAnchorElement>, id: string) {
  event.preventDefault();
  const el = document.getElementById(id);
  el?.focus();
  el?.scrollIntoView?.({ block: 'center' });
}

function LetterWorkspace({ c, a, onBlocked }: { c: CaseData; a: Assessment; onBlocked: (blocked: boolean) => void }) {
  const list = useMemo(() => checklist(c, a), [c, a]);
  const model = useMemo(() => letterModel(c, a, list), [c, a, list]);
  const unsupported = useLiveCheck(model, list);
  if (!model) return null;
  // The live check's findings reach the boxes, the preview and the summary above the download.
  return (
    <LiveCheckProvider value={unsupported}>
      <LetterForm c={c} a={a} list={list} model={model} onBlocked={onBlocked} />
    </LiveCheckProvider>
  );
}

function LetterForm({ c, a, list, model, onBlocked }: {
  c: CaseData;
  a: Assessment;
  list: Checklist;
  model: LetterModel;
  onBlocked: (blocked: boolean) => void;
}) {
  const { t } = useTranslation('pages');
  const draft = model.kind === 'draft';
  // The ask the letter makes (the person's choice, else the suggested one): from the letter model only.
  const shown = model.request;
  const requestFieldId = shown ? `request-${shown}` : 'request';
  const checks = useDownloadChecks(model, requestFieldId);
  const blocked = checks.shown && checks.problems.length > 0;
  useEffect(() => onBlocked(blocked), [blocked, onBlocked]);

  const page = (
    <div className="letter-page" ref={markSkippedParts}>
      <BackLink to={paths.result.href()} label={t('letter.back')} />
      <DownloadErrorSummary checks={checks} />
      <h1>{draft ? t('letter.titleDraft') : t('letter.title')}</h1>
      {draft && (
        <div className="panel panel--warning draft-banner" role="note">
          <p className="draft-banner__title">{t('letter.draft.title')}</p>
          <p>{t('letter.draft.body')}</p>
        </div>
      )}
      <p className="lead">{t('letter.lead')}</p>

      <RequestChoice a={a} saved={c.letter.request} shown={shown} error={checks.errorFor(requestFieldId)} />
      <OfficeChoice c={c} asOf={a.asOf} error={checks.errorFor('office-select')} />
      <GuidedParagraphs c={c} groups={model.groups} reviewError={(g) => checks.errorFor(reviewFieldId(g))} />
      <OwnWords c={c} a={a} model={model} checks={checks} />
      <Gaps model={model} requestFieldId={requestFieldId} />
      <LetterSummary entries={model.spanishSummary} />
      <LetterPreview model={model} />
      <UnsupportedSummary />
      <PdfDownload model={model} list={list} fullName={c.person.fullName} asOf={a.asOf} canDownload={checks.check} />

      <div className="button-group no-print">
        <AppLink to={paths.checklist.href()} className="button button--secondary">
          {t('letter.toChecklist')}
        </AppLink>
        <AppLink to={paths.result.href()} className="button button--secondary">
          {t('letter.toResult')}
        </AppLink>
        <AppLink to={paths.lawyerSummary.href()} className="button button--secondary">
          {t('lawyerSummary.open')}
        </AppLink>
        <AppLink to={paths.afterSending.href()} className="button button--secondary">
          {t('afterSending.link')}
        </AppLink>
      </div>
    </div>
  );
  return page;
}

// ── (a) What to ask for ─────────────────────────────────────────────────────────────────────

function RequestChoice({ a, saved, shown, error }: { a: Assessment; saved: RequestOptionId | undefined; shown: RequestOptionId | null; error: string | null }) {
  const { t } = useTranslation('pages');
  const { t: tk } = useTranslation('catalog');
  const setLetter = useCaseStore((s) => s.setLetter);
  const offered = a.requestOptions.filter((o) => o.available);
  const confirmed = offered.some((o) => o.id === saved);
  // A click confirms even the option shown as the starting choice (a click on a checked radio fires no change).
  const choose = (id: RequestOptionId) => {
    if (id !== saved) setLetter({ request: id });
  };
  return (
    <section className="letter-step" aria-labelledby="request-title">
      <fieldset id="request" tabIndex={-1} aria-describedby={`request-hint${error ? ' request-error' : ''}`} className={error ? 'field--error' : undefined}>
        <legend className="legend--heading">
          <h2 id="request-title">{t('letter.request.title')}</h2>
        </legend>
        <p className="hint" id="request-hint">
          {t('letter.request.hint')}
          {!confirmed && shown && <> {t('letter.request.confirm')}</>}
        </p>
        <FieldError id="request-error" message={error} />
        <div className="options">
          {offered.map((o) => {
            const id = `request-${o.id}`;
            const describedBy = [`${id}-desc`, ...(o.warnings.length > 0 ? [`${id}-warn`] : [])].join(' ');
            return (
              <div key={o.id} className={`option${shown === o.id ? ' option--checked' : ''}${o.lawyerFirst ? ' option--lawyer' : ''}`}>
                <div className="radio">
                  <input
                    type="radio"
                    name="request"
                    id={id}
                    value={o.id}
                    checked={shown === o.id}
                    onChange={() => choose(o.id)}
                    onClick={() => choose(o.id)}
                    aria-describedby={describedBy}
                  />
                  <label htmlFor={id} className="option__label">
                    <span className="option__title">{tk(`requestOptions.${o.id}.title`)}</span>
                    {o.recommended && <span className="badge badge--suggested">{t('letter.request.recommended')}</span>}
                    {o.lawyerFirst && <span className="badge badge--flag-stop">{t('letter.request.lawyerFirst')}</span>}
                  </label>
                  {o.warnings.length > 0 && (
                    <div className="radio__hint warning-panel" id={`${id}-warn`}>
                      <p className="warning-panel__title">{t('letter.request.warningTitle')}</p>
                      {o.warnings.map((w) => (
                        <p key={w}>{tk(`requestWarnings.${w}`)}</p>
                      ))}
                    </div>
                  )}
                  <p className="radio__hint hint" id={`${id}-desc`}>
                    {tk(`requestOptions.${o.id}.description`)}
                  </p>
                  <div className="radio__hint">
                    <SourcesDisclosure ids={o.sources} about={tk(`requestOptions.${o.id}.title`)} />
                  </div>
                </div>
              </div>
            );
          })}
        </div>
      </fieldset>
    </section>
  );
}

// ── (b) Who the letter goes to ──────────────────────────────────────────────────────────────

function OfficeChoice({ c, asOf, error }: { c: CaseData; asOf: string; error: string | null }) {
  const { t } = useTranslation('pages');
  const setLetter = useCaseStore((s) => s.setLetter);
  const stored = c.letter.office;
  const [listedId, setListedId] = useState(stored?.kind === 'listed' ? stored.id : '');
  const [typed, setTyped] = useState(stored?.kind === 'typed' ? stored.text : '');
  const groups = useMemo(() => officeGroups(), []);
  const courtCity = c.posture.courtCity && c.posture.courtCity !== 'unknown' ? c.posture.courtCity : null;
  const suggestions = useMemo(() => suggestOffices(courtCity ?? undefined), [courtCity]);
  const suggestedIds = new Set(suggestions.map((o) => o.id));
  // One office for the court city is pre-selected (the letter model uses it too) until the person chooses.
  const storedGone = stored?.kind === 'listed' && !findOplaOffice(stored.id);
  const preselect = stored === undefined || storedGone ? suggestedOfficeFor(courtCity ?? undefined) : null;
  const shownId = listedId !== '' && findOplaOffice(listedId) ? listedId : preselect?.id ?? '';
  const selected = shownId ? findOplaOffice(shownId) : undefined;
  // Blank once cleaned (spaces, or only invisible characters) is no address.
  const hasText = (text: string) => cleanText(text).trim() !== '';
  const typedWins = hasText(typed);

  // What is typed from the person's own papers wins over the list (offices.md §4.2).
  const save = (id: string, text: string) => {
    if (hasText(text)) setLetter({ office: { kind: 'typed', text } });
    else if (id !== '') setLetter({ office: { kind: 'listed', id } });
    else setLetter({ office: undefined });
  };
  const chooseListed = (id: string) => {
    setListedId(id);
    save(id, typed);
  };

  return (
    <section className="letter-step" aria-labelledby="office-title">
      <h2 id="office-title">{t('letter.office.title')}</h2>
      <p>{t('letter.office.intro')}</p>

      {suggestions.length > 0 ? (
        <div className="panel panel--suggestion">
          <h3 className="panel__title">{suggestions.length > 1 ? t('letter.office.suggestionTitleMany') : t('letter.office.suggestionTitle')}</h3>
          <p>
            <Isolated
              sentence={(city) => (suggestions.length > 1 ? t('letter.office.suggestionBodyMany', { city }) : t('letter.office.suggestionBody', { city }))}
              value={courtCity ?? ''}
            />
          </p>
          <ul className="suggestions">
            {suggestions.map((o) => (
              <li key={o.id}>
                <span className="suggestions__name" lang="en">{shortOfficeName(o)}</span>
                <span className="suggestions__address" lang="en">{printedAddress(o).join(', ')}</span>
                {shownId === o.id ? (
                  <span className="suggestions__chosen">{t('letter.office.suggestionChosen')}</span>
                ) : (
                  <button type="button" className="button button--secondary button--small" onClick={() => chooseListed(o.id)}>
                    {t('letter.office.useSuggestion')}
                    <span className="visually-hidden">: {shortOfficeName(o)}</span>
                  </button>
                )}
              </li>
            ))}
          </ul>
          {preselect && !typedWins && <p className="notice" id="office-preselected">{t('letter.office.preselected')}</p>}
        </div>
      ) : (
        courtCity && <p className="hint"><Isolated sentence={(city) => t('letter.office.noSuggestion', { city })} value={courtCity} /></p>
      )}

      <div className={`field${error ? ' field--error' : ''}`}>
        <label htmlFor="office-select" className="label">
          {t('letter.office.selectLabel')}
        </label>
        <p className="hint" id="office-select-hint">
          {t('letter.office.selectHint')}
        </p>
        <FieldError id="office-select-error" message={error} />
        <select
          id="office-select"
          className="select"
          value={shownId}
          aria-describedby={['office-select-hint', error ? 'office-select-error' : '', preselect && !typedWins ? 'office-preselected' : '']
            .filter((x) => x !== '').join(' ')}
          aria-invalid={error ? true : undefined}
          onChange={(e) => chooseListed(e.target.value)}
        >
          {/* Nothing to pick back to once an office shows as chosen: the letter always uses one then. */}
          {shownId === '' && <option value="">{t('letter.office.choose')}</option>}
          {groups.map((g) => (
            <optgroup key={g.parent.id} label={shortOfficeName(g.parent)}>
              {g.offices.map((o) => (
                <option key={o.id} value={o.id}>
                  {officeOptionLabel(o)}
                  {suggestedIds.has(o.id) ? ` ${t('letter.office.suggestedTag')}` : ''}
                </option>
              ))}
            </optgroup>
          ))}
        </select>
      </div>

      {selected && <OfficeDetails office={selected} asOf={asOf} typedWins={typedWins} />}

      <LetterBox
        id="office-typed"
        label={t('letter.office.typedLabel')}
        hint={t('letter.office.typedHint')}
        value={typed}
        max={LIMITS.typedOffice}
        rows={5}
        onChange={(v) => {
          setTyped(v);
          save(listedId, v);
        }}
      />
      {typedWins && <p className="notice">{t('letter.office.typedInUse')}</p>}
    </section>
  );
}

function OfficeDetails({ office, asOf, typedWins }: { office: OplaOffice; asOf: string; typedWins: boolean }) {
  const { t } = useTranslation('pages');
  const locale = useUiLocale();
  const stale = isOfficeDataStale(asOf, office);
  const checked = formatDate(office.lastVerified, locale);
  return (
    <div className={`office-card${typedWins ? ' office-card--unused' : ''}`}>
      {typedWins && <p className="notice">{t('letter.office.typedWins')}</p>}
      <h3 className="office-card__name" lang="en">{office.name}</h3>
      <p className="office-card__label">{t('letter.office.printedAddress')}</p>
      <p className="address-lines" lang="en">
        {printedAddress(office).map((l, i) => (
          <span key={i} className="line">{l}</span>
        ))}
      </p>
      {office.mailingAddressLines && (
        <p>
          {t('letter.office.streetAddress')} <span lang="en">{office.addressLines.join(', ')}</span>
        </p>
      )}
      {office.phone && (
        <p>
          {t('letter.office.phone')} <a href={telHref(office.phone)}>{office.phone}</a>
        </p>
      )}
      <p className="office-card__checked">
        {t('letter.office.lastChecked', {
          date: checked,
          source: office.sourceIds.map((id) => t(`letter.office.sourceNames.${id}`)).join(t('letter.office.sourceJoin')),
        })}
      </p>
      {stale && (
        <div className="warning-panel">
          <p className="warning-panel__title">{t('letter.office.staleTitle')}</p>
          <p>{t('letter.office.stale', { date: checked })}</p>
        </div>
      )}
      {office.confidence === 'conflict' && (
        <div className="warning-panel">
          <p className="warning-panel__title">{t('letter.office.conflict')}</p>
          {office.otherListing && (
            <p>
              {t('letter.office.otherListing', { source: t(`letter.office.sourceNames.${office.otherListing.sourceId}`) })}{' '}
              <span lang="en" className="address-lines">{office.otherListing.address}</span>
            </p>
          )}
        </div>
      )}
      {office.confidence === 'single-source' && (
        <div className="warning-panel warning-panel--mild">
          <p className="warning-panel__title">{t('letter.office.singleSource')}</p>
        </div>
      )}
      <p className="hint">{t('letter.office.checkPapers')}</p>
    </div>
  );
}

// ── (c) The person's own words ──────────────────────────────────────────────────────────────

/**
 * The "other serious reason" the person wrote in the questions, offered back for the story: the
 * letter prints only what the person puts in the story box, so it is added there only when they
 * choose (then the story's language check applies to it, as to the rest of the story).
 */
function ReasonFromQuestions({ c }: { c: CaseData }) {
  const { t } = useTranslation('pages');
  const setLetter = useCaseStore((s) => s.setLetter);
  const reason = c.favourable.otherHumanitarian === 'yes' ? (c.favourable.otherHumanitarianReason ?? '') : '';
  if (reason === '') return null;
  const story = c.letter.story ?? '';
  const used = story.includes(reason);
  return (
    <div className="panel letter-reason no-print">
      <p>{t('letter.words.reasonIntro')}</p>
      <blockquote className="letter-reason__words" lang="">
        {reason}
      </blockquote>
      {used ? (
        <p>{t('letter.words.reasonUsed')}</p>
      ) : (
        <button
          type="button"
          className="button button--secondary"
          onClick={() => {
            setLetter({ story: story.trim() === '' ? reason : `${story.trimEnd()}\n\n${reason}` });
            // The person goes on in the box, at the end of what was added (once it shows it).
            setTimeout(() => {
              const box = document.getElementById('story');
              if (!(box instanceof HTMLTextAreaElement)) return;
              box.focus();
              box.setSelectionRange(box.value.length, box.value.length);
            }, 0);
          }}
        >
          {t('letter.words.reasonUse')}
        </button>
      )}
    </div>
  );
}

function OwnWords({ c, a, model, checks }: { c: CaseData; a: Assessment; model: LetterModel; checks: DownloadChecks }) {
  const { t } = useTranslation('pages');
  const setLetter = useCaseStore((s) => s.setLetter);
  const askWhatIsNew = c.history.priorPdRequest === 'yes' && c.history.priorPdResult === 'denied';
  const storyNeeded = model.gaps.includes('humanitarian-not-described');
  const save = (key: 'story' | 'requestDetails' | 'whatIsNew') => (v: string) => {
    if (v !== (c.letter[key] ?? '')) setLetter({ [key]: v });
  };
  return (
    <section className="letter-step" aria-labelledby="words-title">
      <h2 id="words-title">{t('letter.words.title')}</h2>
      <p>{t('letter.words.intro')}</p>
      <ReasonFromQuestions c={c} />
      <LetterBox
        id="story"
        label={storyNeeded ? t('letter.words.storyLabelNeeded') : t('letter.words.storyLabel')}
        hint={storyNeeded ? `${t('letter.words.storyHint')} ${t('letter.words.storyHumanitarian')}` : t('letter.words.storyHint')}
        value={c.letter.story ?? ''}
        max={LIMITS.longText}
        rows={10}
        needed={storyNeeded}
        error={checks.errorFor('story')}
        onChange={save('story')}
      />
      {/* Appears while the person types: announced politely, below the box so the box does not move. */}
      <div aria-live="polite">
        <StoryLanguage letter={c.letter} declarationTab={model.declaration?.tab ?? null} error={checks.errorFor(STORY_LANGUAGE_ID)} />
      </div>
      <p className="no-print">
        <AppLink to={paths.declaration.href()}>{t('declaration.link')}</AppLink>
      </p>
      {(askWhatIsNew || (c.letter.whatIsNew ?? '') !== '') && (
        <LetterBox
          id="what-is-new"
          label={t('letter.words.whatIsNewLabel')}
          hint={t('letter.words.whatIsNewHint')}
          value={c.letter.whatIsNew ?? ''}
          max={LIMITS.longText}
          rows={6}
          needed={askWhatIsNew && (c.letter.whatIsNew ?? '').trim() === ''}
          error={checks.errorFor('what-is-new')}
          onChange={save('whatIsNew')}
        />
      )}
      <ConcernBoxes c={c} a={a} checks={checks} />
      <LetterBox
        id="request-details"
        label={t('letter.words.detailsLabel')}
        hint={t('letter.words.detailsHint')}
        value={c.letter.requestDetails ?? ''}
        max={LIMITS.longText}
        rows={5}
        onChange={save('requestDetails')}
      />
    </section>
  );
}

/**
 * One box per concern the letter must address (concernsToExplain), each the person's own words.
 * The one box of the earlier app stays while it holds text (it counts for every concern).
 */
function ConcernBoxes({ c, a, checks }: { c: CaseData; a: Assessment; checks: DownloadChecks }) {
  const { t } = useTranslation('pages');
  const { t: tk } = useTranslation('catalog');
  const setLetter = useCaseStore((s) => s.setLetter);
  const concerns = concernsToExplain(a);
  // Shown while it had text when the page opened: emptying it does not pull the box from under the cursor.
  const [showGeneral] = useState(() => (c.letter.concernsExplanation ?? '').trim() !== '');
  const general = (c.letter.concernsExplanation ?? '').trim() !== '';
  // Read the saved boxes at the moment of typing, so two quick edits never overwrite each other.
  const saveOne = (id: string) => (v: string) => {
    const all = useCaseStore.getState().caseData.letter.concernExplanations ?? {};
    if (v !== (all[id] ?? '')) setLetter({ concernExplanations: { ...all, [id]: v } });
  };
  const saveGeneral = (v: string) => {
    if (v !== (c.letter.concernsExplanation ?? '')) setLetter({ concernsExplanation: v });
  };
  if (concerns.length === 0 && !showGeneral) return null;
  const own = c.letter.concernExplanations ?? {};
  const textOf = (id: string) => (Object.hasOwn(own, id) ? own[id] ?? '' : '');
  return (
    <div className="concerns">
      <h3 id="concerns-title">{t('letter.words.concernsTitle')}</h3>
      {concerns.length > 0 && (
        <>
          <p>{t('letter.words.concernsHint')}</p>
          <p>{t('letter.words.concernsNever')}</p>
        </>
      )}
      {concerns.map((x) => {
        const id = x.lead.id;
        const title = tk(x.lead.kind === 'flag' ? `redFlags.${id}.title` : `factors.${id}.title`);
        return (
          <LetterBox
            key={id}
            id={concernFieldId(id)}
            label={t('letter.words.concernLabel', { concern: title })}
            hint={t('letter.words.concernHint')}
            value={textOf(id)}
            max={LIMITS.longText}
            rows={5}
            needed={textOf(id).trim() === '' && !general}
            error={checks.errorFor(concernFieldId(id))}
            onChange={saveOne(id)}
          />
        );
      })}
      {showGeneral && (
        <LetterBox
          id="concerns"
          label={t('letter.words.concernsGeneralLabel')}
          hint={t('letter.words.concernsGeneralHint')}
          value={c.letter.concernsExplanation ?? ''}
          max={LIMITS.longText}
          onChange={saveGeneral}
        />
      )}
    </div>
  );
}

// ── (d) What is missing, what the letter says, and the letter ───────────────────────────────

/** Everything still missing or worth a look before sending (the download checks block on some of them). */
function Gaps({ model, requestFieldId }: { model: LetterModel; requestFieldId: string }) {
  const { t } = useTranslation('pages');
  const { t: tk } = useTranslation('catalog');
  const { gaps } = model;
  const routes: Partial<Record<LetterGap, string>> = {
    'full-name': stepUrl(stepOf('person.fullName').id, true),
    'a-number': stepUrl(stepOf('person.aNumber').id, true),
    'a-number-unknown': stepUrl(stepOf('person.aNumber').id, true),
    address: stepUrl(stepOf('person.address').id, true),
    'hearing-date-past': stepUrl(stepOf('posture.nextHearingDate').id, true),
  };
  const firstUnexplained = model.unexplainedConcerns[0];
  const fields: Partial<Record<LetterGap, string>> = {
    office: 'office-select',
    request: requestFieldId,
    ...(firstUnexplained ? { 'concerns-not-explained': concernFieldId(firstUnexplained.id) } : {}),
    'what-is-new': 'what-is-new',
    'humanitarian-not-described': 'story',
    'paragraph-needs-review': reviewFieldId(model.groups.find((g) => g.status === 'review')?.id ?? ''),
    'story-language': STORY_LANGUAGE_ID,
    // The first box whose words do not seem to be in English (a field, or a paragraph's kind that is its box).
    ...(model.notInEnglish[0] ? { 'not-in-english': boxOf(model.notInEnglish[0]) ?? model.notInEnglish[0] } : {}),
  };
  if (gaps.length === 0) {
    return (
      <div className="panel panel--done no-print" role="status">
        <p>{t('letter.gaps.none')}</p>
      </div>
    );
  }
  return (
    <section className="panel panel--warning gaps no-print" aria-labelledby="gaps-title">
      <h2 id="gaps-title">{t('letter.gaps.title')}</h2>
      <ul>
        {gaps.map((g) => {
          const to = routes[g];
          const field = fields[g];
          return (
            <li key={g}>
              {to ? (
                <AppLink to={to}>{tk(`letterGaps.${g}`)}</AppLink>
              ) : field ? (
                <a href={`#${field}`} onClick={(e) => focusField(e, field)}>
                  {tk(`letterGaps.${g}`)}
                </a>
              ) : (
                tk(`letterGaps.${g}`)
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}

function LetterSummary({ entries }: { entries: SummaryEntry[] }) {
  const { t } = useTranslation('pages');
  const { t: tk } = useTranslation('catalog');
  const locale = useUiLocale();
  const translate = (key: string, options?: Record<string, unknown>) => tk(key, options);
  return (
    <section className="letter-summary no-print" aria-labelledby="summary-title">
      <h2 id="summary-title">{t('letter.summary.title')}</h2>
      <p className="hint">{t('letter.summary.intro')}</p>
      <ul>
        {entries.map((e, i) => (
          <li key={`${e.key}-${i}`}>{summaryText(e, translate, locale)}</li>
        ))}
      </ul>
    </section>
  );
}

/**
 * The preview's font (its @font-face in letter.css). The browser fetches a font when some text first
 * needs it, and on a phone the preview is first drawn only to learn its height
 * (src/ui/skipped-parts.ts), which then waits for the font rather than take a stand-in's height.
 * Asked for with the page, it is usually in by then.
 */
const PREVIEW_FONTS = ['400 1em "PD Letter Noto Sans"', '700 1em "PD Letter Noto Sans"'];

function LetterPreview({ model }: { model: LetterModel }) {
  const { t } = useTranslation('pages');
  useEffect(() => {
    // A font that cannot load leaves the stand-in, as on any page.
    for (const font of PREVIEW_FONTS) documentFonts()?.load(font).catch(() => {});
  }, []);
  return (
    <section className="letter-preview" aria-labelledby="preview-title">
      <h2 id="preview-title">{t('letter.preview.title')}</h2>
      <p className="hint">{t('letter.preview.hint')}</p>
      <button type="button" className="button button--secondary" onClick={() => window.print()}>
        {t('letter.preview.print')}
      </button>
      <UnsupportedAnswers />
      <LetterText model={model} labelledBy="preview-title" />
    </section>
  );
}

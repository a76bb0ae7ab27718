import { type MouseEvent, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate } from 'react-router';
import {
  type Assessment,
  type CaseData,
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
  stepOf,
  type SummaryEntry,
} from '../../domain';
import { useCaseStore } from '../../state/case-store';
import { AppLink } from '../../ui/app-link';
import { BackLink } from '../../ui/back-link';
import { useDocumentTitle } from '../../ui/use-document-title';
import { formatDate, telHref } from '../../ui/format';
import { SourcesDisclosure } from '../../ui/sources-disclosure';
import { useAssessment } from '../../state/use-assessment';
import { useUiLocale } from '../../ui/use-ui-locale';
import { summaryText } from './letter-summary-text';
import { PdfDownload } from './pdf-download';
import { officeGroups, officeOptionLabel, printedAddress, shortOfficeName, suggestOffices } from './office-choice';
import { paths, resumeUrl, stepUrl } from '../../ui/paths';
import { Isolated } from '../../ui/isolated';
import { LetterText } from './letter-text';
import { LetterBox } from './letter-box';
import { LiveCheckProvider, UnsupportedAnswers, UnsupportedSummary, useLiveCheck } from './unsupported-characters';
import './letter.css';

export function LetterPage() {
  const { t } = useTranslation('pages');
  const { c, assessment: a } = useAssessment();
  useDocumentTitle(t('letter.documentTitle'));
  if (firstUnansweredStep(c, a)) return <Navigate to={resumeUrl(c)} replace />;
  if (a.letter === 'none') {
    return (
      <div className="letter-page">
        <BackLink to={paths.result.href()} label={t('letter.back')} />
        <h1>{t('letter.none.title')}</h1>
        <p className="lead">{t('letter.none.body')}</p>
        <AppLink to={paths.result.href()} className="button">
          {t('letter.none.link')}
        </AppLink>
      </div>
    );
  }
  return <LetterWorkspace c={c} a={a} />;
}

/** Moves focus to a field on this page (hash routing: an in-page href would be read as a route). */
function focusField(event: MouseEvent<HTMLAnchorElement>, id: string) {
  event.preventDefault();
  const el = document.getElementById(id);
  el?.focus();
  el?.scrollIntoView({ block: 'center' });
}

function LetterWorkspace({ c, a }: { c: CaseData; a: Assessment }) {
  const { t } = useTranslation('pages');
  const list = useMemo(() => checklist(c, a), [c, a]);
  const model = useMemo(() => letterModel(c, a, list), [c, a, list]);
  const unsupported = useLiveCheck(model, list);
  if (!model) return null;
  const draft = model.kind === 'draft';
  // The ask the letter makes (the person's choice, else the suggested one): from the letter model only.
  const shown = model.request;

  const page = (
    <div className="letter-page">
      <BackLink to={paths.result.href()} label={t('letter.back')} />
      <h1>{draft ? t('letter.titleDraft') : t('letter.title')}</h1>
      {draft && (
        <div className="panel panel--warning draft-banner" role="note">
          <p className="draft-banner__title">{t('letter.draft.title')}</p>
          <p>{t('letter.draft.body')}</p>
        </div>
      )}
      <p className="lead">{t('letter.lead')}</p>

      <RequestChoice a={a} saved={c.letter.request} shown={shown} />
      <OfficeChoice c={c} asOf={a.asOf} />
      <OwnWords c={c} a={a} needsConcerns={model.gaps.includes('concerns-not-explained')} />
      <Gaps gaps={model.gaps} requestFieldId={shown ? `request-${shown}` : 'request'} />
      <LetterSummary entries={model.spanishSummary} />
      <LetterPreview model={model} />
      <UnsupportedSummary />
      <PdfDownload model={model} list={list} fullName={c.person.fullName} asOf={a.asOf} />

      <div className="button-group no-print">
        <AppLink to={paths.checklist.href()} className="button button--secondary">
          {t('letter.toChecklist')}
        </AppLink>
        <AppLink to={paths.result.href()} className="button button--secondary">
          {t('letter.toResult')}
        </AppLink>
      </div>
    </div>
  );
  // The live check's findings reach the boxes, the preview and the summary above the download.
  return <LiveCheckProvider value={unsupported}>{page}</LiveCheckProvider>;
}

// ── (a) What to ask for ─────────────────────────────────────────────────────────────────────

function RequestChoice({ a, saved, shown }: { a: Assessment; saved: RequestOptionId | undefined; shown: RequestOptionId | null }) {
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
      <fieldset id="request" tabIndex={-1} aria-describedby="request-hint">
        <legend className="legend--heading">
          <h2 id="request-title">{t('letter.request.title')}</h2>
        </legend>
        <p className="hint" id="request-hint">
          {t('letter.request.hint')}
          {!confirmed && shown && <> {t('letter.request.confirm')}</>}
        </p>
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

function OfficeChoice({ c, asOf }: { c: CaseData; asOf: string }) {
  const { t } = useTranslation('pages');
  const setLetter = useCaseStore((s) => s.setLetter);
  const stored = c.letter.office;
  const [listedId, setListedId] = useState(stored?.kind === 'listed' ? stored.id : '');
  const [typed, setTyped] = useState(stored?.kind === 'typed' ? stored.text : '');
  const groups = useMemo(() => officeGroups(), []);
  const courtCity = c.posture.courtCity && c.posture.courtCity !== 'unknown' ? c.posture.courtCity : null;
  const suggestions = useMemo(() => suggestOffices(courtCity ?? undefined), [courtCity]);
  const suggestedIds = new Set(suggestions.map((o) => o.id));
  const selected = listedId ? findOplaOffice(listedId) : undefined;
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
          <h3 className="panel__title">{t('letter.office.suggestionTitle')}</h3>
          <p><Isolated sentence={(city) => t('letter.office.suggestionBody', { city })} value={courtCity ?? ''} /></p>
          <ul className="suggestions">
            {suggestions.map((o) => (
              <li key={o.id}>
                <span className="suggestions__name" lang="en">{shortOfficeName(o)}</span>
                <span className="suggestions__address" lang="en">{printedAddress(o).join(', ')}</span>
                {listedId === o.id ? (
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
        </div>
      ) : (
        courtCity && <p className="hint"><Isolated sentence={(city) => t('letter.office.noSuggestion', { city })} value={courtCity} /></p>
      )}

      <div className="field">
        <label htmlFor="office-select" className="label">
          {t('letter.office.selectLabel')}
        </label>
        <p className="hint" id="office-select-hint">
          {t('letter.office.selectHint')}
        </p>
        <select
          id="office-select"
          className="select"
          value={listedId}
          aria-describedby="office-select-hint"
          onChange={(e) => chooseListed(e.target.value)}
        >
          <option value="">{t('letter.office.choose')}</option>
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
          {office.note && <OfficeNote note={office.note} />}
        </div>
      )}
      {office.confidence === 'single-source' && (
        <div className="warning-panel warning-panel--mild">
          <p className="warning-panel__title">{t('letter.office.singleSource')}</p>
          {office.note && <OfficeNote note={office.note} />}
        </div>
      )}
      {office.confidence === 'two-sources' && office.note && <OfficeNote note={office.note} />}
      <p className="hint">{t('letter.office.checkPapers')}</p>
    </div>
  );
}

function OfficeNote({ note }: { note: string }) {
  const { t } = useTranslation('pages');
  return (
    <p className="office-card__note">
      <span className="office-card__note-label">{t('letter.office.noteLabel')}</span> <span lang="en">{note}</span>
    </p>
  );
}

// ── (c) The person's own words ──────────────────────────────────────────────────────────────

function OwnWords({ c, a, needsConcerns }: { c: CaseData; a: Assessment; needsConcerns: boolean }) {
  const { t } = useTranslation('pages');
  const { t: tk } = useTranslation('catalog');
  const setLetter = useCaseStore((s) => s.setLetter);
  // One line per issue (the domain groups a red flag with the factor and flags that are part of it).
  const concerns = concernsToExplain(a).map((x) => tk(x.lead.kind === 'flag' ? `redFlags.${x.lead.id}.title` : `factors.${x.lead.id}.title`));
  const showConcerns = concerns.length > 0 || (c.letter.concernsExplanation ?? '') !== '';
  const askWhatIsNew = c.history.priorPdRequest === 'yes' && c.history.priorPdResult === 'denied';
  const save = (key: 'story' | 'concernsExplanation' | 'requestDetails' | 'whatIsNew') => (v: string) => {
    if (v !== (c.letter[key] ?? '')) setLetter({ [key]: v });
  };
  return (
    <section className="letter-step" aria-labelledby="words-title">
      <h2 id="words-title">{t('letter.words.title')}</h2>
      <p>{t('letter.words.intro')}</p>
      <LetterBox
        id="story"
        label={t('letter.words.storyLabel')}
        hint={t('letter.words.storyHint')}
        value={c.letter.story ?? ''}
        max={LIMITS.longText}
        rows={10}
        onChange={save('story')}
      />
      {(askWhatIsNew || (c.letter.whatIsNew ?? '') !== '') && (
        <LetterBox
          id="what-is-new"
          label={t('letter.words.whatIsNewLabel')}
          hint={t('letter.words.whatIsNewHint')}
          value={c.letter.whatIsNew ?? ''}
          max={LIMITS.longText}
          rows={6}
          needed={askWhatIsNew && (c.letter.whatIsNew ?? '').trim() === ''}
          onChange={save('whatIsNew')}
        />
      )}
      {showConcerns && (
        <LetterBox
          id="concerns"
          label={needsConcerns ? t('letter.words.concernsLabelNeeded') : t('letter.words.concernsLabel')}
          hint={t('letter.words.concernsHint')}
          value={c.letter.concernsExplanation ?? ''}
          max={LIMITS.longText}
          needed={needsConcerns}
          onChange={save('concernsExplanation')}
        >
          {concerns.length > 0 && (
            <div className={needsConcerns ? 'warning-panel' : 'panel panel--plain'}>
              <p className="warning-panel__title">{t('letter.words.concernsListTitle')}</p>
              <ul>
                {concerns.map((title) => (
                  <li key={title}>{title}</li>
                ))}
              </ul>
              <p>{t('letter.words.concernsNever')}</p>
            </div>
          )}
        </LetterBox>
      )}
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

// ── (d) What is missing, what the letter says, and the letter ───────────────────────────────

function Gaps({ gaps, requestFieldId }: { gaps: LetterGap[]; requestFieldId: string }) {
  const { t } = useTranslation('pages');
  const { t: tk } = useTranslation('catalog');
  const routes: Partial<Record<LetterGap, string>> = {
    'full-name': stepUrl(stepOf('person.fullName').id, true),
    'a-number': stepUrl(stepOf('person.aNumber').id, true),
    address: stepUrl(stepOf('person.address').id, true),
    'hearing-date-past': stepUrl(stepOf('posture.nextHearingDate').id, true),
  };
  const fields: Partial<Record<LetterGap, string>> = {
    office: 'office-select',
    request: requestFieldId,
    'concerns-not-explained': 'concerns',
    'what-is-new': 'what-is-new',
    'humanitarian-not-described': 'story',
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

function LetterPreview({ model }: { model: LetterModel }) {
  const { t } = useTranslation('pages');
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

/**
 * The clinic's case list (unlocked, no case open): each case with its label and when it last
 * changed; open, rename, delete (after a confirmation); a new case; a case file added as a new
 * case; the idle time; lock now; wipe this device. Coming here closes the open case.
 */
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate } from 'react-router';
import { clinicSession, useClinicStore } from '../../state/clinic/clinic-session';
import type { CaseSummary } from '../../state/clinic/clinic-status';
import { CASE_LABEL_MAX, caseLabel, caseLabelTooLong } from '../../state/clinic/clinic-vault';
import { AppLink } from '../../ui/app-link';
import { ErrorSummary } from '../../ui/form/error-summary';
import { useDocumentTitle } from '../../ui/use-document-title';
import { useUiLocale } from '../../ui/use-ui-locale';
import { IDLE_CHOICES, idleChoice, RadioGroup, TextField } from '../../ui/form/form-bits';
import { Isolated } from '../../ui/isolated';
import { formatChanged, useOpenCase } from './open-case';
import { useLockNow } from './lock-now';
import { paths } from '../../ui/paths';

export function CaseListPage() {
  const { t } = useTranslation('clinic');
  const status = useClinicStore((s) => s.status);
  const cases = useClinicStore((s) => s.cases);
  const listChanged = useClinicStore((s) => s.listChanged);
  const [notice, setNotice] = useState<string | null>(null);
  const [openError, setOpenError] = useState<string | null>(null);
  const lockNow = useLockNow();
  const openCase = useOpenCase();
  useDocumentTitle(t('list.title'));

  // The list is never shown with a case open: coming here (e.g. "Switch case") closes it.
  useEffect(() => {
    if (useClinicStore.getState().activeId) void clinicSession.closeCase();
  }, []);

  if (status === 'off') return <Navigate to={paths.clinicSetup.href()} replace />;
  if (status !== 'unlocked') return null;

  const sorted = [...cases].sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));

  const onOpen = async (c: CaseSummary) => {
    setOpenError(null);
    try {
      await openCase(c.id);
    } catch {
      setOpenError(c.id);
    }
  };

  return (
    <div className="case-list-page">
      <h1>{t('list.title')}</h1>
      <p className="lead">{t('list.lead')}</p>
      {listChanged && (
        <section className="warning-panel" aria-labelledby="list-changed">
          <h2 id="list-changed" className="panel__title">{t('list.changedList.title')}</h2>
          <p>{t('list.changedList.body')}</p>
          <p>{t('list.changedList.todo')}</p>
        </section>
      )}
      <p className="notice-line" role="status">{notice ?? ''}</p>

      {sorted.length === 0 ? (
        <p>{t('list.empty')}</p>
      ) : (
        <ul className="case-list">
          {sorted.map((c) => (
            <CaseRow
              key={c.id}
              c={c}
              openFailed={openError === c.id}
              onOpen={() => void onOpen(c)}
              onNotice={setNotice}
            />
          ))}
        </ul>
      )}

      <NewCase />

      <section aria-labelledby="list-import" className="case-list-page__section">
        <h2 id="list-import">{t('list.import.heading')}</h2>
        <p>{t('list.import.body')}</p>
        <AppLink to={paths.caseFile.href()} className="button button--secondary">{t('list.import.link')}</AppLink>
      </section>

      <IdleSetting />

      <section aria-labelledby="list-wipe" className="case-list-page__section">
        <h2 id="list-wipe">{t('list.wipe.heading')}</h2>
        <p>{t('list.wipe.body')}</p>
        <AppLink to={paths.clinicWipe.href()} className="button button--warning">{t('footer.wipe')}</AppLink>
      </section>

      <div className="button-group case-list-page__lock">
        <button type="button" className="button" onClick={() => lockNow()}>{t('list.lockNow')}</button>
      </div>
    </div>
  );
}

function CaseRow({ c, openFailed, onOpen, onNotice }: { c: CaseSummary; openFailed: boolean; onOpen: () => void; onNotice: (text: string) => void }) {
  const { t } = useTranslation('clinic');
  const locale = useUiLocale();
  const [mode, setMode] = useState<'view' | 'rename' | 'delete'>('view');
  const [label, setLabel] = useState(c.label);
  const [error, setError] = useState<string | null>(null);
  const titleId = `case-${c.id}`;
  // After switching between viewing, renaming and confirming a delete, focus follows.
  const focusRef = useRef<HTMLElement | null>(null);
  const shownMode = useRef(mode);
  useEffect(() => {
    if (shownMode.current === mode) return;
    shownMode.current = mode;
    focusRef.current?.focus();
  }, [mode]);
  const setFocus = (el: HTMLElement | null) => {
    if (el) focusRef.current = el;
  };

  const rename = async (e: FormEvent) => {
    e.preventDefault();
    const problem = labelProblem(label);
    if (problem) {
      setError(t(problem, { max: CASE_LABEL_MAX }));
      return;
    }
    const next = caseLabel(label);
    await clinicSession.renameCase(c.id, next);
    setMode('view');
    onNotice(t('list.renamed', { label: next }));
  };

  const remove = async () => {
    await clinicSession.deleteCase(c.id);
    onNotice(t('list.deleted', { label: c.label }));
  };

  const hidden = <span className="visually-hidden">: <bdi>{c.label}</bdi></span>;
  return (
    <li className="case-row">
      <h2 id={titleId} className="case-row__label"><bdi>{c.label}</bdi></h2>
      <p className="case-row__changed">{t('list.changed', { date: formatChanged(c.updatedAt, locale) })}</p>
      {openFailed && <p className="field-error">{t('list.openFailed')}</p>}

      {mode === 'view' && (
        <div className="case-row__actions">
          <button type="button" className="button button--small" onClick={onOpen}>{t('list.open')}{hidden}</button>
          <button type="button" className="button button--secondary button--small" ref={setFocus}
            onClick={() => { setLabel(c.label); setError(null); setMode('rename'); }}>
            {t('list.rename')}{hidden}
          </button>
          <button type="button" className="button button--secondary button--small" onClick={() => setMode('delete')}>
            {t('list.delete')}{hidden}
          </button>
        </div>
      )}

      {mode === 'rename' && (
        <form className="case-row__form" onSubmit={(e) => void rename(e)} noValidate>
          <TextField
            id={`rename-${c.id}`}
            label={t('list.renameLabel', { label: c.label })}
            value={label}
            onValue={setLabel}
            error={error}
            autoComplete="off"
            ref={setFocus}
          />
          <div className="case-row__actions">
            <button type="submit" className="button button--small">{t('list.save')}</button>
            <button type="button" className="button button--secondary button--small" onClick={() => setMode('view')}>{t('list.cancel')}</button>
          </div>
        </form>
      )}

      {mode === 'delete' && (
        <div className="warning-panel case-row__confirm" role="group" aria-labelledby={`${titleId}-confirm`}>
          <p id={`${titleId}-confirm`} tabIndex={-1} ref={setFocus}>
            <Isolated sentence={(label) => t('list.deleteConfirm', { label })} value={c.label} />
          </p>
          <div className="case-row__actions">
            <button type="button" className="button button--warning button--small" onClick={() => void remove()}>{t('list.deleteYes')}</button>
            <button type="button" className="button button--secondary button--small" onClick={() => setMode('view')}>{t('list.deleteNo')}</button>
          </div>
        </div>
      )}
    </li>
  );
}

/** What is wrong with a case name typed here (a message key), or null: none, or one too long to keep whole. */
function labelProblem(label: string): 'list.labelEmpty' | 'list.labelTooLong' | null {
  if (caseLabel(label) === '') return 'list.labelEmpty';
  return caseLabelTooLong(label) ? 'list.labelTooLong' : null;
}

function NewCase() {
  const { t } = useTranslation('clinic');
  const openCase = useOpenCase();
  const [label, setLabel] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [focusKey, setFocusKey] = useState(0);
  const [busy, setBusy] = useState(false);

  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    if (busy) return;
    const problem = labelProblem(label);
    if (problem) {
      setError(t(problem, { max: CASE_LABEL_MAX }));
      setFocusKey((k) => k + 1);
      return;
    }
    setBusy(true);
    const { id } = await clinicSession.createCase(label);
    await openCase(id);
  };

  return (
    <section aria-labelledby="list-new" className="case-list-page__section">
      <h2 id="list-new">{t('list.new.heading')}</h2>
      <ErrorSummary errors={error ? [{ fieldId: 'new-case-label', message: error }] : []} focusKey={focusKey} />
      <form onSubmit={(e) => void onSubmit(e)} noValidate>
        <TextField
          id="new-case-label"
          label={t('list.new.label')}
          hint={t('list.new.hint')}
          value={label}
          onValue={(v) => { setLabel(v); if (error) setError(null); }}
          error={error}
          autoComplete="off"
        />
        <button type="submit" className="button" disabled={busy}>{t('list.new.submit')}</button>
      </form>
    </section>
  );
}

function IdleSetting() {
  const { t } = useTranslation('clinic');
  const minutes = useClinicStore((s) => s.idleMinutes);
  const setIdleMinutes = clinicSession.setIdleMinutes;
  const [saved, setSaved] = useState(false);
  return (
    <section aria-labelledby="list-idle" className="case-list-page__section">
      <h2 id="list-idle">{t('list.settings.heading')}</h2>
      <RadioGroup
        name="idle"
        legend={t('list.settings.legend')}
        options={IDLE_CHOICES.map((m) => ({ value: m, label: t('setup.idle.option', { count: Number(m) }) }))}
        value={idleChoice(minutes)}
        onValue={(v) => {
          setIdleMinutes(Number(v));
          setSaved(true);
        }}
      />
      <p className="hint" role="status">{saved ? t('list.settings.saved', { count: minutes }) : ''}</p>
    </section>
  );
}

/**
 * "Save or open a case file", in and outside clinic mode. Export: the current case as a plain
 * `.pdcase.json` (readable by anyone who gets it, and the page says so) or encrypted with its
 * own passphrase. Import: through readCaseFile (never throws), every refusal explained in plain
 * words; outside clinic mode it asks before replacing answers, in clinic mode it adds a new case.
 */
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type CaseData, caseFileName, isEmptyCase, isoToday, type RestoreIssue } from '../../domain';
import { APP_VERSION, useCaseStore } from '../../state/case-store';
import { exportCaseFile, exportEncryptedCaseFile, type ImportError, MAX_FILE_BYTES, readCaseFile } from '../../state/case-file-io';
import { clinicSession, useClinicStore } from '../../state/clinic/clinic-session';
import { checkNewPassphrase, loadStrengthEstimator, MIN_PASSPHRASE_LENGTH } from '../../state/clinic/passphrase-rules';
import { AppLink, useAppNavigate } from '../../ui/app-link';
import { ErrorSummary, type SummaryError } from '../../ui/form/error-summary';
import { useDocumentTitle } from '../../ui/use-document-title';
import { FieldError, NewPassphraseFields, PassphraseField, RadioGroup, ShowPassphrase } from '../../ui/form/form-bits';
import { saveFile } from '../../ui/save-file';
import { paths, resumeUrl } from '../../ui/paths';
import './case-file.css';

const hasAnswers = (c: CaseData) => !isEmptyCase(c);

export function CaseFilePage() {
  const { t } = useTranslation('clinic');
  const inClinic = useClinicStore((s) => s.status === 'unlocked');
  const activeId = useClinicStore((s) => s.activeId);
  const caseData = useCaseStore((s) => s.caseData);
  const canExport = inClinic ? activeId !== null : hasAnswers(caseData);
  useDocumentTitle(t('caseFile.title'));

  return (
    <div className="case-file-page">
      <h1>{t('caseFile.title')}</h1>
      <p className="lead">{t('caseFile.lead')}</p>
      <section aria-labelledby="export-title" className="case-file-page__section">
        <h2 id="export-title">{t('caseFile.export.heading')}</h2>
        {canExport ? <ExportForm /> : <p>{t('caseFile.export.noCase')}</p>}
        {canExport && !inClinic && (
          <p className="no-print">
            {t('caseFile.lawyerSummary')}{' '}
            <AppLink to={paths.lawyerSummary.href()}>{t('caseFile.lawyerSummaryLink')}</AppLink>
          </p>
        )}
      </section>
      <section aria-labelledby="import-title" className="case-file-page__section">
        <h2 id="import-title">{t('caseFile.import.heading')}</h2>
        <ImportForm />
      </section>
    </div>
  );
}

type ExportKind = 'plain' | 'encrypted';
type ExportErrors = Partial<Record<'passphrase' | 'confirm', string>>;

function ExportForm() {
  const { t } = useTranslation('clinic');
  const [kind, setKind] = useState<ExportKind>('plain');
  const [passphrase, setPassphrase] = useState('');
  const [confirm, setConfirm] = useState('');
  const [errors, setErrors] = useState<ExportErrors>({});
  const [focusKey, setFocusKey] = useState(0);
  const [busy, setBusy] = useState(false);
  const [saved, setSaved] = useState<string | null>(null);
  const [failed, setFailed] = useState(false);
  const min = { min: MIN_PASSPHRASE_LENGTH };

  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    if (busy) return;
    setSaved(null);
    setFailed(false);
    let found: ExportErrors = {};
    if (kind === 'encrypted') {
      setBusy(true);
      try {
        found = checkNewPassphrase(passphrase, confirm, await loadStrengthEstimator());
      } catch {
        setBusy(false);
        setFailed(true);
        return;
      }
      setBusy(false);
    }
    setErrors(found);
    if (Object.keys(found).length > 0) {
      setFocusKey((k) => k + 1);
      return;
    }
    // Read at the moment of saving: the latest answers. The file's name says nothing about whose they are.
    const data = useCaseStore.getState().caseData;
    const name = caseFileName(isoToday());
    setBusy(true);
    try {
      const text = kind === 'plain'
        ? exportCaseFile(data, APP_VERSION)
        : await exportEncryptedCaseFile(data, passphrase, APP_VERSION);
      saveFile(text, name, 'application/json');
      setSaved(name);
      setPassphrase('');
      setConfirm('');
    } catch {
      setFailed(true);
    } finally {
      setBusy(false);
    }
  };

  const summary: SummaryError[] = [
    ...(errors.passphrase ? [{ fieldId: 'export-passphrase', message: t(errors.passphrase, min) }] : []),
    ...(errors.confirm ? [{ fieldId: 'export-confirm', message: t(errors.confirm, min) }] : []),
  ];
  return (
    <form onSubmit={(e) => void onSubmit(e)} noValidate>
      <ErrorSummary errors={summary} focusKey={focusKey} />
      <RadioGroup
        name="export-kind"
        legend={t('caseFile.export.legend')}
        options={[
          { value: 'plain', label: t('caseFile.export.plain') },
          { value: 'encrypted', label: t('caseFile.export.encrypted'), hint: t('caseFile.export.encryptedHint') },
        ]}
        value={kind}
        onValue={(v) => {
          setKind(v);
          setErrors({});
          // The strength estimator is a large download of its own: start it while the passphrase is typed.
          if (v === 'encrypted') loadStrengthEstimator().catch(() => undefined);
        }}
      />
      {kind === 'plain' && (
        <div className="warning-panel">
          <p>{t('caseFile.export.plainHint')}</p>
        </div>
      )}
      {kind === 'encrypted' && (
        <div className="case-file-page__passphrase">
          <NewPassphraseFields
            idPrefix="export"
            label={t('caseFile.export.passphrase')}
            confirmLabel={t('caseFile.export.confirm')}
            hint={t('passphrase.minHint', min)}
            passphrase={passphrase}
            confirm={confirm}
            onPassphrase={setPassphrase}
            onConfirm={setConfirm}
            errors={{ passphrase: errors.passphrase ? t(errors.passphrase, min) : null, confirm: errors.confirm ? t(errors.confirm, min) : null }}
          />
        </div>
      )}
      <button type="submit" className="button" disabled={busy}>{t('caseFile.export.submit')}</button>
      <div role="status" className="case-file-page__status">
        {busy && kind === 'encrypted' && <p className="hint">{t('caseFile.export.working')}</p>}
        {saved && <p className="panel panel--done panel--plain">{t('caseFile.export.done', { name: saved })}</p>}
      </div>
      {failed && <p className="field-error" role="alert">{t('caseFile.export.failed')}</p>}
    </form>
  );
}

type ImportState =
  | { step: 'choose' }
  | { step: 'passphrase'; text: string; fileName: string }
  | { step: 'confirm-replace'; data: CaseData; migrated: boolean }
  | { step: 'replaced'; data: CaseData; migrated: boolean }
  | { step: 'added'; id: string; label: string; migrated: boolean }
  | { step: 'kept' };

type ImportProblem = ImportError | 'no-file' | 'read-failed';

/** "fileName.pdcase.json" → "fileName", as a label for a case added from a file. */
function fileStem(name: string): string {
  return name.replace(/\.pdcase\.json$|\.json$/i, '').trim();
}

function ImportForm() {
  const { t } = useTranslation('clinic');
  const { t: tq, i18n } = useTranslation('questions');
  const navigate = useAppNavigate();
  // Opening the new case: the same two steps as the clinic's case list (a feature does not import another).
  const openCase = async (id: string) => {
    await clinicSession.openCase(id);
    navigate(resumeUrl(useCaseStore.getState().caseData));
  };
  const inClinic = useClinicStore((s) => s.status === 'unlocked');
  const [state, setState] = useState<ImportState>({ step: 'choose' });
  const [problem, setProblem] = useState<{ code: ImportProblem; issues: RestoreIssue[] } | null>(null);
  const [focusKey, setFocusKey] = useState(0);
  const [busy, setBusy] = useState(false);
  const [passphrase, setPassphrase] = useState('');
  const [visible, setVisible] = useState(false);
  const fileRef = useRef<HTMLInputElement>(null);
  const outcomeRef = useRef<HTMLDivElement>(null);

  // Each new step (a question or an outcome) takes focus, so it is read out.
  useEffect(() => {
    if (state.step !== 'choose' && state.step !== 'passphrase') outcomeRef.current?.focus();
  }, [state.step]);

  const fail = (code: ImportProblem, issues: RestoreIssue[] = []) => {
    setProblem({ code, issues });
    setFocusKey((k) => k + 1);
  };

  /** An accepted file: in clinic mode a new case; else replace the answers, asking first if there are any. */
  const accept = async (data: CaseData, migrated: boolean, fileName: string) => {
    if (useClinicStore.getState().status === 'unlocked') {
      const label = data.person.fullName?.trim() || fileStem(fileName) || t('caseFile.import.defaultLabel');
      const summary = await clinicSession.importCase(label, data);
      setState({ step: 'added', id: summary.id, label: summary.label, migrated });
      return;
    }
    if (hasAnswers(useCaseStore.getState().caseData)) {
      setState({ step: 'confirm-replace', data, migrated });
      return;
    }
    useCaseStore.getState().replaceCase(data);
    setState({ step: 'replaced', data, migrated });
  };

  const read = async (text: string, fileName: string, pass?: string) => {
    const result = await readCaseFile(text, pass);
    if (result.ok) {
      setProblem(null);
      setPassphrase('');
      await accept(result.data, result.migratedFrom !== null, fileName);
      return;
    }
    if (result.error === 'needs-passphrase' || (result.error === 'wrong-passphrase' && pass !== undefined)) {
      setState({ step: 'passphrase', text, fileName });
      setPassphrase('');
      if (result.error === 'wrong-passphrase') fail('wrong-passphrase');
      else setProblem(null);
      return;
    }
    setState({ step: 'choose' });
    fail(result.error, result.issues);
  };

  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    if (busy) return;
    setBusy(true);
    try {
      if (state.step === 'passphrase') {
        if (passphrase === '') fail('needs-passphrase');
        else await read(state.text, state.fileName, passphrase);
        return;
      }
      const file = fileRef.current?.files?.[0];
      if (!file) return fail('no-file');
      if (file.size > MAX_FILE_BYTES) return fail('too-large');
      let text: string;
      try {
        text = await file.text();
      } catch {
        return fail('read-failed');
      }
      await read(text, file.name);
    } finally {
      setBusy(false);
    }
  };

  /** The first few fields a refused file got wrong, by their question where there is one. */
  const fieldNames = (issues: RestoreIssue[]) =>
    [...new Set(issues.map((i) => i.path))]
      .slice(0, 3)
      .map((path) => (i18n.exists(`questions:fields.${path}.label`) ? `“${tq(`fields.${path}.label`)}”` : path || '—'))
      .join('; ');

  const message = problem
    ? t(`caseFile.import.errors.${problem.code}`, { fields: fieldNames(problem.issues) })
    : null;
  const onPassphrase = state.step === 'passphrase';
  const errorField = onPassphrase ? 'import-passphrase' : 'import-file';

  const restart = () => {
    setState({ step: 'choose' });
    setProblem(null);
  };

  if (state.step === 'confirm-replace') {
    return (
      <div className="warning-panel case-file-page__confirm" role="group" aria-labelledby="replace-title" tabIndex={-1} ref={outcomeRef}>
        <h3 id="replace-title" className="panel__title">{t('caseFile.import.replace.title')}</h3>
        <p>{t('caseFile.import.replace.body')}</p>
        <div className="button-group">
          <button
            type="button"
            className="button button--warning"
            onClick={() => {
              useCaseStore.getState().replaceCase(state.data);
              setState({ step: 'replaced', data: state.data, migrated: state.migrated });
            }}
          >
            {t('caseFile.import.replace.yes')}
          </button>
          <button type="button" className="button button--secondary" onClick={() => setState({ step: 'kept' })}>
            {t('caseFile.import.replace.no')}
          </button>
        </div>
      </div>
    );
  }

  if (state.step === 'replaced' || state.step === 'added' || state.step === 'kept') {
    return (
      <div className="panel panel--done case-file-page__outcome" tabIndex={-1} ref={outcomeRef} role="status">
        {state.step === 'kept' && <p>{t('caseFile.import.kept')}</p>}
        {state.step === 'replaced' && <p>{t('caseFile.import.opened')}</p>}
        {state.step === 'added' && <p>{t('caseFile.import.added', { label: state.label })}</p>}
        {state.step !== 'kept' && state.migrated && <p>{t('caseFile.import.migrated')}</p>}
        <div className="button-group">
          {state.step === 'replaced' && (
            <AppLink to={resumeUrl(state.data)} className="button">{t('caseFile.import.continue')}</AppLink>
          )}
          {state.step === 'added' && (
            <>
              <button type="button" className="button" onClick={() => void openCase(state.id)}>{t('caseFile.import.openCase')}</button>
              <button type="button" className="button button--secondary" onClick={() => navigate(paths.clinic.href())}>{t('caseFile.import.toList')}</button>
            </>
          )}
          {state.step === 'kept' && (
            <button type="button" className="button button--secondary" onClick={restart}>{t('caseFile.import.heading')}</button>
          )}
        </div>
      </div>
    );
  }

  return (
    <form onSubmit={(e) => void onSubmit(e)} noValidate>
      <ErrorSummary errors={message ? [{ fieldId: errorField, message }] : []} focusKey={focusKey} />
      {inClinic && <p>{t('caseFile.import.clinicHint')}</p>}
      {onPassphrase ? (
        <>
          <p>{t('caseFile.import.passphraseIntro')}</p>
          <PassphraseField
            id="import-passphrase"
            label={t('caseFile.import.passphrase')}
            value={passphrase}
            onValue={setPassphrase}
            error={message}
            visible={visible}
            autoComplete="off"
            inputClassName="input input--passphrase"
          />
          <ShowPassphrase id="import-show" checked={visible} onChange={setVisible} />
        </>
      ) : (
        <div className={`field${message ? ' field--error' : ''}`}>
          <label className="label" htmlFor="import-file">{t('caseFile.import.label')}</label>
          <p id="import-file-hint" className="hint">{t('caseFile.import.hint')}</p>
          <FieldError id="import-file-error" message={message} />
          <input
            ref={fileRef}
            id="import-file"
            type="file"
            className="file-input"
            accept=".pdcase.json,.json,application/json"
            aria-describedby={message ? 'import-file-hint import-file-error' : 'import-file-hint'}
            aria-invalid={message ? true : undefined}
            onChange={() => setProblem(null)}
          />
        </div>
      )}
      <button type="submit" className="button" disabled={busy}>{t('caseFile.import.submit')}</button>
      <p className="hint" role="status">{busy ? t('caseFile.import.working') : ''}</p>
    </form>
  );
}

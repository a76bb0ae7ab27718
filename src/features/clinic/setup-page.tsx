/**
 * Turning clinic mode on: what it does, a plain warning that a forgotten passphrase cannot be
 * recovered (before the passphrase is chosen), the passphrase twice, the idle time, and what to
 * do with answers already on the device. Deriving the key takes a moment: the page says so.
 */
import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate } from 'react-router';
import { isEmptyCase } from '../../domain';
import { useCaseStore } from '../../state/case-store';
import { clinicSession, useClinicStore } from '../../state/clinic/clinic-session';
import { DEFAULT_IDLE_MINUTES } from '../../state/clinic/clinic-status';
import { CASE_LABEL_MAX, caseLabelTooLong } from '../../state/clinic/clinic-vault';
import { checkNewPassphrase, loadStrengthEstimator, MIN_PASSPHRASE_LENGTH, type StrengthEstimator } from '../../state/clinic/passphrase-rules';
import { useAppNavigate } from '../../ui/app-link';
import { BackLink } from '../../ui/back-link';
import { ErrorSummary, type SummaryError } from '../../ui/form/error-summary';
import { useDocumentTitle } from '../../ui/use-document-title';
import { IDLE_CHOICES, type IdleChoice, idleChoice, NewPassphraseFields, RadioGroup, TextField } from '../../ui/form/form-bits';
import { paths } from '../../ui/paths';

type Keep = 'keep' | 'discard';

export interface SetupInput {
  passphrase: string;
  confirm: string;
  hasAnswers: boolean;
  keep: Keep;
  label: string;
}

export type SetupErrors = Partial<Record<'passphrase' | 'confirm' | 'label', string>>;

/** Validation as message keys (in the `clinic` namespace), by field. */
export function validateSetup(input: SetupInput, estimate: StrengthEstimator): SetupErrors {
  const errors: SetupErrors = checkNewPassphrase(input.passphrase, input.confirm, estimate);
  if (input.hasAnswers && input.keep === 'keep' && input.label.trim() === '') errors.label = 'setup.errors.labelEmpty';
  else if (input.hasAnswers && input.keep === 'keep' && caseLabelTooLong(input.label)) errors.label = 'setup.errors.labelTooLong';
  return errors;
}

const FIELD_IDS = { passphrase: 'setup-passphrase', confirm: 'setup-confirm', label: 'setup-label' } as const;

export function SetupPage() {
  const { t } = useTranslation('clinic');
  const { t: tc } = useTranslation();
  const navigate = useAppNavigate();
  const status = useClinicStore((s) => s.status);
  const setUp = clinicSession.setUp;
  const caseData = useCaseStore((s) => s.caseData);
  const [hasAnswers] = useState(() => !isEmptyCase(caseData));
  const [passphrase, setPassphrase] = useState('');
  const [confirm, setConfirm] = useState('');
  const [idle, setIdle] = useState<IdleChoice>(idleChoice(DEFAULT_IDLE_MINUTES));
  const [keep, setKeep] = useState<Keep>('keep');
  const [label, setLabel] = useState('');
  const [errors, setErrors] = useState<SetupErrors>({});
  const [failed, setFailed] = useState(false);
  const [focusKey, setFocusKey] = useState(0);
  const [busy, setBusy] = useState(false);
  const hasErrors = Object.keys(errors).length > 0 || failed;
  const title = t('setup.title');
  useDocumentTitle(hasErrors ? `${tc('errors.titlePrefix')} ${title}` : title);
  // The strength estimator is a large download of its own: start it while the page is read.
  useEffect(() => {
    loadStrengthEstimator().catch(() => undefined);
  }, []);

  // Already on (e.g. Back after setting up): the case list or the locked screen.
  if (status !== 'off' && !busy) return <Navigate to={paths.clinic.href()} replace />;

  const min = { min: MIN_PASSPHRASE_LENGTH, max: CASE_LABEL_MAX };
  const msg = (field: keyof SetupErrors) => (errors[field] ? t(errors[field], min) : null);
  const summary: SummaryError[] = (['passphrase', 'confirm', 'label'] as const)
    .filter((f) => errors[f])
    .map((f) => ({ fieldId: FIELD_IDS[f], message: t(errors[f]!, min) }));
  if (failed) summary.push({ fieldId: FIELD_IDS.passphrase, message: t('setup.errors.failed') });

  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    if (busy) return;
    setBusy(true);
    setFailed(false);
    let found: SetupErrors;
    try {
      found = validateSetup({ passphrase, confirm, hasAnswers, keep, label }, await loadStrengthEstimator());
    } catch {
      setBusy(false);
      setFailed(true);
      setFocusKey((k) => k + 1);
      return;
    }
    setErrors(found);
    if (Object.keys(found).length > 0) {
      setBusy(false);
      setFocusKey((k) => k + 1);
      return;
    }
    try {
      await setUp(passphrase, {
        idleMinutes: Number(idle),
        ...(hasAnswers && keep === 'keep' ? { keepCurrentAs: label.trim() } : {}),
      });
      navigate(paths.clinic.href());
    } catch {
      setBusy(false);
      setFailed(true);
      setFocusKey((k) => k + 1);
    }
  };

  return (
    <div className="clinic-setup">
      <BackLink to={paths.start.href()} label={tc('actions.back')} />
      <ErrorSummary errors={summary} focusKey={focusKey} />
      <h1>{title}</h1>
      <p className="lead">{t('setup.lead')}</p>

      <section aria-labelledby="setup-how">
        <h2 id="setup-how">{t('setup.how.heading')}</h2>
        <ul>
          <li>{t('setup.how.cases')}</li>
          <li>{t('setup.how.encrypted')}</li>
          <li>{t('setup.how.lock')}</li>
          <li>{t('setup.how.nothingSent')}</li>
        </ul>
      </section>

      <section className="warning-panel clinic-warning" aria-labelledby="setup-warning">
        <h2 id="setup-warning" className="panel__title">{t('setup.warning.title')}</h2>
        <p>{t('setup.warning.body')}</p>
        <p><strong>{t('setup.warning.wipe')}</strong></p>
        <p>{t('setup.warning.write')}</p>
      </section>

      <form onSubmit={(e) => void onSubmit(e)} noValidate className="clinic-form">
        <NewPassphraseFields
          idPrefix="setup"
          label={t('setup.passphrase')}
          confirmLabel={t('setup.confirm')}
          hint={t('setup.passphraseHint', min)}
          passphrase={passphrase}
          confirm={confirm}
          onPassphrase={setPassphrase}
          onConfirm={setConfirm}
          errors={{ passphrase: msg('passphrase'), confirm: msg('confirm') }}
        />

        <RadioGroup
          name="setup-idle"
          legend={t('setup.idle.legend')}
          hint={t('setup.idle.hint')}
          options={IDLE_CHOICES.map((m) => ({ value: m, label: t('setup.idle.option', { count: Number(m) }) }))}
          value={idle}
          onValue={setIdle}
        />

        {hasAnswers && (
          <>
            <RadioGroup
              name="setup-keep"
              legend={t('setup.keep.legend')}
              options={[
                { value: 'keep', label: t('setup.keep.keep'), hint: t('setup.keep.keepHint') },
                { value: 'discard', label: t('setup.keep.discard'), hint: t('setup.keep.discardHint') },
              ]}
              value={keep}
              onValue={setKeep}
            />
            {keep === 'keep' && (
              <TextField
                id={FIELD_IDS.label}
                label={t('setup.keep.label')}
                hint={t('setup.keep.labelHint')}
                value={label}
                onValue={setLabel}
                error={msg('label')}
                autoComplete="off"
                inputClassName="input input--medium-wide"
              />
            )}
          </>
        )}

        <button type="submit" className="button" disabled={busy} aria-describedby="setup-working">
          {t('setup.submit')}
        </button>
        <p id="setup-working" className="hint" role="status">{busy ? t('setup.working') : ''}</p>
      </form>
    </div>
  );
}

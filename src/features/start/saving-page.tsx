import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate } from 'react-router';
import { isEmptyCase } from '../../domain';
import { useCaseStore } from '../../state/case-store';
import type { StorageMode } from '../../state/device-storage';
import { useAppNavigate } from '../../ui/app-link';
import { BackLink } from '../../ui/back-link';
import { ErrorSummary } from '../../ui/form/error-summary';
import { RadioGroup } from '../../ui/form/form-bits';
import { paths, resumeUrl } from '../../ui/paths';
import { useDocumentTitle } from '../../ui/use-document-title';

const MODES = ['device', 'session'] as const satisfies readonly StorageMode[];

/**
 * "Do you want to save your answers on this device?", asked once, after "Start now" and before
 * the first question: nothing is chosen for the person (a shared computer must not keep answers
 * because a box was ticked in advance), so "Continue" with no choice says what to do.
 */
export function SavingPage() {
  const { t } = useTranslation();
  const navigate = useAppNavigate();
  const c = useCaseStore((s) => s.caseData);
  const setStorageMode = useCaseStore((s) => s.setStorageMode);
  const [mode, setMode] = useState<StorageMode | null>(null);
  const [error, setError] = useState(false);
  const [focusKey, setFocusKey] = useState(0);
  useDocumentTitle(error ? `${t('errors.titlePrefix')} ${t('saving.documentTitle')}` : t('saving.documentTitle'));
  // The choice is made before the first answer; with answers, carry on where the person was.
  if (!isEmptyCase(c)) return <Navigate to={resumeUrl(c)} replace />;

  return (
    <div className="saving-page">
      <BackLink to={paths.start.href()} label={t('actions.back')} />
      <ErrorSummary errors={error ? [{ fieldId: 'saving-device', message: t('saving.error') }] : []} focusKey={focusKey} />
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          if (!mode) {
            setError(true);
            setFocusKey((k) => k + 1);
            return;
          }
          setStorageMode(mode);
          navigate(paths.taskList.href());
        }}
      >
        <RadioGroup
          name="saving"
          legend={t('saving.legend')}
          asHeading
          options={MODES.map((m) => ({ value: m, label: t(`saving.${m}`), hint: t(`saving.${m}Hint`) }))}
          value={mode}
          onValue={(m) => {
            setMode(m);
            setError(false);
          }}
          error={error ? t('saving.error') : null}
        />
        <button type="submit" className="button">{t('actions.continue')}</button>
      </form>
    </div>
  );
}

import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { exitNow, shiftTripleListener } from './quick-exit';

export { EXIT_EVENT, EXIT_URL, exitNow } from './quick-exit';

/** Three presses of Shift within two seconds, as on GOV.UK's "Exit this page". */
export function useShiftTripleExit(onExit: () => void = exitNow): void {
  useEffect(() => {
    const onKey = shiftTripleListener(onExit);
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onExit]);
}

export function ExitButton() {
  const { t } = useTranslation();
  useShiftTripleExit();
  return (
    <div className="exit">
      <button type="button" className="exit__button" onClick={exitNow} aria-describedby="exit-hint">
        {t('exit.button')}
      </button>
      <p id="exit-hint" className="exit__hint">{t('exit.hint')}</p>
    </div>
  );
}

import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

/** Sent on window just before a quick exit. */
export const EXIT_EVENT = 'pd-helper:exit';

/** A neutral page. Opening it is the only request to another origin, and only when asked. */
export const EXIT_URL = 'https://www.weather.gov/';

/**
 * Leave at once: blank the page, then replace this history entry with a neutral site. All
 * navigation inside the app replaces its history entry (see docs/adr/0003-exit-and-history.md),
 * so Back after leaving does not return to the app's content.
 */
export function exitNow(): void {
  // Nothing may hold the person here (e.g. a "leave this page?" warning): tell the app first.
  window.dispatchEvent(new Event(EXIT_EVENT));
  document.title = '';
  document.body.replaceChildren();
  window.location.replace(EXIT_URL);
}

/** Three presses of Shift within two seconds, as on GOV.UK's "Exit this page". */
export function useShiftTripleExit(onExit: () => void = exitNow): void {
  useEffect(() => {
    let times: number[] = [];
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Shift') {
        times = [];
        return;
      }
      if (e.repeat) return;
      const now = e.timeStamp;
      times = [...times.filter((t) => now - t < 2000), now];
      if (times.length >= 3) {
        times = [];
        onExit();
      }
    };
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

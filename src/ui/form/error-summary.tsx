import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';

export interface SummaryError {
  /** The id of the input to focus when the link is followed. */
  fieldId: string;
  message: string;
}

interface ErrorSummaryProps {
  errors: SummaryError[];
  focusKey: number;
}

/**
 * GOV.UK-style error summary: appears above the form, takes focus so screen readers announce it,
 * and links to each field. `focusKey` changes on every failed submit so focus moves again.
 *
 * Nothing is set up while there is no error: every question page has one, and `useTranslation`'s
 * setup on each page was about 1.5 % of React's work of a step (issue 17).
 */
export function ErrorSummary({ errors, focusKey }: ErrorSummaryProps) {
  return errors.length === 0 ? null : <ErrorSummaryBox errors={errors} focusKey={focusKey} />;
}

function ErrorSummaryBox({ errors, focusKey }: ErrorSummaryProps) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  // On showing, and again at each failed submit.
  useEffect(() => {
    ref.current?.focus();
  }, [focusKey, errors.length]);
  return (
    <div className="error-summary" role="alert" aria-labelledby="error-summary-title" tabIndex={-1} ref={ref}>
      <h2 id="error-summary-title" className="error-summary__title">
        {t('errors.summaryTitle')}
      </h2>
      <ul>
        {errors.map((e) => (
          <li key={e.fieldId}>
            <a
              href={`#${e.fieldId}`}
              onClick={(ev) => {
                // Hash routing: follow the link by focusing the field, not by changing the hash.
                ev.preventDefault();
                const el = document.getElementById(e.fieldId);
                el?.focus();
                el?.scrollIntoView?.({ block: 'center' });
              }}
            >
              {e.message}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}

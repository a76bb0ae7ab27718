import type { ReactNode } from 'react';
import { AppLink } from './app-link';

/**
 * A native disclosure: keyboard and screen-reader friendly with no script. `more` adds a link
 * at its end (e.g. "Why we ask this" → a learn page that explains the term).
 */
export function Disclosure({ summary, children, more }: { summary: string; children: ReactNode; more?: { to: string; label: string } }) {
  return (
    <details className="disclosure">
      <summary>{summary}</summary>
      <div className="disclosure__body">
        {children}
        {more && (
          <p>
            <AppLink to={more.to}>{more.label}</AppLink>
          </p>
        )}
      </div>
    </details>
  );
}

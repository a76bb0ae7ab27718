import type { ReactNode } from 'react';

/** A native disclosure: keyboard and screen-reader friendly with no script. */
export function Disclosure({ summary, children }: { summary: string; children: ReactNode }) {
  return (
    <details className="disclosure">
      <summary>{summary}</summary>
      <div className="disclosure__body">{children}</div>
    </details>
  );
}

/**
 * Parts shared by the printable one-page summaries (the clinic's volunteer summary and the
 * lawyer's summary): a titled section and the red-flag list with its severity badge. Props only;
 * each page passes its own words.
 */
import type { ReactNode } from 'react';

export function SummarySection({ id, title, className, children }: { id: string; title: string; className: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className={className}>
      <h2 id={id}>{title}</h2>
      {children}
    </section>
  );
}

export interface SummaryFlag {
  id: string;
  title: string;
  severity: 'stop' | 'warn';
  severityLabel: string;
}

/** The red flags, or the sentence that says there are none. */
export function FlagList({ flags, none, className }: { flags: readonly SummaryFlag[]; none: string; className: string }) {
  if (flags.length === 0) return <p>{none}</p>;
  return (
    <ul className={className}>
      {flags.map((f) => (
        <li key={f.id}>
          {f.title}{' '}
          <span className={`badge badge--flag-${f.severity}`}>{f.severityLabel}</span>
        </li>
      ))}
    </ul>
  );
}

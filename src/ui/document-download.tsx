/**
 * A card that makes one PDF on request and saves it: the PDF code and font load only when the
 * button is pressed (the caller's `makePdf` imports them), and the outcome is said in a live
 * region that takes focus. Used by every document of the packet other than the letter.
 */
import { type ReactNode, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { saveFile } from './save-file';

type Status = { kind: 'idle' | 'working' | 'failed' } | { kind: 'done'; fileName: string } | { kind: 'unsupported'; chars: string };

/** The characters of a refusal from the PDF code (UnsupportedCharactersError: `problems`), or null for any other error. */
function refusedCharacters(error: unknown): string | null {
  const problems = (error as { problems?: unknown } | null)?.problems;
  if (!Array.isArray(problems)) return null;
  return [...new Set(problems.map((p) => String((p as { char?: unknown }).char ?? '')))].filter((c) => c !== '').join(' ');
}

export function DocumentDownload({ id, title, intro, button, fileName, makePdf, unsupportedHint, children }: {
  id: string;
  title: string;
  intro: ReactNode;
  button: string;
  fileName: string;
  makePdf: () => Promise<Blob>;
  /** Where to change a character the PDF cannot print (default: "where you typed them"). */
  unsupportedHint?: string;
  children?: ReactNode;
}) {
  const { t } = useTranslation('pages');
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const messageRef = useRef<HTMLDivElement>(null);

  const download = async () => {
    setStatus({ kind: 'working' });
    try {
      saveFile(await makePdf(), fileName, 'application/pdf');
      setStatus({ kind: 'done', fileName });
    } catch (error) {
      const chars = refusedCharacters(error);
      setStatus(chars ? { kind: 'unsupported', chars } : { kind: 'failed' });
    }
    setTimeout(() => messageRef.current?.focus(), 0);
  };

  return (
    <section className="card no-print" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{title}</h2>
      <div id={`${id}-description`}>{typeof intro === 'string' ? <p>{intro}</p> : intro}</div>
      {children}
      <button type="button" className="button button--secondary" onClick={() => void download()} disabled={status.kind === 'working'}
        aria-describedby={`${id}-description ${id}-status`}>
        {button}
      </button>
      <div id={`${id}-status`} ref={messageRef} tabIndex={-1} aria-live="polite">
        {status.kind === 'working' && <p>{t('documentDownload.working')}</p>}
        {status.kind === 'done' && <p className="panel panel--done">{t('documentDownload.done', { fileName: status.fileName })}</p>}
        {status.kind === 'failed' && <p className="panel panel--warning">{t('documentDownload.failed')}</p>}
        {status.kind === 'unsupported' && (
          <p className="panel panel--warning">{t('documentDownload.unsupported', { chars: status.chars, where: unsupportedHint ?? t('documentDownload.whereTyped') })}</p>
        )}
      </div>
    </section>
  );
}

/**
 * The follow-up letter's download: the PDF code and font load only when the button is pressed
 * (dynamic import, like the letter's download), and the file is built from the letter model
 * (same sender, office and Re: block) and the sent record.
 */
import { useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type Assessment, type CaseData, checklist, followUpLetter, letterModel, pdfFileName, type SentRecord } from '../../domain';
import { APP_VERSION } from '../../state/case-store';
import { saveFile } from '../../ui/save-file';

/** As in the letter's PDF metadata (creator and producer). */
const APP_NAME = 'PD Helper';

type Status = { kind: 'idle' | 'working' | 'failed' } | { kind: 'done'; fileName: string } | { kind: 'unsupported'; chars: string };

export function FollowUpDownload({ c, a, sent }: { c: CaseData; a: Assessment; sent: SentRecord }) {
  const { t } = useTranslation('pages');
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const messageRef = useRef<HTMLDivElement>(null);
  const model = useMemo(() => letterModel(c, a, checklist(c, a)), [c, a]);
  if (!model) return null;

  const download = async () => {
    setStatus({ kind: 'working' });
    try {
      const pdf = await import('../../pdf');
      try {
        const bytes = await pdf.createFollowUpPdf(followUpLetter(model, sent, a.asOf), { appName: APP_NAME, appVersion: APP_VERSION });
        const fileName = pdfFileName(c.person.fullName ?? '', a.asOf, 'followUp');
        saveFile(bytes, fileName, 'application/pdf');
        setStatus({ kind: 'done', fileName });
      } catch (error) {
        if (error instanceof pdf.UnsupportedCharactersError) setStatus({ kind: 'unsupported', chars: [...new Set(error.problems.map((p) => p.char))].join(' ') });
        else setStatus({ kind: 'failed' });
      }
    } catch {
      setStatus({ kind: 'failed' });
    }
    setTimeout(() => messageRef.current?.focus(), 0);
  };

  return (
    <section className="card no-print" aria-labelledby="follow-up-letter-title">
      <h2 id="follow-up-letter-title">{t('afterSending.followUp.title')}</h2>
      <p id="follow-up-letter-description">{t('afterSending.followUp.intro')}</p>
      <button type="button" className="button button--secondary" onClick={() => void download()} disabled={status.kind === 'working'}
        aria-describedby="follow-up-letter-description follow-up-status">
        {t('afterSending.followUp.button')}
      </button>
      <div id="follow-up-status" ref={messageRef} tabIndex={-1} aria-live="polite">
        {status.kind === 'working' && <p>{t('afterSending.followUp.working')}</p>}
        {status.kind === 'done' && <p className="panel panel--done">{t('afterSending.followUp.done', { fileName: status.fileName })}</p>}
        {status.kind === 'failed' && <p className="panel panel--warning">{t('afterSending.followUp.failed')}</p>}
        {status.kind === 'unsupported' && <p className="panel panel--warning">{t('afterSending.followUp.unsupported', { chars: status.chars })}</p>}
      </div>
    </section>
  );
}

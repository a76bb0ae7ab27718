/**
 * The follow-up letter's download: the PDF code and font load only when the button is pressed
 * (dynamic import, like the letter's download), and the file is built from the letter model
 * (same sender, office and Re: block) and the sent record.
 */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { type Assessment, type CaseData, checklist, followUpLetter, letterModel, pdfFileName, type SentRecord } from '../../domain';
import { APP_NAME, APP_VERSION } from '../../state/case-store';
import { DocumentDownload } from '../../ui/document-download';

export function FollowUpDownload({ c, a, sent }: { c: CaseData; a: Assessment; sent: SentRecord }) {
  const { t } = useTranslation('pages');
  const model = useMemo(() => letterModel(c, a, checklist(c, a)), [c, a]);
  if (!model) return null;
  const makePdf = async () => (await import('../../pdf')).createFollowUpPdf(followUpLetter(model, sent, a.asOf), { appName: APP_NAME, appVersion: APP_VERSION });
  return (
    <DocumentDownload
      id="follow-up-letter"
      title={t('afterSending.followUp.title')}
      intro={t('afterSending.followUp.intro')}
      button={t('afterSending.followUp.button')}
      fileName={pdfFileName(c.person.fullName ?? '', a.asOf, 'followUp')}
      makePdf={makePdf}
      unsupportedHint={t('afterSending.followUp.where')}
    />
  );
}

/**
 * The declaration's download: the PDF code and font load only when the button is pressed, with
 * the declaration's words in its language and, for a Spanish one, the English pages after it.
 */
import { useTranslation } from 'react-i18next';
import { type CaseData, type DeclarationWords, LETTER_LANGUAGE, pdfFileName, personalDeclaration } from '../../domain';
import { APP_NAME, APP_VERSION } from '../../state/case-store';
import { DocumentDownload } from '../../ui/document-download';
import { loadLanguageNamespaces } from '../../ui/load-language';

export function DeclarationDownload({ c, asOf }: { c: CaseData; asOf: string }) {
  const { t, i18n } = useTranslation('pages');
  // Not in English: a translation page and the certificate follow the declaration.
  const translated = (c.declaration?.language ?? LETTER_LANGUAGE.code) !== LETTER_LANGUAGE.code;
  const makePdf = async () => {
    const [pdf] = await Promise.all([import('../../pdf'), loadLanguageNamespaces(i18n, 'en', ['pages']), loadLanguageNamespaces(i18n, 'es', ['pages'])]);
    const words: DeclarationWords = (lang, key, params) => i18n.getFixedT(lang, 'pages')(`declaration.pdf.${key}`, params);
    const doc = personalDeclaration(c, words);
    if (!doc) throw new Error('No declaration to print');
    return pdf.createPrintablePdf(doc, { appName: APP_NAME, appVersion: APP_VERSION });
  };
  return (
    <DocumentDownload
      id="declaration-download"
      title={t('declaration.download.title')}
      intro={translated ? t('declaration.download.introSpanish') : t('declaration.download.intro')}
      button={t('declaration.download.button')}
      fileName={pdfFileName(c.person.fullName ?? '', asOf, 'declaration')}
      makePdf={makePdf}
      unsupportedHint={t('declaration.download.where')}
    />
  );
}

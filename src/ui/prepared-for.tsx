import { useTranslation } from 'react-i18next';
import { formatDate } from './format';
import { useUiLocale } from './use-ui-locale';

/** On paper only: whose page this is and when it was made (the screen does not need it). */
export function PreparedFor({ name, asOf }: { name: string | undefined; asOf: string }) {
  const { t } = useTranslation('pages');
  const locale = useUiLocale();
  const date = formatDate(asOf, locale);
  return <p className="print-only prepared-for">{name ? t('result.printedFor', { name, date }) : t('result.printedOn', { date })}</p>;
}

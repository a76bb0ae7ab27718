/**
 * The next hearing as a calendar file (.ics), made on the device (src/domain/calendar-file.ts):
 * offered only for a full hearing date from today on. Neutral title and file name: see there why.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { calendarFile, type CaseData, hearingForCalendar } from '../../domain';
import { formatDate } from '../../ui/format';
import { saveFile } from '../../ui/save-file';
import { useUiLocale } from '../../ui/use-ui-locale';
export function CalendarDownload({ c, asOf }: { c: CaseData; asOf: string }) {
  const { t } = useTranslation('pages');
  const locale = useUiLocale();
  const [savedAs, setSavedAs] = useState<string | null>(null);
  const date = hearingForCalendar(c, asOf);
  if (!date) return null;
  const title = t('afterSending.calendar.eventTitle');
  const download = () => {
    const fileName = `appointment-${date}.ics`;
    saveFile(calendarFile(date, { title, reminder: t('afterSending.calendar.eventReminder') }), fileName, 'text/calendar;charset=utf-8');
    setSavedAs(fileName);
  };
  return (
    <section className="card no-print" aria-labelledby="calendar-title">
      <h2 id="calendar-title">{t('afterSending.calendar.title')}</h2>
      <p id="calendar-description">{t('afterSending.calendar.intro', { date: formatDate(date, locale) })}</p>
      <p>{t('afterSending.calendar.privacy', { title })}</p>
      <button type="button" className="button button--secondary" onClick={download} aria-describedby="calendar-description calendar-status">
        {t('afterSending.calendar.button')}
      </button>
      <div id="calendar-status" aria-live="polite">
        {savedAs && <p className="panel panel--done">{t('afterSending.calendar.done', { fileName: savedAs })}</p>}
      </div>
    </section>
  );
}

/**
 * "Your questions": the task list (GOV.UK pattern). The questions are in parts; each part shows
 * its status, and its name links to where to go in it: the next question, or once it is done, its
 * own "check your answers". One button carries on. It comes after the saving choice and is where
 * "Continue where you left off" lands, so a person always sees where they are. Its words are in
 * `common` (the first download): the first question is reached through it.
 */
import { useTranslation } from 'react-i18next';
import { firstUnansweredStep, taskList, type TaskStatus, todayContext } from '../../domain';
import { useCaseStore } from '../../state/case-store';
import { AppLink } from '../../ui/app-link';
import { BackLink } from '../../ui/back-link';
import { paths, stepUrl } from '../../ui/paths';
import { useDocumentTitle } from '../../ui/use-document-title';

export function TaskListPage() {
  const { t } = useTranslation();
  const c = useCaseStore((s) => s.caseData);
  useDocumentTitle(t('taskList.title'));
  const ctx = todayContext();
  const tasks = taskList(c, ctx);
  const done = tasks.filter((x) => x.status === 'completed').length;
  const open = firstUnansweredStep(c, ctx);

  return (
    <div className="task-list-page">
      <BackLink to={paths.start.href()} label={t('actions.back')} />
      <h1>{t('taskList.title')}</h1>
      <p className="lead">{t('taskList.lead')}</p>
      <p className="task-list__progress">{t('taskList.progress', { done, total: tasks.length })}</p>
      <ol className="task-list">
        {tasks.map((task) => {
          const name = t(`questions:sections.${task.section}`);
          const to =
            task.status === 'cannot-start' ? null
            : task.status === 'completed' ? paths.review.href(task.section)
            : stepUrl(task.stepId);
          return (
            <li key={task.section} className="task-list__item">
              <span className="task-list__name">
                {to ? <AppLink to={to} aria-describedby={`task-${task.section}-status`}>{name}</AppLink> : name}
              </span>
              <StatusTag id={`task-${task.section}-status`} status={task.status} />
            </li>
          );
        })}
      </ol>
      {open ? (
        <AppLink to={stepUrl(open.id)} className="button">{t(done === 0 && open.id === tasks[0]?.stepId ? 'taskList.start' : 'actions.continue')}</AppLink>
      ) : (
        <AppLink to={paths.review.href()} className="button">{t('taskList.checkAll')}</AppLink>
      )}
    </div>
  );
}

function StatusTag({ id, status }: { id: string; status: TaskStatus }) {
  const { t } = useTranslation();
  return (
    <span id={id} className={`task-list__status task-list__status--${status}`}>
      {t(`taskList.status.${status}`)}
    </span>
  );
}

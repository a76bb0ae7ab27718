/**
 * The task list (GOV.UK "task list" pattern): the parts of the questions on the person's path,
 * each with its status, where to go next in it and how many pages it has. The words come from
 * the locales; the order and the rules from the flow table.
 */
import type { CaseData } from './case-schema';
import { type FlowContext, isStepAnswered, type SectionId, sectionIds, type Step, usualPath } from './flow';

export type TaskStatus = 'completed' | 'in-progress' | 'not-started' | 'cannot-start';

export interface Task {
  section: SectionId;
  status: TaskStatus;
  /** The page to open for this part: its first unanswered page, or its first page once it is done. */
  stepId: string;
  /** How many pages the part has on the person's path now (later answers can change it). */
  pages: number;
}

/**
 * The parts on the person's path, in order. Until the first part is answered, the usual path of a
 * case in court is shown, so a new person sees every part ahead. A part can be started once the
 * parts before it are done: later questions depend on earlier answers.
 */
export function taskList(c: CaseData, ctx: FlowContext): Task[] {
  const path = usualPath(c, ctx);
  const tasks: Task[] = [];
  let earlierDone = true;
  for (const section of sectionIds) {
    const inSection: Step[] = path.filter((s) => s.section === section);
    if (inSection.length === 0) continue;
    const answered = inSection.filter((s) => isStepAnswered(s, c)).length;
    const open = inSection.find((s) => !isStepAnswered(s, c));
    const status: TaskStatus =
      answered === inSection.length ? 'completed' : !earlierDone ? 'cannot-start' : answered > 0 ? 'in-progress' : 'not-started';
    tasks.push({ section, status, stepId: (open ?? inSection[0]!).id, pages: inSection.length });
    earlierDone = earlierDone && status === 'completed';
  }
  return tasks;
}

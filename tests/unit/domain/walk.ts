/**
 * Walks the real wizard flow with a table of answers, the way a person would: start at the first
 * step, fill that step's fields from the table, follow `next`. Fails if the flow asks a required
 * question the scenario has no answer for, so scenarios cannot silently skip steps.
 */
import {
  type CaseData,
  caseDataSchema,
  emptyCase,
  type FlowContext,
  findStep,
  FIRST_STEP_ID,
  isFieldAsked,
  isStepAnswered,
  setField,
} from '../../../src/domain';
import { type Answers, SCENARIO_DATE } from '../../fixtures/personas';

// The shared answer tables live once, in tests/fixtures/personas.ts; walk.ts passes them on.
export { type Answers, detained, duiInCourt, finalOrderBaseline, inCourtBaseline, notInProceedings, SCENARIO_DATE, strongInCourt,
  unsureInProceedings } from '../../fixtures/personas';

export function walk(
  answers: Answers,
  extra: Partial<Pick<CaseData, 'letter' | 'checklist'>> = {},
  ctx: FlowContext = { asOf: SCENARIO_DATE },
): { visited: string[]; c: CaseData } {
  let c = emptyCase();
  const visited: string[] = [];
  let id: string | null = FIRST_STEP_ID;
  while (id !== null) {
    const step = findStep(id);
    if (!step) throw new Error(`unknown step ${id}`);
    if (visited.includes(id)) throw new Error(`loop at ${id}`);
    visited.push(id);
    // In order, as the page shows them: a question under another one only once that answer calls for it.
    for (const fs of step.fields) {
      if (fs.path in answers && isFieldAsked(fs, c)) c = setField(c, fs.path, answers[fs.path]);
    }
    if (!isStepAnswered(step, c)) throw new Error(`scenario has no answer for step "${id}"`);
    id = step.next(c, ctx);
  }
  const parsed = caseDataSchema.parse({ ...c, ...extra });
  return { visited, c: parsed };
}

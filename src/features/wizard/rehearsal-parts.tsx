/**
 * The question pages' rehearsal (src/ui/rehearsal.tsx), loaded once the second question page shown
 * in a tab is idle (step-page.tsx): one page of each kind of question not met yet, chosen once and
 * drawn with the answers as they were then (nothing drawn is ever shown, so it need not follow them).
 */
import { useState } from 'react';
import type { Step } from '../../domain';
import { useCaseStore } from '../../state/case-store';
import { Rehearsal } from '../../ui/rehearsal';
import { pagesToRehearse } from './rehearsed-pages';
import { StepForm } from './step-page';

export function QuestionPagesRehearsal({ from }: { from: Step }) {
  const [{ pages, caseData }] = useState(() => ({ pages: pagesToRehearse(from), caseData: useCaseStore.getState().caseData }));
  return <Rehearsal items={pages} render={(page) => <StepForm key={page.id} step={page} caseData={caseData} fromReview={false} />} />;
}

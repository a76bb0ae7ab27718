/**
 * Which question pages to rehearse (src/ui/rehearsal.tsx): one for each kind of question the
 * person has not met yet in this tab, so the first court picker, tick list or address form is
 * no slower to show than the rest.
 */
import { type Step, steps } from '../../domain';
import { fieldWidgets } from '../../ui/form/field-specs';

/** What drawing a page takes: the kinds of its questions, and a tick list if it has one. */
export function pageShape(step: Step): string[] {
  const kinds: string[] = step.fields.map((f) => fieldWidgets[f.path].kind);
  if (step.ticks) kinds.push('ticks');
  return kinds;
}

/** Kinds drawn, or to be rehearsed, in this tab. */
const metInThisTab = new Set<string>();

/**
 * The pages to rehearse while `current` shows: the first page in the questions' order for each
 * kind not met yet. Every kind is rehearsed at most once per tab.
 */
export function pagesToRehearse(current: Step, all: readonly Step[] = steps, met: Set<string> = metInThisTab): Step[] {
  for (const kind of pageShape(current)) met.add(kind);
  const pages: Step[] = [];
  for (const step of all) {
    const fresh = pageShape(step).filter((kind) => !met.has(kind));
    if (fresh.length === 0) continue;
    for (const kind of fresh) met.add(kind);
    pages.push(step);
  }
  return pages;
}

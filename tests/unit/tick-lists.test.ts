/**
 * The pages that ask yes / no / not sure questions as one "select all that apply" list (issue 16):
 * the list is made only of such questions, a question shown under one follows it, and the answers
 * the list gives are exactly what the person ticked.
 */
import { describe, expect, it } from 'vitest';
import { emptyCase, type FieldSpec, findStep, setField, steps, tickListNow } from '../../src/domain';
import { fieldWidgets } from '../../src/ui/form/field-specs';
import { pageParts, stepDefaultValues, tickAnswers, tickModeFor } from '../../src/features/wizard/step-form-schema';

describe('tick lists', () => {
  const withTicks = steps.filter((s) => s.ticks);

  it('are on the pages with several yes / no / not sure questions about one thing', () => {
    expect(withTicks.map((s) => s.id)).toEqual([
      'ice-supervision', 'prior-removal', 'serious-matters', 'family', 'health', 'military', 'school-and-work', 'humanitarian',
    ]);
    for (const step of withTicks) {
      const own = step.fields.map((f) => f.path);
      for (const path of step.ticks!) {
        expect(own, `${step.id} ${path}`).toContain(path);
        const w = fieldWidgets[path];
        expect(w.kind === 'radio' && w.options.join(','), path).toBe('yes,no,unknown');
        expect(step.fields.find((f) => f.path === path)!.reveal, path).toBeUndefined();
      }
    }
  });

  it('put a question shown under an item under that item, and the others around the list', () => {
    const step = findStep('prior-removal')!;
    const shown = step.fields as FieldSpec[];
    const parts = pageParts(step, shown);
    expect(parts).toHaveLength(1);
    const list = parts[0]!;
    if (list.kind !== 'ticks') throw new Error('expected the tick list');
    expect(list.items.map((i) => [i.field.path, i.reveals.map((r) => r.path)])).toEqual([
      ['history.priorRemoval', ['history.reentryAfterRemoval']],
      ['history.missedHearing', []],
      ['history.priorPdRequest', ['history.priorPdResult', 'history.priorPdDate']],
    ]);
    const school = findStep('school-and-work')!;
    expect(pageParts(school, school.fields as FieldSpec[]).map((p) => p.kind)).toEqual(['field', 'ticks']);
  });

  it('ask a lone question of the list as its own question', () => {
    const step = findStep('ice-supervision')!;
    const onlyOne = step.fields.filter((f) => f.path === 'posture.supervision');
    expect(tickListNow(step, onlyOne)).toEqual([]);
    expect(pageParts(step, onlyOne)).toEqual([{ kind: 'field', field: onlyOne[0] }]);
  });

  it('save "no" for the unticked ones only once one is ticked, or for "None of these"', () => {
    const paths = findStep('health')!.ticks!;
    const values: Record<string, unknown> = { 'favourable.pregnantOrNursing': 'yes' };
    expect(tickAnswers('', paths, (p) => values[p])).toEqual([
      ['favourable.seriousIllness', 'no'], ['favourable.competencyConcern', 'no'], ['favourable.partnerPregnantOrNursing', 'no'],
    ]);
    expect(tickAnswers('', paths, () => undefined)).toEqual([]);
    expect(tickAnswers('none', paths, () => undefined).map(([, v]) => v)).toEqual(['no', 'no', 'no', 'no']);
    expect(tickAnswers('unsure', paths, (p) => values[p])).toEqual([]);
  });

  it('open as the person left them: "not sure" to any opens each one, all "no" is "None of these"', () => {
    expect(tickModeFor([])).toBe('');
    expect(tickModeFor(['no', 'yes'])).toBe('');
    expect(tickModeFor(['no', 'no'])).toBe('none');
    expect(tickModeFor(['no', 'unknown'])).toBe('unsure');
    const step = findStep('military')!;
    const c = setField(setField(emptyCase(), 'favourable.militarySelf', 'no'), 'favourable.militaryFamily', 'unknown');
    const read = (p: string) => (c.favourable as Record<string, unknown>)[p.split('.')[1]!];
    expect(stepDefaultValues(step, read, 'mdy').page).toEqual({ ticks: 'unsure' });
  });
});

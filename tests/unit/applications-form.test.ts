/** Applications as ticked boxes with "None of these" (issue 16): what the form keeps, and what it refuses. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applicationKinds, applicationStatuses } from '../../src/domain';
import { fieldFormSchema } from '../../src/ui/form/field-forms';
import { toFormValue } from '../../src/ui/form/field-specs';
// The longer inputs' rules load on their own in the app; here they are loaded at once.
import '../../src/ui/form/list-field-forms';

const schema = fieldFormSchema('history.applications', 'mdy');
const parse = (v: unknown) => schema.safeParse(v);
const messages = (v: unknown) => {
  const r = parse(v);
  return r.success ? [] : r.error.issues.map((i) => [i.message, i.path.join('.')]);
};

describe('the applications question', () => {
  it('keeps each ticked one with what is happening with it', () => {
    const r = parse({ none: false, ticked: ['asylum', 'u_visa'], status: { asylum: 'pending', u_visa: 'possible', tps: 'approved' } });
    // A status left under a box that was then unticked is not kept.
    expect(r.success && r.data).toEqual({ asylum: 'pending', u_visa: 'possible' });
  });

  it('keeps "None of these" as no applications', () => {
    const r = parse({ none: true, ticked: [], status: {} });
    expect(r.success && r.data).toEqual({});
  });

  it('asks for a box or "None of these" when nothing is ticked', () => {
    expect(messages({ none: false, ticked: [], status: {} })).toEqual([['applications-none', '']]);
    // react-hook-form gives `false` for a group with nothing ticked in some cases: the same answer.
    expect(messages({ none: false, ticked: false, status: {} })).toEqual([['applications-none', '']]);
  });

  it('asks what is happening with a ticked one, at that one', () => {
    expect(messages({ none: false, ticked: ['tps'], status: {} })).toEqual([['application-status', 'status.tps']]);
    expect(messages({ none: false, ticked: ['tps'], status: { tps: 'maybe' } })).toEqual([['application-status', 'status.tps']]);
  });

  it('ignores a ticked value that is not an application', () => {
    expect(messages({ none: false, ticked: ['__proto__'], status: {} })).toEqual([['applications-none', '']]);
  });

  it('shows a saved answer again as it was given, and reads it back the same', () => {
    expect(toFormValue('history.applications', undefined, 'mdy')).toEqual({ none: false, ticked: [], status: {} });
    expect(toFormValue('history.applications', {}, 'mdy')).toEqual({ none: true, ticked: [], status: {} });
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom(...applicationKinds), fc.constantFrom(...applicationStatuses)), (saved) => {
        const r = parse(toFormValue('history.applications', saved, 'mdy'));
        expect(r.success && r.data).toEqual(saved);
      }),
    );
  });
});

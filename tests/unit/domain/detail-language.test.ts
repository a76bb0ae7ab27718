/**
 * The facts typed for a paragraph of the letter ("Su trabajo", "¿A quién cuida usted?") are a few
 * words each, too few for the story's language guess. The English letter prints them inside its
 * sentences, so Spanish there must be noticed too (reference.md §11.4), without flagging names.
 */
import { describe, expect, it } from 'vitest';
import { assess, type CaseData, checklist, detailsNotInEnglish, type LetterDetailId, letterModel } from '../../../src/domain';
import { SCENARIO_DATE, strongInCourt, walk } from './walk';

function buildLetterModel(c: CaseData) {
  const a = assess(c, { asOf: SCENARIO_DATE });
  const m = letterModel(c, a, checklist(c, a));
  if (!m) throw new Error('expected a letter');
  return m;
}

const asked: LetterDetailId[] = ['childrenNames', 'caregivingFor', 'jobTitle', 'employer', 'taxYears', 'communityRole', 'healthCondition', 'school'];

describe('the language of a paragraph\u2019s facts', () => {
  it('finds a Spanish box alone when its words say so clearly', () => {
    expect(detailsNotInEnglish({ jobTitle: 'limpieza de casas' }, asked)).toEqual(['jobTitle']);
    expect(detailsNotInEnglish({ caregivingFor: 'mis dos hijos' }, asked)).toEqual(['caregivingFor']);
    expect(detailsNotInEnglish({ healthCondition: 'diabetes y presión alta' }, asked)).toEqual(['healthCondition']);
  });

  it('finds a lone Spanish job or condition word, and years joined the Spanish way', () => {
    // "I have worked as a cocinero": one word, but not an English one.
    expect(detailsNotInEnglish({ jobTitle: 'cocinero' }, asked)).toEqual(['jobTitle']);
    expect(detailsNotInEnglish({ jobTitle: 'Cocinera' }, asked)).toEqual(['jobTitle']);
    expect(detailsNotInEnglish({ communityRole: 'voluntaria en la iglesia' }, asked)).toEqual(['communityRole']);
    expect(detailsNotInEnglish({ healthCondition: 'asma' }, asked)).toEqual(['healthCondition']);
    for (const years of ['2016 a 2025', 'de 2016 al 2025', '2019 hasta 2024']) expect(detailsNotInEnglish({ taxYears: years }, asked), years).toEqual(['taxYears']);
    // English ways of writing years, and a name that is also such a word, are left alone.
    for (const years of ['2016 to 2025', '2016-2025', '2016 – 2025', '2016, 2017 and 2018', '2020']) expect(detailsNotInEnglish({ taxYears: years }, asked), years).toEqual([]);
    expect(detailsNotInEnglish({ caregivingFor: 'Ana Maestro' }, asked)).toEqual([]);
    expect(detailsNotInEnglish({ jobTitle: 'cook', healthCondition: 'asthma' }, asked)).toEqual([]);
  });

  it('finds the weaker ones when the boxes together read as Spanish', () => {
    // The walk's Spanish-speaking mother: each box as she typed it.
    const typed = { childrenNames: 'Sofía, 10, y Mateo, 7', caregivingFor: 'mis dos hijos', jobTitle: 'limpieza de casas', employer: 'varias familias en Houston', taxYears: '2016 a 2025' };
    // The employer is a name and is printed as typed; "2016 a 2025" joins its years the Spanish way.
    expect(detailsNotInEnglish(typed, asked)).toEqual(['childrenNames', 'caregivingFor', 'jobTitle', 'taxYears']);
    // "y" alone is not enough when nothing else is Spanish.
    expect(detailsNotInEnglish({ childrenNames: 'Sofía, 10, y Mateo, 7', jobTitle: 'a cook' }, asked)).toEqual([]);
  });

  it('leaves English, names and numbers alone', () => {
    const english = { childrenNames: 'Ana, 8, and Luis, 5', caregivingFor: 'my son Luis, who has autism', jobTitle: 'house cleaner', taxYears: '2016 to 2025',
      communityRole: 'help run the food bank', healthCondition: 'type 1 diabetes', employer: 'Casa de la Cruz Restaurant', school: 'Colegio de la Frontera' };
    expect(detailsNotInEnglish(english, asked)).toEqual([]);
    // A name with Spanish particles is not Spanish prose, and the boxes not asked are not read.
    expect(detailsNotInEnglish({ caregivingFor: 'María de los Ángeles' }, asked)).toEqual([]);
    expect(detailsNotInEnglish({ jobTitle: 'limpieza de casas' }, ['employer'])).toEqual([]);
  });

  it('is said before sending, linked to the box, in the letter\u2019s order', () => {
    const c = walk(strongInCourt).c;
    const plain = buildLetterModel(c);
    const work = plain.paragraphs.find((p) => p.kind === 'group:work');
    expect(work, 'the persona has a work paragraph').toBeDefined();
    const spanish = { ...c, letter: { ...c.letter, details: { jobTitle: 'limpieza de casas', employer: 'Casa Lupe' } } };
    const m = buildLetterModel(spanish);
    expect(m.gaps).toContain('not-in-english');
    expect(m.notInEnglish).toEqual(['letter.details.jobTitle']);
    // Printed as typed all the same: the letter states only what the person wrote.
    expect(m.paragraphs.find((p) => p.kind === 'group:work')!.text).toContain('limpieza de casas');
    expect(plain.notInEnglish).toEqual([]);
  });
});

/**
 * Guided paragraphs (issue 14 §1): the facts the person gives make each group paragraph concrete;
 * a rewritten paragraph is kept as typed; an answer change that alters its factors holds it back
 * for review (never printed or dropped silently); fixed sentences never repeat the story; a story
 * not in English becomes a declaration only when the person says so (§5).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  assess,
  type CaseData,
  checklist,
  guessTextLanguage,
  letterTextLanguage,
  letterModel,
  type LetterModel,
  storyGoesInLetter,
} from '../../../src/domain';
import { asOfArbitrary, inCourtCaseArbitrary } from './arbitraries';
import { inCourtBaseline, walk } from './walk';
import { propertyRuns } from '../property-runs';

const AS_OF = '2026-11-23';
const family = [{ relationship: 'child', status: 'citizen' }, { relationship: 'spouse', status: 'permanent_resident' }] as const;
const base = { ...inCourtBaseline, 'favourable.family': family, 'favourable.work': 'yes', 'favourable.taxes': 'yes',
  'favourable.community': 'yes', 'favourable.seriousIllness': 'yes', 'favourable.education': 'college' } as const;

function letter(c: CaseData): LetterModel {
  const a = assess(c, { asOf: AS_OF });
  const m = letterModel(c, a, checklist(c, a));
  if (!m) throw new Error('expected a letter');
  return m;
}
const group = (m: LetterModel, id: string) => m.paragraphs.find((p) => p.kind === `group:${id}`);
const groupOf = (m: LetterModel, id: string) => m.groups.find((g) => g.id === id);

describe('guided paragraphs: the facts the person gives', () => {
  const details = {
    childrenNames: 'Ana, 8, and Luis, 5', partnerName: 'María López', partnerSince: '2012.', jobTitle: 'a cook', employer: 'Casa Lupe',
    workSince: '2015', taxYears: '2016 to 2025', communityGroup: 'St. Mary’s Church', communityRole: 'help run the food bank',
    healthCondition: 'type 1 diabetes', healthCare: 'Dr. Lee at County Clinic', school: 'Harold Washington College', receiptNumbers: 'IOE0912345678',
  };
  const { c } = walk(base, { letter: { details } });
  const m = letter(c);

  it('groups the factors into family, work and taxes, education, community and health paragraphs, with the facts', () => {
    expect(group(m, 'family')?.text).toBe('My close family in the United States includes my child, who is a U.S. citizen, and my spouse, who is a'
      + " lawful permanent resident. My children are Ana, 8, and Luis, 5. My spouse's name is María López. We have been together since 2012.");
    expect(group(m, 'work')?.text).toBe('I have worked as a cook for Casa Lupe since 2015. I have filed U.S. tax returns for 2016 to 2025.');
    expect(group(m, 'education')?.text).toBe('I have gone to college or university in the United States. I studied at Harold Washington College.');
    expect(group(m, 'community')?.text).toBe('I take part in St. Mary’s Church, where I help run the food bank.');
    expect(group(m, 'health')?.text).toBe('I have a serious illness or disability: type 1 diabetes. I receive care from Dr. Lee at County Clinic.');
  });

  it('puts "a" or "an" before a job typed without one, and leaves a job typed with one, a plural or "self-employed" as typed', () => {
    const work = (jobTitle: string) => group(letter(walk(base, { letter: { details: { jobTitle, employer: 'Casa Lupe' } } }).c), 'work')?.text;
    expect(work('cook')).toBe('I have worked as a cook for Casa Lupe. I have filed U.S. tax returns.');
    expect(work('electrician.')).toContain('as an electrician for');
    expect(work('union organizer')).toContain('as a union organizer for');
    expect(work('Uber driver')).toContain('as an Uber driver for');
    expect(work('house painter')).toContain('as a house painter for');
    expect(work('head cook')).toContain('as a head cook for');
    for (const typed of ['a cook', 'An electrician', 'the manager', 'cooks and cleaners', 'self-employed', '2nd shift cook']) {
      expect(work(typed), typed).toContain(`as ${typed.replace(/\.$/, '')} for`);
    }
  });

  it('gives the receipt number of a filed application, and asks it only when one is filed', () => {
    const { c: filed } = walk({ ...base, 'history.applications': { u_visa: 'pending' } }, { letter: { details: { receiptNumbers: 'IOE0912345678' } } });
    const f = letter(filed);
    expect(groupOf(f, 'why-now')?.details).toEqual(['receiptNumbers']);
    expect(group(f, 'why-now')?.text).toBe('My U visa petition (Form I-918) is pending. Receipt notice number: IOE0912345678.');
    const { c: possible } = walk({ ...base, 'history.applications': { u_visa: 'possible' } }, { letter: { details: { receiptNumbers: 'IOE0912345678' } } });
    expect(groupOf(letter(possible), 'why-now')?.details).toEqual([]);
    expect(group(letter(possible), 'why-now')?.text).toBe('I may be able to apply for a U visa.');
  });

  it('asks only the facts of the factors the person has', () => {
    expect(groupOf(m, 'family')?.details).toEqual(['childrenNames', 'partnerName', 'partnerSince']);
    const { c: noPartner } = walk({ ...base, 'favourable.family': [{ relationship: 'child', status: 'citizen' }] });
    expect(groupOf(letter(noPartner), 'family')?.details).toEqual(['childrenNames']);
    const { c: noWork } = walk({ ...base, 'favourable.work': 'no', 'favourable.taxes': 'no' }, { letter: { details } });
    const w = letter(noWork);
    expect(groupOf(w, 'work')).toBeUndefined();
    // A fact typed for a factor the person no longer has is not printed.
    expect(w.paragraphs.map((p) => p.text).join(' ')).not.toContain('Casa Lupe');
  });

  it('prints a typed fact only when its factor is in the letter (property)', () => {
    fc.assert(
      fc.property(inCourtCaseArbitrary, asOfArbitrary, (raw, asOf) => {
        const marks = Object.fromEntries(Object.keys(details).map((k, i) => [k, `Zq${i}x`]));
        const c: CaseData = { ...raw, letter: { ...raw.letter, details: marks } };
        const a = assess(c, { asOf });
        const mm = letterModel(c, a, checklist(c, a));
        if (!mm) return;
        const printed = mm.paragraphs.filter((p) => !p.verbatim).map((p) => p.text).join(' ');
        const asked = new Set(mm.groups.flatMap((g) => g.details));
        for (const [k, mark] of Object.entries(marks)) {
          if (printed.includes(mark)) expect(asked.has(k as never), k).toBe(true);
        }
      }),
      { numRuns: propertyRuns(300) },
    );
  });
});

describe('guided paragraphs: the person rewrites one', () => {
  const { c } = walk(base);
  const suggested = groupOf(letter(c), 'work')!;

  it('keeps a rewritten paragraph exactly, with its tabs cited after it', () => {
    const edit = { text: 'I have cooked at Casa Lupe for ten years.\nMy boss wrote a letter.', factors: suggested.factors };
    const m = letter({ ...c, letter: { ...c.letter, paragraphEdits: { work: edit } }, checklist: { included: ['employment-records'] } });
    expect(groupOf(m, 'work')?.status).toBe('edited');
    const p = group(m, 'work')!;
    expect(p.verbatim).toBe(true);
    expect(p.text).toBe('I have cooked at Casa Lupe for ten years.\nMy boss wrote a letter. See Tab A.');
    expect(m.gaps).not.toContain('paragraph-needs-review');
    expect(m.spanishSummary).toContainEqual({ key: 'ownParagraph', params: { group: 'work', tabs: 'A' } });
  });

  it('holds it back for review when an answer change removes one of its factors, and prints what is true meanwhile', () => {
    const edit = { text: 'I work and I pay my taxes.', factors: suggested.factors };
    const { c: changed } = walk({ ...base, 'favourable.taxes': 'no' }, { letter: { paragraphEdits: { work: edit } } });
    const m = letter(changed);
    const g = groupOf(m, 'work')!;
    expect(g.status).toBe('review');
    expect(g.removed).toEqual(['tax_compliance']);
    expect(m.gaps).toContain('paragraph-needs-review');
    expect(group(m, 'work')?.text).toBe('I have worked steadily in the United States.');
    expect(m.paragraphs.some((p) => p.text.includes('I pay my taxes'))).toBe(false);
  });

  it('keeps a rewrite whose factors are all gone, for review, instead of dropping it', () => {
    const edit = { text: 'I work and I pay my taxes.', factors: suggested.factors };
    const { c: changed } = walk({ ...base, 'favourable.work': 'no', 'favourable.taxes': 'no' }, { letter: { paragraphEdits: { work: edit } } });
    const m = letter(changed);
    expect(groupOf(m, 'work')).toMatchObject({ status: 'review', factors: [], removed: ['employment_history', 'tax_compliance'] });
    expect(group(m, 'work')).toBeUndefined();
    expect(m.gaps).toContain('paragraph-needs-review');
  });

  it('asks for review when a new factor joins the paragraph too', () => {
    const edit = { text: 'I have worked hard.', factors: ['employment_history'] };
    const m = letter({ ...c, letter: { ...c.letter, paragraphEdits: { work: edit } } });
    expect(groupOf(m, 'work')).toMatchObject({ status: 'review', added: ['tax_compliance'] });
  });
});

describe('the story', () => {
  const english = 'I came here in 2010 with my two children. I work at a restaurant and we go to church every Sunday.';
  const spanish = 'Llegué a este país en 2010 con mis dos hijos. Trabajo en un restaurante y vamos a la iglesia todos los domingos.';

  it('guesses English, Spanish and other languages, and says unknown for short text', () => {
    expect(guessTextLanguage(english)).toBe('english');
    expect(guessTextLanguage(spanish)).toBe('spanish');
    expect(guessTextLanguage('Eu cheguei aqui em 2010 com meus dois filhos. Trabalho num restaurante e vamos à igreja aos domingos.')).toBe('other');
    expect(guessTextLanguage('لقد جئت إلى هنا في عام 2010 مع أطفالي')).toBe('other');
    expect(guessTextLanguage('Sí.')).toBe('unknown');
    // A Spanish name in an English story does not make it Spanish.
    expect(guessTextLanguage('My name is José de la Cruz and I have lived in Chicago since 2010 with my family.')).toBe('english');
  });

  it('notices a Spanish sentence or clause in a text that is otherwise English, and not a Spanish name', () => {
    const mixed = 'Vivo en Phoenix desde 2005. Mis hijos Sofía y Mateo nacieron aquí y van a la escuela. I am the only one who works in my family. Si me deportan, mis hijos se quedan sin papá.';
    expect(guessTextLanguage(mixed)).not.toBe('spanish');
    expect(letterTextLanguage(mixed)).toEqual({ language: 'spanish', part: true });
    expect(letterTextLanguage('En 2014 me arrestaron por DUI. I completed my probation in 2016, fui a las clases de alcohol y no he tomado y manejado desde entonces.'))
      .toEqual({ language: 'spanish', part: true });
    expect(letterTextLanguage(spanish)).toEqual({ language: 'spanish', part: false });
    for (const text of [
      english,
      'I work at Restaurante El Mesón de la Plaza, and my children are Sofía y Mateo. We go to Nuestra Señora de Guadalupe church.',
      'My daughter, María de los Ángeles, was born in 2019 at Hospital General de la Raza.',
      'I have lived at 12 Calle de los Pinos, Apt 3, since 2011.',
    ]) expect(letterTextLanguage(text), text).toEqual({ language: 'english', part: false });
    // The story's choice: a story partly in Spanish is not put in the letter until the person says what to do.
    expect(storyGoesInLetter({ story: mixed })).toEqual({ place: 'undecided', language: 'spanish', part: true });
    const { c } = walk(base, { letter: { story: mixed } });
    const a = assess(c, { asOf: AS_OF });
    const m = letterModel(c, a, checklist(c, a))!;
    expect(m.paragraphs.map((p) => p.text).join(' ')).not.toContain('Vivo en Phoenix');
    expect(m.gaps).toContain('story-language');
    // Sent as a declaration, the letter says it is in two languages, not "in Spanish".
    const { c: asDeclaration } = walk(base, { letter: { story: mixed, storyAs: 'declaration' } });
    const d = letterModel(asDeclaration, assess(asDeclaration, { asOf: AS_OF }), checklist(asDeclaration, assess(asDeclaration, { asOf: AS_OF })))!;
    expect(d.paragraphs.find((p) => p.kind === 'declaration')?.text).toMatch(/^I have written a declaration about my situation in Spanish and English, which I have signed\./);
  });

  it('is never repeated by a fixed sentence, in any language (property)', () => {
    fc.assert(
      fc.property(inCourtCaseArbitrary, asOfArbitrary, fc.constantFrom(english, spanish), fc.constantFrom(undefined, 'letter', 'declaration'),
        (raw, asOf, story, storyAs) => {
          const c: CaseData = { ...raw, letter: { ...raw.letter, story, ...(storyAs ? { storyAs: storyAs as 'letter' | 'declaration' } : {}) } };
          const a = assess(c, { asOf });
          const mm = letterModel(c, a, checklist(c, a));
          if (!mm) return;
          const sentences = story.split(/(?<=\.)\s+/);
          for (const p of mm.paragraphs.filter((x) => !x.verbatim)) for (const s of sentences) expect(p.text).not.toContain(s);
          // Printed once at most.
          expect(mm.paragraphs.filter((x) => x.text.includes(sentences[0]!))).toHaveLength(mm.paragraphs.some((x) => x.kind === 'story') ? 1 : 0);
        }),
      { numRuns: propertyRuns(200) },
    );
  });

  it('is not pasted into the letter in Spanish until the person chooses, then becomes a declaration at its own tab', () => {
    const { c } = walk(base, { letter: { story: spanish } });
    const undecided = letter(c);
    expect(undecided.paragraphs.some((p) => p.text.includes('Llegué'))).toBe(false);
    expect(undecided.gaps).toContain('story-language');
    expect(undecided.declaration).toBeNull();

    const chosen = letter({ ...c, letter: { ...c.letter, storyAs: 'declaration' } });
    expect(chosen.gaps).not.toContain('story-language');
    expect(chosen.declaration).toEqual({ text: spanish, tab: 'A', language: 'spanish' });
    expect(chosen.exhibits[0]).toMatchObject({ tab: 'A', itemId: 'personal-declaration' });
    const p = chosen.paragraphs.find((x) => x.kind === 'declaration')!;
    expect(p.text).toBe('I have written a declaration about my situation in Spanish, which I have signed.'
      + ' It is attached with an English translation and a certificate of translation. See Tab A.');
    expect(chosen.paragraphs.some((x) => x.text.includes('Llegué'))).toBe(false);

    // The person says it is in English after all: it goes in the letter as typed.
    const kept = letter({ ...c, letter: { ...c.letter, storyAs: 'letter' } });
    expect(kept.paragraphs.find((x) => x.kind === 'story')?.text).toBe(spanish);
    expect(kept.declaration).toBeNull();
  });

  it('goes in the letter as typed when it is in English', () => {
    const { c } = walk(base, { letter: { story: english } });
    const m = letter(c);
    expect(m.paragraphs.find((x) => x.kind === 'story')?.text).toBe(english);
    expect(m.gaps).not.toContain('story-language');
  });
});

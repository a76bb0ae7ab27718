import { describe, expect, it } from 'vitest';
import {
  assess,
  type CaseData,
  caseDataSchema,
  checklist,
  CLOSING_IN_ENGLISH,
  declarationParagraphs,
  hasDeclaration,
  letterModel,
  personalDeclaration,
  pdfFileName,
  restoreCase,
  saveCase,
} from '../../../src/domain';
import type { PrintableBlock } from '../../../src/domain/printable-document';
import { localeWords } from './declaration-words';
import { inCourtBaseline, walk } from './walk';

const AS_OF = '2026-11-23';


function withDeclaration(d: CaseData['declaration'], letter: Partial<CaseData['letter']> = {}): CaseData {
  const { c } = walk(inCourtBaseline, { letter: { office: { kind: 'listed', id: 'opla-chicago' }, ...letter } });
  return caseDataSchema.parse({ ...c, declaration: d });
}

const textOf = (blocks: PrintableBlock[]) => blocks.map((b) => {
  switch (b.kind) {
    case 'list': return b.items.join('\n');
    case 'rows': return b.rows.map((r) => `${r.label} ${r.value}`).join('\n');
    case 'signature': return b.lines.join('\n');
    case 'write-in': return b.label ?? '';
    default: return b.text;
  }
}).join('\n');

describe('the personal declaration', () => {
  const parts = {
    origin: 'My name is José. I was born in Morelia.',
    arrival: 'I came in 2009 to work.\n\nMy brother was already here.',
    life: '   ',
    leaving: 'My daughter needs me.',
  };

  it('is nothing until the person writes a part (blank parts do not count)', () => {
    expect(personalDeclaration(withDeclaration(undefined), localeWords)).toBeNull();
    expect(personalDeclaration(withDeclaration({ parts: { life: '  \n ' } }), localeWords)).toBeNull();
    expect(hasDeclaration(withDeclaration({ parts: { life: '  \n ' } }))).toBe(false);
  });

  it('prints only what the person typed, in the order of the parts, as numbered paragraphs', () => {
    const c = withDeclaration({ parts: { leaving: parts.leaving, origin: parts.origin, arrival: parts.arrival, life: parts.life } });
    expect(declarationParagraphs(c.declaration).map((p) => p.part)).toEqual(['origin', 'arrival', 'arrival', 'leaving']);
    const doc = personalDeclaration(c, localeWords)!;
    expect(doc.lang).toBe('en');
    expect(doc.sections).toHaveLength(1);
    const list = doc.sections[0]!.blocks.find((b) => b.kind === 'list');
    expect(list).toEqual({ kind: 'list', numbered: true, field: 'declaration.parts',
      items: ['My name is José. I was born in Morelia.', 'I came in 2009 to work.', 'My brother was already here.', 'My daughter needs me.'] });
    const text = textOf(doc.sections[0]!.blocks);
    // The fixed heading, the identity lines and the closing statement: nothing else of ours.
    expect(text).toContain(`Declaration of ${c.person.fullName!}`);
    expect(text).toContain('A-Number:');
    expect(text).toContain('What I say in this declaration is true.');
    expect(text).not.toContain('penalty of perjury');
    // Date and place of signing: blanks to fill by hand.
    expect(text).toMatch(/Date signed: _{10,}/);
    expect(text).toMatch(/Place signed \(city and state\): _{10,}/);
  });

  it('ends with the § 1746 statement only when the person chose it, with the typed date and place', () => {
    const c = withDeclaration({ parts, closing: 'perjury', signedOn: 'December 1, 2026', signedAt: 'Chicago, Illinois' });
    const text = textOf(personalDeclaration(c, localeWords)!.sections[0]!.blocks);
    expect(text).toContain(CLOSING_IN_ENGLISH.perjury);
    expect(text).not.toContain(CLOSING_IN_ENGLISH.true);
    expect(text).toContain('Date signed: December 1, 2026');
    expect(text).toContain('Place signed (city and state): Chicago, Illinois');
  });

  it('leaves blanks for a name and an A-number the person has not given', () => {
    const c = withDeclaration({ parts });
    const bare = { ...c, person: { ...c.person, fullName: undefined, aNumber: 'unknown' as const } };
    const doc = personalDeclaration(bare, localeWords)!;
    expect(doc.aNumber).toBeNull();
    expect(doc.name).toBeNull();
    const text = textOf(doc.sections[0]!.blocks);
    expect(text).toMatch(/Declaration of _{10,}/);
    expect(text).toMatch(/A-Number: _{10,}/);
  });

  it('in Spanish: the Spanish declaration, then an English translation page to fill in, then the certificate of translation', () => {
    const c = withDeclaration({ language: 'es', closing: 'perjury', parts: { origin: 'Me llamo José y nací en Morelia.', other: 'Gracias.' } });
    const doc = personalDeclaration(c, localeWords)!;
    expect(doc.lang).toBe('es');
    expect(doc.sections.map((s) => s.lang)).toEqual(['es', 'en', 'en']);
    const [decl, translation, certificate] = doc.sections.map((s) => textOf(s.blocks));
    expect(decl).toContain(`Declaración de ${c.person.fullName!}`);
    expect(decl).toContain('Me llamo José y nací en Morelia.');
    expect(decl).toContain('Declaro bajo pena de perjurio');
    expect(doc.pageOf).toEqual({ es: 'Página {page} de {total}', en: 'Page {page} of {total}' });
    // One write-in per numbered paragraph, and the chosen closing in English.
    expect(translation).toContain('English Translation');
    expect(translation).toContain('Paragraph 1:');
    expect(translation).toContain('Paragraph 2:');
    expect(translation).not.toContain('Paragraph 3:');
    expect(translation).toContain(CLOSING_IN_ENGLISH.perjury);
    expect(certificate).toContain('Certificate of Translation');
    expect(certificate).toContain('competent to translate from Spanish into English');
    expect(certificate).toContain(`the declaration of ${c.person.fullName!}`);
  });

  it('is kept in a case file exported and imported', () => {
    const c = withDeclaration({ language: 'es', closing: 'perjury', parts, signedAt: 'Chicago' });
    const back = restoreCase(JSON.parse(JSON.stringify(saveCase(c, { appVersion: '0.1.0', savedAt: '2026-11-30T00:00:00Z' }))));
    expect(back.ok && back.data.declaration).toEqual(c.declaration);
  });

  it('has its own file name', () => {
    expect(pdfFileName('José Núñez', '2026-11-30', 'declaration')).toBe('Declaration-José-Núñez-2026-11-30.pdf');
  });
});

describe('the letter and the declaration', () => {
  const build = (c: CaseData) => {
    const a = assess(c, { asOf: AS_OF });
    return letterModel(c, a, checklist(c, a))!;
  };

  it('cites the declaration at Tab A, and lists it first in the exhibit index, only when there is one', () => {
    const none = build(withDeclaration(undefined));
    expect(none.paragraphs.some((p) => p.text.includes('my declaration'))).toBe(false);
    expect(none.exhibits.some((e) => e.itemId === 'personal-declaration')).toBe(false);

    const m = build(withDeclaration({ parts: { origin: 'I am José.' } }, {}));
    expect(m.exhibits[0]).toMatchObject({ tab: 'A', itemId: 'personal-declaration' });
    const cited = m.paragraphs.filter((p) => p.kind === 'declaration-cited');
    expect(cited).toEqual([expect.objectContaining({ text: 'I explain my situation in my declaration (Tab A).', tabs: ['A'], verbatim: false })]);
    // The letter never quotes the declaration.
    expect(m.paragraphs.some((p) => p.text.includes('I am José.'))).toBe(false);
    expect(m.spanishSummary).toContainEqual({ key: 'declarationCited', params: { tabs: 'A' } });
  });

  it('does not speak of a declaration twice when the story already goes as one', () => {
    const spanish = 'Llegué a Chicago en 2009 con mi esposa y mis hijos, y desde entonces trabajo en una panadería.';
    const m = build(withDeclaration({ parts: { origin: 'Soy José.' } }, { story: spanish, storyAs: 'declaration' }));
    expect(m.paragraphs.filter((p) => p.kind === 'declaration')).toHaveLength(1);
    expect(m.paragraphs.filter((p) => p.kind === 'declaration-cited')).toHaveLength(0);
  });
});

import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { assess, BLANK, type CaseData, type KitWords, type KitWriter, requestedSupporters, supportLetterKit } from '../../../src/domain';
import { renderPrintablePdf } from '../../../src/pdf/printable-pdf';
import en from '../../../locales/en/pages.json';
import es from '../../../locales/es/pages.json';
import { englishWordsIn } from '../../fixtures/english-words';
import { inkShare, renderPageImage } from './page-image';
import { extractPages, FONTS, marginViolations, spaced } from './support';
import { SCENARIO_DATE, strongInCourt, walk } from '../domain/walk';

const META = { appName: 'PD Helper', appVersion: '0.1.0' };

/** The locale strings as the app reads them: `supportLetters.<key>`, with {{x}} filled in. */
const words: KitWords = (lang, key, params = {}) => {
  let node: unknown = (lang === 'es' ? es : en).supportLetters;
  for (const part of key.split('.')) node = (node as Record<string, unknown>)[part];
  if (typeof node !== 'string') throw new Error(`no string supportLetters.${key} in ${lang}`);
  return node.replace(/\{\{(\w+)\}\}/g, (_, k: string) => params[k] ?? `{{${k}}}`);
};

function strongCase(extra: Partial<CaseData> = {}): CaseData {
  const c = walk(strongInCourt).c;
  return { ...c, letter: { ...c.letter, details: { employer: 'Casa Lupe', communityGroup: 'St. Mary’s Church' } }, ...extra };
}

const writersOf = (c: CaseData): KitWriter[] => requestedSupporters(c, assess(c, { asOf: SCENARIO_DATE }), 'en');

async function render(c: CaseData, writers = writersOf(c)) {
  const bytes = await renderPrintablePdf(supportLetterKit(c, writers, words), FONTS, META);
  return { bytes, pages: await extractPages(bytes) };
}

describe('the support-letter kit PDF', () => {
  it('has a guide page and a fill-in page per writer, each in the writer’s language', async () => {
    const c = strongCase({ supportLetters: { spouse: { lang: 'es' }, doctor: { ask: false } } });
    const writers = writersOf(c);
    expect(writers.map((w) => `${w.kind}:${w.lang}`)).toEqual(['spouse:es', 'school:en', 'employer:en', 'community:en', 'neighbour:en']);
    const { pages } = await render(c, writers);
    expect(pages).toHaveLength(10);
    const text = pages.map((p) => spaced(p.text));

    // The spouse's two pages, in Spanish, with the Spanish footer and header label.
    expect(text[0]).toContain('Cómo escribir una carta de apoyo (Esposo, esposa o pareja)');
    expect(text[0]).toContain('José Núñez Peña le está pidiendo al Servicio de Inmigración y Control de Aduanas (ICE)');
    expect(text[0]).toContain('se tiene que enviar con una traducción al inglés y un certificado de traducción');
    expect(text[0]).toContain('No estamos seguros de que ICE la exija.');
    expect(text[0]).toContain('Página 1 de 10');
    expect(text[1]).toContain('Número A: A-012-345-678');
    expect(text[1]).toContain('Carta de apoyo (Esposo, esposa o pareja): hoja para llenar');
    expect(text[1]).toContain('Lo que José Núñez Peña hace por mí y por nuestra familia');
    expect(text[1]).toContain('Sobre: José Núñez Peña');

    // The others in English, in checklist order.
    expect(text[2]).toContain('How to write a letter of support (Children\'s school)');
    expect(text[4]).toContain('How to write a letter of support (Employer)');
    expect(text[4]).toContain('What a strong letter says');
    for (const item of ['Who you are: your full name, address and job, and your immigration status', 'How you know José Núñez Peña, and for how long.',
      'What would happen to you, to the family or to others if José Núñez Peña had to leave the United States.',
      'Your signature, the date and your phone number.', 'A copy of your photo ID', 'We are not sure ICE requires it.']) {
      expect(text[4]).toContain(item);
    }
    expect(text[4]).toContain('A letter in another language, such as Spanish, must be sent with an English translation and a certificate of translation');
    expect(text[4]).toContain('Last checked November 30, 2026.');
    expect(text[0]).toContain('Revisado por última vez el 30 de noviembre de 2026.');
    expect(text[4]).toContain('Page 5 of 10');
    expect(text[5]).toContain('Letter of support (Employer): fill-in page');
    expect(text[5]).toContain('The job of José Núñez Peña, since when, the hours');
    expect(text[5]).toContain('and my immigration status');
    expect(text[6]).toContain('(Faith or community leader)');
    expect(text[8]).toContain('(Landlord or neighbor)');
    expect(text.join(' ')).not.toContain('(Doctor)');
    expect(marginViolations(pages)).toEqual([]);
  });

  it('has no English words on a Spanish writer’s pages, outside names of offices (issue 16 §5)', async () => {
    const c = strongCase();
    const writers: KitWriter[] = (['spouse', 'school', 'employer', 'community', 'doctor', 'neighbour'] as const).map((kind) => ({ kind, lang: 'es' }));
    const { pages } = await render(c, writers);
    expect(pages).toHaveLength(12);
    const leaks = pages.flatMap((p, i) => englishWordsIn(spaced(p.text), ['José Núñez Peña']).map((l) => `page ${i + 1}: "${l.word}" in "${l.context}"`));
    expect(leaks).toEqual([]);
  });

  it('says only the name and A-number from the case: nothing else the person typed', async () => {
    const { pages } = await render(strongCase());
    const all = pages.map((p) => spaced(p.text)).join(' ');
    expect(all).not.toContain('Casa Lupe');
    expect(all).not.toContain('St. Mary');
    expect(all).not.toContain('100 Main St');
  });

  it('leaves blanks where the name and A-number are not known', async () => {
    const base = strongCase();
    const c: CaseData = { ...base, person: { ...base.person, fullName: undefined, aNumber: 'unknown' } };
    const { pages } = await render(c, [{ kind: 'employer', lang: 'en' }]);
    expect(pages).toHaveLength(2);
    expect(spaced(pages[0]!.text)).toContain('How you know the person who gave you this page, and for how long.');
    expect(spaced(pages[1]!.text)).toContain(`About: ${BLANK}`);
    expect(spaced(pages[1]!.text)).toContain(`A-Number: ${BLANK}`);
    expect(pages[0]!.text).not.toContain('unknown');
  });

  it('each fill-in page fits on one page, with lines to write on (rendered to an image)', async () => {
    const c = strongCase({ supportLetters: { spouse: { lang: 'es' } } });
    const { bytes, pages } = await render(c);
    expect(pages).toHaveLength(12);
    const image = await renderPageImage(bytes, 2);
    expect(inkShare(image)).toBeGreaterThan(0.01);
    // The lower half holds the write-in rules and the signature lines.
    expect(inkShare(image, { x: 0, y: Math.round(image.height / 2), width: image.width, height: Math.round(image.height / 3) })).toBeGreaterThan(0.003);
    expect(inkShare(image, { x: 0, y: 0, width: 55, height: image.height })).toBe(0);
    if (process.env.PD_HELPER_SCREENSHOTS === '1') {
      const dir = path.resolve('tests/artifacts/screenshots');
      fs.mkdirSync(dir, { recursive: true });
      fs.writeFileSync(path.join(dir, 'support-letter-kit.pdf'), bytes);
      for (const n of [1, 2, 3, 4]) fs.writeFileSync(path.join(dir, `support-letter-kit-${n}.png`), (await renderPageImage(bytes, n, 72)).png);
    }
  });
});

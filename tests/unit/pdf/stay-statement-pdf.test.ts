import { describe, expect, it } from 'vitest';
import {
  assess,
  caseDataSchema,
  checklist,
  eroOfficesForState,
  pdfFileName,
  restoreCase,
  saveCase,
  stayDocument,
  stayOffer,
  type CaseData,
  type LanguageCode,
  type PrintableBlock,
} from '../../../src/domain';
import { renderPrintablePdf } from '../../../src/pdf/printable-pdf';
import en from '../../../locales/en/pages.json';
import es from '../../../locales/es/pages.json';
import { detained, finalOrderBaseline, walk, type Answers } from '../domain/walk';
import { englishWordsIn } from '../../fixtures/english-words';
import { inkShare, renderPageImage } from './page-image';
import { extractPages, FONTS, spaced } from './support';

const META = { appName: 'PD Helper', appVersion: '0.1.0' };
const AS_OF = '2026-11-30';
const words = { en: en.stayOfRemoval, es: es.stayOfRemoval } as const;

/** The page's words, as i18next would give them (the keys are the page's). */
function texts(lang: LanguageCode) {
  return (key: string, params: Record<string, string | number> = {}) => {
    const value = key.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], words[lang]);
    if (typeof value !== 'string') throw new Error(`no words for ${key}`);
    return value.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(params[name]));
  };
}
const date = (iso: string) => iso;

function build(answers: Answers = {}, extra: Partial<CaseData> = {}, lang: LanguageCode = 'en') {
  const c = caseDataSchema.parse({ ...walk({ ...finalOrderBaseline, ...answers }).c, ...extra });
  const a = assess(c, { asOf: AS_OF });
  return { c, a, doc: stayDocument(c, a, checklist(c, a), lang, texts(lang), date) };
}

const textOf = (blocks: PrintableBlock[]) => blocks.map((b) =>
  b.kind === 'rows' ? b.rows.map((r) => `${r.label}: ${r.value}`).join('\n')
    : b.kind === 'list' ? b.items.join('\n')
      : b.kind === 'signature' ? b.lines.join('\n')
        : b.kind === 'write-in' ? (b.label ?? '')
          : b.text).join('\n');

describe('the stay of removal draft (I-246 statement of reasons)', () => {
  it('is offered on the final-order route, with lawyer-first words over it, and never to a detained person', () => {
    expect(stayOffer(build().c, build().a)).toBe('draft');
    const inAbsentia = build({ 'posture.inAbsentia': 'yes' });
    expect(inAbsentia.a.route).toBe('lawyer-first');
    expect(stayOffer(inAbsentia.c, inAbsentia.a)).toBe('draft-lawyer-first');
    const held = walk({ ...detained, 'posture.finalOrder': 'yes' }).c;
    expect(stayOffer(held, assess(held, { asOf: AS_OF }))).toBe('emergency');
    const inCourt = walk({ ...finalOrderBaseline, 'posture.finalOrder': 'no' }).c;
    expect(stayOffer(inCourt, assess(inCourt, { asOf: AS_OF }))).toBe('none');
  });

  it('states only what was answered: the header, the order, blanks for the ask and the court, no supervision promise', () => {
    const { doc } = build();
    const statement = textOf(doc.sections[0]!.blocks);
    expect(doc.draft).toBe('DRAFT for a lawyer to review: do not file as it is');
    expect(doc.sections[0]!.lang).toBe('en');
    expect(statement).toContain('Name: José Núñez Peña');
    expect(statement).toContain('A-Number: A-012-345-678');
    expect(statement).toContain('Date of birth: February 14, 1990');
    expect(statement).toContain('Country of birth: Guatemala');
    expect(statement).toContain('Home address: 100 Main St, Apt 2, Chicago, IL 60601');
    expect(statement).toContain('to stay my removal for ____________________ (how long, or until what event).');
    expect(statement).toContain('It was made in August 2019 by ____________________ (court).');
    expect(statement).toContain('No appeal or motion to reopen is waiting for a decision in my case.');
    expect(statement).not.toMatch(/Order of Supervision/);
    expect(statement).not.toMatch(/in absentia/);
    expect(statement).toContain('I came to live in the United States in June 2015, at least 11 years ago.');
    expect(statement).toContain('Other reasons (to write with a lawyer):');
  });

  it('puts the person\'s own answers in: the ask, the court, the chosen supervision sentence, the reasons with their tabs', () => {
    const { doc } = build(
      { 'favourable.family': [{ relationship: 'child', status: 'citizen' }], 'favourable.work': 'yes' },
      { stay: { until: 'until my daughter finishes school in June 2027.', orderCourt: 'Chicago', willFollowSupervision: true },
        checklist: { included: ['family-status-proof'] } },
    );
    const statement = textOf(doc.sections[0]!.blocks);
    expect(statement).toContain('to stay my removal for this period: until my daughter finishes school in June 2027.');
    expect(statement).toContain('by the immigration court in Chicago.');
    expect(statement).toContain('I am willing to follow the conditions of an Order of Supervision');
    expect(statement).toMatch(/My close family in the United States includes my child, who is a U\.S\. citizen\.[^\n]*See Tab A\./);
    expect(statement).toContain('worked steadily');
    expect(statement).toMatch(/Tab A: \S/);
  });

  it('never points to a letter: a story or a rewritten paragraph of the letter stays out of the statement', () => {
    const { doc } = build({ 'favourable.otherHumanitarian': 'yes' },
      { letter: { story: 'My own words.', storyAs: 'letter', paragraphEdits: { presence: { text: 'Rewritten for OPLA.', factors: ['long_presence'] } } } });
    const statement = textOf(doc.sections[0]!.blocks);
    expect(statement).toContain('There are other serious reasons in my case that I ask you to consider.');
    expect(statement).not.toMatch(/letter|My own words|Rewritten for OPLA/);
  });

  it('unknown answers stay blank, and an unanswered appeal question is a blank, never "none pending"', () => {
    const { doc } = build({ 'posture.finalOrderDate': 'unknown', 'person.aNumber': 'unknown', 'person.dateOfBirth': 'unknown', 'person.countryOfBirth': 'unknown' });
    const statement = textOf(doc.sections[0]!.blocks);
    expect(statement).toContain('A-Number: ____________________');
    expect(statement).toContain('Date of birth: ____________________');
    expect(statement).toContain('Country of birth: ____________________');
    expect(statement).toContain('It was made on ____________________');
    expect(doc.aNumber).toBeNull();
    const pending = textOf(build({ 'posture.appealPending': 'yes' }).doc.sections[0]!.blocks);
    expect(pending).toContain('Appeals or motions in my case, and their outcome: ____________________');
    expect(pending).not.toContain('No appeal');
  });

  it('finds the ERO office from the home state, lists every office of a split state, and says how to find one otherwise', () => {
    expect(eroOfficesForState('IL').map((x) => x.id)).toEqual(['ero-chicago']);
    expect(eroOfficesForState(' illinois ').map((x) => x.id)).toEqual(['ero-chicago']);
    expect(eroOfficesForState('Nueva York').map((x) => x.id)).toEqual(['ero-buffalo', 'ero-new-york']);
    expect(eroOfficesForState('TX')).toHaveLength(5);
    expect(eroOfficesForState('Atlantis')).toEqual([]);
    expect(textOf(build().doc.sections[1]!.blocks)).toContain('101 W. Ida B. Wells Dr, Suite 4000, Chicago IL 60605');
    const nowhere = build({ 'person.address': { street: '1 A St', city: 'X', state: 'Ontario', zip: '60601' } });
    expect(textOf(nowhere.doc.sections[1]!.blocks)).toContain('https://www.ice.gov/contact/field-offices');
  });

  it('names the area of an office that covers part of a state in the page\'s language', () => {
    const withArea = eroOfficesForState('TX').concat(eroOfficesForState('NY'), eroOfficesForState('CA')).filter((x) => x.area);
    expect(withArea.length).toBeGreaterThan(5);
    const areas = (lang: 'en' | 'es') => (lang === 'en' ? en : es).stayOfRemoval.pdf.areas as Record<string, string>;
    // English: the source's own words; Spanish: their translation. One entry per office with an area.
    for (const x of withArea) expect(areas('en')[x.id], x.id).toBe(x.area);
    expect(Object.keys(areas('es')).sort()).toEqual(Object.keys(areas('en')).sort());
    const { doc } = build({ 'person.address': { street: '1 Main St', city: 'Houston', state: 'TX', zip: '77001' } }, {}, 'es');
    const packet = textOf(doc.sections[1]!.blocks);
    expect(packet).toContain('(Sureste de Texas)');
    expect(packet).not.toContain('Southeast Texas');
  });

  it('keeps its answers through a case file', () => {
    const { c } = build({}, { stay: { until: '6 months', orderCourt: 'Chicago', willFollowSupervision: true } });
    const r = restoreCase(JSON.stringify(saveCase(c, { appVersion: '0.1.0', savedAt: '2026-11-30T10:00:00.000Z' })));
    expect(r.ok && r.data.stay).toEqual({ until: '6 months', orderCourt: 'Chicago', willFollowSupervision: true });
    expect(caseDataSchema.safeParse({ stay: { until: 'x'.repeat(201) } }).success).toBe(false);
    expect(caseDataSchema.safeParse({ stay: { other: 'x' } }).success).toBe(false);
  });

  it('says everything around the statement in Spanish: the page\'s words and the Spanish packet list', () => {
    const strings = (o: unknown): string[] => (typeof o === 'string' ? [o] : Object.values(o as object).flatMap(strings));
    // Placeholders ({{date}}, {page}) are not words of the page.
    const leaks = strings(es.stayOfRemoval).flatMap((text) => englishWordsIn(text.replace(/\{\{?\w+\}?\}/g, ' ')));
    expect(leaks).toEqual([]);
    const { doc } = build({ 'person.address': { street: '1 Main St', city: 'Dallas', state: 'TX', zip: '75201' } }, {}, 'es');
    expect(englishWordsIn(textOf(doc.sections[1]!.blocks))).toEqual([]);
  });

  it('names its file as a draft', () => {
    expect(pdfFileName('José Núñez Peña', AS_OF, 'stay')).toBe('DRAFT-stay-statement-José-Núñez-Peña-2026-11-30.pdf');
  });
});

describe('the stay of removal PDF', () => {
  it('prints the DRAFT banner on every page in the page\'s language, the statement in English and the packet list in Spanish', async () => {
    const { doc } = build({ 'favourable.work': 'yes' }, {}, 'es');
    const pages = await extractPages(await renderPrintablePdf(doc, FONTS, META));
    expect(pages.length).toBeGreaterThanOrEqual(2);
    const spanish = pages.filter((page) => /Página \d/.test(spaced(page.text)));
    expect(spanish.length).toBeGreaterThan(0);
    expect(spanish.length).toBeLessThan(pages.length);
    for (const page of pages) {
      const text = spaced(page.text);
      if (spanish.includes(page)) {
        expect(text).toContain('BORRADOR para que lo revise un abogado: no lo presente así');
        expect(text).not.toContain('DRAFT for a lawyer');
      } else {
        expect(text).toContain('DRAFT for a lawyer to review: do not file as it is');
      }
    }
    const first = spaced(pages[0]!.text);
    expect(first).toContain('Statement of Reasons: Application for a Stay of Removal (Form I-246)');
    expect(first).toContain('José Núñez Peña');
    expect(first).toContain('I respectfully ask U.S. Immigration and Customs Enforcement to stay my removal');
    const last = spaced(pages.slice(1).map((p) => p.text).join(' '));
    expect(last).toContain('BORRADOR para que lo revise un abogado');
    expect(last).toContain('Formulario I-246 (suspensión de la deportación): lo que necesita');
    expect(last).toContain('$155');
    expect(last).toContain('$755');
    // Uncertain, and said so in plain words (not a research note's capitals).
    expect(last).toContain('no pudimos confirmar si esa regla ya está en vigor');
    expect(last).not.toMatch(/UNCERTAIN|NO CONFIRMADO/);
    expect(last).toContain('U.S. Department of Homeland Security');
    expect(last).toContain('Oficina local de ERO en Chicago, 101 W. Ida B. Wells Dr');
    expect(last).toContain('arrestarle');
    expect(last).toContain('no se puede apelar');
    expect(last).toMatch(/Página \d de \d/);
  }, 30_000);

  it('looks like a document: ink on each page, as an image', async () => {
    const { doc } = build({ 'favourable.work': 'yes' });
    const bytes = await renderPrintablePdf(doc, FONTS, META);
    const pages = await extractPages(bytes);
    for (let n = 1; n <= pages.length; n++) {
      const image = await renderPageImage(bytes, n);
      expect(inkShare(image)).toBeGreaterThan(0.005);
    }
  }, 30_000);
});

import fs from 'node:fs';
import path from 'node:path';
import { createInstance } from 'i18next';
import { describe, expect, it, vi } from 'vitest';
import { assess, type CaseData, caseDataSchema, factsSheet, type FactsSheetInput, type LanguageCode, setField } from '../../../src/domain';
import { paginate } from '../../../src/pdf/layout';
import { printablePlan, renderPrintablePdf } from '../../../src/pdf/printable-pdf';
import { fontMeasure, UnsupportedCharactersError } from '../../../src/pdf/render-letter-pdf';
import { formatDate } from '../../../src/ui/format';
import { englishWordsIn } from '../../fixtures/english-words';
import { detained, walk } from '../domain/walk';
import { inkShare, renderPageImage } from './page-image';
import { AS_OF, extractPages, FONTS, marginViolations, spaced } from './support';

// Each test renders one or two PDFs; a busy machine can take longer than the default 5 s.
vi.setConfig({ testTimeout: 30_000 });

const META = { appName: 'PD Helper', appVersion: '0.1.0' };
const read = (lang: string, ns: string) => JSON.parse(fs.readFileSync(path.resolve(`locales/${lang}/${ns}.json`), 'utf8')) as Record<string, unknown>;
const bundle = (lang: string) => ({
  pages: read(lang, 'pages'),
  catalog: read(lang, 'catalog'),
  // The app merges the later questions into the questions namespace (src/app/i18n.ts).
  questions: { ...read(lang, 'questions'), options: { ...(read(lang, 'questions').options as object), ...(read(lang, 'questions-later').options as object) } },
});
const i18n = createInstance();
void i18n.init({
  resources: { en: bundle('en'), es: bundle('es') },
  lng: 'en', fallbackLng: false, ns: ['pages', 'catalog', 'questions'], defaultNS: 'pages', initAsync: false,
  interpolation: { escapeValue: false },
});

const locale = { en: 'en-US', es: 'es-US' } as const;
function sheet(c: CaseData, lang: LanguageCode = 'en') {
  const t = i18n.getFixedT(lang);
  return factsSheet(c, assess(c, { asOf: AS_OF }), lang, {
    t: (key, vars) => t(key, vars),
    date: (iso) => formatDate(iso, locale[lang as 'en' | 'es']),
  });
}

const typed: FactsSheetInput = {
  fullName: 'José Núñez Peña',
  otherNames: 'José Nuñez, Pepe Peña',
  aNumber: '012345678',
  dateOfBirth: '1990-03-15',
  countryOfBirth: 'Guatemala',
  facilityPlace: 'Broadview, Illinois',
  detainedOn: '2026-11-02',
};
/** The detained persona, walked through the real questions, with every detail of the sheet typed. */
const full = (): CaseData => caseDataSchema.parse({ ...walk(detained).c, factsSheet: typed });

async function pagesOf(c: CaseData, lang: LanguageCode = 'en') {
  return extractPages(await renderPrintablePdf(sheet(c, lang), FONTS, META));
}

describe('the facts sheet of a detained person', () => {
  it('is one page with every typed detail, how to find the person, the papers and free help', async () => {
    const pages = await pagesOf(full());
    expect(pages).toHaveLength(1);
    const text = spaced(pages[0]!.text.replace(/\n/g, ' '));
    for (const words of [
      'Facts sheet for a lawyer or family',
      'This is not a letter or a request to ICE. Do not send it to ICE.',
      'Full name José Núñez Peña', 'Other names José Nuñez, Pepe Peña', 'A-number A-012-345-678', 'Date of birth March 15, 1990',
      'Country of birth Guatemala', 'Detention center Broadview Processing Center', 'City and state Broadview, Illinois',
      'Date detained November 2, 2026', 'Removal order No',
      'ICE Online Detainee Locator: locator.ice.gov (may have changed), with the A-number and country of birth; or the ICE ERO line, 1-888-351-4024',
      'Do not count on a bond hearing', 'Matter of Yajure Hurtado', 'checked November 30, 2026',
      'Papers the family can gather', 'ID (passport, consular ID, birth certificate).', 'Signed letters of support',
      'free legal help', 'EOIR list: justice.gov/eoir/list-pro-bono-legal-service-providers', 'Case status line (EOIR): 1-800-898-7180',
      'Family in the U.S. Not asked in the app: ___', 'In their favour Not asked in the app: ___', 'Deportation officer ___',
      'Page 1 of 1',
    ]) expect(text).toContain(words);
    expect(marginViolations(pages)).toEqual([]);
  });

  it('says "Not known" for what was not answered or typed, and never guesses it', async () => {
    const c = caseDataSchema.parse({ ...walk({ ...detained, 'posture.detentionFacility': 'unknown', 'posture.finalOrder': 'unknown' }).c });
    const doc = sheet(c);
    const rows = doc.sections[0]!.blocks.flatMap((b) => (b.kind === 'rows' ? b.rows : []));
    const value = (field: string) => rows.find((r) => r.field === field)?.value;
    for (const field of ['factsSheet.fullName', 'factsSheet.otherNames', 'factsSheet.aNumber', 'factsSheet.dateOfBirth', 'factsSheet.countryOfBirth',
      'posture.detentionFacility', 'factsSheet.facilityPlace', 'factsSheet.detainedOn', 'posture.nextHearingDate', 'posture.finalOrder']) {
      expect(value(field), field).toBe('Not known');
    }
    expect(doc.aNumber).toBeNull();
    expect(doc.name).toBeNull();
    // A removal order that is not known is an emergency to say, not a "no".
    expect(doc.sections[0]!.blocks).toContainEqual({ kind: 'notice', text: expect.stringContaining('may have a removal order') as string });
    // Family and favourable facts the questions did not ask: room to write, never "none".
    expect(value('favourable.family')).toMatch(/^Not asked in the app: _{20,}$/);
    expect(rows.find((r) => r.label === 'In their favour')?.value).toMatch(/^Not asked in the app: _{20,}$/);
    const pages = await extractPages(await renderPrintablePdf(doc, FONTS, META));
    expect(pages).toHaveLength(1);
    // A center named with its city in the name, no city typed: a line to write it, not "Not known".
    const named = sheet(caseDataSchema.parse(walk({ ...detained, 'posture.detentionFacility': 'Adelanto ICE Processing Center, Adelanto CA' }).c));
    const namedRows = named.sections[0]!.blocks.flatMap((b) => (b.kind === 'rows' ? b.rows : []));
    expect(namedRows.find((r) => r.field === 'factsSheet.facilityPlace')?.value).toMatch(/^_{20,}$/);
  });

  it('lists family and favourable factors only as answered, and red flags other than detention', () => {
    let c = full();
    c = setField(c, 'favourable.family', [{ relationship: 'child', status: 'citizen' }, { relationship: 'spouse', status: 'unknown' }]);
    c = setField(c, 'favourable.seriousIllness', 'yes');
    c = setField(c, 'history.priorRemoval', 'yes');
    const rowsOf = (doc: ReturnType<typeof sheet>) => doc.sections[0]!.blocks.flatMap((b) => (b.kind === 'rows' ? b.rows : []));
    const value = (label: string, doc = sheet(c)) => rowsOf(doc).find((r) => r.label === label)?.value;
    expect(value('Family in the U.S.')).toBe('Son or daughter: U.S. citizen; Spouse (husband or wife): Not known');
    expect(value('In their favour')).toMatch(/illness|health/i);
    // Only flags the sheet does not already say (detained, the removal order row).
    expect(value('Tell the lawyer')).toBe('An earlier deportation or removal');
    expect(value('Tell the lawyer', sheet(full()))).toBeUndefined();
    expect(value('Family in the U.S.', sheet(setField(full(), 'favourable.family', [])))).toBe('No family in the U.S. (as answered).');
  });

  it('stays one page with a removal order, in English and in Spanish (the longer words)', async () => {
    for (const finalOrder of ['yes', 'unknown'] as const) {
      const c = caseDataSchema.parse({ ...walk({ ...detained, 'posture.finalOrder': finalOrder }).c, factsSheet: typed });
      for (const lang of ['en', 'es'] as const) {
        const doc = sheet(c, lang);
        expect(paginate(printablePlan(doc), fontMeasure(FONTS)).pages, `${finalOrder} ${lang}`).toHaveLength(1);
        expect(doc.sections[0]!.blocks[1]).toEqual({ kind: 'notice', text: expect.stringMatching(/removal order|orden de deportación/) as string });
      }
    }
    const withOrder = caseDataSchema.parse({ ...walk({ ...detained, 'posture.finalOrder': 'yes' }).c, factsSheet: typed });
    if (process.env.PD_HELPER_SCREENSHOTS === '1') {
      const dir = path.resolve('tests/artifacts/screenshots');
      fs.mkdirSync(dir, { recursive: true });
      const es = await renderPrintablePdf(sheet(withOrder, 'es'), FONTS, META);
      fs.writeFileSync(path.join(dir, 'facts-sheet-es-removal-order.png'), (await renderPageImage(es, 1, 80)).png);
    }
    const pages = await pagesOf(withOrder);
    expect(spaced(pages[0]!.text.replace(/\n/g, ' '))).toContain('The person may have a removal order: removal can happen within days. Get a lawyer now.');
    expect(spaced(pages[0]!.text.replace(/\n/g, ' '))).toContain('Removal order Yes');
  });

  it('is in Spanish when the page language is Spanish, with "No se sabe" for what is not known', async () => {
    const c = caseDataSchema.parse({ ...walk(detained).c, factsSheet: { fullName: 'Ana Pérez' } });
    const pages = await pagesOf(c, 'es');
    expect(pages).toHaveLength(1);
    const text = spaced(pages[0]!.text.replace(/\n/g, ' '));
    for (const words of ['Hoja de datos para un abogado o la familia', 'Esto no es una carta ni una solicitud a ICE. No la mande a ICE.',
      'Nombre completo Ana Pérez', 'Número A No se sabe', 'Ciudad y estado ___', 'Fecha de detención No se sabe', 'Localizador de Detenidos de ICE', 'revisado el 30 de noviembre de 2026',
      'Página 1 de 1']) {
      expect(text).toContain(words);
    }
    expect(text).not.toMatch(/Not known|pages:|catalog:|\{\{/);
    // No English words but the names the Spanish pages keep (the facility's name is as answered).
    expect(englishWordsIn(text, ['Broadview Processing Center'])).toEqual([]);
  });

  it('refuses a character the font cannot draw, naming where it was typed', async () => {
    const c = caseDataSchema.parse({ ...walk(detained).c, factsSheet: { ...typed, countryOfBirth: 'Guatemala \u{1F600}' } });
    const error = await renderPrintablePdf(sheet(c), FONTS, META).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UnsupportedCharactersError);
    expect((error as UnsupportedCharactersError).problems.map((p) => p.field)).toEqual(['factsSheet.countryOfBirth']);
  });

  it('is readable when drawn: text inside the margins, on the upper part of a single page', async () => {
    const bytes = await renderPrintablePdf(sheet(full()), FONTS, META);
    const image = await renderPageImage(bytes, 1);
    expect(inkShare(image)).toBeGreaterThan(0.01);
    expect(inkShare(image, { x: 0, y: 0, width: 55, height: image.height })).toBe(0);
    expect(inkShare(image, { x: image.width - 55, y: 0, width: 55, height: image.height })).toBe(0);
    if (process.env.PD_HELPER_SCREENSHOTS === '1') {
      const dir = path.resolve('tests/artifacts/screenshots');
      fs.mkdirSync(dir, { recursive: true });
      fs.writeFileSync(path.join(dir, 'facts-sheet-en.png'), (await renderPageImage(bytes, 1, 100)).png);
      const es = await renderPrintablePdf(sheet(full(), 'es'), FONTS, META);
      fs.writeFileSync(path.join(dir, 'facts-sheet-es.png'), (await renderPageImage(es, 1, 100)).png);
    }
  });
});

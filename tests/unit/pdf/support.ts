/** Helpers for the PDF tests: the fonts the app embeds (src/pdf/fonts), personas built by walking the flow, pdfjs text extraction. */
import fs from 'node:fs';
import path from 'node:path';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { assess, type CaseData, checklist, DRAFT_NOTICE, evidenceItems, type LanguageCode, type LetterModel, letterModel } from '../../../src/domain';
import { expect } from 'vitest';
import {
  type DocumentKind,
  findUnsupportedCharacters,
  fontSupports,
  type PdfInput,
  type PdfTextBlock,
  renderDocuments,
  type UnsupportedCharacter,
  UnsupportedCharactersError,
} from '../../../src/pdf/render-letter-pdf';
import { type Answers, inCourtBaseline, walk } from '../domain/walk';

export const AS_OF = '2026-11-23';

const FONT_DIR = path.resolve('src/pdf/fonts');
export const FONTS: PdfInput['fonts'] = {
  regular: new Uint8Array(fs.readFileSync(path.join(FONT_DIR, 'NotoSans-Regular.ttf'))),
  bold: new Uint8Array(fs.readFileSync(path.join(FONT_DIR, 'NotoSans-Bold.ttf'))),
};
const supports = fontSupports(FONTS);

/**
 * Renders both files; if the font cannot draw something, checks the refusal instead: an
 * UnsupportedCharactersError listing exactly what the pre-check finds, none of it drawable.
 */
export async function renderOrRefusal(input: PdfInput): Promise<{ docs: Record<DocumentKind, Uint8Array> } | { problems: UnsupportedCharacter[] }> {
  try {
    return { docs: await renderDocuments(input) };
  } catch (error) {
    expect(error).toBeInstanceOf(UnsupportedCharactersError);
    const problems = (error as UnsupportedCharactersError).problems;
    expect(problems.length).toBeGreaterThan(0);
    for (const p of problems) expect(supports(p.char.codePointAt(0)!)).toBe(false);
    expect(problems).toEqual(findUnsupportedCharacters(input, supports));
    return { problems };
  }
}

export function letterFor(c: CaseData, asOf = AS_OF): LetterModel | null {
  const a = assess(c, { asOf });
  return letterModel(c, a, checklist(c, a));
}

/** The Spanish page and sending sheet as the app would pass them (already translated). */
const spanishBlocks: PdfTextBlock[] = [
  { heading: 'A quién va dirigida', paragraphs: ['La carta va dirigida a la oficina del Asesor Jurídico Principal de ICE (OPLA) que lleva su caso.'] },
  { heading: 'Qué pide', paragraphs: ['Pide que ICE use su discreción procesal (facultad discrecional) en su caso.'] },
  { paragraphs: ['Lea cada página antes de firmar. Si algo no es cierto, corríjalo en la aplicación.'] },
];

const sendingBlocksEn: PdfTextBlock[] = [
  { heading: '1. Sign the letter', paragraphs: ['Sign on the line above your name. Use blue or black ink.'] },
  { heading: '2. Make copies', paragraphs: ['Keep a full copy of everything you send, in the same order.'] },
  { heading: '3. Send it', paragraphs: ['Email the PDF to your OPLA field office, or mail it by certified mail with return receipt.', 'Keep going to every hearing: a request does not pause your case.'] },
];

const sendingBlocksEs: PdfTextBlock[] = [
  { heading: '1. Firme la carta', paragraphs: ['Firme en la línea que está encima de su nombre, con tinta azul o negra.'] },
  { heading: '2. Haga copias', paragraphs: ['Guarde una copia completa de todo lo que envía, en el mismo orden.'] },
];

export const DO_NOT_SEND: PdfTextBlock = {
  heading: 'Do not send this draft without legal advice',
  paragraphs: ['Your answers show something a lawyer must look at first. Show this draft to a lawyer or an accredited representative before you send anything to ICE.'],
};

/** The page furniture of Spanish pages, as the app passes it (from the locales). */
export const SPANISH_FURNITURE = { pageOf: 'Página {page} de {total}', aNumber: 'Número A' };
export const ENGLISH_FURNITURE = { pageOf: 'Page {page} of {total}', aNumber: 'A-Number' };

/** The checklist as the app builds it: every exhibit with its tab letter, and papers that are not exhibits. */
export function checklistBlocks(letter: LetterModel, lang: LanguageCode = 'en'): PdfTextBlock[] {
  const tab = lang === 'es' ? 'Separador Tab' : 'Tab';
  return [
    { heading: lang === 'es' ? 'Documentos que envía' : 'Papers you send', checkboxes: true,
      paragraphs: letter.exhibits.map((e) => `[ ] ${tab} ${e.tab} – ${e.description}`) },
    { heading: lang === 'es' ? 'Para usted' : 'For you', checkboxes: true, paragraphs: ['[ ] Notice to Appear', '[x] Photo ID'] },
  ];
}

export function pdfInput(letter: LetterModel, options: { sendingLang?: LanguageCode } = {}): PdfInput {
  const lang = options.sendingLang ?? 'en';
  const sending = lang === 'es' ? sendingBlocksEs : sendingBlocksEn;
  return {
    letter,
    exhibitIndexTitle: 'Exhibit Index',
    guideTitle: lang === 'es' ? 'Su guía' : 'Your guide',
    spanishPage: { lang: 'es', title: 'Qué dice esta carta', notForMailing: 'Esta página es para usted. No la envíe a ICE.', blocks: spanishBlocks },
    sendingSheet: {
      lang,
      title: lang === 'es' ? 'Cómo enviar su solicitud' : 'How to send your request',
      blocks: letter.kind === 'draft' ? [DO_NOT_SEND, ...sending] : sending,
    },
    checklistPage: { lang, title: lang === 'es' ? 'Mi lista de documentos' : 'Your checklist', blocks: checklistBlocks(letter, lang) },
    furniture: { es: SPANISH_FURNITURE, en: ENGLISH_FURNITURE },
    meta: { appName: 'PD Helper', appVersion: '0.1.0-test' },
    fonts: FONTS,
  };
}

const ALL_EXHIBITS = evidenceItems.filter((i) => i.exhibit).map((i) => i.id);

/** About 6,000 characters with long unbroken words, a URL, blank lines, a tab and Windows line endings. */
export function longStory(): string {
  const url = 'https://www.example.org/records/very/long/path/that/does/not/break/anywhere/at/all?case=A012345678&year=2015&page=1234567890';
  const unbroken = 'Supercalifragilisticexpialidocious'.repeat(6);
  const vietnamese = 'Tôi đã sống ở Houston từ năm 2008 với các con tôi, và tôi làm việc ở một nhà hàng.';
  const parts: string[] = [];
  let n = 0;
  while (parts.join('\n').length < 6_000) {
    n += 1;
    parts.push(`Paragraph ${n}. I came to the United States when I was eleven years old and I have lived in Houston since then. ` +
      `${vietnamese} My records are at ${url} and the word ${unbroken} is one long word.\r\n\tThe second line of paragraph ${n} keeps its line break.`);
    parts.push('');
  }
  const story = `${parts.join('\n')}\nThe end: 0123456789${'0123456789'.repeat(20)}`;
  return story.slice(0, 6_000);
}

export interface Persona {
  id: string;
  name: string;
  c: CaseData;
  sendingLang: LanguageCode;
}

export function personas(): Persona[] {
  const jose: Answers = {
    ...inCourtBaseline,
    'favourable.family': [{ relationship: 'child', status: 'citizen' }],
    'favourable.work': 'yes',
    'favourable.taxes': 'yes',
    'person.phone': '(312) 555-0100',
  };
  const anh: Answers = {
    ...inCourtBaseline,
    'posture.courtCity': 'Houston, TX',
    'posture.judge': 'Judge Hernández',
    'history.entryDate': '2008-05',
    'history.ageAtEntry': 11,
    'history.applications': { u_visa: 'pending' },
    'favourable.family': [{ relationship: 'child', status: 'citizen' }, { relationship: 'child', status: 'citizen' },
      { relationship: 'spouse', status: 'permanent_resident' }],
    'favourable.primaryCaregiver': 'yes',
    'favourable.familyHardship': 'yes',
    'favourable.seriousIllness': 'yes',
    'favourable.crimeVictim': 'yes',
    'favourable.education': 'us_high_school_or_ged',
    'favourable.work': 'yes',
    'favourable.taxes': 'yes',
    'favourable.community': 'yes',
    'favourable.homeCountryDanger': 'yes',
    'person.fullName': 'Nguyễn Thị Ánh',
    'person.otherNames': ['Anh Thi Nguyen', 'Ánh Nguyễn'],
    'person.countryOfBirth': 'Việt Nam',
    'person.dateOfBirth': '1997-09-02',
    'person.aNumber': 'A209876543',
    'person.address': { street: '8800 Bellaire Blvd, Apt 12B', city: 'Houston', state: 'TX', zip: '77036' },
    'person.phone': '(713) 555-0142',
    'person.email': 'anh.nguyen@example.org',
  };
  const lukasz: Answers = {
    ...inCourtBaseline,
    'criminal.anyArrest': 'yes', 'criminal.dui': 'yes', 'criminal.drugs': 'no', 'criminal.violence': 'no',
    'criminal.felonyOrYearSentence': 'no', 'criminal.pendingOrProbation': 'no', 'criminal.rehabilitationEvidence': 'yes',
    'criminal.records': [{ kind: 'dui', date: '2018-07', outcome: 'convicted' }],
    'person.fullName': 'Łukasz Wróbel',
    'person.countryOfBirth': 'Poland',
    'person.aNumber': 'A087654321',
    'person.address': { street: '2200 N Milwaukee Ave', city: 'Chicago', state: 'IL', zip: '60647' },
  };
  const zoe: Answers = {
    ...inCourtBaseline,
    'person.fullName': 'Zoë Ångström',
    'person.countryOfBirth': 'Sweden',
    'person.aNumber': '12345678',
    'person.address': { street: '15 Lake Shore Dr', city: 'Chicago', state: 'IL', zip: '60611' },
  };
  return [
    {
      id: 'jose', name: 'José Núñez Peña', sendingLang: 'es',
      c: walk(jose, {
        letter: { request: 'administrative_closure', office: { kind: 'listed', id: 'opla-chicago' },
          story: 'I came to Chicago in 2015. I work in a bakery and my daughter goes to school here.\nShe was born here in 2018.' },
        checklist: { included: ['personal-declaration', 'photo-id', 'residence-proof', 'family-status-proof', 'employment-records', 'tax-records'] },
      }).c,
    },
    {
      id: 'anh', name: 'Nguyễn Thị Ánh', sendingLang: 'en',
      c: walk(anh, {
        letter: {
          request: 'continuance',
          office: { kind: 'typed', text: 'Office of the Chief Counsel – Houston\n126 Northpoint Dr, Suite 2020\nHouston TX 77060' },
          story: longStory(),
          requestDetails: 'My U visa application (Form I-918) has been pending since 2024. Receipt number EAC2490012345.',
        },
        checklist: { included: [...ALL_EXHIBITS] },
      }).c,
    },
    {
      id: 'lukasz', name: 'Łukasz Wróbel', sendingLang: 'en',
      c: walk(lukasz, {
        letter: { request: 'administrative_closure', office: { kind: 'listed', id: 'opla-chicago' },
          concernsExplanation: 'In July 2018 I was arrested for driving under the influence. I pleaded guilty, finished my sentence and a 12-week alcohol education program, and I have not had a drink since.' },
        checklist: { included: ['personal-declaration', 'certified-dispositions', 'rehabilitation-proof'] },
      }).c,
    },
    {
      id: 'zoe', name: 'Zoë Ångström', sendingLang: 'en',
      c: walk(zoe, { letter: { request: 'continuance', office: { kind: 'listed', id: 'opla-chicago' } } }).c,
    },
  ];
}

export interface TextItem {
  str: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface ExtractedPage {
  items: TextItem[];
  /** Items joined, one line per item, for reading. */
  text: string;
}

/** Text items per page, via pdfjs (empty end-of-line items dropped). */
export async function extractPages(bytes: Uint8Array): Promise<ExtractedPage[]> {
  // pdfjs takes ownership of the buffer it is given: pass a copy.
  const doc = await getDocument({ data: bytes.slice(), disableFontFace: true, useSystemFonts: false, verbosity: 0 }).promise;
  try {
    const pages: ExtractedPage[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const content = await page.getTextContent();
      const items: TextItem[] = [];
      for (const it of content.items) {
        if (!('str' in it) || it.str === '') continue;
        items.push({ str: it.str, x: it.transform[4] as number, y: it.transform[5] as number, width: it.width, height: it.height });
      }
      pages.push({ items, text: items.map((i) => i.str).join('\n') });
    }
    return pages;
  } finally {
    await doc.destroy();
  }
}

/** Whitespace-insensitive form for finding wrapped sentences and broken words. */
export const squash = (s: string): string => s.replace(/\s+/g, '');
/** Space-normalised form for finding wrapped sentences. */
export const spaced = (s: string): string => s.replace(/\s+/g, ' ').trim();

/**
 * The margin rule, in PDF points (origin bottom left, US Letter 612 × 792, 1-inch margins), for
 * the baseline (x = transform[4], y = transform[5]) and width of every pdfjs text item:
 * - every item, body or not: 72 ≤ x and x + width ≤ 540 + 0.5 (rounding tolerance);
 * - body text: 72 ≤ y ≤ 720;
 * - header band 720 < y ≤ 768 (inside the top margin): only the draft notice on any page, and
 *   the name + A-number line on pages 2 and later;
 * - footer band 24 ≤ y < 72 (inside the bottom margin): only "Page X of Y" (or, on a Spanish
 *   page, "Página X de Y");
 * - nothing else anywhere.
 */
const FOOTER = /^(Page \d+ of \d+|Página \d+ de \d+)$/;

export function marginViolations(pages: ExtractedPage[]): string[] {
  const out: string[] = [];
  pages.forEach((page, index) => {
    for (const it of page.items) {
      const where = `page ${index + 1} "${it.str.slice(0, 40)}" at x=${it.x.toFixed(1)} y=${it.y.toFixed(1)} w=${it.width.toFixed(1)}`;
      if (it.x < 72 - 0.01 || it.x + it.width > 540 + 0.5) out.push(`outside the side margins: ${where}`);
      if (it.y >= 72 && it.y <= 720) continue;
      if (it.y > 720 && it.y <= 768) {
        if (it.str !== DRAFT_NOTICE && index === 0) out.push(`header text on page 1: ${where}`);
      } else if (it.y >= 24 && it.y < 72) {
        if (!FOOTER.test(it.str)) out.push(`footer text that is not a page number: ${where}`);
      } else {
        out.push(`outside the page bands: ${where}`);
      }
    }
  });
  return out;
}

/** Body text only (no header, footer or draft banner), so a paragraph that runs onto the next page reads on. */
export const bodyText = (pages: ExtractedPage[]): string =>
  pages.flatMap((p) => p.items.filter((i) => i.y >= 72 && i.y <= 720).map((i) => i.str)).join('\n');

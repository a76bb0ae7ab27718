/**
 * The two PDF files (the letter to send, the person's guide): content and order (pdfjs text
 * extraction), each numbered on its own with furniture in its page's language, metadata
 * (pdf-lib), margins, unsupported characters, a PNG of page 1, file names. The property over
 * generated cases is in tests/unit/fuzz/letter-pdf.test.ts; the page-breaking rules are in
 * tests/unit/pdf/page-rules.test.ts.
 */
import fs from 'node:fs';
import path from 'node:path';
import { decodePDFRawStream, PDFArray, PDFDict, PDFDocument, PDFName, PDFRawStream, PDFString } from 'pdf-lib';
import { beforeAll, describe, expect, it } from 'vitest';
import { type CaseData, cleanText, DRAFT_NOTICE, type LetterModel, pdfFileName } from '../../../src/domain';
import {
  type DocumentKind,
  findUnsupportedCharacters,
  fontSupports,
  renderDocument,
  renderDocuments,
  UnsupportedCharactersError,
} from '../../../src/pdf/render-letter-pdf';
import { drawnText, wrapText } from '../../../src/pdf/text';
import { inCourtBaseline, walk } from '../domain/walk';
import { inkShare, PNG_SIGNATURE, renderPageImage } from './page-image';
import { bodyText, type ExtractedPage, extractPages, FONTS, letterFor, marginViolations, type Persona, pdfInput, personas, spaced, squash } from './support';

const ARTIFACTS = path.resolve('tests/artifacts/pdf');
const supports = fontSupports(FONTS);

const allText = (pages: ExtractedPage[]) => pages.map((p) => p.text).join('\n');
interface Rendered {
  persona: Persona;
  letter: LetterModel;
  bytes: Record<DocumentKind, Uint8Array>;
  pages: Record<DocumentKind, ExtractedPage[]>;
  ms: number;
}

const PERSONAS = personas();
const rendered = new Map<string, Rendered>();

beforeAll(async () => {
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  for (const persona of PERSONAS) {
    const letter = letterFor(persona.c)!;
    const start = performance.now();
    const bytes = await renderDocuments(pdfInput(letter, { sendingLang: persona.sendingLang }));
    const ms = performance.now() - start;
    fs.writeFileSync(path.join(ARTIFACTS, `${persona.id}-to-send.pdf`), bytes.toSend);
    fs.writeFileSync(path.join(ARTIFACTS, `${persona.id}-guide.pdf`), bytes.forYou);
    const pages = { toSend: await extractPages(bytes.toSend), forYou: await extractPages(bytes.forYou) };
    rendered.set(persona.id, { persona, letter, bytes, pages, ms });
  }
  fs.writeFileSync(path.join(ARTIFACTS, 'sizes.json'), JSON.stringify([...rendered.values()].map((r) => ({
    persona: r.persona.id, bytes: { toSend: r.bytes.toSend.length, forYou: r.bytes.forYou.length },
    pages: { toSend: r.pages.toSend.length, forYou: r.pages.forYou.length }, renderMs: Math.round(r.ms),
  })), null, 2));
}, 60_000);

/** The strings of a page's header band (the draft notice aside) and of its footer band. */
const headerOf = (page: ExtractedPage) => page.items.filter((it) => it.y > 720 && it.str !== DRAFT_NOTICE).map((it) => it.str).join(' ');
const footerOf = (page: ExtractedPage) => page.items.filter((it) => it.y < 72).map((it) => it.str);
const isSpanish = (page: ExtractedPage) => page.text.includes('Qué dice esta carta') || page.text.includes('Cómo enviar') || page.text.includes('Mi lista');

describe.each(PERSONAS.map((p) => [p.id, p] as const))('persona %s', (id, persona) => {
  const get = () => rendered.get(id)!;

  it('the file to send is the letter the domain built, with the name exactly as typed', () => {
    const { letter, pages: { toSend: pages } } = get();
    expect(letter.re[0]).toMatchObject({ kind: 'respondent', value: persona.name });
    expect(pages[0]!.items.some((i) => i.str === persona.name)).toBe(true);
    expect(pages[0]!.items.some((i) => i.str === letter.date)).toBe(true);
    const aNumber = letter.re.find((r) => r.kind === 'a-number')!.value;
    expect(aNumber).toMatch(/^A-\d{3}-\d{3}-\d{3}$/);
    expect(pages[0]!.text).toContain(aNumber);
    const request = letter.paragraphs.find((p) => p.section === 'request' && !p.verbatim)!;
    expect(spaced(pages.slice(0, 3).map((p) => p.text).join(' '))).toContain(request.text);
    for (const p of letter.paragraphs) expect(squash(bodyText(pages))).toContain(squash(drawnText(p.text)));
  });

  it('lists every exhibit tab and description in the index (or has no index without exhibits)', () => {
    const { letter, pages: { toSend: pages } } = get();
    const indexPages = pages.filter((p) => p.items.some((i) => i.str === 'Exhibit Index'));
    if (letter.exhibits.length === 0) {
      expect(indexPages).toHaveLength(0);
      return;
    }
    const text = spaced(indexPages.map((p) => p.text).join(' '));
    for (const e of letter.exhibits) expect(text).toContain(`${e.tab} ${e.description}`);
  });

  it('holds only what goes to ICE in the file to send, and only the person\'s pages in the guide', () => {
    const { letter, pages: { toSend, forYou } } = get();
    const first = (pages: ExtractedPage[], s: string) => pages.findIndex((p) => p.items.some((i) => i.str === s));
    // To send: the letter, then the exhibit index; nothing for the person.
    expect(first(toSend, 'Dear Chief Counsel:')).toBe(0);
    if (letter.exhibits.length) expect(first(toSend, 'Exhibit Index')).toBeGreaterThan(0);
    for (const s of ['Qué dice esta carta', 'How to send your request', 'Cómo enviar su solicitud', 'Your checklist', 'Mi lista de documentos']) {
      expect(first(toSend, s)).toBe(-1);
    }
    expect(allText(toSend)).not.toContain('No la envíe');
    // The guide: the Spanish page, how to send, the checklist, in that order; no letter.
    const order = [
      first(forYou, 'Qué dice esta carta'),
      first(forYou, persona.sendingLang === 'es' ? 'Cómo enviar su solicitud' : 'How to send your request'),
      first(forYou, persona.sendingLang === 'es' ? 'Mi lista de documentos' : 'Your checklist'),
    ];
    expect(order[0]).toBe(0);
    expect(order.every((i) => i >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(new Set(order).size).toBe(order.length);
    expect(first(forYou, 'Dear Chief Counsel:')).toBe(-1);
    expect(first(forYou, 'Exhibit Index')).toBe(-1);
    expect(forYou[0]!.text).toContain('Esta página es para usted. No la envíe a ICE.');
    if (letter.kind === 'draft') expect(allText(forYou)).toContain('Do not send this draft without legal advice');
  });

  it('lists every exhibit in the guide\'s checklist with its tab letter', () => {
    const { letter, pages: { forYou } } = get();
    const text = spaced(forYou.map((p) => p.text).join(' '));
    const tab = persona.sendingLang === 'es' ? 'Separador Tab' : 'Tab';
    for (const e of letter.exhibits) expect(text).toContain(spaced(`[ ] ${tab} ${e.tab} – ${e.description}`));
  });

  it.each(['toSend', 'forYou'] as const)('numbers the pages of %s on their own, in each page\'s language, with the name and A-number on pages 2+', (kind) => {
    const { letter, pages } = get();
    const aNumber = letter.re.find((r) => r.kind === 'a-number')!.value;
    const n = pages[kind].length;
    pages[kind].forEach((page, i) => {
      const spanish = kind === 'forYou' && isSpanish(page);
      expect(footerOf(page)).toEqual([spanish ? `Página ${i + 1} de ${n}` : `Page ${i + 1} of ${n}`]);
      const header = headerOf(page);
      if (i === 0) expect(header).toBe('');
      else {
        expect(header).toContain(persona.name);
        expect(header).toContain(`${spanish ? 'Número A' : 'A-Number'} ${aNumber}`);
      }
    });
  });

  it('prints the draft notice on every page of the file to send exactly when the letter is a draft, and never in the guide', () => {
    const { letter, pages } = get();
    for (const page of pages.toSend) {
      const notices = page.items.filter((it) => it.str === DRAFT_NOTICE);
      expect(notices).toHaveLength(letter.kind === 'draft' ? 1 : 0);
      if (letter.kind === 'draft') expect(notices[0]!.y).toBeGreaterThan(720);
    }
    for (const page of pages.forYou) expect(page.items.filter((it) => it.str === DRAFT_NOTICE)).toHaveLength(0);
  });

  it('keeps every text item inside the margins', () => {
    expect(marginViolations(get().pages.toSend)).toEqual([]);
    expect(marginViolations(get().pages.forYou)).toEqual([]);
  });

  it('has only the intended metadata', async () => {
    const { letter, bytes } = get();
    for (const kind of ['toSend', 'forYou'] as const) {
      const doc = await PDFDocument.load(bytes[kind], { updateMetadata: false });
      expect(doc.getTitle()).toBe(kind === 'toSend' ? letter.title : persona.sendingLang === 'es' ? 'Su guía' : 'Your guide');
      expect(doc.getAuthor()).toBe(persona.name);
      expect(doc.getCreator()).toBe('PD Helper 0.1.0-test');
      expect(doc.getProducer()).toBe('PD Helper 0.1.0-test');
      expect(doc.getSubject()).toBeUndefined();
      expect(doc.getKeywords()).toBeUndefined();
      expect(doc.getCreationDate()).toBeUndefined();
      expect(doc.catalog.lookup(PDFName.of('Lang'), PDFString).decodeText()).toBe(kind === 'forYou' && persona.sendingLang === 'es' ? 'es-US' : 'en-US');
      expect(doc.getPageCount()).toBeGreaterThanOrEqual(kind === 'toSend' && letter.exhibits.length ? 2 : 1);
      for (const page of doc.getPages()) expect(page.getSize()).toEqual({ width: 612, height: 792 });
    }
  });
});

describe('drawnText', () => {
  it('removes the combining grapheme joiner (U+034F), which has no form: a mark left over after Z̤ was once missing from the extracted text', () => {
    expect(drawnText('Z\u0324\u0345\u034f Judge')).toBe('Z\u0324\u0345 Judge'.normalize('NFC'));
    expect(drawnText('a\u034fb')).toBe('ab');
  });

  it('is the domain\'s text rule (what the app stores), with a tab drawn as four spaces', () => {
    for (const text of ['José Núñez Peña', 'Nguyễn Thị Ánh', 'line one\nline two', 'a\u202eb\u200bc\u0000d']) {
      expect(drawnText(text)).toBe(cleanText(text));
    }
    expect(drawnText('a\tb')).toBe('a    b');
  });
});

describe('persona details', () => {
  it('the 6,000-character story with long unbroken words is printed whole, broken by character where needed', () => {
    const { letter, pages: { toSend: pages } } = rendered.get('anh')!;
    const story = letter.paragraphs.find((p) => p.section === 'story')!.text;
    expect(story.length).toBeGreaterThanOrEqual(5_900);
    expect(letter.exhibits.length).toBeGreaterThanOrEqual(12);
    expect(squash(bodyText(pages))).toContain(squash(drawnText(story)));
    // The person's line breaks are kept: the second line of a paragraph starts its own line.
    expect(pages.some((p) => p.items.some((i) => i.str.trim() === 'The second line of paragraph 1 keeps its line break.'))).toBe(true);
    // The long word never fits on a line, so it is broken by character, and no line is too wide.
    expect(pages.flatMap((p) => p.items).some((i) => /^(Supercalifragilisticexpialidocious)+\S*$/.test(i.str) && i.str.length > 60)).toBe(true);
  });

  it('the typed office is the addressee and the other names are in the RE block', () => {
    const { pages: { toSend: pages } } = rendered.get('anh')!;
    expect(pages[0]!.text).toContain('Office of the Chief Counsel – Houston');
    expect(pages[0]!.text).toContain('Anh Thi Nguyen; Ánh Nguyễn');
  });

  it('marks the Spanish page of an English guide as Spanish for screen readers (/Lang es), and the letter not', async () => {
    const { bytes, pages } = rendered.get('anh')!;
    const content = async (pdf: Uint8Array, n: number) => {
      const doc = await PDFDocument.load(pdf);
      const contents = doc.getPages()[n]!.node.Contents();
      const streams = contents instanceof PDFArray ? contents.asArray().map((ref) => doc.context.lookup(ref)) : [contents];
      return streams.map((stream) => {
        expect(stream).toBeInstanceOf(PDFRawStream);
        return Buffer.from(decodePDFRawStream(stream as PDFRawStream).decode()).toString('latin1');
      }).join('\n');
    };
    const spanish = pages.forYou.findIndex((p) => p.text.includes('Qué dice esta carta'));
    const english = pages.forYou.findIndex((p) => p.text.includes('How to send your request'));
    expect(await content(bytes.forYou, spanish)).toContain('/Span << /Lang (es) >> BDC');
    expect(await content(bytes.forYou, english)).not.toContain('/Lang');
    for (let n = 0; n < pages.toSend.length; n++) expect(await content(bytes.toSend, n)).not.toContain('/Lang');
  });

  it('names each font once in a page\'s resources, whatever the number of lines (pdf-lib\'s drawText added it again for every line)', async () => {
    const { bytes, pages } = rendered.get('anh')!;
    for (const kind of ['toSend', 'forYou'] as const) {
      const doc = await PDFDocument.load(bytes[kind]);
      doc.getPages().forEach((page, n) => {
        const fonts = page.node.Resources()!.lookup(PDFName.of('Font'), PDFDict);
        const faces = fonts.keys().map((key) => fonts.get(key)!.toString());
        expect(faces.length, `${kind} page ${n + 1}`).toBeGreaterThan(0);
        expect(new Set(faces).size, `${kind} page ${n + 1}`).toBe(faces.length);
        expect(faces.length).toBeLessThanOrEqual(2);
      });
      expect(pages[kind].some((p) => p.items.length > 20)).toBe(true);
    }
  });

  it('makes only the file asked for, the same as when both are made', async () => {
    const { letter, persona, bytes } = rendered.get('lukasz')!;
    const input = pdfInput(letter, { sendingLang: persona.sendingLang });
    const toSend = await extractPages(await renderDocument(input, 'toSend'));
    const forYou = await extractPages(await renderDocument(input, 'forYou'));
    expect(toSend.map((p) => p.text)).toEqual((await extractPages(bytes.toSend)).map((p) => p.text));
    expect(forYou.map((p) => p.text)).toEqual((await extractPages(bytes.forYou)).map((p) => p.text));
  });
});

describe('extra sections (the mechanism for a declaration and a translation certificate)', () => {
  const declaration = {
    lang: 'es' as const, title: 'Declaración de Łukasz Wróbel', field: 'declaration',
    blocks: [{ paragraphs: ['Yo, Łukasz Wróbel, declaro lo siguiente.'] }, { heading: 'Mi vida aquí', paragraphs: ['Vivo en Chicago desde 2015.', 'Trabajo en una panadería.'] }],
    signatureLines: ['', '______________________________', 'Firma', 'Fecha: ______________'],
  };
  const certificate = {
    lang: 'en' as const, title: 'Certificate of Translation', field: 'certificate',
    blocks: [{ paragraphs: ['I, ______________, certify that I am competent to translate from Spanish into English, and that the attached translation is true and correct.'] }],
    signatureLines: ['', '______________________________', 'Signature', 'Date: ______________'],
  };

  it('adds each on pages of its own, in its document, with furniture in its language and the draft banner of the letter', async () => {
    const { letter, persona } = rendered.get('lukasz')!;
    expect(letter.kind).toBe('draft');
    const input = { ...pdfInput(letter, { sendingLang: persona.sendingLang }), toSendExtras: [declaration], forYouExtras: [certificate] };
    const files = await renderDocuments(input);
    fs.writeFileSync(path.join(ARTIFACTS, 'extras-to-send.pdf'), files.toSend);
    fs.writeFileSync(path.join(ARTIFACTS, 'extras-guide.pdf'), files.forYou);
    const toSend = await extractPages(files.toSend);
    const forYou = await extractPages(files.forYou);
    // After the exhibit index, on a new page: Spanish page numbers and header, and the draft banner.
    const at = toSend.findIndex((p) => p.text.includes('Declaración de Łukasz Wróbel'));
    expect(at).toBeGreaterThan(toSend.findIndex((p) => p.text.includes('Exhibit Index')));
    expect(toSend[at]!.items.filter((i) => i.str === DRAFT_NOTICE)).toHaveLength(1);
    expect(footerOf(toSend[at]!)).toEqual([`Página ${at + 1} de ${toSend.length}`]);
    expect(headerOf(toSend[at]!)).toContain('Número A A-087-654-321');
    expect(spaced(toSend[at]!.text)).toContain('Firma');
    for (const p of toSend.slice(0, at)) expect(footerOf(p)[0]).toMatch(/^Page \d+ of \d+$/);
    // The certificate is the guide's last part, in English.
    const cert = forYou.findIndex((p) => p.text.includes('Certificate of Translation'));
    expect(cert).toBe(forYou.length - 1);
    expect(cert).toBeGreaterThan(forYou.findIndex((p) => p.text.includes('Your checklist')));
    expect(footerOf(forYou[cert]!)).toEqual([`Page ${cert + 1} of ${forYou.length}`]);
    expect(marginViolations(toSend)).toEqual([]);
    expect(marginViolations(forYou)).toEqual([]);
  });
});

describe('long values', () => {
  it('wraps long RE values and names, and shortens only the page header, which keeps the A-number', async () => {
    const name = 'María de los Ángeles Fernández-Gutiérrez y Rodríguez de la Concepción Wolfeschlegelsteinhausenbergerdorffvoralternwarengewissenhaftschafers';
    const c = walk({ ...inCourtBaseline, 'history.fraud': 'yes', 'person.fullName': name, 'posture.judge': `Judge ${'X'.repeat(150)}` }).c;
    const pages = await extractPages((await renderDocuments(pdfInput(letterFor(c)!))).toSend);
    expect(marginViolations(pages)).toEqual([]);
    expect(squash(bodyText(pages))).toContain(squash(name));
    const header = pages[1]!.items.filter((i) => i.y > 720 && i.str !== DRAFT_NOTICE).map((i) => i.str);
    expect(header).toContain('A-Number A-012-345-678');
    expect(header.find((h) => h.startsWith('María de los Ángeles'))).toMatch(/…$/);
  });
});

describe('wrapText', () => {
  const measure = (s: string) => Array.from(s).length; // one point per character
  it.each([
    ['fits on one line', 'a bb ccc', 10, ['a bb ccc']],
    ['breaks at spaces and drops them at the break', 'aaaa bbbb cccc', 9, ['aaaa bbbb', 'cccc']],
    ['keeps the person\'s newlines and blank lines', 'one\n\ntwo', 10, ['one', '', 'two']],
    ['keeps indentation at the start of a typed line', '  indented', 20, ['  indented']],
    ['breaks a word longer than a line by character, on a new line', 'go abcdefghijkl', 5, ['go', 'abcde', 'fghij', 'kl']],
    ['never splits a letter from its accents', 'e\u0301e\u0301e\u0301', 2, ['e\u0301e\u0301', 'e\u0301']],
  ])('%s', (_name, text, width, lines) => {
    expect(wrapText(text, (s) => measure(s.normalize('NFC')), width)).toEqual(lines);
  });
});

describe('unsupported characters', () => {
  const base = { ...inCourtBaseline };
  const inputFor = (c: CaseData) => pdfInput(letterFor(c)!);

  it.each([
    ['Thai', 'สมชาย ใจดี', 'ส', 'U+0E2A'],
    ['Chinese', '王秀英', '王', 'U+738B'],
  ])('a %s name is reported as person.fullName, once per character, whichever file is asked for', async (_script, name, char, codePoint) => {
    const c = walk({ ...base, 'person.fullName': name }).c;
    const error = await renderDocument(inputFor(c), 'toSend').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UnsupportedCharactersError);
    const problems = (error as UnsupportedCharactersError).problems;
    // The guide repeats the name in its header: the same refusal, not a guide without the check.
    const guideError = await renderDocument(inputFor(c), 'forYou').catch((e: unknown) => e);
    expect((guideError as UnsupportedCharactersError).problems).toEqual(problems);
    expect(problems).toContainEqual(expect.objectContaining({ field: 'person.fullName', char, codePoint }));
    expect(new Set(problems.map((p) => p.field))).toEqual(new Set(['person.fullName']));
    const chars = problems.map((p) => p.char);
    expect(new Set(chars).size).toBe(chars.length);
    expect(chars.sort()).toEqual([...new Set(Array.from(name).filter((ch) => ch !== ' '))].sort());
  });

  it('checks both files before making either: a character only in the guide stops the letter too, and the other way round', async () => {
    const letter = letterFor(walk(base).c)!;
    const guideOnly = { ...pdfInput(letter), sendingSheet: { lang: 'en' as const, title: 'How to send', blocks: [{ paragraphs: ['Send it ☃'] }] } };
    for (const kind of ['toSend', 'forYou'] as const) {
      const error = await renderDocument(guideOnly, kind).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(UnsupportedCharactersError);
      expect((error as UnsupportedCharactersError).problems).toEqual([expect.objectContaining({ field: 'sendingSheet', char: '☃' })]);
    }
    const extra = { lang: 'es' as const, title: 'Declaración', field: 'declaration', blocks: [{ paragraphs: ['Yo 金 declaro'] }] };
    const letterOnly = { ...pdfInput(letter), toSendExtras: [extra] };
    const error = await renderDocument(letterOnly, 'forYou').catch((e: unknown) => e);
    expect((error as UnsupportedCharactersError).problems).toEqual([expect.objectContaining({ field: 'declaration', char: '金' })]);
    // The page furniture a language brings is checked too.
    const furniture = { ...pdfInput(letter), furniture: { es: { pageOf: 'Página {page} ☃ {total}', aNumber: 'Número A' } } };
    expect(findUnsupportedCharacters(furniture, supports)).toEqual([expect.objectContaining({ field: 'furniture', char: '☃' })]);
  });

  it('a CJK character in the story is reported as letter.story, with a sample around it', () => {
    const c = walk(base, { letter: { story: 'I work at a restaurant called 我的家 in Chicago.' } }).c;
    const problems = findUnsupportedCharacters(inputFor(c), supports);
    expect(problems.map((p) => [p.field, p.char, p.codePoint])).toEqual([
      ['letter.story', '我', 'U+6211'], ['letter.story', '的', 'U+7684'], ['letter.story', '家', 'U+5BB6'],
    ]);
    expect(problems[0]!.sample).toContain('called 我的家 in');
  });

  it('names the answer a character came from across the letter', () => {
    const c = walk({
      ...base,
      'posture.courtCity': 'กรุงเทพ',
      'posture.judge': 'Judge 李',
      'person.countryOfBirth': 'ไทย',
      'person.otherNames': ['Кирилл 金'],
      'person.address': { street: '1 Main St ☃', city: 'Chicago', state: 'IL', zip: '60601' },
    }, { letter: {
      office: { kind: 'typed', text: 'OPLA 東京' },
      concernsExplanation: 'ok 😀',
      requestDetails: 'see ✓',
    } }).c;
    const input = { ...inputFor(c), spanishPage: { lang: 'es' as const, title: 'Qué dice esta carta', notForMailing: 'No la envíe', blocks: [{ paragraphs: ['→'] }] } };
    const fields = new Map(findUnsupportedCharacters(input, supports).map((p) => [p.char, p.field]));
    expect(fields.get('ก')).toBe('posture.courtCity');
    expect(fields.get('ไ')).toBe('person.countryOfBirth');
    expect(fields.get('李')).toBe('posture.judge');
    expect(fields.get('金')).toBe('person.otherNames');
    expect(fields.get('☃')).toBe('person.address');
    expect(fields.get('東')).toBe('letter.office');
    expect(fields.get('😀')).toBe('letter.concernsExplanation');
    expect(fields.get('✓')).toBe('letter.requestDetails');
    expect(fields.get('→')).toBe('spanishPage');
    // Cyrillic is in Noto Sans but not in the app's charset (src/pdf/font-charset.json).
    expect(fields.get('К')).toBe('person.otherNames');
    expect([...fields.keys()]).not.toContain('M'); // Latin is
  });

  it('names the box of the concern a character came from', () => {
    const c = walk({ ...base, 'history.stoppedAtBorder': 'yes' }, { letter: { concernExplanations: { border_apprehension: 'I was 19 😟' } } }).c;
    const problems = findUnsupportedCharacters(inputFor(c), supports);
    expect(problems.map((p) => [p.field, p.char])).toEqual([['letter.concernExplanations.border_apprehension', '😟']]);
  });

  it('nothing is reported for Latin names with diacritics', () => {
    for (const name of ['José Núñez Peña', 'Nguyễn Thị Ánh', 'Łukasz Wróbel', 'Zoë Ångström', 'Nguyễn Văn Anh', 'Ñ ü ß Ø Œ Ş Ț']) {
      const c = walk({ ...base, 'person.fullName': name }).c;
      expect(findUnsupportedCharacters(inputFor(c), supports)).toEqual([]);
    }
  });

  it('normalises control characters and removes invisible marks instead of reporting them, keeping all other text', async () => {
    const story = 'Line one\tafter a tab\r\nLine two\rLine three\u0007 bell\u200b zero\u200dwidth \u202eRLO\u202c \ufeffBOM de\u0301composed';
    const c = walk(base, { letter: { story } }).c;
    expect(findUnsupportedCharacters(inputFor(c), supports)).toEqual([]);
    const pages = await extractPages(await renderDocument(inputFor(c), 'toSend'));
    const items = pages[0]!.items;
    const at = (str: string) => items.find((i) => i.str === str)!;
    // The tab became four spaces (pdfjs reports the gap as its own " " item).
    expect(at('after a tab').x - (at('Line one').x + at('Line one').width)).toBeGreaterThan(8);
    expect(at('Line two')).toBeDefined();
    expect(at('Line three bell zerowidth RLO BOM décomposed')).toBeDefined();
  });
});

describe('page 1 as an image', () => {
  it.each(['toSend', 'forYou'] as const)('%s renders to a non-trivial PNG (pdf.js on a canvas), with ink only inside the margins', async (kind) => {
    // 60 dpi: US Letter is 510 × 660 pixels, a 1-inch margin 60 pixels.
    const image = await renderPageImage(rendered.get('jose')!.bytes[kind], 1, 60);
    fs.writeFileSync(path.join(ARTIFACTS, `jose-${kind}-page1.png`), image.png);
    expect(image.png.subarray(0, 8)).toEqual(PNG_SIGNATURE);
    expect(image.png.length).toBeGreaterThan(10_000);
    expect([image.width, image.height]).toEqual([510, 660]);
    // The glyphs are drawn: a letter page is a few percent ink (observed 4.2 %), not blank, not a block.
    const ink = inkShare(image);
    expect(ink).toBeGreaterThan(0.01);
    expect(ink).toBeLessThan(0.2);
    // Nothing is drawn in the side margins (a pixel or two of anti-aliasing allowed).
    expect(inkShare(image, { x: 0, y: 0, width: 58, height: 660 })).toBe(0);
    expect(inkShare(image, { x: 453, y: 0, width: 57, height: 660 })).toBe(0);
  });
});

describe('pdfFileName', () => {
  it.each([
    // The full name as typed: the last word is not always the family name.
    ['José Núñez Peña', '2026-11-23', 'PD-request-José-Núñez-Peña-2026-11-23.pdf'],
    ['Nguyễn Thị Ánh', '2026-11-23', 'PD-request-Nguyễn-Thị-Ánh-2026-11-23.pdf'],
    ['Núñez Peña', '2026-11-23', 'PD-request-Núñez-Peña-2026-11-23.pdf'],
    ['Nguyễn', '2026-11-23', 'PD-request-Nguyễn-2026-11-23.pdf'],
    ['Wróbel', '2026-01-05', 'PD-request-Wróbel-2026-01-05.pdf'],
    ['a/b\\c:d*e?f"g<h>i|j', '2026-11-23', 'PD-request-a-b-c-d-e-f-g-h-i-j-2026-11-23.pdf'],
    ['  O\u2019Brien  Smith ', '2026-11-23', 'PD-request-O\u2019Brien-Smith-2026-11-23.pdf'],
    ['evil\u202efdp.exe', '2026-11-23', 'PD-request-evilfdp.exe-2026-11-23.pdf'],
    ['Nun\u0303ez', '2026-11-23', 'PD-request-Nuñez-2026-11-23.pdf'],
    ['..', '2026-11-23', 'PD-request-2026-11-23.pdf'],
    ['', '2026-11-23', 'PD-request-2026-11-23.pdf'],
    ['Tab\there\nnew\u0000line', '2026-11-23', 'PD-request-Tab-here-newline-2026-11-23.pdf'],
  ])('%j, %s → %s', (name, date, expected) => {
    expect(pdfFileName(name, date)).toBe(expected);
  });

  it('says DRAFT in the name of a draft letter, as on its pages', () => {
    expect(pdfFileName('José Núñez Peña', '2026-11-23', 'draft')).toBe('DRAFT-PD-request-José-Núñez-Peña-2026-11-23.pdf');
    expect(pdfFileName('', '2026-11-23', 'draft')).toBe('DRAFT-PD-request-2026-11-23.pdf');
  });

  it('names the guide PD-guide-…, never DRAFT- (it is never sent) and clearly not the letter', () => {
    expect(pdfFileName('José Núñez Peña', '2026-11-23', 'guide')).toBe('PD-guide-José-Núñez-Peña-2026-11-23.pdf');
    expect(pdfFileName('evil\u202efdp.exe / x', '2026-11-23', 'guide')).toBe('PD-guide-evilfdp.exe-x-2026-11-23.pdf');
    expect(pdfFileName('', '2026-11-23', 'guide')).toBe('PD-guide-2026-11-23.pdf');
    expect(pdfFileName('Ana', '2026-11-23', 'guide')).not.toBe(pdfFileName('Ana', '2026-11-23'));
  });

  it('keeps long names to 60 characters', () => {
    expect(pdfFileName('x'.repeat(300), '2026-11-23')).toBe(`PD-request-${'x'.repeat(60)}-2026-11-23.pdf`);
  });
});

/**
 * The two documents as lists of drawing operations ("plans"), built from the caller's input
 * without any PDF library:
 * - "to send" (`toSend`): the English letter and the exhibit index (and any extra to-send
 *   sections), the one file the person sends to ICE;
 * - "for you" (`forYou`): the Spanish "what this letter says" page, how to send it, the checklist
 *   with tab letters (and any extra sections for the person): never sent.
 * Each is numbered on its own (docs/adr/0009-two-pdf-documents.md). The renderer draws a plan;
 * the unsupported-character check reads both plans, so every character that will be drawn in
 * either file is checked before either is made, and nothing else.
 */
import { type LanguageCode, LETTER_LANGUAGE } from '../domain/languages';
import type { LetterModel, LetterParagraph, ReRow } from '../domain/letter-model';
import { DRAFT_NOTICE, LETTER_LABELS } from '../domain/letter-model';
import { codePointLabel, drawnText } from './text';

export interface PdfTextBlock {
  heading?: string;
  paragraphs: string[];
  /** Each paragraph starts with a check box, "[ ]" or "[x]": set apart, so a long item's lines hang after it. */
  checkboxes?: boolean;
}

/**
 * An extra part of a document, on pages of its own (for example a signed personal declaration
 * in the person's language, or a certificate-of-translation template). Laid out with the same
 * rules as the rest. It should hold at least three lines in all (a title and two more), or its
 * page is shorter than the layout's minimum.
 */
export interface PdfSection {
  lang: Lang;
  title: string;
  /** The part id the unsupported-character message names ('declaration'). */
  field: string;
  blocks: PdfTextBlock[];
  /** Lines under the text to sign on ('' is room to sign by hand); kept with the end of the text. */
  signatureLines?: readonly string[];
}

/** The words around the text of a page, in the page's language. */
export interface PageFurniture {
  /** The footer, with "{page}" and "{total}" where the numbers go: "Page {page} of {total}". */
  pageOf: string;
  /** The label before the A-number in the header of pages 2 and later: "A-Number". */
  aNumber: string;
  /** The draft banner of a draft letter's pages in this language (the letter's own: DRAFT_NOTICE). */
  draft?: string;
}

export interface PdfInput {
  /** From the domain; decides every word of the letter. */
  letter: LetterModel;
  /** 'Exhibit Index' (English, for mailing). */
  exhibitIndexTitle: string;
  /** The guide's title (its PDF document title), in the sending sheet's language. */
  guideTitle: string;
  /** "Qué dice esta carta", already translated by the caller into `lang`. */
  spanishPage: { lang: Lang; title: string; notForMailing: string; blocks: PdfTextBlock[] };
  /** In the UI language, already translated. */
  sendingSheet: { lang: Lang; title: string; blocks: PdfTextBlock[] };
  /** The person's list of papers, exhibits with their tab letters (left out when it has no blocks). */
  checklistPage: { lang: Lang; title: string; blocks: PdfTextBlock[] };
  /**
   * Page furniture for the languages of the guide's pages and of extra sections, translated. The
   * letter's language always uses the letter's own words (LETTER_LABELS); a language missing here does too.
   */
  furniture: Partial<Record<Lang, PageFurniture>>;
  /** Extra sections of the document to send, after the exhibit index. */
  toSendExtras?: PdfSection[];
  /** Extra sections of the guide, after the checklist. */
  forYouExtras?: PdfSection[];
  meta: { appName: string; appVersion: string };
  fonts: { regular: Uint8Array; bold?: Uint8Array };
}

export type PlanInput = Omit<PdfInput, 'fonts'>;

export interface UnsupportedCharacter {
  /** Which part holds the character: a case field path where known ('person.fullName'), else a part id ('sendingSheet'). */
  field: string;
  char: string;
  /** 'U+0E01' */
  codePoint: string;
  /** The text around the first occurrence, to show the person where it is. */
  sample: string;
}

export class UnsupportedCharactersError extends Error {
  readonly problems: UnsupportedCharacter[];
  constructor(problems: UnsupportedCharacter[]) {
    const list = problems.map((p) => `"${p.char}" (${p.codePoint}) in ${p.field}`).join(', ');
    super(`The PDF font cannot draw ${problems.length} character${problems.length === 1 ? '' : 's'}: ${list}`);
    this.name = 'UnsupportedCharactersError';
    this.problems = problems;
  }
}

// ---- Geometry (PDF points; origin bottom left) ----------------------------------------------

/** US Letter with 1-inch margins. Body text stays inside LEFT..RIGHT and BOTTOM..TOP. */
export const PAGE = { width: 612, height: 792 } as const;
export const MARGIN = { left: 72, right: 540, top: 720, bottom: 72 } as const;
export const CONTENT_WIDTH = MARGIN.right - MARGIN.left;
/** Header band (draft banner, name and A-number) and footer line, inside the top and bottom margins. */
export const FURNITURE = { bannerTop: 768, bannerHeight: 22, headerBaseline: 734, headerRule: 728, footerBaseline: 40 } as const;

export type StyleName = 'body' | 'bold' | 'title' | 'heading' | 'small' | 'smallBold';
export interface TextStyle {
  bold: boolean;
  size: number;
  leading: number;
}
export const STYLES: Record<StyleName, TextStyle> = {
  body: { bold: false, size: 11, leading: 15 },
  bold: { bold: true, size: 11, leading: 15 },
  title: { bold: true, size: 15, leading: 20 },
  heading: { bold: true, size: 12, leading: 16 },
  small: { bold: false, size: 9, leading: 12 },
  smallBold: { bold: true, size: 10, leading: 12 },
};

// ---- The plan ---------------------------------------------------------------------------------

export type DocumentKind = 'toSend' | 'forYou';
export const DOCUMENT_KINDS = ['toSend', 'forYou'] as const satisfies readonly DocumentKind[];

/** The language of a page: the letter's (U.S. English), or a page language of the list (src/domain/languages.ts). */
export type Lang = LanguageCode | typeof LETTER_LANGUAGE.code;
/** A field id, or a function choosing one by character (a paragraph mixing two typed answers). */
export type FieldOf = string | ((char: string) => string);

export interface Cell {
  /** Already cleaned (see drawnText). */
  text: string;
  field: FieldOf;
  style: StyleName;
  x: number;
  width: number;
  align?: 'left' | 'center' | 'right';
}

/** What a row is, for the reader of a plan (tests, the page map); the layout follows the keep fields. */
export type RowRole = 'title' | 'heading' | 'text' | 'notice' | 'closing' | 'signature' | 'table-head' | 'exhibit';

export interface Row {
  kind: 'row';
  /** Cells side by side, each wrapped to its width; the row is as many lines as its longest cell. */
  cells: Cell[];
  role: RowRole;
  /** Space above, dropped at the top of a page. */
  before: number;
  /** A grey box around the row (a short notice); a boxed row is never split. */
  boxed?: boolean;
  /** Never split across pages (an exhibit row). Otherwise a row splits only with two lines or more on each side. */
  whole?: boolean;
  /** Stays on one page with the next this-many lines (a heading with two lines of what follows). */
  keepWithNext?: number;
  /** Stays on one page with the last this-many lines of the row before it, or all of it if shorter (the closing with two lines of the last paragraph). */
  keepWithPrevious?: number;
  /** A thin rule under the row: `before` points below its last line, then `after` points of space. */
  rule?: { before: number; after: number };
}

export type Op =
  /** A section starts on a new page; its text is in `lang`. */
  | { kind: 'page'; lang: Lang }
  | Row;

export interface Plan {
  kind: DocumentKind;
  /** The document's language (its /Lang); pages in another language mark their text with theirs. */
  lang: Lang;
  ops: Op[];
  /** Name (left, shortened with "…" if too long) on every page after the first; null without a name. */
  name: Cell | null;
  /** The draft notice on every page (the document to send of a draft letter). */
  draft: Cell | null;
  /** For each page language of the document: the footer ("{page}", "{total}" filled in), the header's A-number, and the draft banner (null: the document's). */
  furniture: Partial<Record<Lang, { pageOf: Cell; aNumber: Cell | null; draft: Cell | null }>>;
}

export type DocumentPlans = Record<DocumentKind, Plan>;

export const LABEL_WIDTH = 118;
const TAB_WIDTH = 60;
const CHECKBOX_WIDTH = 24;
/** The lines a heading or a title keeps with (never the last line of a page). */
export const HEADING_KEEP = 2;
/** The lines of the last paragraph the closing keeps with. */
const CLOSING_KEEP = 2;

export function cell(text: string, field: FieldOf, style: StyleName = 'body', x: number = MARGIN.left, width: number = CONTENT_WIDTH): Cell {
  return { text: drawnText(text), field, style, x, width };
}

function reValue(letter: LetterModel, kind: ReRow['kind']): string {
  return letter.re.find((r) => r.kind === kind)?.value ?? '';
}

const verbatimFields: Partial<Record<LetterParagraph['section'], string>> = {
  story: 'letter.story',
  concerns: 'letter.concernsExplanation',
  request: 'letter.requestDetails',
  prior: 'letter.whatIsNew',
};

/** Maps a paragraph back to the answer its words came from, where one answer can be named. */
function paragraphField(p: LetterParagraph, court: string): FieldOf {
  if (p.field) return p.field;
  if (p.verbatim) return verbatimFields[p.section] ?? 'paragraph';
  // Generated sentences: the only typed words are the representative's name (opening), and the
  // court city and the country of birth (background).
  if (p.section === 'opening') return 'representation.name';
  if (p.section === 'background') return (ch) => (court.includes(ch) ? 'posture.courtCity' : 'person.countryOfBirth');
  return 'paragraph';
}

/** Builds a plan op by op, with the letter's spacing and keep rules (the printable documents use it too). */
export class PlanBuilder {
  readonly ops: Op[] = [];
  readonly langs = new Set<Lang>();

  page(lang: Lang): void {
    this.langs.add(lang);
    this.ops.push({ kind: 'page', lang });
  }

  row(cells: Cell[], role: RowRole, before = 0, keep: Omit<Row, 'kind' | 'cells' | 'role' | 'before'> = {}): void {
    this.ops.push({ kind: 'row', cells, role, before, ...keep });
  }

  line(text: string, field: FieldOf, style: StyleName = 'body', before = 0, role: RowRole = 'text', keep: Omit<Row, 'kind' | 'cells' | 'role' | 'before'> = {}): void {
    this.row([cell(text, field, style)], role, before, keep);
  }

  title(text: string, field: string): void {
    this.row([{ ...cell(text, field, 'title'), align: 'center' }], 'title', 0, { keepWithNext: HEADING_KEEP });
  }

  blocks(blocks: readonly PdfTextBlock[], field: string): void {
    for (const b of blocks) {
      // A heading never ends a page: it keeps with two lines of what follows.
      if (b.heading !== undefined) this.line(b.heading, field, 'heading', 14, 'heading', { keepWithNext: HEADING_KEEP });
      b.paragraphs.forEach((p, i) => {
        const before = i === 0 && b.heading !== undefined ? 4 : 8;
        const box = b.checkboxes ? /^(\[.\]) +(.*)$/su.exec(p) : null;
        if (box) {
          this.row([cell(box[1]!, field, 'body', MARGIN.left, CHECKBOX_WIDTH),
            cell(box[2]!, field, 'body', MARGIN.left + CHECKBOX_WIDTH, CONTENT_WIDTH - CHECKBOX_WIDTH)], 'text', before);
        } else {
          this.line(p, field, 'body', before);
        }
      });
    }
  }

  /**
   * The closing (if any) and the lines to sign on: together, and with two lines of the text above.
   * The blank signature line is taller: room to sign by hand.
   */
  signature(closing: string | null, lines: readonly string[], fieldOf: (line: string) => FieldOf): void {
    if (closing !== null) this.line(closing, 'closing', 'body', 12, 'closing', { keepWithPrevious: CLOSING_KEEP });
    lines.forEach((l, i) => this.line(l, fieldOf(l), 'body', l === '' ? 10 : 0, 'signature',
      { keepWithPrevious: i === 0 && closing === null ? CLOSING_KEEP : 1 }));
  }

  section(s: PdfSection): void {
    this.page(s.lang);
    this.title(s.title, s.field);
    this.blocks(s.blocks, s.field);
    if (s.signatureLines?.length) this.signature(null, s.signatureLines, () => s.field);
  }
}

function letterPlan(input: PlanInput, b: PlanBuilder): void {
  const { letter } = input;
  const name = reValue(letter, 'respondent');
  const court = drawnText(reValue(letter, 'court'));

  // (1) The letter.
  b.page(LETTER_LANGUAGE.code);
  b.line(letter.date, 'date');
  letter.sender.forEach((l, i) => b.line(l.text, l.field, 'body', i === 0 ? 12 : 0));
  letter.addressee.lines.forEach((l, i) =>
    b.line(l, letter.addressee.typed && i > 0 ? 'letter.office' : 'addressee', 'body', i === 0 ? 12 : 0));
  const reRows: [string, string, FieldOf][] = [
    [LETTER_LABELS.re, letter.title, 'title'],
    ...letter.re.map((r): [string, string, FieldOf] => [`${r.label}:`, r.value, r.field ?? 're']),
  ];
  reRows.forEach(([label, value, field], i) =>
    b.row([
      cell(label, 're', 'bold', MARGIN.left, LABEL_WIDTH),
      cell(value, field, i === 0 ? 'bold' : 'body', MARGIN.left + LABEL_WIDTH, CONTENT_WIDTH - LABEL_WIDTH),
    ], 'text', i === 0 ? 12 : 0));
  b.line(letter.salutation, 'salutation', 'body', 12);
  for (const p of letter.paragraphs) b.line(p.text, paragraphField(p, court), 'body', 8);
  // The closing, the signature and the enclosures stay together, with two lines of the last paragraph.
  b.signature(letter.closing, letter.signature, (l) => (l === name && name !== '' ? 'person.fullName' : 'signature'));
  if (letter.enclosures.length > 0) {
    b.line(LETTER_LABELS.enclosures, 'enclosures', 'bold', 14, 'signature', { keepWithPrevious: 1 });
    for (const e of letter.enclosures) {
      b.row([cell(e, 'enclosures', 'body', MARGIN.left + 18, CONTENT_WIDTH - 18)], 'signature', 0, { keepWithPrevious: 1 });
    }
  }

  // (2) Exhibit index: a row never splits, and the table's head stays with its first row.
  if (letter.exhibits.length > 0) {
    b.page(LETTER_LANGUAGE.code);
    b.title(input.exhibitIndexTitle, 'exhibitIndex');
    b.row([cell(LETTER_LABELS.tab, 'exhibitIndex', 'bold', MARGIN.left, TAB_WIDTH),
      cell(LETTER_LABELS.description, 'exhibitIndex', 'bold', MARGIN.left + TAB_WIDTH, CONTENT_WIDTH - TAB_WIDTH)],
    'table-head', 18, { whole: true, keepWithNext: 1, rule: { before: 3, after: 6 } });
    for (const e of letter.exhibits) {
      b.row([cell(e.tab, 'exhibits', 'bold', MARGIN.left, TAB_WIDTH),
        cell(e.description, 'exhibits', 'body', MARGIN.left + TAB_WIDTH, CONTENT_WIDTH - TAB_WIDTH)],
      'exhibit', 0, { whole: true, rule: { before: 3, after: 3 } });
    }
  }

  for (const s of input.toSendExtras ?? []) b.section(s);
}

function guidePlan(input: PlanInput, b: PlanBuilder): void {
  // (1) What this letter says, in Spanish: for the person, not for mailing.
  b.page(input.spanishPage.lang);
  b.title(input.spanishPage.title, 'spanishPage');
  b.row([cell(input.spanishPage.notForMailing, 'spanishPage', 'bold')], 'notice', 10, { boxed: true });
  b.blocks(input.spanishPage.blocks, 'spanishPage');

  // (2) How to send it, in the UI language.
  b.page(input.sendingSheet.lang);
  b.title(input.sendingSheet.title, 'sendingSheet');
  b.blocks(input.sendingSheet.blocks, 'sendingSheet');

  // (3) The checklist, with the tab letter of each exhibit.
  if (input.checklistPage.blocks.some((bl) => bl.paragraphs.length > 0)) {
    b.page(input.checklistPage.lang);
    b.title(input.checklistPage.title, 'checklistPage');
    b.blocks(input.checklistPage.blocks, 'checklistPage');
  }

  for (const s of input.forYouExtras ?? []) b.section(s);
}

function finish(kind: DocumentKind, lang: Lang, b: PlanBuilder, input: PlanInput): Plan {
  const { letter } = input;
  const name = reValue(letter, 'respondent');
  // Only a number in the header: the letter's "Not known" is English, and the Re: block says it already.
  const aNumber = /\d/.test(reValue(letter, 'a-number')) ? reValue(letter, 'a-number') : '';
  const letterWords: PageFurniture = { pageOf: LETTER_LABELS.pageOf, aNumber: LETTER_LABELS.aNumber };
  const furniture: Plan['furniture'] = {};
  for (const l of b.langs) {
    const words = (l === LETTER_LANGUAGE.code ? undefined : input.furniture[l]) ?? letterWords;
    const field = l === LETTER_LANGUAGE.code ? 'page' : 'furniture';
    furniture[l] = {
      pageOf: { ...cell(words.pageOf, field, 'small'), align: 'center' },
      draft: words.draft ? { ...cell(words.draft, field, 'smallBold', MARGIN.left + 6, CONTENT_WIDTH - 12), align: 'center' } : null,
      aNumber: aNumber ? { ...cell(`${words.aNumber} ${aNumber}`, (ch) => (words.aNumber.includes(ch) ? field : 'person.aNumber'), 'small'), align: 'right' } : null,
    };
  }
  return {
    kind,
    lang,
    ops: b.ops,
    name: name ? cell(name, 'person.fullName', 'small') : null,
    draft: kind === 'toSend' && letter.kind === 'draft'
      ? { ...cell(DRAFT_NOTICE, 'draft', 'smallBold', MARGIN.left + 6, CONTENT_WIDTH - 12), align: 'center' }
      : null,
    furniture,
  };
}

/** The plans of both documents, from one input. */
export function buildPlan(input: PlanInput): DocumentPlans {
  const toSend = new PlanBuilder();
  letterPlan(input, toSend);
  const forYou = new PlanBuilder();
  guidePlan(input, forYou);
  return {
    toSend: finish('toSend', LETTER_LANGUAGE.code, toSend, input),
    forYou: finish('forYou', input.sendingSheet.lang, forYou, input),
  };
}

export function planCells(plan: Plan): Cell[] {
  const cells = plan.ops.flatMap((op) => (op.kind === 'row' ? op.cells : []));
  const furniture = Object.values(plan.furniture).flatMap((f) => (f ? [f.pageOf, ...(f.aNumber ? [f.aNumber] : []), ...(f.draft && plan.draft ? [f.draft] : [])] : []));
  return [...cells, ...furniture, ...[plan.name, plan.draft].filter((c): c is Cell => c !== null)];
}

function sampleAround(text: string, index: number, length: number): string {
  const start = Math.max(0, index - 20);
  const end = Math.min(text.length, index + length + 20);
  const body = text.slice(start, end).replace(/\s+/g, ' ');
  return `${start > 0 ? '…' : ''}${body}${end < text.length ? '…' : ''}`;
}

function isPlan(plans: Plan | DocumentPlans): plans is Plan {
  return 'ops' in plans;
}

/** The cells of one plan, or of both documents' (the one to send first), in drawing order. */
export function cellsOf(plans: Plan | DocumentPlans): Cell[] {
  return (isPlan(plans) ? [plans] : DOCUMENT_KINDS.map((k) => plans[k])).flatMap(planCells);
}

/**
 * Every character the font cannot draw, once per (field, character), in reading order: the
 * document to send first, then the guide (given both, as buildPlan returns them).
 */
export function unsupportedInPlan(plans: Plan | DocumentPlans, supports: (codePoint: number) => boolean): UnsupportedCharacter[] {
  const seen = new Set<string>();
  const problems: UnsupportedCharacter[] = [];
  for (const c of cellsOf(plans)) {
    let index = 0;
    for (const ch of c.text) {
      const cp = ch.codePointAt(0)!;
      if (ch !== '\n' && !supports(cp)) {
        const field = typeof c.field === 'string' ? c.field : c.field(ch);
        const key = `${field}\u0000${ch}`;
        if (!seen.has(key)) {
          seen.add(key);
          problems.push({ field, char: ch, codePoint: codePointLabel(cp), sample: sampleAround(c.text, index, ch.length) });
        }
      }
      index += ch.length;
    }
  }
  return problems;
}

/** Every character of both documents the font cannot draw. */
export function findUnsupportedCharacters(input: PlanInput, supports: (codePoint: number) => boolean): UnsupportedCharacter[] {
  return unsupportedInPlan(buildPlan(input), supports);
}

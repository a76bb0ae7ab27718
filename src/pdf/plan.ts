/**
 * The packet as a list of drawing operations (a "plan"), built from the caller's input without
 * any PDF library. The renderer draws the plan; the unsupported-character check reads the same
 * plan, so every character that will be drawn is checked, and nothing else.
 */
import { type LanguageCode, LETTER_LANGUAGE } from '../domain/languages';
import type { LetterModel, LetterParagraph, ReRow } from '../domain/letter-model';
import { DRAFT_NOTICE, LETTER_LABELS } from '../domain/letter-model';
import { codePointLabel, drawnText } from './text';

export interface PdfTextBlock {
  heading?: string;
  paragraphs: string[];
}

export interface PdfInput {
  /** From the domain; decides every word of the letter. */
  letter: LetterModel;
  /** 'Exhibit Index' (English, for mailing). */
  exhibitIndexTitle: string;
  /** "Qué dice esta carta", already translated by the caller into `lang`. */
  spanishPage: { lang: Lang; title: string; notForMailing: string; blocks: PdfTextBlock[] };
  /** In the UI language, already translated. */
  sendingSheet: { lang: Lang; title: string; blocks: PdfTextBlock[] };
  checklistPage?: { lang: Lang; title: string; blocks: PdfTextBlock[] };
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

export type Op =
  /** Start a new page; its text is in `lang`. */
  | { kind: 'page'; lang: Lang }
  /** Cells side by side, each wrapped to its width; `before` is space above unless at a page top. */
  | { kind: 'row'; cells: Cell[]; before: number; boxed?: boolean }
  /** Start a new page unless the next `count` operations, plus `extra` points, fit on this one. */
  | { kind: 'keep'; count: number; extra: number }
  | { kind: 'rule'; before: number; after: number };

export interface Plan {
  ops: Op[];
  /** Name (left, shortened with "…" if too long) and A-number (right) on every page after the first. */
  header: { name: Cell | null; aNumber: Cell | null };
  /** The draft notice on every page. */
  draft: Cell | null;
}

const LABEL_WIDTH = 118;
const TAB_WIDTH = 60;

function cell(text: string, field: FieldOf, style: StyleName = 'body', x: number = MARGIN.left, width: number = CONTENT_WIDTH): Cell {
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

class PlanBuilder {
  readonly ops: Op[] = [];

  page(lang: Lang): void {
    this.ops.push({ kind: 'page', lang });
  }

  row(cells: Cell[], before = 0, boxed = false): void {
    this.ops.push({ kind: 'row', cells, before, ...(boxed ? { boxed } : {}) });
  }

  line(text: string, field: FieldOf, style: StyleName = 'body', before = 0): void {
    this.row([cell(text, field, style)], before);
  }

  /** Keeps the next `count` operations (and `extra` points more) together on one page. */
  keep(count: number, extra = 0): void {
    this.ops.push({ kind: 'keep', count, extra });
  }

  rule(before: number, after: number): void {
    this.ops.push({ kind: 'rule', before, after });
  }

  title(text: string, field: string): void {
    this.row([{ ...cell(text, field, 'title'), align: 'center' }]);
  }

  blocks(blocks: readonly PdfTextBlock[], field: string): void {
    for (const b of blocks) {
      if (b.heading !== undefined) {
        // A heading never ends a page: keep it with one line of what follows.
        this.keep(1, 4 + STYLES.body.leading);
        this.line(b.heading, field, 'heading', 14);
      }
      b.paragraphs.forEach((p, i) => this.line(p, field, 'body', i === 0 && b.heading !== undefined ? 4 : 8));
    }
  }
}

export function buildPlan(input: PlanInput): Plan {
  const { letter } = input;
  const b = new PlanBuilder();
  const name = reValue(letter, 'respondent');
  const aNumber = reValue(letter, 'a-number');
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
    ], i === 0 ? 12 : 0));
  b.line(letter.salutation, 'salutation', 'body', 12);
  const last = letter.paragraphs.length - 1;
  letter.paragraphs.forEach((p, i) => {
    // The last paragraph, the closing, the signature and the enclosures stay together: a
    // signature never stands alone on a page.
    if (i === last) b.keep(2 + letter.signature.length + (letter.enclosures.length > 0 ? 1 + letter.enclosures.length : 0));
    b.line(p.text, paragraphField(p, court), 'body', 8);
  });
  b.line(letter.closing, 'closing', 'body', 12);
  // The blank signature line is taller: room to sign by hand.
  for (const l of letter.signature) b.line(l, l === name && name !== '' ? 'person.fullName' : 'signature', 'body', l === '' ? 10 : 0);
  if (letter.enclosures.length > 0) {
    b.line(LETTER_LABELS.enclosures, 'enclosures', 'bold', 14);
    for (const e of letter.enclosures) b.row([cell(e, 'enclosures', 'body', MARGIN.left + 18, CONTENT_WIDTH - 18)]);
  }

  // (2) Exhibit index.
  if (letter.exhibits.length > 0) {
    b.page(LETTER_LANGUAGE.code);
    b.title(input.exhibitIndexTitle, 'exhibitIndex');
    b.row([cell(LETTER_LABELS.tab, 'exhibitIndex', 'bold', MARGIN.left, TAB_WIDTH),
      cell(LETTER_LABELS.description, 'exhibitIndex', 'bold', MARGIN.left + TAB_WIDTH, CONTENT_WIDTH - TAB_WIDTH)], 18);
    b.rule(3, 3);
    for (const e of letter.exhibits) {
      b.keep(2); // a row and its rule never split across pages
      b.row([cell(e.tab, 'exhibits', 'bold', MARGIN.left, TAB_WIDTH),
        cell(e.description, 'exhibits', 'body', MARGIN.left + TAB_WIDTH, CONTENT_WIDTH - TAB_WIDTH)], 3);
      b.rule(3, 0);
    }
  }

  // (3) What this letter says, in Spanish: for the person, not for mailing.
  b.page(input.spanishPage.lang);
  b.title(input.spanishPage.title, 'spanishPage');
  b.row([cell(input.spanishPage.notForMailing, 'spanishPage', 'bold')], 10, true);
  b.blocks(input.spanishPage.blocks, 'spanishPage');

  // (4) How to send it, in the UI language.
  b.page(input.sendingSheet.lang);
  b.title(input.sendingSheet.title, 'sendingSheet');
  b.blocks(input.sendingSheet.blocks, 'sendingSheet');

  // (5) The checklist, if asked for.
  if (input.checklistPage) {
    b.page(input.checklistPage.lang);
    b.title(input.checklistPage.title, 'checklistPage');
    b.blocks(input.checklistPage.blocks, 'checklistPage');
  }

  return {
    ops: b.ops,
    header: {
      name: name ? cell(name, 'person.fullName', 'small') : null,
      aNumber: aNumber ? { ...cell(`A-Number ${aNumber}`, 'person.aNumber', 'small'), align: 'right' } : null,
    },
    draft: letter.kind === 'draft' ? { ...cell(DRAFT_NOTICE, 'draft', 'smallBold', MARGIN.left + 6, CONTENT_WIDTH - 12), align: 'center' } : null,
  };
}

export function planCells(plan: Plan): Cell[] {
  const cells = plan.ops.flatMap((op) => (op.kind === 'row' ? op.cells : []));
  const furniture = [plan.header.name, plan.header.aNumber, plan.draft].filter((c): c is Cell => c !== null);
  return [...cells, ...furniture];
}

function sampleAround(text: string, index: number, length: number): string {
  const start = Math.max(0, index - 20);
  const end = Math.min(text.length, index + length + 20);
  const body = text.slice(start, end).replace(/\s+/g, ' ');
  return `${start > 0 ? '…' : ''}${body}${end < text.length ? '…' : ''}`;
}

/** Every character the font cannot draw, once per (field, character), in reading order. */
export function unsupportedInPlan(plan: Plan, supports: (codePoint: number) => boolean): UnsupportedCharacter[] {
  const seen = new Set<string>();
  const problems: UnsupportedCharacter[] = [];
  for (const c of planCells(plan)) {
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

export function findUnsupportedCharacters(input: PlanInput, supports: (codePoint: number) => boolean): UnsupportedCharacter[] {
  return unsupportedInPlan(buildPlan(input), supports);
}

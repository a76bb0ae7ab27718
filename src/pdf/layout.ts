/**
 * The one layout engine, in two steps:
 * - `paginate(plan, measure)` wraps every row into lines and decides the page of each line, with
 *   no PDF library (so a test can read the result: the page map). The rules it keeps: a row
 *   splits only with two lines or more on each side; a whole row (an exhibit row, a boxed
 *   notice) never splits; a heading stays with two lines of what follows, the closing with two
 *   lines of the last paragraph; every section starts a page; and no page holds fewer than three
 *   lines, unless it is the only page of its section (a short last page takes lines from the one
 *   before).
 * - `drawPages(...)` draws the lines where paginate put them, then the same furniture on every
 *   page: the draft banner, the header (name and A-number, pages 2+) and "Page X of Y", in the
 *   page's language.
 */
import {
  beginText, endText, grayscale, type PDFDocument, type PDFFont, PDFName, PDFOperator, PDFOperatorNames, type PDFPage, PDFString,
  setFillingGrayscaleColor, setFontAndSize, setTextMatrix, showText,
} from 'pdf-lib';
import { type Cell, FURNITURE, type Lang, MARGIN, PAGE, type Plan, type Row, STYLES, type TextStyle } from './plan';
import { graphemes, wrapText } from './text';

/** The width of a text in a style, in points. */
export type Measure = (style: TextStyle, text: string) => number;

/** Fewer lines than this on a page only where the page is all its section has. */
export const MIN_LINES_PER_PAGE = 3;
/** A row splits across pages only with at least this many lines on each side. */
export const MIN_SPLIT_LINES = 2;
const BOX_PADDING = 6;
const PAGE_HEIGHT = MARGIN.top - MARGIN.bottom;

/** A row, wrapped. */
export interface WrappedRow {
  /** The cells as drawn (inside the box's padding for a boxed row). */
  cells: Cell[];
  /** Each cell's lines. */
  lines: string[][];
  /** Lines of the row: its longest cell's. */
  count: number;
  leading: number;
  /** Drawn in a box (a boxed row that fits one page). */
  boxed: boolean;
}

/** One line of a row, where it is drawn. */
export interface PlacedLine {
  /** Index of the row in plan.ops. */
  op: number;
  /** Index of the line within the row. */
  line: number;
  /** 0-based page of the document. */
  page: number;
  /** Top of the line box (points from the bottom of the page). */
  top: number;
}

/** What is on one page: what a test measures. */
export interface PageMapPage {
  lang: Lang;
  /** Lines on the page (each wrapped line of a row; a blank line the person typed counts too). */
  lines: number;
  /** Which lines of which rows are on this page, in order: lines `from` to `to - 1` of row `op`. */
  rows: { op: number; from: number; to: number }[];
}

export interface Pagination {
  /** The page map. */
  pages: PageMapPage[];
  /** Every line, in reading order. */
  placed: PlacedLine[];
  /** Each row op wrapped, by op index (null for other ops). */
  rows: (WrappedRow | null)[];
}

/** Distance from the top of a line box to the baseline: half the extra leading plus the ascent. */
function baselineOffset(style: TextStyle, leading: number): number {
  return (leading - style.size) / 2 + style.size * 0.8;
}

function wrapRow(op: Row, measure: Measure): WrappedRow {
  const wrapAll = (inset: number) => {
    const cells = op.cells.map((c) => ({ ...c, x: c.x + inset, width: c.width - 2 * inset }));
    return { cells, lines: cells.map((c) => wrapText(c.text, (s) => measure(STYLES[c.style], s), c.width)) };
  };
  const leading = Math.max(...op.cells.map((c) => STYLES[c.style].leading));
  const boxedWrap = op.boxed ? wrapAll(BOX_PADDING) : null;
  const boxedCount = boxedWrap ? Math.max(...boxedWrap.lines.map((l) => l.length)) : 0;
  // A box holds a short notice and is never split; if it cannot fit one page it is drawn unboxed.
  if (boxedWrap && boxedCount * leading + 2 * BOX_PADDING <= PAGE_HEIGHT) {
    return { ...boxedWrap, count: boxedCount, leading, boxed: true };
  }
  const plain = wrapAll(0);
  return { ...plain, count: Math.max(...plain.lines.map((l) => l.length)), leading, boxed: false };
}

/** A line of the flow, with what the page breaking needs to know. */
interface FlowLine {
  op: number;
  line: number;
  /** Space above, dropped at the top of a page. */
  before: number;
  /** Height of the line with the padding and rule that belong to it. */
  height: number;
  /** A section starts here: always a new page. */
  start: boolean;
  /** Must be on the same page as the line before it. */
  glue: boolean;
}

function flowLines(plan: Plan, rows: (WrappedRow | null)[]): FlowLine[] {
  const flow: FlowLine[] = [];
  /** Rows that keep with the lines after them: [index of their last line, how many lines]. */
  const keepNext: [number, number][] = [];
  let start = true;
  plan.ops.forEach((op, index) => {
    if (op.kind === 'page') {
      start = true;
      return;
    }
    const row = rows[index]!;
    const whole = op.whole === true || row.boxed;
    const firstOfRow = flow.length;
    for (let i = 0; i < row.count; i++) {
      const last = i === row.count - 1;
      // Within a row a page may break only with MIN_SPLIT_LINES or more on each side.
      const splitHere = !whole && i >= MIN_SPLIT_LINES && row.count - i >= MIN_SPLIT_LINES;
      flow.push({
        op: index,
        line: i,
        before: i === 0 ? op.before : 0,
        height: row.leading + (row.boxed && i === 0 ? BOX_PADDING : 0) + (row.boxed && last ? BOX_PADDING : 0)
          + (last && op.rule ? op.rule.before + op.rule.after : 0),
        start: i === 0 && start,
        glue: i > 0 && !splitHere,
      });
    }
    start = false;
    // Keep with the last lines of the row before (all of it if it is shorter): glue this row's
    // first line back, and those lines to each other.
    const keepPrevious = op.keepWithPrevious ?? 0;
    if (keepPrevious > 0 && !flow[firstOfRow]!.start) {
      flow[firstOfRow]!.glue = true;
      for (let k = 1; k < keepPrevious; k++) {
        const at = flow[firstOfRow - k];
        if (!at || at.line === 0) break;
        at.glue = true;
      }
    }
    if (op.keepWithNext) keepNext.push([flow.length - 1, op.keepWithNext]);
  });
  // Keep with the next lines: glue the lines after the row's last one (within its section).
  for (const [last, count] of keepNext) {
    for (let k = 1; k <= count; k++) {
      const at = flow[last + k];
      if (!at || at.start) break;
      at.glue = true;
    }
  }
  return flow;
}

/** Height of lines a..b-1 placed one after another, starting at the top of a page or not. */
function heightOf(flow: FlowLine[], a: number, b: number, atTop: boolean): number {
  let h = 0;
  for (let i = a; i < b; i++) h += flow[i]!.height + (i === a && atTop ? 0 : flow[i]!.before);
  return h;
}

/**
 * The first line of each page of one section (lines `from` to `to - 1`): whole blocks of glued
 * lines, as many as fit; then, if the last page is too short, lines move to it from the page before.
 */
function breakSection(flow: FlowLine[], from: number, to: number): number[] {
  const starts = [from];
  let used = 0;
  let i = from;
  while (i < to) {
    let end = i + 1;
    while (end < to && flow[end]!.glue) end += 1;
    let h = heightOf(flow, i, end, used === 0);
    if (used > 0 && used + h > PAGE_HEIGHT) {
      starts.push(i);
      used = 0;
      h = heightOf(flow, i, end, true);
    }
    if (h <= PAGE_HEIGHT) {
      used += h;
    } else {
      // A block taller than a page (never in practice): break it wherever the page is full.
      for (let j = i; j < end; j++) {
        let lh = heightOf(flow, j, j + 1, used === 0);
        if (used > 0 && used + lh > PAGE_HEIGHT) {
          starts.push(j);
          used = 0;
          lh = heightOf(flow, j, j + 1, true);
        }
        used += lh;
      }
    }
    i = end;
  }
  if (starts.length > 1) {
    const lastStart = starts[starts.length - 1]!;
    const previousStart = starts[starts.length - 2]!;
    if (to - lastStart < MIN_LINES_PER_PAGE) {
      // The latest break that leaves both pages MIN_LINES_PER_PAGE lines and the last page fitting.
      for (let b = lastStart - 1; b > previousStart; b--) {
        if (flow[b]!.glue) continue;
        if (to - b >= MIN_LINES_PER_PAGE && b - previousStart >= MIN_LINES_PER_PAGE && heightOf(flow, b, to, true) <= PAGE_HEIGHT) {
          starts[starts.length - 1] = b;
          break;
        }
      }
    }
  }
  return starts;
}

/** Wraps the plan's rows and decides the page and place of every line. */
export function paginate(plan: Plan, measure: Measure): Pagination {
  const rows = plan.ops.map((op) => (op.kind === 'row' ? wrapRow(op, measure) : null));
  const flow = flowLines(plan, rows);
  // The language of each line: its section's.
  const langs: Lang[] = [];
  let lang: Lang = plan.lang;
  plan.ops.forEach((op, index) => {
    if (op.kind === 'page') lang = op.lang;
    else for (let i = 0; i < rows[index]!.count; i++) langs.push(lang);
  });

  const pageStarts = new Set<number>();
  let sectionStart = 0;
  for (let i = 1; i <= flow.length; i++) {
    if (i === flow.length || flow[i]!.start) {
      for (const s of breakSection(flow, sectionStart, i)) pageStarts.add(s);
      sectionStart = i;
    }
  }

  const pages: PageMapPage[] = [];
  const placed: PlacedLine[] = [];
  let y = MARGIN.top;
  flow.forEach((l, i) => {
    const row = rows[l.op]!;
    if (pageStarts.has(i)) {
      pages.push({ lang: langs[i]!, lines: 0, rows: [] });
      y = MARGIN.top;
    } else {
      y -= l.before;
    }
    const page = pages[pages.length - 1]!;
    if (row.boxed && l.line === 0) y -= BOX_PADDING;
    placed.push({ op: l.op, line: l.line, page: pages.length - 1, top: y });
    y -= l.height - (row.boxed && l.line === 0 ? BOX_PADDING : 0);
    page.lines += 1;
    const last = page.rows[page.rows.length - 1];
    if (last?.op === l.op) last.to = l.line + 1;
    else page.rows.push({ op: l.op, from: l.line, to: l.line + 1 });
  });
  return { pages, placed, rows };
}

interface Fonts {
  regular: PDFFont;
  bold: PDFFont;
}

/** Draws the paginated plan into `doc` (adding its pages), then the furniture of every page. */
export function drawPages(doc: PDFDocument, fonts: Fonts, plan: Plan, pagination: Pagination, measure: Measure): void {
  new Drawing(doc, fonts, plan, measure).draw(pagination);
}

class Drawing {
  /** Each page's resource name for each face, made once (see placeLine). */
  private readonly fontNames = new Map<PDFPage, Map<PDFFont, PDFName>>();

  constructor(
    private readonly doc: PDFDocument,
    private readonly fonts: Fonts,
    private readonly plan: Plan,
    private readonly measure: Measure,
  ) {}

  draw({ pages: map, placed, rows }: Pagination): void {
    const pages = map.map(() => {
      const page = this.doc.addPage([PAGE.width, PAGE.height]);
      // Text is black; the boxes and rules set their grey inside q … Q, so this holds for the page.
      page.pushOperators(setFillingGrayscaleColor(0));
      return page;
    });
    // Boxes first, so the text is drawn over their grey.
    placed.forEach((p, i) => {
      const row = rows[p.op]!;
      if (!row.boxed || p.line !== 0) return;
      const lastLine = placed[i + row.count - 1]!;
      const top = p.top + BOX_PADDING;
      const bottom = lastLine.top - row.leading - BOX_PADDING;
      const left = Math.min(...this.cellsOf(p.op).map((c) => c.x));
      const right = Math.max(...this.cellsOf(p.op).map((c) => c.x + c.width));
      pages[p.page]!.drawRectangle({
        x: left, y: bottom, width: right - left, height: top - bottom, borderWidth: 1, borderColor: grayscale(0), color: grayscale(0.93),
      });
    });
    for (const p of placed) {
      const row = rows[p.op]!;
      const page = pages[p.page]!;
      const lang = map[p.page]!.lang;
      row.cells.forEach((c, k) => {
        const text = row.lines[k]![p.line];
        if (text) this.placeLine(page, c, text, p.top - baselineOffset(STYLES[c.style], row.leading), lang);
      });
      const op = this.plan.ops[p.op];
      if (op?.kind === 'row' && op.rule && p.line === row.count - 1) {
        const y = p.top - row.leading - op.rule.before;
        page.drawLine({ start: { x: MARGIN.left, y }, end: { x: MARGIN.right, y }, thickness: 0.5, color: grayscale(0.6) });
      }
    }
    pages.forEach((page, index) => this.furnish(page, index, map[index]!.lang, pages.length));
  }

  private cellsOf(op: number): Cell[] {
    const row = this.plan.ops[op];
    return row?.kind === 'row' ? row.cells : [];
  }

  private font(style: TextStyle): PDFFont {
    return style.bold ? this.fonts.bold : this.fonts.regular;
  }

  /** The page's name for a face, added to its resources the first time the page uses the face. */
  private fontName(page: PDFPage, font: PDFFont): PDFName {
    let names = this.fontNames.get(page);
    if (!names) this.fontNames.set(page, (names = new Map()));
    let name = names.get(font);
    if (!name) names.set(font, (name = page.node.newFontDictionary(font.name, font.ref)));
    return name;
  }

  /** Draws one already-wrapped line. The only place text is drawn. */
  private placeLine(page: PDFPage, c: Cell, text: string, baseline: number, lang: Lang): void {
    const style = STYLES[c.style];
    const width = this.measure(style, text);
    const free = Math.max(0, c.width - width);
    const x = c.align === 'center' ? c.x + free / 2 : c.align === 'right' ? c.x + free : c.x;
    const marked = lang !== this.plan.lang;
    if (marked) {
      page.pushOperators(PDFOperator.of(PDFOperatorNames.BeginMarkedContentSequence, [
        // An inline property list: `/Span << /Lang (es) >> BDC` (the tags are plain ASCII).
        PDFName.of('Span'), `<< /Lang ${PDFString.of(lang).toString()} >>`,
      ]));
    }
    // Not page.drawText: it adds the font to the page's resources again for every line (a page
    // had ~45 entries for its two faces) and wraps each line in nine operators; the file's
    // size and build time went with them (issue 17). The same text at the same place.
    const font = this.font(style);
    page.pushOperators(
      beginText(),
      setFontAndSize(this.fontName(page, font), style.size),
      setTextMatrix(1, 0, 0, 1, x, baseline),
      showText(font.encodeText(text)),
      endText(),
    );
    if (marked) page.pushOperators(PDFOperator.of(PDFOperatorNames.EndMarkedContent));
  }

  /** The cell's text on one line; if it does not fit, as much as fits, visibly ending with "…". */
  private oneLine(c: Cell, text: string = c.text): string {
    const style = STYLES[c.style];
    const flat = text.replace(/\s+/g, ' ').trim();
    if (this.measure(style, flat) <= c.width) return flat;
    const parts = graphemes(flat);
    let [fits, tooLong] = [0, parts.length];
    while (tooLong - fits > 1) {
      const mid = Math.floor((fits + tooLong) / 2);
      if (this.measure(style, `${parts.slice(0, mid).join('').trimEnd()}…`) <= c.width) fits = mid;
      else tooLong = mid;
    }
    return `${parts.slice(0, fits).join('').trimEnd()}…`;
  }

  /** Draft banner on every page, name and A-number on pages 2+, "Page X of Y" at the bottom, in the page's language. */
  private furnish(page: PDFPage, index: number, lang: Lang, total: number): void {
    const { name } = this.plan;
    const words = this.plan.furniture[lang];
    // A draft's banner on every page, in the page's language when it has its own words.
    const draft = this.plan.draft ? words?.draft ?? this.plan.draft : null;
    const draftLang = words?.draft ? lang : this.plan.lang;
    if (draft) {
      const style = STYLES[draft.style];
      const lines = wrapText(draft.text, (s) => this.measure(style, s), draft.width);
      const height = Math.max(FURNITURE.bannerHeight, lines.length * style.leading + 8);
      page.drawRectangle({
        x: MARGIN.left, y: FURNITURE.bannerTop - height, width: MARGIN.right - MARGIN.left, height,
        borderWidth: 1.5, borderColor: grayscale(0), color: grayscale(0.88),
      });
      const top = FURNITURE.bannerTop - (height - lines.length * style.leading) / 2;
      lines.forEach((l, i) => this.placeLine(page, draft, l, top - i * style.leading - baselineOffset(style, style.leading), draftLang));
    }
    const aNumber = words?.aNumber ?? null;
    if ((name || aNumber) && index > 0) {
      const aNumberLine = aNumber ? this.oneLine(aNumber) : '';
      if (aNumber) this.placeLine(page, aNumber, aNumberLine, FURNITURE.headerBaseline, lang);
      if (name) {
        const room = { ...name, width: name.width - (aNumber ? this.measure(STYLES[aNumber.style], aNumberLine) + 18 : 0) };
        this.placeLine(page, room, this.oneLine(room), FURNITURE.headerBaseline, lang);
      }
      page.drawLine({
        start: { x: MARGIN.left, y: FURNITURE.headerRule }, end: { x: MARGIN.right, y: FURNITURE.headerRule },
        thickness: 0.5, color: grayscale(0.6),
      });
    }
    if (words) {
      const footer = words.pageOf;
      const text = footer.text.replaceAll('{page}', String(index + 1)).replaceAll('{total}', String(total));
      this.placeLine(page, footer, this.oneLine(footer, text), FURNITURE.footerBaseline, lang);
    }
  }
}

/**
 * The one layout engine: a cursor that places wrapped lines top to bottom, adds a page when the
 * bottom margin is reached, and then puts the same furniture (draft banner, header, "Page X of Y")
 * on every page. Every section of the packet is drawn through `run(plan)`.
 */
import { type PDFDocument, type PDFFont, type PDFPage, PDFName, PDFOperator, PDFOperatorNames, PDFString, grayscale } from 'pdf-lib';
import { LETTER_LANGUAGE } from '../domain/languages';
import { type Cell, FURNITURE, type Lang, MARGIN, type Op, PAGE, type Plan, STYLES, type TextStyle } from './plan';
import { graphemes, wrapText } from './text';

/** Distance from the top of a line box to the baseline: half the extra leading plus the ascent. */
function baselineOffset(style: TextStyle, leading: number): number {
  return (leading - style.size) / 2 + style.size * 0.8;
}

interface Fonts {
  regular: PDFFont;
  bold: PDFFont;
}

/**
 * The document language is the letter's (its /Lang is set in render-letter-pdf.ts); a page in
 * another language has its text marked with that language's code as /Lang, for screen readers.
 */
const DOC_LANG: Lang = LETTER_LANGUAGE.code;
const BOX_PADDING = 6;

export class Layout {
  private readonly pages: PDFPage[] = [];
  private page: PDFPage | null = null;
  private lang: Lang = DOC_LANG;
  /** Top of the next line box. */
  private y: number = MARGIN.top;
  private readonly widthCache = new Map<string, number>();

  constructor(
    private readonly doc: PDFDocument,
    private readonly fonts: Fonts,
  ) {}

  run(plan: Plan): void {
    plan.ops.forEach((op, i) => {
      if (op.kind === 'keep') this.ensure(op.extra + this.height(plan.ops.slice(i + 1, i + 1 + op.count)));
      else this.op(op);
    });
    this.furnish(plan);
  }

  /** Height of operations if placed on one page (spacing included). */
  private height(ops: Op[]): number {
    let total = 0;
    for (const op of ops) {
      if (op.kind === 'rule') total += op.before + op.after;
      if (op.kind === 'row') {
        const lines = Math.max(...op.cells.map((c) => this.wrap(op.boxed ? { ...c, width: c.width - 2 * BOX_PADDING } : c).length));
        total += op.before + lines * Math.max(...op.cells.map((c) => STYLES[c.style].leading)) + (op.boxed ? 2 * BOX_PADDING : 0);
      }
    }
    return total;
  }

  private op(op: Exclude<Op, { kind: 'keep' }>): void {
    switch (op.kind) {
      case 'page':
        this.lang = op.lang;
        this.newPage();
        return;
      case 'rule':
        this.space(op.before);
        this.ensure(1);
        this.current().drawLine({
          start: { x: MARGIN.left, y: this.y }, end: { x: MARGIN.right, y: this.y }, thickness: 0.5, color: grayscale(0.6),
        });
        this.y -= op.after;
        return;
      case 'row':
        this.row(op.cells, op.before, op.boxed ?? false);
        return;
    }
  }

  private current(): PDFPage {
    return this.page ?? this.newPage();
  }

  private newPage(): PDFPage {
    this.page = this.doc.addPage([PAGE.width, PAGE.height]);
    this.pages.push(this.page);
    this.y = MARGIN.top;
    return this.page;
  }

  /** Starts a new page unless `height` points fit above the bottom margin. */
  private ensure(height: number): void {
    if (this.page === null || (this.y - height < MARGIN.bottom && this.y < MARGIN.top)) this.newPage();
  }

  /** Vertical space, dropped at the top of a page. */
  private space(points: number): void {
    if (this.page !== null && this.y < MARGIN.top) this.y = Math.max(this.y - points, MARGIN.bottom);
  }

  private font(style: TextStyle): PDFFont {
    return style.bold ? this.fonts.bold : this.fonts.regular;
  }

  private measure(style: TextStyle): (s: string) => number {
    const font = this.font(style);
    const prefix = `${style.bold ? 'b' : 'r'}${style.size}\u0000`;
    return (s) => {
      const key = prefix + s;
      let w = this.widthCache.get(key);
      if (w === undefined) {
        w = font.widthOfTextAtSize(s, style.size);
        this.widthCache.set(key, w);
      }
      return w;
    };
  }

  private wrap(c: Cell): string[] {
    return wrapText(c.text, this.measure(STYLES[c.style]), c.width);
  }

  private row(cells: Cell[], before: number, boxed: boolean): void {
    this.space(before);
    const inset = boxed ? BOX_PADDING : 0;
    const placed = cells.map((c) => ({ cell: { ...c, x: c.x + inset, width: c.width - 2 * inset }, lines: [] as string[] }));
    for (const p of placed) p.lines = this.wrap(p.cell);
    const count = Math.max(...placed.map((p) => p.lines.length));
    const leading = Math.max(...cells.map((c) => STYLES[c.style].leading));
    // A box holds a short notice and is never split across pages; if it cannot fit one page it is drawn unboxed.
    boxed = boxed && count * leading + 2 * BOX_PADDING <= MARGIN.top - MARGIN.bottom;
    if (boxed) {
      const height = count * leading + 2 * BOX_PADDING;
      this.ensure(height);
      const left = Math.min(...cells.map((c) => c.x));
      const right = Math.max(...cells.map((c) => c.x + c.width));
      this.current().drawRectangle({
        x: left, y: this.y - height, width: right - left, height, borderWidth: 1, borderColor: grayscale(0), color: grayscale(0.93),
      });
      this.y -= BOX_PADDING;
    }
    for (let i = 0; i < count; i++) {
      this.ensure(leading);
      const page = this.current();
      for (const p of placed) {
        const text = p.lines[i];
        if (text) this.placeLine(page, p.cell, text, this.y - baselineOffset(STYLES[p.cell.style], leading), this.lang);
      }
      this.y -= leading;
    }
    if (boxed) this.y -= BOX_PADDING;
  }

  /** Draws one already-wrapped line. The only place text is drawn. */
  private placeLine(page: PDFPage, c: Cell, text: string, baseline: number, lang: Lang): void {
    const style = STYLES[c.style];
    const font = this.font(style);
    const width = this.measure(style)(text);
    const free = Math.max(0, c.width - width);
    const x = c.align === 'center' ? c.x + free / 2 : c.align === 'right' ? c.x + free : c.x;
    const marked = lang !== DOC_LANG;
    if (marked) {
      page.pushOperators(PDFOperator.of(PDFOperatorNames.BeginMarkedContentSequence, [
        // An inline property list: `/Span << /Lang (es) >> BDC` (the tags are plain ASCII).
        PDFName.of('Span'), `<< /Lang ${PDFString.of(lang).toString()} >>`,
      ]));
    }
    page.drawText(text, { x, y: baseline, size: style.size, font });
    if (marked) page.pushOperators(PDFOperator.of(PDFOperatorNames.EndMarkedContent));
  }

  /** The cell's text on one line; if it does not fit, as much as fits, visibly ending with "…". */
  private oneLine(c: Cell): string {
    const measure = this.measure(STYLES[c.style]);
    const text = c.text.replace(/\s+/g, ' ').trim();
    if (measure(text) <= c.width) return text;
    const parts = graphemes(text);
    let [fits, tooLong] = [0, parts.length];
    while (tooLong - fits > 1) {
      const mid = Math.floor((fits + tooLong) / 2);
      if (measure(`${parts.slice(0, mid).join('').trimEnd()}…`) <= c.width) fits = mid;
      else tooLong = mid;
    }
    return `${parts.slice(0, fits).join('').trimEnd()}…`;
  }

  /** Draft banner on every page, name and A-number on pages 2+, "Page X of Y" at the bottom. */
  private furnish(plan: Plan): void {
    const total = this.pages.length;
    this.pages.forEach((page, index) => {
      if (plan.draft) {
        const lines = this.wrap(plan.draft);
        const leading = STYLES[plan.draft.style].leading;
        const height = Math.max(FURNITURE.bannerHeight, lines.length * leading + 8);
        const bottom = FURNITURE.bannerTop - height;
        page.drawRectangle({
          x: MARGIN.left, y: bottom, width: MARGIN.right - MARGIN.left, height,
          borderWidth: 1.5, borderColor: grayscale(0), color: grayscale(0.88),
        });
        const top = FURNITURE.bannerTop - (height - lines.length * leading) / 2;
        const style = STYLES[plan.draft.style];
        lines.forEach((l, i) => this.placeLine(page, plan.draft!, l, top - i * leading - baselineOffset(style, leading), DOC_LANG));
      }
      const { name, aNumber } = plan.header;
      if ((name || aNumber) && index > 0) {
        const aNumberLine = aNumber ? this.oneLine(aNumber) : '';
        if (aNumber) this.placeLine(page, aNumber, aNumberLine, FURNITURE.headerBaseline, DOC_LANG);
        if (name) {
          const room = { ...name, width: name.width - (aNumber ? this.measure(STYLES[aNumber.style])(aNumberLine) + 18 : 0) };
          this.placeLine(page, room, this.oneLine(room), FURNITURE.headerBaseline, DOC_LANG);
        }
        page.drawLine({
          start: { x: MARGIN.left, y: FURNITURE.headerRule }, end: { x: MARGIN.right, y: FURNITURE.headerRule },
          thickness: 0.5, color: grayscale(0.6),
        });
      }
      const footer: Cell = {
        text: `Page ${index + 1} of ${total}`, field: 'page', style: 'small', x: MARGIN.left, width: MARGIN.right - MARGIN.left, align: 'center',
      };
      this.placeLine(page, footer, footer.text, FURNITURE.footerBaseline, DOC_LANG);
    });
  }
}

/**
 * Any printable document of the packet (src/domain/printable-document.ts) as a PDF: the letter's
 * page size, fonts, header, footer and keep rules (layout.ts), one plan op per line of a block.
 * Every character is checked first: one the font cannot draw throws UnsupportedCharactersError.
 * Imported only through `import()`.
 */
import type { PrintableBlock, PrintableDocument } from '../domain/printable-document';
import { drawDocument } from './draw-document';
import { cell, CONTENT_WIDTH, HEADING_KEEP, LABEL_WIDTH, MARGIN, type PdfInput, type Plan, PlanBuilder, UnsupportedCharactersError, unsupportedInPlan } from './plan';
import { fontMeasure, fontSupports } from './render-letter-pdf';

const LIST_INDENT = 22;
/** A write-in line: room to write by hand above a thin rule. */
const WRITE_IN = { before: 10, ruleBefore: 2, ruleAfter: 0 } as const;

function addBlock(b: PlanBuilder, block: PrintableBlock, first: boolean): void {
  switch (block.kind) {
    case 'title':
      b.title(block.text, 'title');
      return;
    case 'heading':
      b.line(block.text, 'heading', 'heading', first ? 0 : 14, 'heading', { keepWithNext: HEADING_KEEP });
      return;
    case 'paragraph':
      b.line(block.text, block.field ?? 'paragraph', 'body', first ? 0 : 8);
      return;
    case 'notice':
      b.line(block.text, 'notice', 'bold', first ? 0 : 10, 'notice', { boxed: true });
      return;
    case 'list':
      block.items.forEach((item, i) => b.row([
        cell(block.numbered ? `${i + 1}.` : '•', 'list', 'body', MARGIN.left, LIST_INDENT),
        cell(item, block.field ?? 'list', 'body', MARGIN.left + LIST_INDENT, CONTENT_WIDTH - LIST_INDENT),
      ], 'text', first && i === 0 ? 0 : block.numbered ? 8 : 4));
      return;
    case 'rows':
      block.rows.forEach((r, i) => b.row([
        cell(r.label, 'label', 'bold', MARGIN.left, LABEL_WIDTH),
        cell(r.value, r.field ?? 'value', 'body', MARGIN.left + LABEL_WIDTH, CONTENT_WIDTH - LABEL_WIDTH),
      ], 'text', i === 0 && !first ? 8 : 2));
      return;
    case 'write-in':
      if (block.label !== undefined) b.line(block.label, 'label', 'body', first ? 0 : 10, 'text', { keepWithNext: 1 });
      for (let i = 0; i < block.lines; i++) {
        b.row([cell('', 'write-in')], 'text', WRITE_IN.before, {
          whole: true,
          ...(i > 0 || block.label !== undefined ? { keepWithPrevious: 1 } : {}),
          rule: { before: WRITE_IN.ruleBefore, after: WRITE_IN.ruleAfter },
        });
      }
      return;
    case 'signature':
      b.signature(null, block.lines, () => 'signature');
      return;
  }
}

/** The document as a plan (tests read it; the renderer draws it). */
export function printablePlan(doc: PrintableDocument): Plan {
  const b = new PlanBuilder();
  for (const section of doc.sections) {
    b.page(section.lang);
    section.blocks.forEach((block, i) => addBlock(b, block, i === 0));
  }
  const aNumber = doc.aNumber && /\d/.test(doc.aNumber) ? doc.aNumber : null;
  const furniture: Plan['furniture'] = {};
  for (const lang of b.langs) {
    const label = doc.aNumberLabel[lang] ?? 'A-Number:';
    furniture[lang] = {
      pageOf: { ...cell(doc.pageOf[lang] ?? 'Page {page} of {total}', 'furniture', 'small'), align: 'center' },
      aNumber: aNumber ? { ...cell(`${label} ${aNumber}`, (ch) => (label.includes(ch) ? 'furniture' : 'person.aNumber'), 'small'), align: 'right' } : null,
      draft: doc.draft && doc.draftIn?.[lang] ? { ...cell(doc.draftIn[lang], 'draft', 'smallBold', MARGIN.left + 6, CONTENT_WIDTH - 12), align: 'center' } : null,
    };
  }
  return {
    kind: 'forYou',
    lang: doc.lang,
    ops: b.ops,
    name: doc.name ? cell(doc.name, 'person.fullName', 'small') : null,
    draft: doc.draft ? { ...cell(doc.draft, 'draft', 'smallBold', MARGIN.left + 6, CONTENT_WIDTH - 12), align: 'center' } : null,
    furniture,
  };
}

export async function renderPrintablePdf(doc: PrintableDocument, fonts: PdfInput['fonts'], meta: PdfInput['meta']): Promise<Uint8Array> {
  const plan = printablePlan(doc);
  const problems = unsupportedInPlan(plan, fontSupports(fonts));
  if (problems.length > 0) throw new UnsupportedCharactersError(problems);
  return drawDocument(plan, fonts, fontMeasure(fonts), { title: doc.title, author: doc.name ?? '', meta });
}

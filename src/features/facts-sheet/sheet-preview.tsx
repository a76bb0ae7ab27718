/**
 * The facts sheet on screen, in the page language, from the same PrintableDocument as the PDF:
 * to read before downloading, and to print from the browser (facts-sheet.css keeps only it on paper).
 */
import type { PrintableBlock, PrintableDocument } from '../../domain';

/** A run of underscores is room to write by hand: drawn, never read out as "underscore" forty times. */
function Value({ text }: { text: string }) {
  const blank = /_{5,}/.exec(text);
  if (!blank) return <bdi>{text}</bdi>;
  const before = text.slice(0, blank.index).trim();
  return (
    <>
      {before && <bdi>{before}</bdi>}
      <span className="facts-sheet__blank" aria-hidden="true">{blank[0]}</span>
    </>
  );
}

function Block({ block }: { block: PrintableBlock }) {
  switch (block.kind) {
    case 'title':
      return <h3 className="facts-sheet__title">{block.text}</h3>;
    case 'heading':
      return <h4>{block.text}</h4>;
    case 'paragraph':
      return <p>{block.text}</p>;
    case 'notice':
      return <p className="facts-sheet__notice">{block.text}</p>;
    case 'list':
      return block.numbered
        ? <ol>{block.items.map((item, i) => <li key={i}>{item}</li>)}</ol>
        : <ul>{block.items.map((item, i) => <li key={i}>{item}</li>)}</ul>;
    case 'rows':
      return (
        <dl className="facts-sheet__rows">
          {block.rows.map((r, i) => (
            <div key={i} className="facts-sheet__row">
              <dt>{r.label}</dt>
              <dd><Value text={r.value} /></dd>
            </div>
          ))}
        </dl>
      );
    case 'write-in':
      return (
        <>
          {block.label !== undefined && <p>{block.label}</p>}
          {Array.from({ length: block.lines }, (_, i) => <div key={i} className="facts-sheet__line" aria-hidden="true" />)}
        </>
      );
    case 'signature':
      return <p>{block.lines.map((line, i) => <span key={i} className="facts-sheet__signature-line">{line}</span>)}</p>;
  }
}

export function SheetPreview({ doc, title, print }: { doc: PrintableDocument; title: string; print: string }) {
  return (
    <section className="card facts-sheet" aria-labelledby="facts-sheet-preview-title">
      <h2 id="facts-sheet-preview-title" className="no-print">{title}</h2>
      <button type="button" className="button button--secondary no-print" onClick={() => window.print()}>{print}</button>
      {doc.sections.map((section, i) => (
        <div key={i} lang={section.lang} className="facts-sheet__paper">
          {section.blocks.map((block, j) => <Block key={j} block={block} />)}
        </div>
      ))}
    </section>
  );
}

/**
 * The letter as the preview shows it: every word from the letter model, in the order the PDF
 * draws them (tests/unit/pdf/preview-matches-pdf.test.tsx proves the two read the same). What the
 * person typed (names, addresses, the office typed from their papers, the Re: values, their own
 * paragraphs) sits in <bdi>, so a right-to-left name cannot reorder the words around it.
 */
import { DRAFT_NOTICE, LETTER_LABELS, LETTER_LANGUAGE, type LetterModel } from '../../domain';

export function LetterText({ model, labelledBy }: { model: LetterModel; labelledBy: string }) {
  const draft = model.kind === 'draft';
  return (
    <article lang={LETTER_LANGUAGE.code} className={`letter${draft ? ' letter--draft' : ''}`} aria-labelledby={labelledBy}>
      {draft && <p className="letter__draft">{DRAFT_NOTICE}</p>}
      <p className="letter__date">{model.date}</p>
      <p className="letter__block letter__sender">
        {model.sender.map((l, i) => (
          <span key={i} className="line"><bdi>{l.text}</bdi></span>
        ))}
      </p>
      <p className="letter__block letter__addressee" data-kind="addressee">
        {model.addressee.lines.map((l, i) => (
          <span key={i} className="line"><bdi>{l}</bdi></span>
        ))}
      </p>
      <dl className="letter__re">
        <div className="letter__re-row letter__re-row--title">
          <dt>{LETTER_LABELS.re}</dt>
          <dd>{model.title}</dd>
        </div>
        {model.re.map((r) => (
          <div key={r.label} className="letter__re-row">
            <dt>{r.label}:</dt>
            <dd><bdi>{r.value}</bdi></dd>
          </div>
        ))}
      </dl>
      <p>{model.salutation}</p>
      {model.paragraphs.map((p, i) => (
        <p key={i} className={p.verbatim ? 'letter__verbatim' : undefined} data-kind={p.kind}>
          {p.verbatim ? <bdi>{p.text}</bdi> : p.text}
        </p>
      ))}
      <p className="letter__closing">{model.closing}</p>
      <p className="letter__signature">
        {model.signature.map((l, i) =>
          l === '' ? <span key={i} className="letter__sign-space" aria-hidden="true" /> : <span key={i} className="line"><bdi>{l}</bdi></span>,
        )}
      </p>
      {model.enclosures.length > 0 && (
        <div className="letter__enclosures">
          <p className="letter__label">{LETTER_LABELS.enclosures}</p>
          <ul>
            {model.enclosures.map((e) => (
              <li key={e}>{e}</li>
            ))}
          </ul>
        </div>
      )}
      {model.exhibits.length > 0 && (
        <table className="letter__exhibits">
          <caption>{LETTER_LABELS.exhibitIndex}</caption>
          <thead>
            <tr>
              <th scope="col">{LETTER_LABELS.tab}</th>
              <th scope="col">{LETTER_LABELS.description}</th>
            </tr>
          </thead>
          <tbody>
            {model.exhibits.map((e) => (
              <tr key={e.tab}>
                <th scope="row">{e.tab}</th>
                <td>{e.description}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </article>
  );
}

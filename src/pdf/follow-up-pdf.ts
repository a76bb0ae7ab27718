/**
 * The follow-up letter as a PDF: one or two US Letter pages, with the same page rules, fonts,
 * header and footer as the request letter (layout.ts draws it). Every character is checked
 * first: one the font cannot draw throws UnsupportedCharactersError. Imported only through `import()`.
 */
import type { FollowUpLetter } from '../domain/follow-up-letter';
import { LETTER_LANGUAGE } from '../domain/languages';
import { LETTER_LABELS } from '../domain/letter-model';
import { drawDocument } from './draw-document';
import { cell, CONTENT_WIDTH, LABEL_WIDTH, MARGIN, type Op, type PdfInput, type Plan, type Row, type StyleName, UnsupportedCharactersError, unsupportedInPlan } from './plan';
import { fontMeasure, fontSupports } from './render-letter-pdf';

function line(text: string, field: string, before = 0, style: StyleName = 'body', keep: Partial<Row> = {}): Row {
  return { kind: 'row', cells: [cell(text, field, style)], role: 'text', before, ...keep };
}

/** The follow-up letter as a plan (tests read it; the renderer draws it). */
export function followUpPlan(letter: FollowUpLetter): Plan {
  const ops: Op[] = [{ kind: 'page', lang: LETTER_LANGUAGE.code }];
  ops.push(line(letter.date, 'date'));
  letter.sender.forEach((l, i) => ops.push(line(l.text, l.field, i === 0 ? 12 : 0)));
  letter.addressee.forEach((l, i) => ops.push(line(l, 'addressee', i === 0 ? 12 : 0)));
  const re: [string, string, string][] = [[LETTER_LABELS.re, letter.title, 'title'], ...letter.re.map((r): [string, string, string] => [`${r.label}:`, r.value, r.field ?? 're'])];
  re.forEach(([label, value, field], i) => ops.push({
    kind: 'row', role: 'text', before: i === 0 ? 12 : 0,
    cells: [cell(label, 're', 'bold', MARGIN.left, LABEL_WIDTH), cell(value, field, i === 0 ? 'bold' : 'body', MARGIN.left + LABEL_WIDTH, CONTENT_WIDTH - LABEL_WIDTH)],
  }));
  ops.push(line(letter.salutation, 'salutation', 12));
  for (const p of letter.paragraphs) ops.push(line(p, 'sent', 8));
  ops.push({ ...line(letter.closing, 'closing', 12), role: 'closing', keepWithPrevious: 2 });
  letter.signature.forEach((l) => ops.push({ ...line(l, 'signature', l === '' ? 10 : 0), role: 'signature', keepWithPrevious: 1 }));
  const name = letter.re.find((r) => r.kind === 'respondent')?.value ?? '';
  const aNumber = letter.re.find((r) => r.kind === 'a-number')?.value ?? '';
  return {
    kind: 'toSend',
    lang: LETTER_LANGUAGE.code,
    ops,
    name: name ? cell(name, 'person.fullName', 'small') : null,
    draft: null,
    furniture: {
      [LETTER_LANGUAGE.code]: {
        pageOf: { ...cell(LETTER_LABELS.pageOf, 'page', 'small'), align: 'center' },
        aNumber: /\d/.test(aNumber) ? { ...cell(`${LETTER_LABELS.aNumber} ${aNumber}`, 'person.aNumber', 'small'), align: 'right' } : null,
        draft: null,
      },
    },
  };
}

export async function renderFollowUpPdf(letter: FollowUpLetter, fonts: PdfInput['fonts'], meta: PdfInput['meta']): Promise<Uint8Array> {
  const plan = followUpPlan(letter);
  const problems = unsupportedInPlan(plan, fontSupports(fonts));
  if (problems.length > 0) throw new UnsupportedCharactersError(problems);
  return drawDocument(plan, fonts, fontMeasure(fonts), { title: letter.title, author: letter.re.find((r) => r.kind === 'respondent')?.value ?? '', meta });
}

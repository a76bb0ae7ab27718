/**
 * The follow-up letter (issue 15 §6): short, polite, in English. It names the request sent on
 * <date>, by <how>, the person's A-number (in the Re: block, as the letter has it), and asks
 * whether ICE received it and needs anything more. It says nothing the person did not answer
 * (reference.md §11.4): no promise, no new fact. Built from the letter model, so the sender,
 * the office and the Re: block are the same as in the request.
 */
import type { SentRecord } from './case-schema';
import type { SentMethod } from './case-values';
import type { LetterModel, ReRow, SenderLine } from './letter-model';
import { formatPartialDateUsEnglish } from './partial-date';

export interface FollowUpLetter {
  title: string;
  date: string;
  sender: SenderLine[];
  addressee: string[];
  re: ReRow[];
  salutation: string;
  paragraphs: string[];
  closing: string;
  signature: string[];
}

const how: Record<SentMethod, string> = {
  mail: 'by mail',
  email: 'by email',
  in_person: 'in person',
};

/** The Re: rows that identify the case (not the hearing or custody rows: they may have changed since). */
const KEPT_RE: readonly ReRow['kind'][] = ['respondent', 'aka', 'a-number', 'court'];

export function followUpLetter(letter: LetterModel, sent: SentRecord, asOf: string): FollowUpLetter {
  const tracking = sent.tracking ? ` (tracking number ${sent.tracking})` : '';
  return {
    title: 'Follow-Up: Request for Prosecutorial Discretion',
    date: formatPartialDateUsEnglish(asOf),
    sender: letter.sender,
    addressee: letter.addressee.lines,
    re: letter.re.filter((r) => KEPT_RE.includes(r.kind)),
    salutation: letter.salutation,
    paragraphs: [
      `On ${formatPartialDateUsEnglish(sent.date)}, I sent your office a request for prosecutorial discretion ${how[sent.method]}${tracking}. I am writing to ask whether you received it.`,
      'Please let me know if you need any more information or documents from me to consider my request.',
      'Thank you for your time.',
    ],
    closing: letter.closing,
    signature: letter.signature,
  };
}

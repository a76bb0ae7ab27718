/**
 * Names of the files the app saves. A file name shows in the Downloads folder, the browser's
 * download list and any file picker, to anyone who uses the device: a case file's name says
 * nothing about whose case it is. A letter is sent with the person's name on it anyway, and
 * must be easy for them to find, so its name carries their name as they typed it.
 *
 * Safe on Windows, macOS, Linux, Android and iOS: the domain's text rule first (no control,
 * invisible or direction-changing characters, which can disguise a file's extension), then
 * / \ : * ? " < > |, spaces, tabs and line breaks become "-"; letters such as ñ or ễ are kept.
 */
import { cleanText } from './clean-text';

const FORBIDDEN = /[/\\:*?"<>|]/g;
const MAX_PART_LENGTH = 60;

function safePart(text: string): string {
  const cleaned = cleanText(text, 'line')
    .replace(FORBIDDEN, ' ')
    .trim()
    .replace(/\s+/g, '-')
    .replace(/-{2,}/g, '-');
  return Array.from(cleaned).slice(0, MAX_PART_LENGTH).join('').replace(/^[-.]+|[-.]+$/g, '');
}

const PDF_PREFIX = {
  letter: 'PD-request', draft: 'DRAFT-PD-request', guide: 'PD-guide', followUp: 'PD-follow-up',
  supportKit: 'PD-support-letters', factsSheet: 'facts-sheet', declaration: 'Declaration', stay: 'DRAFT-stay-statement',
} as const;

/**
 * `PD-request-<name>-<date>.pdf`, the name as the person typed it: the full name, since the case
 * has no separate family-name field and the last word is not always the family name ("José
 * Núñez Peña"). The person can rename the file. A draft (to take to a lawyer first, never to
 * send as it is) says so in its name too: `DRAFT-PD-request-…`, as on every page. The person's
 * guide (never sent) is `PD-guide-…`: as neutral, and clearly not the file to attach.
 */
export function pdfFileName(fullName: string, isoDate: string, kind: keyof typeof PDF_PREFIX = 'letter'): string {
  const parts = [PDF_PREFIX[kind], safePart(fullName), safePart(isoDate)].filter((p) => p !== '');
  return `${parts.join('-')}.pdf`;
}

/** `pd-case-<date>.pdcase.json`, plain or encrypted, in and outside clinic mode: no name in it. */
export function caseFileName(isoDate: string): string {
  const parts = ['pd-case', safePart(isoDate)].filter((p) => p !== '');
  return `${parts.join('-')}.pdcase.json`;
}

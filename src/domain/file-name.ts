/**
 * `PD-request-<family name>-<date>.pdf`. Safe on Windows, macOS, Linux, Android and iOS: keeps
 * letters such as ñ or ễ, turns / \ : * ? " < > |, spaces, tabs and line breaks into "-", and removes control
 * characters and invisible or direction-changing marks (which can disguise a file's extension).
 */
const FORBIDDEN = /[/\\:*?"<>|\t\n\r\v\f]/g;
// eslint-disable-next-line no-control-regex -- removing control characters is the point
const INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/g;
const MAX_PART_LENGTH = 60;

function safePart(text: string): string {
  const cleaned = text
    .normalize('NFC')
    .replace(FORBIDDEN, ' ')
    .replace(INVISIBLE, '')
    .trim()
    .replace(/\s+/g, '-')
    .replace(/-{2,}/g, '-');
  return Array.from(cleaned).slice(0, MAX_PART_LENGTH).join('').replace(/^[-.]+|[-.]+$/g, '');
}

export function pdfFileName(familyName: string, isoDate: string): string {
  const parts = ['PD-request', safePart(familyName), safePart(isoDate)].filter((p) => p !== '');
  return `${parts.join('-')}.pdf`;
}

/** `PD-case-<label or family name>-<date>.pdcase.json`, made safe the same way. */
export function caseFileName(labelOrName: string, isoDate: string): string {
  const parts = ['PD-case', safePart(labelOrName), safePart(isoDate)].filter((p) => p !== '');
  return `${parts.join('-')}.pdcase.json`;
}

/**
 * The person's own declaration (issue 15 §2; letter.md §3; reference.md §4.1, §11.4) as a
 * printable document: the fixed heading and identity lines, then only what the person typed, in
 * the order of the parts, as numbered paragraphs, then the closing statement they chose and the
 * signature block. A Spanish declaration is followed by an English translation page to fill in and
 * the certificate of translation (English, for ICE, like certificateOfTranslation).
 */
import { formatANumber } from './a-number';
import type { CaseData, DeclarationInput } from './case-schema';
import type { DeclarationPartId } from './case-values';
import { declarationPartIds } from './case-values';
import { certificateOfTranslation } from './declaration-documents';
import { LETTER_LANGUAGE } from './languages';
import type { PrintableBlock, PrintableDocument, PrintableSection } from './printable-document';

export type DeclarationLanguage = NonNullable<DeclarationInput['language']>;

/** The keys of the declaration's fixed words in a page language (locales: pages `declaration.pdf.*`). */
export type DeclarationWordKey = 'title' | 'intro' | 'name' | 'aNumber' | 'truth' | 'perjury' | 'signature' | 'signedOn' | 'signedAt'
  | 'pageOf';

/** The words of a page language: `params` fill {{name}}, {{page}}, {{total}}. */
export type DeclarationWords = (lang: DeclarationLanguage, key: DeclarationWordKey, params?: Record<string, string>) => string;

const BLANK = '______________________________';

/** The paragraphs the person typed, part by part in the asked order; a blank line starts a new paragraph. */
export function declarationParagraphs(d: DeclarationInput | undefined): { part: DeclarationPartId; text: string }[] {
  const parts = d?.parts ?? {};
  return declarationPartIds.flatMap((part) => {
    const text = Object.hasOwn(parts, part) ? parts[part] ?? '' : '';
    return text.split(/\n\s*\n/).map((x) => x.trim()).filter((x) => x !== '').map((x) => ({ part, text: x }));
  });
}

/** The person wrote a declaration (at least one part has words). */
export function hasDeclaration(c: CaseData): boolean {
  return declarationParagraphs(c.declaration).length > 0;
}

/** The English words of the translation page (for ICE and the translator; fixed, like the certificate). */
export const TRANSLATION_PAGE = {
  title: (name: string) => (name ? `Declaration of ${name}: English Translation` : 'Declaration: English Translation'),
  notice: 'The translator writes the English translation of each numbered paragraph of the Spanish declaration below, '
    + 'or attaches a typed English translation in place of this page.',
  paragraph: (n: number) => `Paragraph ${n}:`,
  closing: 'Closing statement:',
} as const;

/** The closing statement the person chose, in English (it is fixed wording, so the translation page gives it). */
export const CLOSING_IN_ENGLISH = {
  true: 'What I say in this declaration is true.',
  perjury: 'I declare under penalty of perjury under the laws of the United States of America that the foregoing is true and correct.',
} as const;

/** Lines to write a translation on: about one line per 80 characters of the original, 3 to 14. */
function linesFor(text: string): number {
  return Math.min(14, Math.max(3, Math.ceil(text.length / 80) + 1));
}

/**
 * The declaration as a printable document, or null when the person has written nothing. Its
 * language is the one chosen (English unless Spanish was chosen); the name and A-number are the
 * person's answers, or blanks to fill in by hand.
 */
export function personalDeclaration(c: CaseData, words: DeclarationWords): PrintableDocument | null {
  const paragraphs = declarationParagraphs(c.declaration);
  if (paragraphs.length === 0) return null;
  const lang: DeclarationLanguage = c.declaration?.language ?? LETTER_LANGUAGE.code;
  const name = c.person.fullName?.trim() ?? '';
  const aNumber = c.person.aNumber && c.person.aNumber !== 'unknown' ? formatANumber(c.person.aNumber) : null;
  const closing = c.declaration?.closing === 'perjury' ? 'perjury' : 'true';
  const signedOn = c.declaration?.signedOn?.trim() || BLANK;
  const signedAt = c.declaration?.signedAt?.trim() || BLANK;
  const w = (key: DeclarationWordKey, params?: Record<string, string>) => words(lang, key, params);

  const declaration: PrintableBlock[] = [
    { kind: 'title', text: w('title', { name: name || BLANK }) },
    { kind: 'rows', rows: [
      { label: w('name'), value: name || BLANK, field: 'person.fullName' },
      { label: w('aNumber'), value: aNumber ?? BLANK, field: 'person.aNumber' },
    ] },
    { kind: 'paragraph', text: w('intro', { name: name || BLANK }), field: 'person.fullName' },
    { kind: 'list', numbered: true, items: paragraphs.map((p) => p.text), field: 'declaration.parts' },
    { kind: 'paragraph', text: w(closing === 'perjury' ? 'perjury' : 'truth') },
    { kind: 'signature', lines: ['', w('signature', { blank: BLANK }), w('signedOn', { value: signedOn }), w('signedAt', { value: signedAt })] },
  ];
  const sections: PrintableSection[] = [{ lang, blocks: declaration }];

  // Not in English: an English translation to fill in, and the certificate of translation, follow.
  if (lang !== LETTER_LANGUAGE.code) {
    const translation: PrintableBlock[] = [
      { kind: 'title', text: TRANSLATION_PAGE.title(name) },
      { kind: 'notice', text: TRANSLATION_PAGE.notice },
      ...paragraphs.map((p, i): PrintableBlock => ({ kind: 'write-in', label: TRANSLATION_PAGE.paragraph(i + 1), lines: linesFor(p.text) })),
      { kind: 'paragraph', text: `${TRANSLATION_PAGE.closing} ${CLOSING_IN_ENGLISH[closing]}` },
    ];
    const certificate = certificateOfTranslation(name, 'spanish');
    sections.push(
      { lang: 'en', blocks: translation },
      { lang: 'en', blocks: [{ kind: 'title', text: certificate.title }, { kind: 'paragraph', text: certificate.body },
        { kind: 'signature', lines: ['', ...certificate.lines] }] },
    );
  }

  const furniture = (l: DeclarationLanguage) => ({ pageOf: words(l, 'pageOf', { page: '{page}', total: '{total}' }), aNumber: words(l, 'aNumber') });
  const langs: DeclarationLanguage[] = lang === LETTER_LANGUAGE.code ? [lang] : [lang, LETTER_LANGUAGE.code];
  return {
    title: w('title', { name: name || BLANK }),
    lang,
    name: name || null,
    aNumber,
    draft: null,
    pageOf: Object.fromEntries(langs.map((l) => [l, furniture(l).pageOf])),
    aNumberLabel: Object.fromEntries(langs.map((l) => [l, furniture(l).aNumber])),
    sections,
  };
}

/**
 * When the reference's word on the closing statement was last checked (letter.md §3: the § 1746
 * wording is from general knowledge, UNCERTAIN; reference.md §4.1: "optional … UNCERTAIN as a requirement").
 */
export const DECLARATION_CLOSING_CHECKED = '2026-11-30';

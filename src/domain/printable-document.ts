/**
 * A document of the packet other than the letter (issue 15): the support-letter kit, the personal
 * declaration, the I-246 statement of reasons (a draft for a lawyer), the facts sheet of a
 * detained person. Each is built here, in the domain, as words already in its language; one
 * renderer draws every kind (src/pdf/printable-pdf.ts) with the letter's fonts and page rules, so
 * a new document is a new builder, never a new PDF layout.
 */
import type { LanguageCode } from './languages';

/** One thing on a page, top to bottom. `field` names what the text came from (errors, tests). */
export type PrintableBlock =
  /** The document's title: large and bold. */
  | { kind: 'title'; text: string }
  /** A section heading; kept on one page with the start of what follows. */
  | { kind: 'heading'; text: string }
  | { kind: 'paragraph'; text: string; field?: string }
  /** A short boxed notice (e.g. "Take this to a lawyer"); never split across pages. */
  | { kind: 'notice'; text: string }
  /** Bullets, or numbers 1., 2., … (a declaration's numbered paragraphs). */
  | { kind: 'list'; items: string[]; numbered?: boolean; field?: string }
  /** Label and value side by side (a facts sheet, the header of a statement). */
  | { kind: 'rows'; rows: { label: string; value: string; field?: string }[] }
  /** Ruled lines to write on by hand, with an optional label above ("Your phone number"). */
  | { kind: 'write-in'; lines: number; label?: string }
  /** The signature block: kept together, and with the end of what comes before it. */
  | { kind: 'signature'; lines: string[] };

/** A run of pages in one language; each section starts on a new page. */
export interface PrintableSection {
  lang: LanguageCode;
  blocks: PrintableBlock[];
}

export interface PrintableDocument {
  /** The PDF's title (its metadata, shown in the viewer's title bar). */
  title: string;
  /** The document's main language (its /Lang). */
  lang: LanguageCode;
  /** On every page after the first, at the top: whose document it is; null for none. */
  name: string | null;
  /** On every page, at the top right: "A-Number: …"; null when unknown. */
  aNumber: string | null;
  /** A banner on every page (e.g. "DRAFT for a lawyer: do not file as it is"); null for none. */
  draft: string | null;
  /** The banner in a section's language, where a section is not in the document's language. */
  draftIn?: Partial<Record<LanguageCode, string>>;
  /** The footer, in each section's language: "{page}" and "{total}" are filled in. */
  pageOf: Partial<Record<LanguageCode, string>>;
  /** The "A-Number:" label of the header, in each section's language. */
  aNumberLabel: Partial<Record<LanguageCode, string>>;
  sections: PrintableSection[];
}

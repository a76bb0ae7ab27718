/**
 * The support-letter kit (issue 15 §1): for each writer the person will ask, a page in that
 * writer's language saying what a strong letter contains, then a fill-in page with lines to write
 * on. Only the person's name and A-number come from the case, as typed; a blank line stands for
 * what is not known. The words come from the locales (`supportLetters.*` in pages.json), passed
 * in as `words`, so each writer's pages are in their own language.
 */
import type { CaseData } from './case-schema';
import type { SupporterKind } from './case-values';
import { formatANumber } from './a-number';
import { type LanguageCode, languageInfo } from './languages';
import type { PrintableBlock, PrintableDocument, PrintableSection } from './printable-document';
import { STATUS_CHECKED_ON } from './sources';

/** A string of `pages.json` under `supportLetters.`, in `lang` (e.g. `kit.intro`, `kinds.spouse.name`). */
export type KitWords = (lang: LanguageCode, key: string, params?: Record<string, string>) => string;

export interface KitWriter {
  kind: SupporterKind;
  lang: LanguageCode;
}

/** A line to write on, in running text, for what the app does not know. */
export const BLANK = '______________________';

/** Where the kit's advice comes from (named in `kit.sources`): what a letter holds (guides) and how a translation is certified (EOIR). */
export const KIT_SOURCES = ['florence-2011', 'law-firm-2025', 'eoir-practice-manual'] as const;

export function kitPerson(c: CaseData): { name: string | null; aNumber: string | null } {
  const name = (c.person.fullName ?? '').trim();
  const a = c.person.aNumber;
  return { name: name === '' ? null : name, aNumber: a && a !== 'unknown' ? formatANumber(a) : null };
}

function writerSections(person: { name: string | null; aNumber: string | null }, w: KitWriter, words: KitWords): PrintableSection[] {
  const { kind, lang } = w;
  const t = (key: string, params: Record<string, string> = {}) => words(lang, key, params);
  const name = person.name ?? t('kit.someone');
  const n = { name };
  const writer = t(`kinds.${kind}.name`);
  const checked = new Intl.DateTimeFormat(languageInfo(lang).locale, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${STATUS_CHECKED_ON}T00:00:00Z`));

  const guide: PrintableBlock[] = [
    { kind: 'title', text: t('kit.guideTitle', { writer }) },
    { kind: 'paragraph', text: t('kit.intro', n) },
    { kind: 'heading', text: t('kit.containsTitle') },
    {
      kind: 'list',
      items: [
        t('kit.contains.who'),
        t('kit.contains.how', n),
        t(`kinds.${kind}.facts`, n),
        t('kit.contains.removal', n),
        t('kit.contains.ownWords'),
        t('kit.contains.sign'),
        t('kit.contains.id'),
      ],
    },
    { kind: 'notice', text: t('kit.translation') },
    { kind: 'paragraph', text: t('kit.templateIntro') },
    { kind: 'paragraph', text: t('kit.giveTo', n) },
    { kind: 'paragraph', text: t('kit.sources', { date: checked }) },
  ];

  const template: PrintableBlock[] = [
    { kind: 'title', text: t('kit.templateTitle', { writer }) },
    { kind: 'paragraph', text: t('kit.to') },
    {
      kind: 'rows',
      rows: [
        { label: t('kit.about'), value: person.name ?? BLANK, field: 'person.fullName' },
        { label: t('kit.aNumber'), value: person.aNumber ?? BLANK, field: 'person.aNumber' },
      ],
    },
    { kind: 'write-in', lines: 2, label: t('kit.fields.writer') },
    { kind: 'write-in', lines: 1, label: t('kit.fields.how', n) },
    { kind: 'write-in', lines: 4, label: t(`kinds.${kind}.prompt`, n) },
    { kind: 'write-in', lines: 3, label: t('kit.fields.removal', n) },
    { kind: 'paragraph', text: t('kit.truth') },
    { kind: 'write-in', lines: 1, label: t('kit.fields.signature') },
    { kind: 'write-in', lines: 1, label: t('kit.fields.dateAndPhone') },
  ];
  return [{ lang, blocks: guide }, { lang, blocks: template }];
}

/** The kit: two pages (a guide and a fill-in page) per writer, in the order given. */
export function supportLetterKit(c: CaseData, writers: readonly KitWriter[], words: KitWords): PrintableDocument {
  const person = kitPerson(c);
  const lang: LanguageCode = writers[0]?.lang ?? 'en';
  const langs = [...new Set<LanguageCode>([lang, ...writers.map((x) => x.lang)])];
  return {
    title: words(lang, 'kit.docTitle'),
    lang,
    name: person.name,
    aNumber: person.aNumber,
    draft: null,
    pageOf: Object.fromEntries(langs.map((l) => [l, words(l, 'kit.pageOf')])),
    aNumberLabel: Object.fromEntries(langs.map((l) => [l, words(l, 'kit.aNumberLabel')])),
    sections: writers.flatMap((x) => writerSections(person, x, words)),
  };
}

/**
 * Everything the two PDF files need besides the fonts, with every word already chosen: the letter
 * model decides the letter (the file to send); the guide's Spanish page comes from the letter's
 * summary data; its sending sheet and checklist (each exhibit with its tab letter) are in the
 * person's UI language; the page furniture of each page language comes from the locales.
 */
import type { TFunction } from 'i18next';
import { certificateOfTranslation, type Checklist, declarationWordsInEnglish, type LanguageCode, languageInfo, LETTER_LABELS, LETTER_LANGUAGE, type LetterModel, POLICY_BASIS } from '../../domain';
import { fontCovers } from '../../pdf/font-coverage';
import type { PageFurniture, PdfInput, PdfTextBlock } from '../../pdf/render-letter-pdf';
import { mostlyUndrawable } from '../../pdf/unsupported-words';
import { APP_NAME } from '../../state/case-store';
import { formatDate } from '../../ui/format';
import { summaryText } from './letter-summary-text';

/**
 * The language of the "what this letter says" page: Spanish, whatever the page language (as
 * before the language list; the sending sheet and the checklist page follow the page language).
 */
export const SUMMARY_PAGE_LANGUAGE: LanguageCode = 'es';

export interface PdfTexts {
  /** Translations fixed to SUMMARY_PAGE_LANGUAGE (for the Spanish page). */
  es: TFunction;
  /** Translations in the person's UI language (sending sheet, checklist page, the guide's title). */
  ui: TFunction;
  uiLanguage: LanguageCode;
}

export function buildPdfInput(
  model: LetterModel,
  list: Checklist,
  texts: PdfTexts,
  /** letterFileName: the name the letter is saved under, which the sending sheet says to attach. */
  options: { appVersion: string; letterFileName: string },
): Omit<PdfInput, 'fonts'> {
  const { es, ui, uiLanguage } = texts;
  const esT = (key: string, o?: Record<string, unknown>) => es(`catalog:${key}`, o);
  const p = (key: string, o?: Record<string, unknown>) => ui(`pages:pdf.${key}`, o);
  const locale = languageInfo(uiLanguage).locale;

  const spanishPage = {
    lang: SUMMARY_PAGE_LANGUAGE,
    title: es('pages:pdf.spanish.title'),
    // A declaration not in English: the guide's last page, the certificate of translation, is sent (§11.4).
    notForMailing: es(model.declaration ? 'pages:pdf.spanish.notForMailingButCertificate' : 'pages:pdf.spanish.notForMailing'),
    blocks: [{ paragraphs: model.spanishSummary.map((e) => summaryText(e, esT, languageInfo(SUMMARY_PAGE_LANGUAGE).locale)) }],
  };

  const tabs = model.exhibits.length ? `${model.exhibits[0]!.tab}–${model.exhibits[model.exhibits.length - 1]!.tab}` : '';
  const declaration = model.declaration ? [{ heading: p('translatorNote.sendingHeading'), paragraphs: [p('translatorNote.sendingBody'), p('translatorNote.body')] }] : [];
  const basis = {
    heading: p('sending.basisHeading'),
    paragraphs: [ui('catalog:policy.basis.summary', { date: formatDate(POLICY_BASIS.lastChecked, locale) }), p('sending.notAdvice')],
  };
  // A draft for a lawyer is not sent by the person: its sheet says what to take to the lawyer,
  // not how to sign, mail or email it (the letter says DRAFT on every page).
  const sending: PdfTextBlock[] = model.kind === 'draft'
    ? [
        { heading: p('sending.draftHeading'), paragraphs: [p('sending.draftBody')] },
        { heading: p('sending.draftTakeHeading'), paragraphs: [p('sending.draftTakeBody', { fileName: options.letterFileName }), p('sending.translations')] },
        ...declaration,
        { heading: p('sending.draftNotSentHeading'), paragraphs: [p('sending.draftNotSentBody')] },
        { heading: p('sending.meanwhileHeading'), paragraphs: [p('sending.afterBody')] },
        basis,
      ]
    : [
        {
          heading: p('sending.encloseHeading'),
          paragraphs: [model.exhibits.length ? p('sending.encloseWithTabs', { tabs }) : p('sending.encloseNoTabs'), p('sending.translations')],
        },
        ...declaration,
        { heading: p('sending.copiesHeading'), paragraphs: [p('sending.copiesBody')] },
        { heading: p('sending.sendHeading'), paragraphs: [p('sending.sendBody'), model.addressee.lines.join('\n'), p(model.declaration ? 'sending.emailBodyWithCertificate' : 'sending.emailBody', { fileName: options.letterFileName })] },
        { heading: p('sending.afterHeading'), paragraphs: [p('sending.afterBody')] },
        { heading: p('sending.noAnswerHeading'), paragraphs: [p('sending.noAnswerBody')] },
        basis,
      ];

  // Each document that goes with the letter shows the tab it goes behind.
  const tabOf = new Map(model.exhibits.map((e) => [e.itemId, e.tab]));
  const checklistPage = {
    lang: uiLanguage,
    title: p('checklist.title'),
    blocks: list.groups.map((g) => ({
      heading: ui(`catalog:checklist.groups.${g.group}`),
      checkboxes: true,
      paragraphs: g.items.map((i) => {
        const title = ui(`catalog:checklist.items.${i.id}.title`);
        const tab = tabOf.get(i.id);
        return `${i.gathered ? '[x]' : '[ ]'} ${tab ? p('checklist.withTab', { tab, title }) : title}`;
      }),
    })),
  };

  // A story not in English: the signed declaration goes to ICE (after the exhibit index), and the
  // certificate of translation, for the translator, comes in the guide (reference.md §11.4).
  const extras = declarationSections(model, es);

  const furniture = (t: TFunction): PageFurniture => ({
    pageOf: t('pages:pdf.furniture.pageOf', { page: '{page}', total: '{total}' }),
    aNumber: t('pages:pdf.furniture.aNumber'),
    draft: t('pages:pdf.furniture.draft'),
  });

  return {
    letter: model,
    exhibitIndexTitle: LETTER_LABELS.exhibitIndex,
    guideTitle: p('guide.title'),
    spanishPage,
    sendingSheet: { lang: uiLanguage, title: p(model.kind === 'draft' ? 'sending.titleDraft' : 'sending.title'), blocks: sending },
    checklistPage,
    furniture: { [SUMMARY_PAGE_LANGUAGE]: furniture(es), [uiLanguage]: furniture(ui) },
    ...extras,
    meta: { appName: APP_NAME, appVersion: options.appVersion },
  };
}

/** The declaration (in the story's language) and the certificate of translation (English, for ICE). */
function declarationSections(model: LetterModel, es: TFunction): Pick<PdfInput, 'toSendExtras' | 'forYouExtras'> {
  const d = model.declaration;
  if (!d) return {};
  const name = model.re.find((r) => r.kind === 'respondent')?.value ?? '';
  const aNumber = model.re.find((r) => r.kind === 'a-number')?.value ?? '';
  const story = d.text.split(/\n\s*\n/).map((x) => x.trim()).filter((x) => x !== '');
  // A script the font cannot draw: the person writes the declaration by hand; this page goes on top of it.
  const byHand = mostlyUndrawable(d.text, fontCovers);
  const words = d.language === 'spanish'
    ? {
        lang: SUMMARY_PAGE_LANGUAGE,
        title: es('pages:pdf.declaration.title', { name }),
        lines: aNumber ? [es('pages:pdf.declaration.aNumber', { aNumber })] : [],
        intro: es('pages:pdf.declaration.intro', { name }),
        truth: es('pages:pdf.declaration.truth'),
        handwritten: es('pages:pdf.declaration.handwritten', { name }),
        signature: ['', es('pages:pdf.declaration.signature'), es('pages:pdf.declaration.printedName', { name }), es('pages:pdf.declaration.date')],
      }
    : { lang: LETTER_LANGUAGE.code, ...declarationWordsInEnglish(name, aNumber || null) };
  const certificate = certificateOfTranslation(name, d.language);
  return {
    toSendExtras: [{
      lang: words.lang,
      title: words.title,
      field: 'letter.story',
      blocks: [{ paragraphs: byHand ? [...words.lines, words.handwritten] : [...words.lines, words.intro, ...story, words.truth] }],
      ...(byHand ? {} : { signatureLines: words.signature }),
    }],
    forYouExtras: [{
      lang: LETTER_LANGUAGE.code,
      title: certificate.title,
      field: 'certificate',
      // In English, for ICE: what the page is for is said in the person's language on the sending sheet.
      blocks: [{ paragraphs: [certificate.body] }],
      signatureLines: ['', ...certificate.lines],
    }],
  };
}

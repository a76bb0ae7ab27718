/**
 * The papers that go with a story written in another language (reference.md §11.4): the
 * declaration's fixed words in English, for a language the app has no words in (a Spanish one
 * takes its words from locales/es), and the certificate of translation that goes with the English translation of a declaration written
 * in another language (reference.md §11.4; letter.md F8, F13: the translator's name, competence
 * in both languages, complete and accurate to the best of their ability, signature, date). Fixed
 * English words, like the letter's: ICE reads it; the translator fills in the blanks by hand.
 */
export const CERTIFICATE_TITLE = 'Certificate of Translation';

const BLANK = '______________________________';

export function certificateOfTranslation(name: string, language: 'spanish' | 'other'): { title: string; body: string; lines: string[] } {
  const from = language === 'spanish' ? 'Spanish' : '______________________ (language)';
  const whose = name.trim() ? `the declaration of ${name.trim()}` : 'the declaration';
  return {
    title: CERTIFICATE_TITLE,
    body: `I, ${BLANK} (full name of the translator), certify that I am competent to translate from ${from} into English, `
      + `and that the attached English translation of ${whose} is complete and accurate to the best of my knowledge and ability.`,
    lines: [`Signature: ${BLANK}`, `Printed name: ${BLANK}`, `Address: ${BLANK}`, `Telephone: ${BLANK}`, `Date: ${BLANK}`],
  };
}

/** The declaration's fixed words, in English (the story itself stays as the person wrote it). */
export function declarationWordsInEnglish(name: string, aNumber: string | null): {
  title: string; lines: string[]; intro: string; truth: string; handwritten: string; signature: string[];
} {
  return {
    title: `Declaration of ${name}`,
    lines: aNumber ? [`A-Number: ${aNumber}`] : [],
    intro: `I, ${name}, state the following:`,
    truth: 'What I say in this declaration is true.',
    handwritten: `My declaration follows this page. I, ${name}, wrote it by hand in my own language, and signed and dated it.`
      + ' Its English translation and a certificate of translation follow it.',
    signature: ['', `Signature: ${BLANK}`, `Name: ${name}`, `Date: ${BLANK}`],
  };
}

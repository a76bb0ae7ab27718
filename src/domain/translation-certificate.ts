/**
 * The certificate of translation that goes with the English translation of a declaration written
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

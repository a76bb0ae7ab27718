/**
 * A rough guess at the language of what the person typed, enough to notice a story written in
 * Spanish (or another language) before it is pasted into the English letter (reference.md §11.4).
 * It counts common short words; it never decides alone: the person confirms what to do.
 */
import type { CaseData } from './case-schema';
import type { LetterDetailId } from './case-values';

/** Named, not coded: this is about the text, not the app's languages (src/domain/languages.ts). */
export type TextLanguageGuess = 'english' | 'spanish' | 'other' | 'unknown';

// Frequent words that are not also frequent in the other language ("no", "me", "a" are in both).
const ENGLISH = new Set(('the and i my to of in is was have has for that with we it are on this be at from our because they he she you '
  + 'his her been had but will would not am were there their when what who which can could do did me so all an if about after '
  + 'into work years children family help').split(' '));
const SPANISH = new Set(('el la los las y de que en mi mis es un una por para con se lo su sus del al como pero porque yo estoy '
  + 'tengo fue muy más mas desde cuando años hijos hija hijo familia trabajo esposo esposa estaba tenía soy está están nos les le '
  + 'también ella él ellos este esta sin sobre hasta donde ayuda dos tres varias varios familias casas niños niñas hijas padres '
  + 'madre padre mamá papá hermano hermana abuela abuelo').split(' '));

/** Words of two or more letters, lower case. */
function words(text: string): string[] {
  return text.toLowerCase().match(/\p{L}[\p{L}\p{M}'’]*/gu)?.filter((w) => w.length > 0) ?? [];
}

export function guessTextLanguage(text: string): TextLanguageGuess {
  const letters = text.match(/\p{L}/gu) ?? [];
  if (letters.length < 12) return 'unknown';
  const latin = letters.filter((ch) => /\p{Script=Latin}/u.test(ch)).length;
  // Mostly another script (Arabic, Cyrillic, Chinese…): certainly not English.
  if (latin / letters.length < 0.5) return 'other';
  const list = words(text);
  if (list.length < 4) return 'unknown';
  const en = list.filter((w) => ENGLISH.has(w)).length;
  const es = list.filter((w) => SPANISH.has(w)).length;
  if (es >= 2 && es > en * 1.5) return 'spanish';
  if (en >= 2 && en >= es) return 'english';
  // Long enough to judge, and almost no English words: another language (Portuguese, French, K'iche'…).
  if (list.length >= 8 && en / list.length < 0.05) return 'other';
  return 'unknown';
}

/**
 * A text that reads as English, or as neither, but has a sentence or clause in Spanish ("I came
 * in 2005. Mis hijos nacieron aquí."): the English letter would print that part as typed. A part
 * counts with three signs of Spanish (its little words in lower case, its spelling), over twice
 * its English words ("he" is Spanish too), so a name ("Restaurante El Mesón de la Plaza") is not
 * taken for Spanish.
 */
function hasSpanishPart(text: string): boolean {
  return text.split(/[.!?;:,()\n]+/u).some((part) => {
    const list = words(part);
    const signs = spanishSigns(part);
    return list.length >= 3 && signs >= 3 && signs > 2 * list.filter((w) => ENGLISH.has(w)).length;
  });
}

/**
 * The language of a text the English letter would print as typed: the guess for the whole text,
 * or Spanish when only part of it is (`part`).
 */
export function letterTextLanguage(text: string): { language: TextLanguageGuess; part: boolean } {
  const whole = guessTextLanguage(text);
  if (whole === 'spanish' || whole === 'other') return { language: whole, part: false };
  return hasSpanishPart(text) ? { language: 'spanish', part: true } : { language: whole, part: false };
}

export type StoryPlace =
  | { place: 'letter' }
  /** `part`: only some of it is not English (the declaration is in two languages). */
  | { place: 'declaration'; language: TextLanguageGuess; part: boolean }
  /** Not English (`part`: only some of it) by the guess, and the person has not said what to do with it yet. */
  | { place: 'undecided'; language: 'spanish' | 'other'; part: boolean };

/** Where the person's story goes: the letter, a separate declaration, or not decided yet. */
export function storyGoesInLetter(letter: CaseData['letter']): StoryPlace {
  const { language, part } = letterTextLanguage(letter.story ?? '');
  if (letter.storyAs === 'declaration') return { place: 'declaration', language, part };
  if (letter.storyAs === 'letter') return { place: 'letter' };
  return language === 'spanish' || language === 'other' ? { place: 'undecided', language, part } : { place: 'letter' };
}

/**
 * The detail boxes whose words become part of the letter's English sentences ("I have worked as
 * …"). Names, places, years and receipt numbers are printed as typed in any language: not checked.
 */
const PROSE_DETAILS: ReadonlySet<LetterDetailId> = new Set(['childrenNames', 'caregivingFor', 'jobTitle', 'taxYears', 'communityRole', 'healthCondition']);

/**
 * Words people type alone in these boxes (a job, a role, a health condition) that are Spanish and
 * not English: one of them is a clear sign by itself ("cocinero": "I have worked as a cocinero").
 * Words English shares ("doctor", "chef", "diabetes", "conductor") are not here.
 */
const SPANISH_BOX_WORDS = new Set(('cocinero cocinera mesero mesera jardinero jardinera niñera niñero cajero cajera albañil pintor '
  + 'carpintero carpintera mecánico costurera costurero obrero obrera campesino campesina agricultor trabajador trabajadora '
  + 'ayudante lavaplatos cuidador cuidadora enfermera enfermero vendedor vendedora panadero panadera carnicero plomero '
  + 'soldador techador jornalero jornalera chofer chófer limpiadora limpiador empleada empleado doméstica camarera camarero '
  + 'repartidor maestra maestro voluntario voluntaria iglesia fábrica restaurante construcción limpieza cocina '
  + 'embarazada asma corazón riñón cáncer depresión ansiedad enfermedad discapacidad').split(' '));

/** Two years joined as Spanish joins them: "2016 a 2025", "2016 al 2025", "2016 hasta 2025". */
const SPANISH_RANGE = /\d\s+(?:a|al|hasta)\s+\d/iu;

/** Little words of names ("María de los Ángeles", "Casa de la Cruz") as well as of Spanish prose. */
const NAME_PARTICLES = new Set(['de', 'del', 'la', 'las', 'los']);

/**
 * Signs of Spanish in a few words: its frequent words and words spelled as only Spanish spells
 * them, written in lower case (a capital starts a name); a Spanish job or condition word, or two
 * years joined the Spanish way, counts twice. The little words before a name are part of the name.
 */
function spanishSigns(text: string): number {
  const tokens = text.match(/\p{L}[\p{L}\p{M}'’]*/gu) ?? [];
  let signs = 0;
  let nameFollows = false;
  for (let i = tokens.length - 1; i >= 0; i--) {
    const raw = tokens[i]!;
    const word = raw.toLowerCase();
    if (NAME_PARTICLES.has(word) && raw === word) {
      if (!nameFollows) signs++;
      continue;
    }
    const capital = raw !== word;
    nameFollows = capital;
    // Spelling counts only in lower case: "Sofía" is a name. A capital counts only for the box's first word.
    if (SPANISH_BOX_WORDS.has(word)) signs += !capital || i === 0 ? 2 : 0;
    else if (SPANISH.has(word) ? !capital || i === 0 : !capital && /[ñáéíóú]|(?:ción|sión|eza|idad)$/u.test(word)) signs++;
  }
  return signs + (SPANISH_RANGE.test(text) ? 2 : 0);
}

/**
 * The detail boxes (of `asked`) that seem not to be in English. A box holds only a few words, too
 * few for `guessTextLanguage`: one counts when it has no English word and two signs of Spanish, or
 * one when all the boxes together read as Spanish ("limpieza de casas", "mis dos hijos").
 */
export function detailsNotInEnglish(details: Partial<Record<LetterDetailId, string>>, asked: readonly LetterDetailId[]): LetterDetailId[] {
  const typed = asked.filter((id) => PROSE_DETAILS.has(id) && (details[id] ?? '').trim() !== '');
  const together = guessTextLanguage(typed.map((id) => details[id]).join('. '));
  const othersSaySpanish = together === 'spanish' || together === 'other';
  return typed.filter((id) => {
    // Not the guess for long texts: it would read a name ("María de los Ángeles") as Spanish.
    const text = details[id]!;
    if (words(text).some((w) => ENGLISH.has(w))) return false;
    const signs = spanishSigns(text);
    return signs >= 2 || (signs >= 1 && othersSaySpanish);
  });
}

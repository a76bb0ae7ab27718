/**
 * Characters the PDF cannot print, told as the person types, not only once they press Download.
 * A moment after the last keystroke the page builds the PDF's plan from the same input as the
 * download (src/pdf/plan.ts) and checks every character it would draw against the font's
 * coverage table (src/pdf/font-coverage.ts): no pdf-lib, no fontkit on this page. The person's
 * words are quoted as typed, in reading order and in <bdi>, the code points only as a detail:
 * next to the box where they are fixed, in a notice linking to the question for an answer from
 * the questions (the name), in a summary above the download, and after a refused download.
 */
import { createContext, Fragment, type MouseEvent, type ReactNode, useContext, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type Checklist, isFieldPath, languageCode, type LetterModel, stepOf } from '../../domain';
import { fontCovers } from '../../pdf/font-coverage';
import { buildPlan, type PlanInput, type UnsupportedCharacter } from '../../pdf/plan';
import { type UnsupportedGroup, unsupportedWords } from '../../pdf/unsupported-words';
import { APP_VERSION } from '../../state/case-store';
import { whenIdleAfterPaint } from '../../ui/after-paint';
import { AppLink } from '../../ui/app-link';
import { stepUrl } from '../../ui/paths';
import { buildPdfInput, SUMMARY_PAGE_LANGUAGE } from './pdf-input';

/** How long after the last keystroke the check runs. */
export const CHECK_DELAY_MS = 300;
/** Words quoted per field; the rest are counted. */
const MAX_WORDS = 5;
/** Code points listed per field. */
const MAX_CODES = 12;

/** The boxes on this page where the person's own letter texts are typed (field → element id). */
const LETTER_BOXES: Record<string, string> = {
  'letter.story': 'story',
  'letter.concernsExplanation': 'concerns',
  'letter.requestDetails': 'request-details',
  'letter.whatIsNew': 'what-is-new',
  'letter.office': 'office-typed',
};
const BOX_FIELDS = Object.fromEntries(Object.entries(LETTER_BOXES).map(([field, id]) => [id, field]));
/** Boxes one per concern, one per paragraph of the letter and one per fact asked for a paragraph: field prefix → element id prefix. */
const BOX_FAMILIES: readonly [field: string, box: string][] = [
  ['letter.concernExplanations.', 'concern-'], ['letter.paragraphs.', 'paragraph-'], ['letter.details.', 'detail-'],
];

/** The box on this page where a field is typed (null: none here). */
export function boxOf(field: string): string | null {
  const family = BOX_FAMILIES.find(([prefix]) => field.startsWith(prefix));
  return family ? family[1] + field.slice(family[0].length) : LETTER_BOXES[field] ?? null;
}

/** The field a box on this page holds (undefined: not a letter box). */
function fieldOf(boxId: string): string | undefined {
  const family = BOX_FAMILIES.find(([, prefix]) => boxId.startsWith(prefix));
  return family ? family[0] + boxId.slice(family[1].length) : BOX_FIELDS[boxId];
}

/** The name a field goes by in the messages: a family of boxes by its first member's. */
function namedField(field: string): string {
  if (field.startsWith('letter.concernExplanations.')) return 'letter.concernsExplanation';
  if (field.startsWith('letter.paragraphs.')) return 'letter.paragraphs';
  return field;
}

/** Fields with their own name in the messages (the rest are "the letter"). */
const NAMED_FIELDS = new Set([...Object.keys(LETTER_BOXES), 'letter.paragraphs', 'person.fullName', 'person.otherNames', 'person.countryOfBirth',
  'person.aNumber', 'person.address', 'person.phone', 'person.email', 'posture.courtCity', 'posture.judge', 'representation.name']);

/** Where a field is fixed: a box on this page, or the question that asks it. */
function fixAt(field: string): { step?: string; fieldId?: string } {
  const box = boxOf(field);
  if (box) return { fieldId: box };
  return isFieldPath(field) ? { step: stepOf(field).id } : {};
}

/**
 * The groups to show: a part without a name of its own (the Spanish page, the sending sheet)
 * repeats words that are already listed under the answer they come from; it is left out then.
 */
function shown(groups: UnsupportedGroup[]): UnsupportedGroup[] {
  const named = new Set(groups.filter((g) => NAMED_FIELDS.has(namedField(g.field))).flatMap((g) => g.words));
  return groups.filter((g) => NAMED_FIELDS.has(namedField(g.field)) || g.words.some((w) => !named.has(w)));
}

type I18n = ReturnType<typeof useTranslation>['i18n'];

/** The check itself: the PDF's plan for this letter (checklist page included), against the font's table. */
export function checkLetter(model: LetterModel, list: Checklist, i18n: I18n): UnsupportedGroup[] {
  const uiLanguage = languageCode(i18n.resolvedLanguage);
  const texts = { es: i18n.getFixedT(SUMMARY_PAGE_LANGUAGE), ui: i18n.getFixedT(uiLanguage), uiLanguage };
  // Both documents; the file name the guide quotes is only the person's name, checked where it is typed.
  const input = buildPdfInput(model, list, texts, { appVersion: APP_VERSION, letterFileName: 'PD-request.pdf' });
  return shown(unsupportedWords(buildPlan(input), fontCovers));
}

/** The same groups for a download the renderer refused: its characters, found in its own input. */
export function refusedGroups(input: PlanInput, problems: UnsupportedCharacter[]): UnsupportedGroup[] {
  const refused = new Set(problems.map((p) => p.char.codePointAt(0)));
  return safely(() => shown(unsupportedWords(buildPlan(input), (cp) => !refused.has(cp))));
}

const sameGroups = (a: UnsupportedGroup[], b: UnsupportedGroup[]) => JSON.stringify(a) === JSON.stringify(b);

/**
 * The live check: for the letter as loaded once the page is on screen, then CHECK_DELAY_MS after
 * each change. Not in the page's first frame: making both files' plan and reading every character
 * was 15–50 ms of opening the letter page on a slow phone (issue 17), and it found nothing for
 * almost every letter.
 */
export function useLiveCheck(model: LetterModel | null, list: Checklist): UnsupportedGroup[] {
  const { i18n } = useTranslation('pages');
  const [groups, setGroups] = useState<UnsupportedGroup[]>([]);
  const checked = useRef(false);
  const language = i18n.resolvedLanguage;
  useEffect(() => {
    const run = () => {
      checked.current = true;
      const next = model ? safely(() => checkLetter(model, list, i18n)) : [];
      setGroups((old) => (sameGroups(old, next) ? old : next));
    };
    if (!checked.current) return whenIdleAfterPaint(run);
    const timer = setTimeout(run, CHECK_DELAY_MS);
    return () => clearTimeout(timer);
  }, [model, list, i18n, language]);
  return groups;
}

/** A check that fails says nothing rather than break the page (the download still checks). */
function safely(check: () => UnsupportedGroup[]): UnsupportedGroup[] {
  try {
    return check();
  } catch {
    return [];
  }
}

const LiveCheck = createContext<UnsupportedGroup[]>([]);
export const LiveCheckProvider = LiveCheck.Provider;

// ── Words ─────────────────────────────────────────────────────────────────────────────────

/** U+2063 INVISIBLE SEPARATOR twice: no translation holds it, and cleaned text never does. */
const SLOT = '\u2063\u2063';

/** A translated sentence with `node` where the translation has the slot. */
function withSlot(sentence: string, node: ReactNode): ReactNode {
  return sentence.split(SLOT).map((part, i) => (
    <Fragment key={i}>
      {i > 0 && node}
      {part}
    </Fragment>
  ));
}

/** “محمد علي”, “❤” and 2 more: each word in <bdi> inside the language's quotation marks. */
function QuotedWords({ words }: { words: string[] }) {
  const { t } = useTranslation('pages');
  const [open, close] = t('letter.unsupported.quote', { word: SLOT }).split(SLOT);
  const more = words.length - MAX_WORDS;
  return (
    <>
      {words.slice(0, MAX_WORDS).map((w, i) => (
        <Fragment key={w}>
          {i > 0 && ', '}
          {open}
          <bdi className="unsupported__word">{w}</bdi>
          {close}
        </Fragment>
      ))}
      {more > 0 && ` ${t('letter.unsupported.more', { count: more })}`}
    </>
  );
}

function Codes({ group }: { group: UnsupportedGroup }) {
  const { t } = useTranslation('pages');
  const codes = group.codePoints.slice(0, MAX_CODES).join(' ') + (group.codePoints.length > MAX_CODES ? ' …' : '');
  return <span className="unsupported__codes">{t('letter.unsupported.codes', { codes })}</span>;
}

function fieldName(t: (key: string) => string, field: string): string {
  return t(`letter.pdf.fields.${NAMED_FIELDS.has(namedField(field)) ? namedField(field) : 'other'}`);
}

/** Moves focus to a box on this page (hash routing: an in-page href would be read as a route). */
function focusBox(event: MouseEvent<HTMLAnchorElement>, id: string) {
  event.preventDefault();
  const el = document.getElementById(id);
  el?.focus();
  el?.scrollIntoView({ block: 'center' });
}

function FixLink({ field }: { field: string }) {
  const { t } = useTranslation('pages');
  const fix = fixAt(field);
  const text = t('letter.unsupported.fix', { field: fieldName(t, field) });
  if (fix.step) return <AppLink to={stepUrl(fix.step, true)}>{text}</AppLink>;
  if (fix.fieldId) {
    const id = fix.fieldId;
    return <a href={`#${id}`} onClick={(e) => focusBox(e, id)}>{text}</a>;
  }
  return null;
}

/** One line per field: where, the words, the way to fix it, the code points. */
export function UnsupportedList({ groups }: { groups: UnsupportedGroup[] }) {
  const { t } = useTranslation('pages');
  return (
    <ul className="unsupported__list">
      {groups.map((g) => (
        <li key={g.field}>
          {withSlot(t('letter.unsupported.inField', { field: fieldName(t, g.field), words: SLOT }), <QuotedWords words={g.words} />)}{' '}
          <FixLink field={g.field} /> <Codes group={g} />
        </li>
      ))}
    </ul>
  );
}

// ── Where the live check shows ─────────────────────────────────────────────────────────────

/** Above the download: everything the PDF cannot print, before any download is tried. */
export function UnsupportedSummary() {
  const { t } = useTranslation('pages');
  const groups = useContext(LiveCheck);
  if (groups.length === 0) return null;
  return (
    <section className="error-summary unsupported-summary no-print" aria-labelledby="unsupported-title">
      <h2 id="unsupported-title" className="error-summary__title">{t('letter.unsupported.summaryTitle')}</h2>
      <p>{t('letter.unsupported.summaryIntro')}</p>
      <UnsupportedList groups={groups} />
    </section>
  );
}

/** Beside the letter: an answer from the questions (the name, the address) the PDF cannot print. */
export function UnsupportedAnswers() {
  const { t } = useTranslation('pages');
  const groups = useContext(LiveCheck).filter((g) => fixAt(g.field).step);
  if (groups.length === 0) return null;
  return (
    <div className="warning-panel unsupported-answers no-print">
      {groups.map((g) => (
        <p key={g.field}>
          {withSlot(t('letter.unsupported.answer', { field: fieldName(t, g.field), words: SLOT }), <QuotedWords words={g.words} />)}{' '}
          <FixLink field={g.field} />
        </p>
      ))}
    </div>
  );
}

/** The live check's message for what is typed in a letter box (by the box's id), if any. */
export function useBoxMessage(boxId: string): ReactNode | undefined {
  const { t } = useTranslation('pages');
  const field = fieldOf(boxId);
  const group = useContext(LiveCheck).find((g) => g.field === field);
  if (!group) return undefined;
  return (
    <>
      {withSlot(t('letter.unsupported.box', { words: SLOT }), <QuotedWords words={group.words} />)} <Codes group={group} />
    </>
  );
}

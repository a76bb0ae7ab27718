/**
 * A box of the letter page where the person writes part of the letter: the long-text field, with
 * the live check's message for what is typed in it, and, on a wide screen where the preview
 * scrolls on its own beside the boxes, the part of the letter it feeds kept in view while typing.
 */
import { type ComponentProps, Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import { letterTextLanguage } from '../../domain';
import { LongText } from '../../ui/form/long-text';
import { useBoxMessage } from './unsupported-characters';

/** The preview's block a box feeds, when it is not the paragraph of the same kind (letter-text.tsx: data-kind). */
const PREVIEW_PART: Record<string, string> = { 'office-typed': 'addressee' };

/**
 * Scrolls the preview, only itself and only where it scrolls on its own (wide screens: sticky),
 * so that the end of the part a box feeds is in view: that is where the person is typing.
 */
export function showInPreview(boxId: string): void {
  const preview = document.querySelector<HTMLElement>('.letter-preview');
  const part = preview?.querySelector<HTMLElement>(`[data-kind="${PREVIEW_PART[boxId] ?? boxId}"]`);
  if (!preview || !part || getComputedStyle(preview).position !== 'sticky' || preview.scrollHeight <= preview.clientHeight) return;
  const view = preview.getBoundingClientRect();
  const box = part.getBoundingClientRect();
  const margin = 16;
  if (box.bottom > view.bottom - margin) preview.scrollTop += box.bottom - view.bottom + margin;
  else if (box.top < view.top + margin) preview.scrollTop -= view.top - box.top + margin;
}

/** Boxes whose words are not checked for their language here: the story has its own choice (story-language.tsx), an address is not prose. */
const LANGUAGE_CHECKED_ELSEWHERE = new Set(['story', 'office-typed']);

export function LetterBox(props: ComponentProps<typeof LongText>) {
  const { t } = useTranslation('pages');
  // The live check's message, and the download check's (a missing part), when both apply; and
  // words that do not seem to be English, which the English letter would print as typed (reference.md §11.4).
  const message = useBoxMessage(props.id);
  const { language, part } = LANGUAGE_CHECKED_ELSEWHERE.has(props.id) ? { language: 'english', part: false } : letterTextLanguage(props.value);
  const notEnglish = language === 'spanish' || language === 'other' ? t(part ? 'letter.notInEnglishPart' : 'letter.notInEnglish') : null;
  const parts = [props.error, message, notEnglish].filter((x) => x !== undefined && x !== null && x !== '');
  const error = parts.length === 0 ? undefined : parts.length === 1 ? parts[0] : <>{parts.map((x, i) => <Fragment key={i}>{i > 0 && ' '}{x}</Fragment>)}</>;
  const onChange = (value: string) => {
    props.onChange(value);
    // After the preview shows the new text.
    setTimeout(() => showInPreview(props.id), 0);
  };
  return <LongText {...props} error={error} onChange={onChange} />;
}

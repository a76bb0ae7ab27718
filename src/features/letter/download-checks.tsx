/**
 * Checks before download (GOV.UK error summary pattern). The download flow calls `check()` before
 * it loads the PDF code: with a required part missing nothing is downloaded, and an error summary
 * (role=alert, focused) lists each missing part, linking to its field on this page or to the
 * question that asks it. Each field on this page then shows its own error while it is still
 * missing; fixing a part removes its entry. The letter model decides what is missing, so the
 * preview, the PDF and these checks agree.
 */
import { type MouseEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type BlockingGap, type Concern, isBlockingGap, type LetterModel, stepOf } from '../../domain';
import { AppLink } from '../../ui/app-link';
import { stepUrl } from '../../ui/paths';

/** One missing part: a field on this page (fieldId) or a question (to). */
export interface DownloadProblem {
  gap: BlockingGap;
  /** The concern that has no explanation (gap 'concerns-not-explained'): one entry per concern. */
  concern?: Concern['lead'];
  fieldId?: string;
  to?: string;
}

/** The box on this page where a concern is explained. */
export const concernFieldId = (leadId: string) => `concern-${leadId}`;

/** Where each part is fixed: a question (answered again, then back to the letter) or a field here. */
function placeOf(gap: BlockingGap, requestFieldId: string, model: LetterModel): Pick<DownloadProblem, 'fieldId' | 'to'> {
  switch (gap) {
    case 'full-name': return { to: stepUrl(stepOf('person.fullName').id, true) };
    case 'a-number': return { to: stepUrl(stepOf('person.aNumber').id, true) };
    case 'address': return { to: stepUrl(stepOf('person.address').id, true) };
    case 'office': return { fieldId: 'office-select' };
    case 'request': return { fieldId: requestFieldId };
    case 'what-is-new': return { fieldId: 'what-is-new' };
    case 'humanitarian-not-described': return { fieldId: 'story' };
    case 'paragraph-needs-review': return { fieldId: reviewFieldId(model.groups.find((g) => g.status === 'review')?.id ?? '') };
    case 'story-language': return { fieldId: STORY_LANGUAGE_ID };
    // Listed per concern below.
    case 'concerns-not-explained': return {};
  }
}

/** The review panel of a rewritten paragraph whose answers changed (guided-paragraphs.tsx). */
export const reviewFieldId = (group: string) => `paragraph-${group}-review`;
/** The choice about a story not in English (story-language.tsx). */
export const STORY_LANGUAGE_ID = 'story-language';

/** The summary lists the parts in the order a person meets them: the questions, then this page from the top. */
const PAGE_ORDER: Record<BlockingGap, number> = {
  'full-name': 0, 'a-number': 1, address: 2, request: 3, office: 4, 'paragraph-needs-review': 5, 'humanitarian-not-described': 6,
  'story-language': 7, 'what-is-new': 8, 'concerns-not-explained': 9,
};

/** What stops the download, one entry per unexplained concern, in page order. */
export function downloadProblems(model: LetterModel, requestFieldId: string): DownloadProblem[] {
  const blocking = model.gaps.filter(isBlockingGap).sort((x, y) => PAGE_ORDER[x] - PAGE_ORDER[y]);
  return blocking.flatMap((gap): DownloadProblem[] =>
    gap === 'concerns-not-explained'
      ? model.unexplainedConcerns.map((concern) => ({ gap, concern, fieldId: concernFieldId(concern.id) }))
      : [{ gap, ...placeOf(gap, requestFieldId, model) }]);
}

export interface DownloadChecks {
  problems: DownloadProblem[];
  /** Download was pressed while parts were missing (and not since with none): missing parts show their errors. */
  shown: boolean;
  focusKey: number;
  /** Called by the download flow before it loads the PDF code: true when the letter may be downloaded. */
  check: () => boolean;
  /** The inline error for a field on this page, while it is missing and after a download was tried. */
  errorFor: (fieldId: string) => string | null;
}

export function useDownloadChecks(model: LetterModel, requestFieldId: string): DownloadChecks {
  const { t } = useTranslation('pages');
  const [shown, setShown] = useState(false);
  const [focusKey, setFocusKey] = useState(0);
  const problems = downloadProblems(model, requestFieldId);
  const inline = new Map<string, string>();
  if (shown) {
    for (const p of problems) if (p.fieldId) inline.set(p.fieldId, t(`letter.checks.inline.${p.concern ? 'concern' : p.gap}`));
  }
  return {
    problems,
    shown,
    focusKey,
    check: () => {
      // Errors show from a blocked press until the next press that passes (as a form's do until it is sent).
      setShown(problems.length > 0);
      if (problems.length === 0) return true;
      setFocusKey((k) => k + 1);
      return false;
    },
    errorFor: (fieldId) => inline.get(fieldId) ?? null,
  };
}

/** Moves focus to a field on this page (hash routing: an in-page href would be read as a route). */
function focusField(event: MouseEvent<HTMLAnchorElement>, id: string) {
  event.preventDefault();
  const el = document.getElementById(id);
  el?.focus();
  el?.scrollIntoView?.({ block: 'center' });
}

/** The error summary, shown after a download was tried while parts are missing. */
export function DownloadErrorSummary({ checks }: { checks: DownloadChecks }) {
  const { t } = useTranslation('pages');
  const { t: tc } = useTranslation();
  const { t: tk } = useTranslation('catalog');
  const ref = useRef<HTMLDivElement>(null);
  const visible = checks.shown && checks.problems.length > 0;
  // Focus moves here on each blocked press only (not while the person fixes a part and an entry goes).
  useEffect(() => {
    if (checks.focusKey > 0) ref.current?.focus();
  }, [checks.focusKey]);
  if (!visible) return null;
  const text = (p: DownloadProblem) => (p.concern
    ? t('letter.checks.summary.concern', {
      concern: tk(p.concern.kind === 'flag' ? `redFlags.${p.concern.id}.title` : `factors.${p.concern.id}.title`),
    })
    : t(`letter.checks.summary.${p.gap}`));
  return (
    <div className="error-summary no-print" role="alert" aria-labelledby="download-checks-title" tabIndex={-1} ref={ref}>
      <h2 id="download-checks-title" className="error-summary__title">
        {tc('errors.summaryTitle')}
      </h2>
      <p>{t('letter.checks.intro')}</p>
      <ul>
        {checks.problems.map((p) => (
          <li key={p.concern ? `${p.concern.kind}-${p.concern.id}` : p.gap}>
            {p.to ? (
              <AppLink to={p.to}>{text(p)}</AppLink>
            ) : p.fieldId ? (
              <a href={`#${p.fieldId}`} onClick={(e) => focusField(e, p.fieldId!)}>{text(p)}</a>
            ) : (
              text(p)
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}

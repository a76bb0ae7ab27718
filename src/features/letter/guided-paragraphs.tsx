/**
 * "Make your letter stronger": one part per paragraph of the letter (family, work and taxes, …).
 * Each asks the few facts that make its factors concrete (all optional, in the person's language)
 * and shows the paragraph the letter will print, in English, as text the person may rewrite. A
 * rewrite is kept as their words; "Go back to the suggested text" drops it. When answers change
 * the factors a rewrite was about, it is held back, and shown here until the person chooses.
 */
import { useTranslation } from 'react-i18next';
import { type CaseData, detailsNotInEnglish, LETTER_LANGUAGE, type LetterDetailId, type LetterGroup, type LetterGroupId, LIMITS } from '../../domain';
import { useCaseStore } from '../../state/case-store';
import { LongText } from '../../ui/form/long-text';
import { FieldError, TextField } from '../../ui/form/form-bits';

/** `reviewError`: the check-before-download message for a paragraph held for review (null: none shown). */
export function GuidedParagraphs({ c, groups, reviewError }: { c: CaseData; groups: LetterGroup[]; reviewError: (group: LetterGroupId) => string | null }) {
  const { t } = useTranslation('pages');
  if (groups.length === 0) return null;
  return (
    <section className="letter-step" aria-labelledby="paragraphs-title">
      <h2 id="paragraphs-title">{t('letter.paragraphs.title')}</h2>
      <p>{t('letter.paragraphs.intro')}</p>
      {groups.map((g) => (
        <GroupPart key={g.id} c={c} group={g} error={reviewError(g.id)} />
      ))}
    </section>
  );
}

function GroupPart({ c, group: g, error }: { c: CaseData; group: LetterGroup; error: string | null }) {
  const { t } = useTranslation('pages');
  const { t: tk } = useTranslation('catalog');
  const setLetter = useCaseStore((s) => s.setLetter);
  const details = c.letter.details ?? {};
  const edits = c.letter.paragraphEdits ?? {};
  const id = `paragraph-${g.id}`;
  // Facts that do not seem to be English: the suggested paragraph would print them as typed (a rewrite is checked as a whole).
  const notEnglish = new Set(g.status === 'edited' ? [] : detailsNotInEnglish(details, g.details));

  // From the store, not this render: two fields changed before a render (autofill) both count.
  const setDetail = (key: LetterDetailId, value: string) =>
    setLetter({ details: { ...useCaseStore.getState().caseData.letter.details, [key]: value } });
  const setEdit = (group: LetterGroupId, edit: { text: string; factors: string[] } | null) => {
    const next = { ...edits };
    if (edit) next[group] = edit;
    else delete next[group];
    setLetter({ paragraphEdits: next });
  };
  // Typing the suggested text back (give or take spaces) is the same as not rewriting it.
  const write = (text: string) => setEdit(g.id, text.trim() === g.suggested.trim() ? null : { text, factors: g.factors });

  return (
    <div className={`letter-group${g.status === 'review' ? ' letter-group--review' : ''}`}>
      <h3 id={`${id}-title`}>{t(`letter.paragraphs.groups.${g.id}`)}</h3>
      {g.status === 'review' && <Review group={g} error={error} onKeep={() => setEdit(g.id, { text: g.edit!.text, factors: g.factors })} onDrop={() => setEdit(g.id, null)} />}
      {g.details.map((key) => (
        <TextField
          key={key}
          id={`detail-${key}`}
          label={t(`letter.paragraphs.details.${key}.label`)}
          hint={t(`letter.paragraphs.details.${key}.hint`)}
          value={details[key] ?? ''}
          error={notEnglish.has(key) ? t('letter.notInEnglish') : undefined}
          maxLength={LIMITS.shortText}
          autoComplete="off"
          onValue={(v) => setDetail(key, v)}
        />
      ))}
      {g.factors.length > 0 && g.status !== 'review' && (
        <LongText
          id={id}
          label={t('letter.paragraphs.textLabel', { group: tk(`letterGroups.${g.id}`) })}
          hint={g.tabs.length > 0 ? t('letter.paragraphs.textHintTabs', { tabs: g.tabs.join(', ') }) : t('letter.paragraphs.textHint')}
          value={g.edit?.text ?? g.suggested}
          max={LIMITS.longText}
          rows={4}
          lang={LETTER_LANGUAGE.code}
          onChange={write}
        >
          {g.status === 'edited' && (
            <div className="notice letter-group__edited">
              <p>{t('letter.paragraphs.edited')}</p>
              <button type="button" className="button button--secondary button--small" onClick={() => setEdit(g.id, null)}>
                {t('letter.paragraphs.useSuggested')}
              </button>
            </div>
          )}
        </LongText>
      )}
    </div>
  );
}

/** A rewrite whose factors changed: not printed until the person keeps it or goes back to the suggestion. */
function Review({ group: g, error, onKeep, onDrop }: { group: LetterGroup; error: string | null; onKeep: () => void; onDrop: () => void }) {
  const { t } = useTranslation('pages');
  const { t: tk } = useTranslation('catalog');
  const gone = g.factors.length === 0;
  return (
    <div className="warning-panel" id={`paragraph-${g.id}-review`} tabIndex={-1}>
      <FieldError id={`paragraph-${g.id}-review-error`} message={error} />
      <p className="warning-panel__title">{t('letter.paragraphs.review.title')}</p>
      {g.removed.length > 0 && (
        <>
          <p>{t('letter.paragraphs.review.removed')}</p>
          <ul>{g.removed.map((f) => <li key={f}>{tk(`factors.${f}.title`)}</li>)}</ul>
        </>
      )}
      {g.added.length > 0 && (
        <>
          <p>{t('letter.paragraphs.review.added')}</p>
          <ul>{g.added.map((f) => <li key={f}>{tk(`factors.${f}.title`)}</li>)}</ul>
        </>
      )}
      <p>{gone ? t('letter.paragraphs.review.heldGone') : t('letter.paragraphs.review.held')}</p>
      <p className="letter-group__label">{t('letter.paragraphs.review.yours')}</p>
      <blockquote className="letter-group__yours" lang={LETTER_LANGUAGE.code}><bdi>{g.edit!.text}</bdi></blockquote>
      <div className="button-group">
        {!gone && (
          <button type="button" className="button button--small" onClick={onKeep}>
            {t('letter.paragraphs.review.keep')}
          </button>
        )}
        <button type="button" className="button button--secondary button--small" onClick={onDrop}>
          {gone ? t('letter.paragraphs.review.delete') : t('letter.paragraphs.useSuggested')}
        </button>
      </div>
    </div>
  );
}

/**
 * A story that does not look like English is not pasted into the English letter (reference.md
 * §11.4): the page says so and offers a separate declaration in the person's language, signed,
 * attached as an exhibit, with an English translation and a certificate of translation that the
 * person arranges. The guess can be wrong: "It is in English" keeps it in the letter.
 */
import { useTranslation } from 'react-i18next';
import { type CaseData, storyGoesInLetter } from '../../domain';
import { fontCovers } from '../../pdf/font-coverage';
import { mostlyUndrawable } from '../../pdf/unsupported-words';
import { useCaseStore } from '../../state/case-store';
import { FieldError } from '../../ui/form/form-bits';

export function StoryLanguage({ letter, declarationTab, error }: { letter: CaseData['letter']; declarationTab: string | null; error: string | null }) {
  const { t } = useTranslation('pages');
  const setLetter = useCaseStore((s) => s.setLetter);
  if (!(letter.story ?? '').trim()) return null;
  const where = storyGoesInLetter(letter);
  if (where.place === 'letter' && letter.storyAs !== 'letter') return null;
  const language = where.place === 'letter' ? null : where.language === 'spanish' ? 'spanish' : 'other';

  if (where.place === 'declaration') {
    return (
      <div className="panel panel--done story-language" id="story-language" tabIndex={-1}>
        <p>{declarationTab ? t('letter.storyLanguage.declaration', { tab: declarationTab }) : t('letter.storyLanguage.declarationNoTab')}</p>
        {mostlyUndrawable(letter.story ?? '', fontCovers) && <p>{t('letter.storyLanguage.byHand')}</p>}
        <p>{t('letter.storyLanguage.translation')}</p>
        <button type="button" className="button button--secondary button--small" onClick={() => setLetter({ storyAs: 'letter' })}>
          {t('letter.storyLanguage.backToLetter')}
        </button>
      </div>
    );
  }
  if (where.place === 'letter') {
    // The person said it is English (or wants it in the letter as it is): say what that means, and allow going back.
    return (
      <div className="notice story-language">
        <p>{t('letter.storyLanguage.inLetter')}</p>
        <button type="button" className="button button--secondary button--small" onClick={() => setLetter({ storyAs: 'declaration' })}>
          {t('letter.storyLanguage.makeDeclaration')}
        </button>
      </div>
    );
  }
  return (
    <div className="warning-panel story-language" id="story-language" tabIndex={-1}>
      <FieldError id="story-language-error" message={error} />
      <p className="warning-panel__title">{where.part ? t('letter.storyLanguage.titlePart') : language === 'spanish' ? t('letter.storyLanguage.titleSpanish') : t('letter.storyLanguage.titleOther')}</p>
      <p>{t('letter.storyLanguage.why')}</p>
      <p>{t('letter.storyLanguage.offer')}</p>
      <div className="button-group">
        <button type="button" className="button button--small" onClick={() => setLetter({ storyAs: 'declaration' })}>
          {t('letter.storyLanguage.makeDeclaration')}
        </button>
        <button type="button" className="button button--secondary button--small" onClick={() => setLetter({ storyAs: 'letter' })}>
          {t('letter.storyLanguage.isEnglish')}
        </button>
      </div>
    </div>
  );
}

import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate } from 'react-router';
import { checklist, type Checklist, type ChecklistItem, checklistItems, firstUnansweredStep, isSupportLetterItem, letterModel, redFlagCatalog } from '../../domain';
import { useCaseStore } from '../../state/case-store';
import { AppLink } from '../../ui/app-link';
import { BackLink } from '../../ui/back-link';
import { useDocumentTitle } from '../../ui/use-document-title';
import { PreparedFor } from '../../ui/prepared-for';
import { markSkippedParts } from '../../ui/skipped-parts';
import { SourcesDisclosure } from '../../ui/sources-disclosure';
import { useAssessment } from '../../state/use-assessment';
import { paths, resumeUrl } from '../../ui/paths';
import './checklist.css';

const redFlagIds = new Set<string>(redFlagCatalog.map((r) => r.id));

export function ChecklistPage() {
  const { t } = useTranslation('pages');
  const { t: tk } = useTranslation('catalog');
  const { c, assessment: a } = useAssessment();
  const list = useMemo(() => checklist(c, a), [c, a]);
  // The exhibit tab of each enclosed letter of support, as the letter cites it.
  const tabs = useMemo(() => new Map((letterModel(c, a, list)?.exhibits ?? []).map((e) => [e.itemId, e.tab])), [c, a, list]);
  useDocumentTitle(t('checklist.title'));
  if (firstUnansweredStep(c, a)) return <Navigate to={resumeUrl(c)} replace />;

  const letterRoute = a.letter !== 'none';
  const items = checklistItems(list);
  const gathered = items.filter((i) => i.gathered).length;

  return (
    <div className="checklist-page" ref={markSkippedParts}>
      <BackLink to={paths.result.href()} label={t('checklist.back')} />
      <PreparedFor name={c.person?.fullName} asOf={a.asOf} />
      <h1>{t('checklist.title')}</h1>
      <p className="lead no-print">{t('checklist.lead')}</p>
      {letterRoute && <p className="no-print">{t('checklist.includeHint')}</p>}
      <p className="checklist-page__progress">{t('checklist.progress', { gathered, total: items.length })}</p>
      <button type="button" className="button button--secondary" onClick={() => window.print()}>
        {t('shared.print')}
      </button>

      <PrintedChecklist groups={list.groups} letterRoute={letterRoute} tabs={tabs} />

      {list.groups.map((g) => (
        <section key={g.group} aria-labelledby={`group-${g.group}`} className="checklist-group no-print">
          <h2 id={`group-${g.group}`}>{tk(`checklist.groups.${g.group}`)}</h2>
          <ul className="checklist">
            {g.items.map((item) => (
              <ChecklistRow key={item.id} item={item} canInclude={letterRoute && item.exhibit} tab={tabs.get(item.id) ?? null} />
            ))}
          </ul>
        </section>
      ))}

      <div className="button-group no-print">
        {letterRoute && (
          <AppLink to={paths.letter.href()} className="button">
            {a.letter === 'draft' ? t('result.next.draft') : t('result.next.letter')}
          </AppLink>
        )}
        {letterRoute && (
          <AppLink to={paths.declaration.href()} className="button button--secondary">
            {t('declaration.link')}
          </AppLink>
        )}
        <AppLink to={paths.result.href()} className="button button--secondary">
          {t('checklist.toResult')}
        </AppLink>
      </div>
    </div>
  );
}

/**
 * The checklist on paper: one compact table (paper, have, include, tab) instead of the cards and
 * their screen instructions. Empty boxes are left to tick by hand.
 */
function PrintedChecklist({ groups, letterRoute, tabs }: { groups: Checklist['groups']; letterRoute: boolean; tabs: Map<string, string> }) {
  const { t } = useTranslation('pages');
  const { t: tk } = useTranslation('catalog');
  const box = (ticked: boolean) => (ticked ? '☑' : '☐');
  return (
    <table className="print-only checklist-print">
      <thead>
        <tr>
          <th scope="col">{t('checklist.print.paper')}</th>
          <th scope="col">{t('checklist.print.have')}</th>
          {letterRoute && <th scope="col">{t('checklist.print.include')}</th>}
          {letterRoute && <th scope="col">{t('checklist.print.tab')}</th>}
        </tr>
      </thead>
      {groups.map((g) => (
        <tbody key={g.group}>
          <tr>
            <th scope="colgroup" colSpan={letterRoute ? 4 : 2} className="checklist-print__group">{tk(`checklist.groups.${g.group}`)}</th>
          </tr>
          {g.items.map((item) => (
            <tr key={item.id}>
              <td>{tk(`checklist.items.${item.id}.title`)}</td>
              <td className="checklist-print__box">{box(item.gathered)}</td>
              {letterRoute && <td className="checklist-print__box">{item.exhibit ? box(item.included) : '—'}</td>}
              {letterRoute && <td className="checklist-print__box">{tabs.get(item.id) ?? ''}</td>}
            </tr>
          ))}
        </tbody>
      ))}
    </table>
  );
}

function ChecklistRow({ item, canInclude, tab }: { item: ChecklistItem; canInclude: boolean; tab: string | null }) {
  const { t } = useTranslation('pages');
  const { t: tk } = useTranslation('catalog');
  const title = tk(`checklist.items.${item.id}.title`);
  // A red flag and the factor of the same name share a title: name each once.
  const reasons = [
    ...new Set(
      item.reasons.map((r) =>
        r === 'letter' ? t('checklist.reasons.letter')
          : r === 'route' ? t('checklist.reasons.route')
            : redFlagIds.has(r) ? tk(`redFlags.${r}.title`)
              : tk(`factors.${r}.title`),
      ),
    ),
  ];
  return (
    <li className={`checklist-item${item.gathered ? ' checklist-item--done' : ''}`}>
      <h3 className="checklist-item__title">{title}</h3>
      <p>{tk(`checklist.items.${item.id}.why`)}</p>
      {item.forms.length > 0 && <p>{tk(`checklist.items.${item.id}.forms`, { forms: item.forms.join(', ') })}</p>}
      <p>
        <strong>{t('checklist.where')}</strong> {tk(`checklist.items.${item.id}.where`)}
      </p>
      {isSupportLetterItem(item.id) && tab && <p>{t('supportLetters.checklistTab', { tab })}</p>}
      {isSupportLetterItem(item.id) && (
        <p className="no-print">
          <AppLink to={paths.supportLetters.href()}>
            {t('supportLetters.checklistLink')}
            <span className="visually-hidden">: {title}</span>
          </AppLink>
        </p>
      )}
      {reasons.length > 0 && (
        <div className="checklist-item__for">
          <p>
            <strong>{t('checklist.for')}</strong>
          </p>
          <ul>
            {reasons.map((r) => (
              <li key={r}>{r}</li>
            ))}
          </ul>
        </div>
      )}
      <div className="checklist-item__boxes">
        <FlagBox item={item} flag="gathered" label={t('checklist.gathered')} title={title} />
        {canInclude && <FlagBox item={item} flag="included" label={t('checklist.included')} title={title} />}
      </div>
      <SourcesDisclosure ids={item.sources} about={title} />
    </li>
  );
}

/** One of an item's two boxes ("I have this", "Include with my letter"), named with the item for screen readers. */
function FlagBox({ item, flag, label, title }: { item: ChecklistItem; flag: 'gathered' | 'included'; label: string; title: string }) {
  const setFlag = useCaseStore((s) => s.setChecklistFlag);
  const id = `${flag}-${item.id}`;
  return (
    <div className="checkbox">
      <input type="checkbox" id={id} checked={item[flag]} onChange={(e) => setFlag(item.id, flag, e.target.checked)} />
      <label htmlFor={id}>
        {label}
        <span className="visually-hidden">: {title}</span>
      </label>
    </div>
  );
}

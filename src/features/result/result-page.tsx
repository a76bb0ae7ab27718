import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate } from 'react-router';
import {
  type Alert,
  type Assessment,
  type Concern,
  firstUnansweredStep,
  reachableSteps,
  type FoundFactor,
  POLICY_BASIS,
  redFlagCatalog,
  routeCatalog,
  type RouteId,
  type RouteVariant,
  stayOffer,
} from '../../domain';
import { AppLink } from '../../ui/app-link';
import { BackLink } from '../../ui/back-link';
import { useDocumentTitle } from '../../ui/use-document-title';
import { formatDate } from '../../ui/format';
import { FollowUpReminder } from '../../ui/follow-up-reminder';
import { HelpResources } from '../../ui/help-resources';
import { CaseFileLink } from '../../ui/case-file-link';
import { LearnLinks } from '../../ui/learn-links';
import { SourcesDisclosure } from '../../ui/sources-disclosure';
import { useAssessment } from '../../state/use-assessment';
import { useUiLocale } from '../../ui/use-ui-locale';
import { paths, resumeUrl, stepUrl } from '../../ui/paths';
import './result.css';

const PHONE = /(1-\d{3}-\d{3}-\d{4}|1-\d{3}-[A-Z]{3}-[A-Z]{4})/;

/** Phone numbers inside a sentence must not break at their hyphens. */
function keepPhonesTogether(text: string): ReactNode[] {
  return text.split(PHONE).map((part, i) => (i % 2 === 1 ? <span key={i} className="nowrap">{part}</span> : part));
}

/** The route's steps from the catalog (an array of strings), in the variant that fits the person. */
export function useRouteSteps(route: RouteId, variant: RouteVariant | null = null): string[] {
  const { t } = useTranslation('catalog');
  const steps: unknown = t(`routes.${route}.steps`, { returnObjects: true, context: variant ?? undefined });
  return Array.isArray(steps) ? steps.filter((s): s is string => typeof s === 'string') : [];
}

export function ResultPage() {
  const { t } = useTranslation('pages');
  const { t: tk } = useTranslation('catalog');
  const { c, assessment: a } = useAssessment();
  const steps = useRouteSteps(a.route, a.routeVariant);
  // The tab title stays neutral: it can be seen in the tab list by anyone near the screen.
  useDocumentTitle(t('result.documentTitle'));
  if (firstUnansweredStep(c, a)) return <Navigate to={resumeUrl(c)} replace />;

  const stop = routeCatalog[a.route].stop;
  const routeTitle = tk(`routes.${a.route}.title`, { context: a.routeVariant ?? undefined });
  // Sections the questions reached: "nothing found" is only said about what was asked.
  const asked = new Set(reachableSteps(c, a).map((step) => step.section));

  return (
    <div className={`result${stop ? ' result--stop' : ''}`}>
      <BackLink to={paths.review.href()} label={t('result.back')} />
      <p className="caption">{t('result.caption')}</p>
      <h1>{routeTitle}</h1>
      {a.alerts.map((alert) => (
        <AlertPanel key={alert.id} alert={alert} />
      ))}
      <p className="lead">{tk(`routes.${a.route}.summary`, { context: a.routeVariant ?? undefined })}</p>

      {a.letter !== 'none' && <FollowUpReminder sent={c.sent} asOf={a.asOf} link />}
      {!stop && <PolicyBasis />}

      <section className="card card--route" aria-labelledby="next-title">
        <h2 id="next-title">{t('result.route.nextTitle')}</h2>
        <ol className="steps-list">
          {steps.map((s, i) => (
            <li key={i}>{keepPhonesTogether(s)}</li>
          ))}
        </ol>
        {a.route === 'lawyer-first' && a.underlyingRoute && <UnderlyingRoute route={a.underlyingRoute} />}
        {/* Detained: no letter to ICE, but a facts sheet for the lawyer or family (issue 15 §4). */}
        {a.route === 'detained-ero' && (
          <AppLink to={paths.factsSheet.href()} className="button">{t('factsSheet.link')}</AppLink>
        )}
        {a.letter !== 'none' && (
          <AppLink to={paths.letter.href()} className="button">
            {a.letter === 'draft' ? t('result.next.draft') : t('result.next.letter')}
          </AppLink>
        )}
        {/* The final-order route's next step: a draft for a lawyer (never offered to a detained person). */}
        {(stayOffer(c, a) === 'draft' || stayOffer(c, a) === 'draft-lawyer-first') && (
          <AppLink to={paths.stayOfRemoval.href()} className="button">{t('stayOfRemoval.link')}</AppLink>
        )}
        <SourcesDisclosure ids={a.routeSources} about={routeTitle} />
      </section>

      {stop ? (
        <>
          {/* A stop page says why it stopped, then where to find help, before anything else. */}
          <ConcernsCard concerns={a.concerns} asked={asked.has('risks')} />
          <HelpResources />
          <PolicyBasis />
          <FavourCard factors={a.favourable} asked={asked.has('favour')} />
        </>
      ) : (
        <>
          <FavourCard factors={a.favourable} asked={asked.has('favour')} />
          <ConcernsCard concerns={a.concerns} asked={asked.has('risks')} />
        </>
      )}
      <MissingCard missing={a.missing} />
      <NotesCard notes={a.notes} />
      {!stop && <HelpResources />}

      <NextLinks a={a} />
      <LearnLinks topics={['what-pd-is', 'asks', 'after-you-send', 'rights-cards', 'faq']} />
    </div>
  );
}

function PolicyBasis() {
  const { t } = useTranslation('pages');
  const { t: tk } = useTranslation('catalog');
  const locale = useUiLocale();
  return (
    <aside className="panel panel--info policy-basis" aria-labelledby="policy-title">
      <h2 id="policy-title">{t('result.policy.title')}</h2>
      <p>{tk('policy.basis.summary', { date: formatDate(POLICY_BASIS.lastChecked, locale) })}</p>
      <SourcesDisclosure ids={POLICY_BASIS.sourceIds} about={t('result.policy.title')} />
    </aside>
  );
}

function UnderlyingRoute({ route }: { route: RouteId }) {
  const { t } = useTranslation('pages');
  const { t: tk } = useTranslation('catalog');
  return (
    <div className="underlying">
      <h3>{t('result.route.underlyingTitle')}</h3>
      <p>{t('result.route.underlying', { route: tk(`routes.${route}.title`) })}</p>
      <p>{tk(`routes.${route}.summary`)}</p>
    </div>
  );
}

function FactorItem({ f }: { f: FoundFactor }) {
  const { t } = useTranslation('pages');
  const { t: tk } = useTranslation('catalog');
  const title = tk(`factors.${f.id}.title`);
  const versions = f.policyVersions.map((v) => tk(`policy.versions.${v}`));
  return (
    <li className="item">
      <h3 className="item__title">{title}</h3>
      <p className="item__badges">
        <span className={`badge badge--${f.strength}`}>{tk(`strength.${f.strength}`)}</span>
      </p>
      <p>{tk(`factors.${f.id}.why`)}</p>
      {versions.length > 0 && (
        <p className="item__meta">{t('result.factor.namedIn', { versions: versions.join('; ') })}</p>
      )}
      <SourcesDisclosure ids={f.sources} about={title} />
    </li>
  );
}

function FavourCard({ factors, asked }: { factors: FoundFactor[]; asked: boolean }) {
  const { t } = useTranslation('pages');
  return (
    <section className="card" aria-labelledby="favour-title">
      <h2 id="favour-title">{t('result.favour.title')}</h2>
      {factors.length > 0 ? (
        <>
          <p className="card__intro">{t('result.favour.intro')}</p>
          <ul className="item-list">
            {factors.map((f) => (
              <FactorItem key={f.id} f={f} />
            ))}
          </ul>
        </>
      ) : (
        <p>{asked ? t('result.favour.none') : t('result.favour.notAsked')}</p>
      )}
    </section>
  );
}

const alertSources: Record<Alert['id'], readonly string[]> = {
  'hearing-soon': ['court-path-practice-2026', 'in-absentia-guides'],
  'appeal-window': ['bia-appeal-deadline', 'court-path-practice-2026'],
  'detained-final-order': ['court-path-practice-2026', 'i-246-instructions', 'ice-gov-2014'],
};

/** An urgent situation, above everything else: a near hearing, an open appeal window, detention with an order. */
function AlertPanel({ alert }: { alert: Alert }) {
  const { t: tk } = useTranslation('catalog');
  const locale = useUiLocale();
  const id = `alert-${alert.id}`;
  const title = alert.id === 'hearing-soon'
    ? tk('alerts.hearing-soon.title', { date: formatDate(alert.date, locale) })
    : alert.id === 'appeal-window'
      ? tk('alerts.appeal-window.title', {
        date: alert.decided ? formatDate(alert.decided, locale) : '',
        lastDay: alert.lastDay ? formatDate(alert.lastDay, locale) : '',
        context: alert.lastDay ? 'lastDay' : alert.decided ? undefined : 'noDate',
      })
      : tk('alerts.detained-final-order.title', { context: alert.sure ? undefined : 'unsure' });
  return (
    <section className="panel panel--urgent" aria-labelledby={id}>
      <h2 id={id} className="panel__title">{title}</h2>
      <p>{tk(`alerts.${alert.id}.body`)}</p>
      <SourcesDisclosure ids={alertSources[alert.id]} about={title} />
    </section>
  );
}

const flagSeverity = new Map<string, string>(redFlagCatalog.map((r) => [r.id, r.severity]));

/** One card per issue: its words come from the lead flag (or factor); the others add sources and a badge. */
function ConcernItem({ concern }: { concern: Concern }) {
  const { t } = useTranslation('pages');
  const { t: tk } = useTranslation('catalog');
  const key = concern.lead.kind === 'flag' ? `redFlags.${concern.lead.id}` : `factors.${concern.lead.id}`;
  const title = tk(`${key}.title`);
  const severity = concern.level === 'stop' ? 'stop' : concern.flags.some((f) => flagSeverity.get(f) === 'warn') ? 'warn' : null;
  return (
    <li className={`item${severity ? ` item--${severity}` : ''}`}>
      <h4 className="item__title">{title}</h4>
      <p className="item__badges">
        {severity && <span className={`badge badge--flag-${severity}`}>{t(`result.concerns.severity.${severity}`)}</span>}
        {severity && concern.strength && ' '}
        {concern.strength && <span className={`badge badge--${concern.strength}`}>{tk(`strength.${concern.strength}`)}</span>}
      </p>
      <p>{tk(`${key}.why`)}</p>
      <SourcesDisclosure ids={concern.sources} about={title} />
    </li>
  );
}

function ConcernsCard({ concerns, asked }: { concerns: Concern[]; asked: boolean }) {
  const { t } = useTranslation('pages');
  const stop = concerns.filter((x) => x.level === 'stop');
  const explain = concerns.filter((x) => x.level === 'explain');
  const keyOf = (x: Concern) => `${x.lead.kind}:${x.lead.id}`;
  return (
    <section className="card" aria-labelledby="concerns-title">
      <h2 id="concerns-title">{t('result.concerns.title')}</h2>
      {concerns.length === 0 ? (
        <p>{asked ? t('result.concerns.none') : t('result.concerns.notAsked')}</p>
      ) : (
        <>
          <p className="card__intro">{t('result.concerns.intro')}</p>
          {stop.length > 0 && (
            <>
              <h3 className="card__subtitle">{t('result.concerns.stopTitle')}</h3>
              <ul className="item-list">
                {stop.map((x) => <ConcernItem key={keyOf(x)} concern={x} />)}
              </ul>
            </>
          )}
          {explain.length > 0 && (
            <>
              <h3 className="card__subtitle">{t('result.concerns.explainTitle')}</h3>
              <p className="card__intro">{t('result.concerns.explainIntro')}</p>
              <ul className="item-list">
                {explain.map((x) => <ConcernItem key={keyOf(x)} concern={x} />)}
              </ul>
            </>
          )}
        </>
      )}
    </section>
  );
}

function MissingCard({ missing }: { missing: Assessment['missing'] }) {
  const { t } = useTranslation('pages');
  const { t: tq } = useTranslation('questions');
  if (missing.length === 0) return null;
  return (
    <section className="card" aria-labelledby="missing-title">
      <h2 id="missing-title">{t('result.missing.title')}</h2>
      <p className="card__intro">{t('result.missing.intro')}</p>
      <ul className="missing-list">
        {missing.map((m) => {
          const question = tq(`fields.${m.field}.label`);
          return (
            <li key={m.field} className="missing-list__item">
              <span className="missing-list__question">{question}</span>
              <span className="missing-list__reason">{t(`result.missing.reason.${m.reason}`)}</span>
              <AppLink to={stepUrl(m.stepId, true)} className="missing-list__link">
                {t('result.missing.change')}
                <span className="visually-hidden">: {question}</span>
              </AppLink>
            </li>
          );
        })}
      </ul>
    </section>
  );
}

function NotesCard({ notes }: { notes: Assessment['notes'] }) {
  const { t } = useTranslation('pages');
  const { t: tk } = useTranslation('catalog');
  if (notes.length === 0) return null;
  return (
    <section className="card" aria-labelledby="notes-title">
      <h2 id="notes-title">{t('result.notes.title')}</h2>
      <ul className="item-list">
        {notes.map((n) => {
          const title = tk(`notes.${n.id}.title`);
          return (
            <li key={n.id} className="item">
              <h3 className="item__title">{title}</h3>
              <p>{tk(`notes.${n.id}.body`)}</p>
              <SourcesDisclosure ids={n.sources} about={title} />
            </li>
          );
        })}
      </ul>
    </section>
  );
}

function NextLinks({ a }: { a: Assessment }) {
  const { t } = useTranslation('pages');
  return (
    <nav className="next-links" aria-labelledby="next-links-title">
      <h2 id="next-links-title">{t('result.next.title')}</h2>
      <div className="button-group">
        {a.letter !== 'none' && (
          <AppLink to={paths.letter.href()} className="button">
            {a.letter === 'draft' ? t('result.next.draft') : t('result.next.letter')}
          </AppLink>
        )}
        <AppLink to={paths.checklist.href()} className={`button${a.letter === 'none' ? '' : ' button--secondary'}`}>
          {t('result.next.checklist')}
        </AppLink>
        {a.letter !== 'none' && (
          <AppLink to={paths.afterSending.href()} className="button button--secondary">
            {t('afterSending.link')}
          </AppLink>
        )}
        <AppLink to={paths.review.href()} className="button button--secondary">
          {t('result.next.review')}
        </AppLink>
        <AppLink to={paths.lawyerSummary.href()} className="button button--secondary">
          {t('lawyerSummary.open')}
        </AppLink>
        <button type="button" className="button button--secondary" onClick={() => window.print()}>
          {t('shared.print')}
        </button>
        <CaseFileLink />
      </div>
    </nav>
  );
}

import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate } from 'react-router';
import {
  type Alert,
  type Assessment,
  type CaseData,
  type Concern,
  firstUnansweredStep,
  hasFinalOrder,
  hearingSurelyPast,
  isInProceedings,
  reachableSteps,
  speaksToHelper,
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
import { PreparedFor } from '../../ui/prepared-for';
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
  const locale = useUiLocale();
  const steps = useRouteSteps(a.route, a.routeVariant);
  // The tab title stays neutral: it can be seen in the tab list by anyone near the screen.
  useDocumentTitle(t('result.documentTitle'));
  if (firstUnansweredStep(c, a)) return <Navigate to={resumeUrl(c)} replace />;

  const stop = routeCatalog[a.route].stop;
  const routeTitle = tk(`routes.${a.route}.title`, { context: a.routeVariant ?? undefined });
  // Sections the questions reached: "nothing found" is only said about what was asked.
  const asked = new Set(reachableSteps(c, a).map((step) => step.section));
  // Someone helping a detained person reads about "the person", not "you" (as in the questions).
  const wording = speaksToHelper(c) ? 'helper' : undefined;

  const primary = primaryAction(c, a);
  const others = otherActions(c, a).filter((x) => x !== primary);
  // The next hearing, only while the case is in court and the date has not surely passed.
  const hearing = isInProceedings(c) && !hasFinalOrder(c) && !hearingSurelyPast(c, a) ? c.posture.nextHearingDate : undefined;

  return (
    <div className={`result${stop ? ' result--stop' : ''}`}>
      <BackLink to={paths.review.href()} label={t('result.back')} />
      <PreparedFor name={c.person?.fullName} asOf={a.asOf} />
      <p className="caption">{t('result.caption')}</p>
      <h1>{routeTitle}</h1>
      {/* The top of the page: one sentence, the hearing, the urgent banners and one button (issue 16 §3). */}
      <p className="lead result__one-line">{tk(`routes.${a.route}.oneLine`, { context: a.routeVariant ?? undefined })}</p>
      {hearing !== undefined && hearing !== 'unknown' && (
        <p className="result__hearing">{t('result.hearing', { date: formatDate(hearing, locale) })}</p>
      )}
      {a.alerts.map((alert) => (
        <AlertPanel key={alert.id} alert={alert} letter={a.letter} />
      ))}
      {primary === 'help' ? (
        <button type="button" className="button result__primary" onClick={goToHelp}>{t('result.primaryHelp')}</button>
      ) : (
        <ActionLink action={primary} a={a} primary />
      )}
      {a.letter !== 'none' && <FollowUpReminder sent={c.sent} asOf={a.asOf} link />}

      <section className="card card--route" aria-labelledby="next-title">
        <h2 id="next-title">{t('result.route.nextTitle')}</h2>
        <p>{tk(`routes.${a.route}.summary`, { context: a.routeVariant ?? undefined })}</p>
        <ol className="steps-list">
          {steps.map((s, i) => (
            <li key={i}>{keepPhonesTogether(s)}</li>
          ))}
        </ol>
        {a.route === 'lawyer-first' && a.underlyingRoute && <UnderlyingRoute route={a.underlyingRoute} />}
        {others.map((action) => <ActionLink key={action} action={action} a={a} />)}
      </section>

      {stop ? (
        <>
          {/* A stop page says why it stopped, then where to find help, before anything else. */}
          <ConcernCards concerns={a.concerns} asked={asked.has('risks')} wording={wording} noRequest={NO_REQUEST_ROUTES.has(a.route)} />
          <HelpResources compact />
          <FavourCard factors={a.favourable} asked={asked.has('favour')} wording={wording} />
        </>
      ) : (
        <>
          <FavourCard factors={a.favourable} asked={asked.has('favour')} wording={wording} />
          <ConcernCards concerns={a.concerns} asked={asked.has('risks')} wording={wording} noRequest={NO_REQUEST_ROUTES.has(a.route)} />
        </>
      )}
      <MissingCard missing={a.missing} wording={wording} />
      <NotesCard notes={a.notes} />
      {!stop && <HelpResources compact />}

      <NextLinks a={a} />
      <LearnLinks topics={['what-pd-is', 'asks', 'after-you-send', 'rights-cards', 'faq']} />
      <AboutThisInformation routeSources={a.routeSources} routeTitle={routeTitle} />
    </div>
  );
}

/** The one thing to do next, and the others the route offers, in the order a person needs them. */
type DocumentAction = 'letter' | 'facts-sheet' | 'stay';
type Action = DocumentAction | 'help';

function primaryAction(c: CaseData, a: Assessment): Action {
  return otherActions(c, a)[0] ?? 'help';
}

function otherActions(c: CaseData, a: Assessment): DocumentAction[] {
  const offer = stayOffer(c, a);
  return [
    ...(a.letter !== 'none' ? (['letter'] as const) : []),
    // Detained: no letter to ICE, but a facts sheet for the lawyer or family (issue 15 §4).
    ...(a.route === 'detained-ero' ? (['facts-sheet'] as const) : []),
    // The final-order route's next step: a draft for a lawyer (never offered to a detained person).
    ...(offer === 'draft' || offer === 'draft-lawyer-first' ? (['stay'] as const) : []),
  ];
}

function ActionLink({ action, a, primary = false }: { action: DocumentAction; a: Assessment; primary?: boolean }) {
  const { t } = useTranslation('pages');
  const className = primary ? 'button result__primary' : 'button button--secondary';
  switch (action) {
    case 'letter':
      return <AppLink to={paths.letter.href()} className={className}>{a.letter === 'draft' ? t('result.next.draft') : t('result.next.letter')}</AppLink>;
    case 'facts-sheet':
      return <AppLink to={paths.factsSheet.href()} className={className}>{t('factsSheet.link')}</AppLink>;
    case 'stay':
      return <AppLink to={paths.stayOfRemoval.href()} className={className}>{t('stayOfRemoval.link')}</AppLink>;
  }
}

/** "Find free legal help" on a stop page: the help list is further down; take the person (and the focus) there. */
function goToHelp() {
  const heading = document.getElementById('help-title');
  if (!heading) return;
  heading.setAttribute('tabindex', '-1');
  heading.scrollIntoView({ block: 'start' });
  heading.focus({ preventScroll: true });
}

/** Caveats, the policy basis and the sources of the next steps: below everything, closed until opened. */
function AboutThisInformation({ routeSources, routeTitle }: { routeSources: readonly string[]; routeTitle: string }) {
  const { t } = useTranslation('pages');
  const { t: tk } = useTranslation('catalog');
  const locale = useUiLocale();
  return (
    <details className="about-info">
      <summary>{t('result.about.title')}</summary>
      <p>{t('result.about.intro')}</p>
      <h2 className="about-info__title">{t('result.policy.title')}</h2>
      <p>{tk('policy.basis.summary', { date: formatDate(POLICY_BASIS.lastChecked, locale) })}</p>
      <SourcesDisclosure ids={POLICY_BASIS.sourceIds} about={t('result.policy.title')} />
      <h2 className="about-info__title">{t('result.about.routeSources')}</h2>
      <SourcesDisclosure ids={routeSources} about={routeTitle} />
    </details>
  );
}

function UnderlyingRoute({ route }: { route: RouteId }) {
  const { t } = useTranslation('pages');
  const { t: tk } = useTranslation('catalog');
  return (
    <div className="underlying">
      <h3>{t('result.route.underlyingTitle')}</h3>
      <p>{t('result.route.underlying', { route: tk(`routes.${route}.title`) })}</p>
      <p>{tk(`routes.${route}.oneLine`)}</p>
    </div>
  );
}

/**
 * A compact reason: one line with its title and strength; opening it shows why it counts and its
 * sources. (The title is the disclosure's label, so a screen reader hears it once, with the badge.)
 */
function FactorItem({ f }: { f: FoundFactor }) {
  const { t } = useTranslation('pages');
  const { t: tk } = useTranslation('catalog');
  const title = tk(`factors.${f.id}.title`);
  const versions = f.policyVersions.map((v) => tk(`policy.versions.${v}`));
  return (
    <CompactItem title={title} badges={<span className={`badge badge--${f.strength}`}>{tk(`strength.${f.strength}`)}</span>}>
      <p>{tk(`factors.${f.id}.why`)}</p>
      {versions.length > 0 && (
        <p className="item__meta">{t('result.factor.namedIn', { versions: versions.join('; ') })}</p>
      )}
      <SourcesDisclosure ids={f.sources} about={title} />
    </CompactItem>
  );
}

function CompactItem({ title, badges, className = '', children }: { title: string; badges?: ReactNode; className?: string; children: ReactNode }) {
  return (
    <li className={`item item--compact ${className}`.trim()}>
      <details className="why">
        <summary>
          <span className="item__title">{title}</span>
          {badges && <> {badges}</>}
        </summary>
        {children}
      </details>
    </li>
  );
}

/** `helper`: the words for someone helping a detained person ("their", not "your"). */
type Wording = 'helper' | undefined;

function FavourCard({ factors, asked, wording }: { factors: FoundFactor[]; asked: boolean; wording: Wording }) {
  const { t } = useTranslation('pages');
  return (
    <section className="card" aria-labelledby="favour-title">
      <h2 id="favour-title">{t('result.favour.title', { context: wording })}</h2>
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
        <p>{asked ? t('result.favour.none') : t('result.favour.notAsked', { context: wording })}</p>
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
function AlertPanel({ alert, letter }: { alert: Alert; letter: Assessment['letter'] }) {
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
      {/* A near hearing: "you can still send the letter" only where the route has a letter to send (not a lawyer's draft). */}
      <p>{tk(`alerts.${alert.id}.body`, { context: alert.id === 'hearing-soon' && letter !== 'final' ? letter : undefined })}</p>
      <SourcesDisclosure ids={alertSources[alert.id]} about={title} />
    </section>
  );
}

const flagSeverity = new Map<string, string>(redFlagCatalog.map((r) => [r.id, r.severity]));

/**
 * One item per issue: its words come from the lead flag (or factor); the others add sources and a
 * badge. A red flag says why at once; a thing to explain says it when opened (the page stays short).
 */
function ConcernItem({ concern, wording }: { concern: Concern; wording: Wording }) {
  const { t } = useTranslation('pages');
  const { t: tk } = useTranslation('catalog');
  const key = concern.lead.kind === 'flag' ? `redFlags.${concern.lead.id}` : `factors.${concern.lead.id}`;
  const title = tk(`${key}.title`);
  const severity = concern.level === 'stop' ? 'stop' : concern.flags.some((f) => flagSeverity.get(f) === 'warn') ? 'warn' : null;
  const badges = (
    <>
      {severity && <span className={`badge badge--flag-${severity}`}>{t(`result.concerns.severity.${severity}`)}</span>}
      {severity && concern.strength && ' '}
      {concern.strength && <span className={`badge badge--${concern.strength}`}>{tk(`strength.${concern.strength}`)}</span>}
    </>
  );
  if (concern.level === 'stop') {
    return (
      <li className="item item--stop">
        <h3 className="item__title">{title}</h3>
        <p className="item__badges">{badges}</p>
        <p>{tk(`${key}.why`, { context: wording })}</p>
        <SourcesDisclosure ids={concern.sources} about={title} />
      </li>
    );
  }
  return (
    <CompactItem title={title} badges={badges} className={severity ? `item--${severity}` : ''}>
      <p>{tk(`${key}.why`, { context: wording })}</p>
      <SourcesDisclosure ids={concern.sources} about={title} />
    </CompactItem>
  );
}

/** Routes with no request to ICE at all: their red flags are reasons to see a lawyer, not things a request must face. */
const NO_REQUEST_ROUTES: ReadonlySet<RouteId> = new Set<RouteId>(['do-not-contact-ice', 'find-out-status-first']);

/** Red flags (talk to a lawyer first) and the things to explain are two cards, never one list. */
function ConcernCards({ concerns, asked, wording, noRequest }: { concerns: Concern[]; asked: boolean; wording: Wording; noRequest: boolean }) {
  const { t } = useTranslation('pages');
  const stop = concerns.filter((x) => x.level === 'stop');
  const explain = concerns.filter((x) => x.level === 'explain');
  const keyOf = (x: Concern) => `${x.lead.kind}:${x.lead.id}`;
  if (concerns.length === 0) {
    return (
      <section className="card" aria-labelledby="concerns-title">
        <h2 id="concerns-title">{t('result.concerns.title')}</h2>
        <p>{asked ? t('result.concerns.none') : t('result.concerns.notAsked', { context: wording })}</p>
      </section>
    );
  }
  return (
    <>
      {stop.length > 0 && (
        <section className="card card--flags" aria-labelledby="flags-title">
          <h2 id="flags-title">{t('result.concerns.stopTitle')}</h2>
          {/* With no request to make (do not contact ICE, find out first…), they are reasons to see a lawyer, not things a request must face. */}
          <p className="card__intro">{t('result.concerns.intro', { context: noRequest ? 'noRequest' : undefined })}</p>
          <ul className="item-list">
            {stop.map((x) => <ConcernItem key={keyOf(x)} concern={x} wording={wording} />)}
          </ul>
        </section>
      )}
      {explain.length > 0 && (
        <section className="card" aria-labelledby="explain-title">
          <h2 id="explain-title">{t('result.concerns.explainTitle')}</h2>
          <p className="card__intro">{t('result.concerns.explainIntro')}</p>
          <ul className="item-list">
            {explain.map((x) => <ConcernItem key={keyOf(x)} concern={x} wording={wording} />)}
          </ul>
        </section>
      )}
    </>
  );
}

function MissingCard({ missing, wording }: { missing: Assessment['missing']; wording: Wording }) {
  const { t } = useTranslation('pages');
  const { t: tq } = useTranslation('questions');
  if (missing.length === 0) return null;
  return (
    <section className="card" aria-labelledby="missing-title">
      <h2 id="missing-title">{t('result.missing.title')}</h2>
      <p className="card__intro">{t('result.missing.intro')}</p>
      <ul className="missing-list">
        {missing.map((m) => {
          // As the question asked it: to someone helping a detained person, about "the person".
          const question = tq(`fields.${m.field}.label`, { context: wording });
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
            <CompactItem key={n.id} title={title}>
              <p>{tk(`notes.${n.id}.body`)}</p>
              <SourcesDisclosure ids={n.sources} about={title} />
            </CompactItem>
          );
        })}
      </ul>
    </section>
  );
}

/** Everything else in the tool, as a short list of links (the one main button is at the top). */
function NextLinks({ a }: { a: Assessment }) {
  const { t } = useTranslation('pages');
  return (
    <nav className="next-links no-print" aria-labelledby="next-links-title">
      <h2 id="next-links-title">{t('result.next.title')}</h2>
      <ul className="link-list">
        <li><AppLink to={paths.checklist.href()}>{t('result.next.checklist')}</AppLink></li>
        {a.letter !== 'none' && <li><AppLink to={paths.afterSending.href()}>{t('afterSending.link')}</AppLink></li>}
        <li><AppLink to={paths.lawyerSummary.href()}>{t('lawyerSummary.open')}</AppLink></li>
        <li><AppLink to={paths.review.href()}>{t('result.next.review')}</AppLink></li>
        <li><CaseFileLink className="link-list__link" /></li>
        <li>
          <button type="button" className="footer-button" onClick={() => window.print()}>
            {t('shared.print')}
          </button>
        </li>
      </ul>
    </nav>
  );
}

/**
 * assess(case) → route, red flags, factors for and against, the concerns grouped one per issue,
 * urgent alerts, information still missing, the request options and the policy basis. Pure and
 * deterministic: the date comes in `ctx`.
 */
import { applicationsWith, type AssessContext, caseFacts, type CaseFacts, judgeDecides, yesOrUnsure } from './case-facts';
import type { CaseData } from './case-schema';
import { type Factor, factorCatalog, type FactorId, factorStrength, type Strength } from './factor-catalog';
import { askedFields, type FieldPath, getField, isFlowComplete, reachableSteps } from './flow';
import { redFlagCatalog, type RedFlagId, type RedFlagSeverity } from './red-flags';
import { type RequestOption, requestOptions } from './request-options';
import { type LetterKind, postureRoute, type RouteId, routeCatalog, type RouteNote, routeNotes, type RouteVariant } from './routes';
import { POLICY_BASIS, type PolicyVersionId, type SourceId } from './sources';
import type { EvidenceItemId } from './evidence-items';

export interface FoundFactor {
  id: FactorId;
  polarity: Factor['polarity'];
  strength: Strength;
  evidence: readonly EvidenceItemId[];
  sources: readonly SourceId[];
  policyVersions: readonly PolicyVersionId[];
}

export interface FoundRedFlag {
  id: RedFlagId;
  severity: RedFlagSeverity;
  answeredBy: readonly EvidenceItemId[];
  sources: readonly SourceId[];
}

/**
 * One card per underlying issue: a red flag with the flags that are part of it and the factor
 * against the person that it names, or a factor against the person with no flag. `stop` cards
 * come first ("talk to a lawyer first"); `explain` ones are things to explain or know.
 */
export interface Concern {
  /** The card's words come from this flag or factor. */
  lead: { kind: 'flag'; id: RedFlagId } | { kind: 'factor'; id: FactorId };
  level: 'stop' | 'explain';
  flags: RedFlagId[];
  factors: FactorId[];
  /** The strongest strength of the factors in it, for the badge. */
  strength: Strength | null;
  sources: SourceId[];
}

/** Urgent situations shown above everything else on the result page (reference.md §11.2). */
export type Alert =
  | { id: 'hearing-soon'; date: string; days: number }
  | { id: 'appeal-window'; decided: string | null; lastDay: string | null }
  | { id: 'detained-final-order'; sure: boolean };

export interface MissingInfo {
  stepId: string;
  field: FieldPath;
  /** Not answered yet, or answered "I don't know". */
  reason: 'unanswered' | 'unknown';
}

export interface Assessment {
  asOf: string;
  /** All questions on the person's path are answered. */
  complete: boolean;
  route: RouteId;
  /** Which words of the route fit this person (null: the route's usual words). */
  routeVariant: RouteVariant | null;
  /** For lawyer-first: the route a lawyer would most likely take the case down. */
  underlyingRoute: RouteId | null;
  letter: LetterKind;
  alerts: Alert[];
  redFlags: FoundRedFlag[];
  favourable: FoundFactor[];
  unfavourable: FoundFactor[];
  concerns: Concern[];
  missing: MissingInfo[];
  /** Only for routes with a letter to OPLA. */
  requestOptions: RequestOption[];
  notes: RouteNote[];
  routeSources: readonly SourceId[];
  facts: CaseFacts;
  policyBasis: typeof POLICY_BASIS;
}

const strengthOrder: Record<Strength, number> = { serious: 0, strong: 0, concern: 1, supporting: 1 };

function findFactors(c: CaseData, facts: CaseFacts, ctx: AssessContext): FoundFactor[] {
  const input = { c, facts, ctx };
  return (factorCatalog as readonly Factor[])
    .filter((f) => f.when(input))
    .map((f) => ({
      id: f.id as FactorId,
      polarity: f.polarity,
      strength: factorStrength(f, input),
      evidence: f.evidence,
      sources: f.sources,
      policyVersions: f.policyVersions,
    }))
    // Stable sort: strongest first, catalog order within a strength.
    .sort((a, b) => strengthOrder[a.strength] - strengthOrder[b.strength]);
}

const flagLinks = new Map<string, string | undefined>(redFlagCatalog.map((r) => [r.id, 'partOf' in r ? r.partOf : undefined]));
const factorFlags = new Map<string, string | undefined>(
  (factorCatalog as readonly Factor[]).map((f) => [f.id, f.flag]),
);

/** Groups red flags and factors against the person, one concern per issue, stop ones first. */
export function groupConcerns(redFlags: readonly FoundRedFlag[], unfavourable: readonly FoundFactor[]): Concern[] {
  const found = new Set<string>(redFlags.map((r) => r.id));
  const byLead = new Map<string, Concern>();
  const ordered: Concern[] = [];
  const add = (key: string, lead: Concern['lead']) => {
    let concern = byLead.get(key);
    if (!concern) {
      concern = { lead, level: 'explain', flags: [], factors: [], strength: null, sources: [] };
      byLead.set(key, concern);
      ordered.push(concern);
    }
    return concern;
  };
  // A flag that is part of another found flag's issue is shown in that flag's card.
  const leadOf = (flagId: string): RedFlagId => {
    const parent = flagLinks.get(flagId);
    return (parent && found.has(parent) ? parent : flagId) as RedFlagId;
  };
  for (const r of redFlags) {
    const leadId = leadOf(r.id);
    const concern = add(`flag:${leadId}`, { kind: 'flag', id: leadId });
    concern.flags.push(r.id);
    if (r.severity === 'stop') concern.level = 'stop';
    concern.sources.push(...r.sources);
  }
  for (const f of unfavourable) {
    const flag = factorFlags.get(f.id);
    const concern = flag && found.has(flag)
      ? add(`flag:${leadOf(flag)}`, { kind: 'flag', id: leadOf(flag) })
      : add(`factor:${f.id}`, { kind: 'factor', id: f.id });
    concern.factors.push(f.id);
    if (concern.strength === null || strengthOrder[f.strength] < strengthOrder[concern.strength]) concern.strength = f.strength;
    concern.sources.push(...f.sources);
  }
  for (const concern of ordered) concern.sources = [...new Set(concern.sources)];
  return [...ordered.filter((x) => x.level === 'stop'), ...ordered.filter((x) => x.level === 'explain')];
}

function findMissing(c: CaseData, ctx: AssessContext): MissingInfo[] {
  const out: MissingInfo[] = [];
  for (const step of reachableSteps(c, ctx)) {
    for (const fs of askedFields(step, c)) {
      const v = getField(c, fs.path);
      if (v === 'unknown') out.push({ stepId: step.id, field: fs.path, reason: 'unknown' });
      else if (v === undefined && !fs.optional) {
        out.push({ stepId: step.id, field: fs.path, reason: 'unanswered' });
      }
    }
  }
  return out;
}

function findAlerts(c: CaseData, facts: CaseFacts, route: RouteId): Alert[] {
  const alerts: Alert[] = [];
  if (c.posture.detained === 'yes' && yesOrUnsure(c.posture.finalOrder)) {
    alerts.push({ id: 'detained-final-order', sure: c.posture.finalOrder === 'yes' });
  }
  if (facts.appealWindow) alerts.push({ id: 'appeal-window', ...facts.appealWindow });
  // The hearing date is only read on the court path, where it is the person's next hearing.
  if (facts.hearingSoon && c.posture.inProceedings === 'yes' && route !== 'do-not-contact-ice') {
    alerts.push({ id: 'hearing-soon', ...facts.hearingSoon });
  }
  return alerts;
}

function findNotes(c: CaseData, base: RouteId, inCourt: boolean): RouteNote[] {
  const notes: RouteNote[] = [];
  const apps = applicationsWith(c, ['pending', 'approved', 'possible']);
  if (inCourt) {
    notes.push(routeNotes.judgeCanCloseOverObjection, routeNotes.keepAttending);
    if (apps.some((k) => judgeDecides(c, k))) notes.push(routeNotes.strongReliefMayBeBetter);
  }
  // A stay only pauses removal: with an application under way, reopening the case may be the way on.
  if (base === 'final-order-stay' && applicationsWith(c, ['pending', 'approved']).length > 0) notes.push(routeNotes.reopenWithApplication);
  if (apps.includes('i601a')) notes.push(routeNotes.i601aNeedsClosure);
  if (apps.includes('tps')) notes.push(routeNotes.tpsCheck);
  if (yesOrUnsure(c.posture.inAbsentia) || c.posture.attendedPastHearing === 'no' || c.posture.attendedPastHearing === 'unknown') {
    notes.push(routeNotes.inAbsentiaReopen);
  }
  if (c.posture.supervision === 'yes') notes.push(routeNotes.keepCheckIns);
  if (base === 'detained-ero') notes.push(routeNotes.noBondForEntryWithoutInspection);
  if (inCourt || base === 'final-order-stay') notes.push(routeNotes.pdIsNotStatus, routeNotes.noRightNoAppeal);
  return notes;
}

export function assess(c: CaseData, ctx: AssessContext): Assessment {
  const facts = caseFacts(c, ctx);
  const redFlags: FoundRedFlag[] = redFlagCatalog
    .filter((r) => r.when(c, facts))
    .map((r) => ({ id: r.id, severity: r.severity, answeredBy: r.answeredBy, sources: r.sources }));
  const factors = findFactors(c, facts, ctx);

  const { route: base, variant: baseVariant } = postureRoute(c, facts);
  const hasStop = redFlags.some((r) => r.severity === 'stop');
  // Posture routes that already send the person to a lawyer keep their own, more specific page.
  const lawyerFirst = hasStop && (base === 'opla-request' || base === 'final-order-stay');
  const route: RouteId = lawyerFirst ? 'lawyer-first' : base;
  const underlyingRoute = lawyerFirst ? base : null;

  const inCourt = base === 'opla-request';
  const letter: LetterKind = !inCourt ? 'none' : lawyerFirst ? 'draft' : 'final';
  // Lawyer-first words never promise a draft letter that does not exist.
  const routeVariant: RouteVariant | null = route === 'lawyer-first' ? (letter === 'none' ? 'no-letter' : null) : baseVariant;
  const unfavourable = factors.filter((f) => f.polarity === 'unfavourable');

  return {
    asOf: ctx.asOf,
    complete: isFlowComplete(c, ctx),
    route,
    routeVariant,
    underlyingRoute,
    letter,
    alerts: findAlerts(c, facts, route),
    redFlags,
    favourable: factors.filter((f) => f.polarity === 'favourable'),
    unfavourable,
    concerns: groupConcerns(redFlags, unfavourable),
    missing: findMissing(c, ctx),
    requestOptions: inCourt ? requestOptions(c) : [],
    notes: findNotes(c, base, inCourt),
    routeSources: routeCatalog[route].sources,
    facts,
    policyBasis: POLICY_BASIS,
  };
}

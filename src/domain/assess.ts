/**
 * assess(case) → route, red flags, factors for and against, information still missing, the
 * request options and the policy basis. Pure and deterministic: the date comes in `ctx`.
 */
import type { CaseData } from './case-schema';
import { type AssessContext, caseFacts, type CaseFacts } from './case-facts';
import { type Factor, factorCatalog, type FactorId, factorStrength, type Strength } from './factor-catalog';
import { type FieldPath, getField, isFlowComplete, reachableSteps } from './flow';
import { redFlagCatalog, type RedFlagId, type RedFlagSeverity } from './red-flags';
import { type RequestOption, requestOptions } from './request-options';
import { type LetterKind, postureRoute, type RouteId, routeCatalog, type RouteNote, routeNotes } from './routes';
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
  /** For lawyer-first: the route a lawyer would most likely take the case down. */
  underlyingRoute: RouteId | null;
  letter: LetterKind;
  redFlags: FoundRedFlag[];
  favourable: FoundFactor[];
  unfavourable: FoundFactor[];
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

function findMissing(c: CaseData): MissingInfo[] {
  const out: MissingInfo[] = [];
  for (const step of reachableSteps(c)) {
    for (const fs of step.fields) {
      const v = getField(c, fs.path);
      if (v === 'unknown') out.push({ stepId: step.id, field: fs.path, reason: 'unknown' });
      else if (v === undefined && !fs.optional) {
        out.push({ stepId: step.id, field: fs.path, reason: 'unanswered' });
      }
    }
  }
  return out;
}

export function assess(c: CaseData, ctx: AssessContext): Assessment {
  const facts = caseFacts(c, ctx);
  const redFlags: FoundRedFlag[] = redFlagCatalog
    .filter((r) => r.when(c, facts))
    .map((r) => ({ id: r.id, severity: r.severity, answeredBy: r.answeredBy, sources: r.sources }));
  const factors = findFactors(c, facts, ctx);

  const base = postureRoute(c);
  const hasStop = redFlags.some((r) => r.severity === 'stop');
  // Posture routes that already send the person to a lawyer keep their own, more specific page.
  const lawyerFirst = hasStop && (base === 'opla-request' || base === 'final-order-stay');
  const route: RouteId = lawyerFirst ? 'lawyer-first' : base;
  const underlyingRoute = lawyerFirst ? base : null;

  const inCourt = base === 'opla-request';
  const letter: LetterKind = !inCourt ? 'none' : lawyerFirst ? 'draft' : 'final';

  const notes: RouteNote[] = [];
  if (inCourt) {
    notes.push(routeNotes.judgeCanCloseOverObjection, routeNotes.keepAttending);
    if (factors.some((f) => f.id === 'relief_eligible' && f.strength === 'strong')) notes.push(routeNotes.strongReliefMayBeBetter);
  }
  if (inCourt || base === 'final-order-stay') notes.push(routeNotes.pdIsNotStatus, routeNotes.noRightNoAppeal);

  return {
    asOf: ctx.asOf,
    complete: isFlowComplete(c),
    route,
    underlyingRoute,
    letter,
    redFlags,
    favourable: factors.filter((f) => f.polarity === 'favourable'),
    unfavourable: factors.filter((f) => f.polarity === 'unfavourable'),
    missing: findMissing(c),
    requestOptions: inCourt ? requestOptions(c, facts) : [],
    notes,
    routeSources: routeCatalog[route].sources,
    facts,
    policyBasis: POLICY_BASIS,
  };
}

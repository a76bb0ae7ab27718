/**
 * The specific things a person can ask ICE's attorneys for in a court case, safest first
 * (reference.md §1.x, §3.1 and §11.3). A joint motion tied to USCIS fits only an application USCIS
 * can decide. Dismissal is offered last and, for everyone who was not admitted or was paroled,
 * only after a lawyer has looked at the case (§11.1).
 */
import type { CaseData } from './case-schema';
import type { RequestOptionId } from './case-values';
import { applicationsWith, dismissalRisk, uscisCanDecide } from './case-facts';
import type { SourceId } from './sources';

export type RequestWarning = 'dismissal-expedited-removal-risk' | 'dismissal-2025-practice';

export interface RequestOption {
  id: RequestOptionId;
  /** Shown to this person (e.g. a joint motion needs a USCIS application). */
  available: boolean;
  /** The option the product suggests first: the safest available one. */
  recommended: boolean;
  /** Only with a lawyer's advice. */
  lawyerFirst: boolean;
  warnings: RequestWarning[];
  sources: readonly SourceId[];
}

const order: readonly RequestOptionId[] = ['joint_motion_uscis', 'administrative_closure', 'continuance', 'dismissal'];

const optionSources: Record<RequestOptionId, readonly SourceId[]> = {
  joint_motion_uscis: ['opla-pd-page', 'doyle-2022', 'eoir-rule-2024', 'court-path-practice-2026'],
  administrative_closure: ['opla-pd-page', 'ice-gov-2014', 'eoir-rule-2024'],
  continuance: ['opla-pd-page'],
  dismissal: ['opla-pd-page', 'dismissal-practice-2025', 'huffman-2025', 'er-designation-2025', 'make-the-road-2026'],
};

/** A pending or approved application that USCIS, not the judge, decides. */
export function hasUscisApplication(c: CaseData): boolean {
  return applicationsWith(c, ['pending', 'approved']).some((k) => uscisCanDecide(c, k));
}

export function requestOptions(c: CaseData): RequestOption[] {
  const atRisk = dismissalRisk(c);
  const options = order.map((id): RequestOption => {
    const available = id === 'joint_motion_uscis' ? hasUscisApplication(c) : true;
    const warnings: RequestWarning[] =
      id === 'dismissal' ? (atRisk ? ['dismissal-expedited-removal-risk', 'dismissal-2025-practice'] : ['dismissal-2025-practice']) : [];
    return { id, available, recommended: false, lawyerFirst: id === 'dismissal' && atRisk, warnings, sources: optionSources[id] };
  });
  const first = options.find((o) => o.available && !o.lawyerFirst && o.warnings.length === 0);
  if (first) first.recommended = true;
  return options;
}

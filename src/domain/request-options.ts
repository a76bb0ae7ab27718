/**
 * The specific things a person can ask ICE's attorneys for in a court case, safest first
 * (reference.md §1.x and §3.1). Dismissal is offered last and, for people at risk of
 * expedited removal, only after a lawyer has looked at the case.
 */
import type { CaseData, RequestOptionId } from './case-schema';
import { type CaseFacts, dismissalRisk, hasPendingOrApprovedApplication } from './case-facts';
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
  joint_motion_uscis: ['opla-pd-page', 'doyle-2022', 'eoir-rule-2024'],
  administrative_closure: ['opla-pd-page', 'ice-gov-2014', 'eoir-rule-2024'],
  continuance: ['opla-pd-page'],
  dismissal: ['opla-pd-page', 'dismissal-practice-2025', 'huffman-2025', 'er-designation-2025'],
};

export function requestOptions(c: CaseData, facts: CaseFacts): RequestOption[] {
  const atRisk = dismissalRisk(c, facts);
  const options = order.map((id): RequestOption => {
    const available = id === 'joint_motion_uscis' ? hasPendingOrApprovedApplication(c) : true;
    const warnings: RequestWarning[] =
      id === 'dismissal' ? (atRisk ? ['dismissal-expedited-removal-risk', 'dismissal-2025-practice'] : ['dismissal-2025-practice']) : [];
    return { id, available, recommended: false, lawyerFirst: id === 'dismissal' && atRisk, warnings, sources: optionSources[id] };
  });
  const first = options.find((o) => o.available && !o.lawyerFirst && o.warnings.length === 0);
  if (first) first.recommended = true;
  return options;
}

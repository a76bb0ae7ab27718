/**
 * The policy basis every result and every saved case carries, and the policy versions factors
 * come from. Apart from the source list (sources.ts, which re-exports all of this) so that saving
 * a case does not carry the whole list.
 */

/** When the status of every source was last checked. */
export const STATUS_CHECKED_ON = '2026-11-30';

/**
 * The "policy versions" a factor or rule can come from: the memo generations of PD guidance
 * plus the 2025 baseline. A factor lists the versions that named it.
 */
export const policyVersions = [
  { id: 'morton-2011', sourceIds: ['morton-2011', 'morton-2011-victims'], from: '2011-06-17', to: '2014-11-20' },
  { id: 'johnson-2014', sourceIds: ['johnson-2014'], from: '2014-11-20', to: '2017-02-20' },
  { id: 'interim-2021', sourceIds: ['pekoske-2021', 'trasvina-2021'], from: '2021-01-20', to: '2021-11-29' },
  { id: 'mayorkas-doyle-2021-2022', sourceIds: ['mayorkas-2021', 'doyle-2022'], from: '2021-11-29', to: '2025-01-20' },
  { id: 'baseline-2025', sourceIds: ['eo-14159-2025', 'huffman-2025', 'er-designation-2025'], from: '2025-01-20', to: null },
] as const;

export type PolicyVersionId = (typeof policyVersions)[number]['id'];

/**
 * The basis every result carries: what the factor model is, and how sure we are that it is
 * still the right model. Kept as data so it can be swapped when guidance changes.
 */
export const POLICY_BASIS = {
  id: 'historical-factors-2011-2022',
  /** Bumped whenever the rules change; stored in case files. */
  version: '2026-11-30',
  lastChecked: STATUS_CHECKED_ON,
  summaryKey: 'policy.basis.summary',
  factorsFrom: ['morton-2011', 'johnson-2014', 'interim-2021', 'mayorkas-doyle-2021-2022'] as PolicyVersionId[],
  currentFramework: 'baseline-2025' as PolicyVersionId,
  /** No published priority framework exists as of the last check: PD is only case by case. */
  publishedPriorityFramework: false,
  // Source ids (sources.ts imports this file, so the ids are checked by the catalog test, not by a type).
  sourceIds: ['eo-14159-2025', 'huffman-2025', 'opla-pd-page', 'doyle-2022', 'mayorkas-2021'] as readonly string[],
} as const;

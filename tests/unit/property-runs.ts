/**
 * How many generated cases the property tests try, set in one place. Each test states its deep
 * count; `npm test` runs a fifth of it (quick enough for every change), and CI (`.ci/run`) and
 * `npm run test:deep` run it all (FC_DEEP=1).
 */
export const DEEP_PROPERTIES = process.env.FC_DEEP === '1';

export function propertyRuns(deepRuns: number): number {
  return DEEP_PROPERTIES ? deepRuns : Math.max(20, Math.round(deepRuns / 5));
}

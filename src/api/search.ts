/**
 * The adversarial search behind every property claim, generic over the instance type: an instance
 * space (families, moves keeping the hypotheses, simplifications, sizes), the engine, its replay and
 * shrinking, and the summary a verdict carries. Attach a space to your own arbitrary with `withSpace`,
 * or pass `space` to `propertyClaim`.
 */
export { searchBoundary, type SearchOptions, type SearchResult, type SearchEffort, type Candidate, type Evaluation, type Status } from '../search/search.ts';
export { withSpace, spaceOf, fieldSpace, type InstanceSpace, type Family } from '../search/space.ts';
export { shrinkGreedy, followPath } from '../search/shrink.ts';
export { boundaryRatio } from '../search/score.ts';
export { SearchRng } from '../search/rng.ts';
export { searchLines, type SearchSummary, type ClosestApproach } from '../search/summary.ts';

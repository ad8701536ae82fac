/**
 * Shrinking a violation the search found: greedy descent through simpler variants, keeping only
 * those that are still re-verified violations. The chosen indices form the tail of the replay path,
 * so `s:R:k:i1:i2…` rebuilds the shrunk instance from candidate k exactly.
 */
export interface Shrunk<T> { value: T; path: number[]; evaluations: number }

export function shrinkGreedy<T>(start: T, simpler: (x: T) => T[], stillViolated: (x: T) => boolean, maxEvaluations = 200): Shrunk<T> {
  let cur = start;
  const path: number[] = [];
  let evaluations = 0;
  outer: while (evaluations < maxEvaluations) {
    const cands = simpler(cur);
    for (let i = 0; i < cands.length && evaluations < maxEvaluations; i++) {
      evaluations++;
      if (stillViolated(cands[i]!)) { cur = cands[i]!; path.push(i); continue outer; }
    }
    break;
  }
  return { value: cur, path, evaluations };
}

/** Follows a recorded shrink path; throws when the path does not fit (a wrong or stale replay line). */
export function followPath<T>(start: T, simpler: (x: T) => T[], path: readonly number[]): T {
  let cur = start;
  for (const i of path) {
    const c = simpler(cur)[i];
    if (c === undefined) throw new Error(`the shrink path does not fit this search (step ${i} does not exist)`);
    cur = c;
  }
  return cur;
}

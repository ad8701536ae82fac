/**
 * The tight-case search for a function-class bound "metric ≤ τ(params)·initial condition" (or ≥ for a
 * lower bound), generic over the class generator: fast-check draws from the class, the class's
 * extremal families, and local moves that stay in the class, all driven by the adversarial search of
 * src/search/ (its public `searchBoundary`). Every ratio is computed exactly (rationals), so the report
 * says exactly how close the search came: ratio = measured/τ·init for an upper bound, τ·init/measured
 * for a lower bound; 1 means the bound is attained on the instance shown (tight), above 1 a violation.
 *
 * What it certifies, compared with a PEP (PEPit): a PEP solves an SDP over the whole class and its dual
 * is a certificate that the worst case is at most (or exactly) the value; this search only evaluates
 * members it builds, so its worst ratio is a lower estimate of the true worst case. It can prove that τ
 * is attained (ratio exactly 1 on an exhibited instance) or that τ is wrong (ratio > 1, an exact
 * counterexample); it can never prove that τ holds for every member, nor that no member comes closer
 * when the ratio found is below 1.
 */
import fc from 'fast-check';
import { Q } from '../numeric/rational.ts';
import { searchBoundary, type Evaluation, type SearchEffort } from '../search/search.ts';
import { withSpace, type Family, type InstanceSpace } from '../search/space.ts';
import type { SearchRng } from '../search/rng.ts';
import { inClass, type ClassAssumptions } from './checkClass.ts';
import type { Objective } from './objective.ts';

export interface ClassBound<I> {
  /** The class and bound in words, for the report: 'GD on L-smooth convex, L R²/(4Nh + 2)'. */
  name: string;
  /** The class generator (instances in the class by construction). */
  instances: fc.Arbitrary<I>;
  /**
   * The objective of an instance and the class the bound assumes of it (e.g. { L, convex: true }).
   * `checkClass` decides it before the instance may count: one it cannot certify is rejected, never
   * trusted, so a generator that strays outside the class cannot produce a false refutation.
   */
  member: (x: I) => { f: Objective } & ClassAssumptions;
  /** Extremal families tried first (the known tight cases, when there are some). */
  families?: readonly Family<I>[];
  /** Local moves that keep the instance in the class. */
  neighbours?: (x: I, rng: SearchRng) => I[];
  size?: (x: I) => Record<string, number>;
  /** The exact metric and the exact τ·initial condition for one instance. */
  measure: (x: I) => { measured: Q; bound: Q };
  /** 'le': metric ≤ bound (an upper bound); 'ge': metric ≥ bound (a lower bound). */
  relation: 'le' | 'ge';
  show: (x: I) => string;
}

export interface TightCaseReport {
  bound: string;
  /** The worst exact ratio found (measured/bound for 'le', bound/measured for 'ge'); null if none was decided. */
  worst: Q | null;
  /** Where it was found, exactly as it would be typed back in. */
  instance?: string;
  measured?: Q;
  claimed?: Q;
  /** 'tight': ratio exactly 1 on an instance (τ attained); 'violated': ratio > 1 (τ is wrong there);
   *  'not attained': every ratio found < 1 (a lower estimate only; see the module's note). */
  status: 'tight' | 'violated' | 'not attained' | 'undecided';
  effort: SearchEffort;
  /** One line for a report. */
  line: string;
}

/** The exact ratio, or null when its divisor is not positive (nothing to compare). */
function ratio(m: { measured: Q; bound: Q }, rel: 'le' | 'ge'): Q | null {
  const [num, den] = rel === 'le' ? [m.measured, m.bound] : [m.bound, m.measured];
  return den.sign() > 0 ? num.div(den) : null;
}

/** true when the instance's objective is certified in the bound's class (src/classes/checkClass.ts), else why not. */
export function memberOf<I>(b: ClassBound<I>, x: I): true | string {
  const { f, ...assumptions } = b.member(x);
  const c = inClass(f, assumptions);
  return c === true ? true : `outside the class: ${c}`;
}

/** The bound's instance space, for `withSpace` or a claim's `space`: its families, moves and sizes. */
export function classSpace<I>(b: ClassBound<I>): InstanceSpace<I> {
  return { name: b.name, families: b.families, neighbours: b.neighbours, size: b.size };
}

/** The class generator with its tight-case space attached, so a property claim drawing from it searches the same way. */
export const withClassSpace = <I>(b: ClassBound<I>): fc.Arbitrary<I> => withSpace(b.instances, classSpace(b));

/**
 * Runs the tight-case search: `draws` random members (seeded), then `evaluations` searched ones
 * (families first, then local moves and restarts). Deterministic in the seed. Throws nothing on a
 * violation: it is reported (status 'violated') with its exact instance.
 */
export function tightCase<I>(b: ClassBound<I>, o: { seed?: number; draws?: number; evaluations?: number } = {}): TightCaseReport {
  const seed = o.seed ?? 1, nDraws = o.draws ?? 30, budget = o.evaluations ?? 60;
  let worst: { r: Q; x: I; measured: Q; bound: Q } | undefined;
  const evaluate = (x: I): Evaluation => {
    const c = memberOf(b, x);
    if (c !== true) return { status: 'rejected', reason: c };
    const m = b.measure(x), r = ratio(m, b.relation);
    if (r === null) return { status: 'undecided', reason: 'the bound’s divisor is not positive' };
    if (!worst || r.cmp(worst.r) > 0) worst = { r, x, ...m };
    // The engine steers on a float; the verdict below is read off the exact ratio only.
    return { status: r.cmp(Q.ONE) > 0 ? 'violated' : 'ok', score: Number(r.num * 10n ** 12n / r.den) / 1e12, measured: m.measured.toString(), claimed: m.bound.toString() };
  };
  const draws = fc.sample(b.instances, { seed, numRuns: nDraws }).map((instance) => ({ instance, evaluation: evaluate(instance) }));
  const res = searchBoundary<I>({ seed, evaluations: budget, draws, evaluate, key: b.show, arbitrary: b.instances, space: classSpace(b) });
  const status: TightCaseReport['status'] = !worst ? 'undecided' : worst.r.cmp(Q.ONE) > 0 ? 'violated' : worst.r.eq(Q.ONE) ? 'tight' : 'not attained';
  const what = b.relation === 'le' ? 'measured/τ' : 'τ/measured';
  const line = !worst ? `${b.name}: no instance decided`
    : `${b.name}: worst ${what} = ${worst.r} (≈ ${(Number(worst.r.num * 10n ** 6n / worst.r.den) / 1e6).toFixed(6)}) over ${res.effort.random + res.effort.evaluations} instances: ${status === 'tight' ? 'τ is attained (tight)' : status === 'violated' ? 'τ is violated' : 'τ not attained by any instance found (a lower estimate, not a certificate)'}`;
  return {
    bound: b.name, worst: worst?.r ?? null, status, effort: res.effort, line,
    ...(worst ? { instance: b.show(worst.x), measured: worst.measured, claimed: worst.bound } : {}),
  };
}

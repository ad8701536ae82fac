/**
 * A registry claim for a function-class bound, from its `ClassBound` (src/classes/tightCase.ts): the
 * class generator with its tight-case space, the exact metric against τ·init, no tolerance, and
 * mutants that change the bound. It is `propertyClaim` with the parts every class-bound claim shares,
 * so a claim file states only the theorem, its class and its mutants. An instance counts only when
 * `checkClass` certifies its objective in the bound's class (`bound.member`); one it rejects or cannot
 * decide is skipped (too many skips make the verdict inconclusive), so it can never refute the claim.
 */
import type { Claim } from '../core/claim.ts';
import type { Measurement } from '../core/compare.ts';
import { propertyClaim, type PropertySpec } from '../core/property.ts';
import type { Q } from '../numeric/rational.ts';
import { memberOf, withClassSpace, type ClassBound } from './tightCase.ts';

export type ClassBoundClaimSpec<I> = Omit<PropertySpec<I>, 'instances' | 'measure' | 'relation' | 'tolerance' | 'show' | 'precision' | 'mutants' | 'space'> & {
  bound: ClassBound<I>;
  /** Each mutant states another metric/bound pair for the same instances (e.g. a wrong constant). */
  mutants: { id: string; description: string; measure: (i: I) => { measured: Q; bound: Q } }[];
};

const asMeasurement = (m: { measured: Q; bound: Q }): Measurement => ({ measured: m.measured, claimed: m.bound });

/** The claim: every instance of the class generator (and of the search) satisfies the bound, exactly. */
export function classBoundClaim<I>(spec: ClassBoundClaimSpec<I>): Claim {
  const { bound, mutants, hypotheses, ...meta } = spec;
  return propertyClaim<I>({
    ...meta,
    // The class first, decided by checkClass from the objective itself (never the L/μ it declares),
    // then the claim's own hypotheses (steps, horizons).
    hypotheses: (i) => { const c = memberOf(bound, i); return c === true ? (hypotheses ? hypotheses(i) : true) : c; },
    instances: withClassSpace(bound),
    measure: (i) => asMeasurement(bound.measure(i)),
    relation: bound.relation,
    tolerance: { abs: 0, reason: 'exact rationals: the iterates, the metric and the bound' },
    show: bound.show,
    precision: { search: 'exact rationals', verify: 'exact rationals' },
    mutants: (mutants ?? []).map((m) => ({ id: m.id, description: m.description, measure: (i: I) => asMeasurement(m.measure(i)) })),
  });
}

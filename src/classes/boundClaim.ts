/**
 * A registry claim for a function-class bound, from its `ClassBound` (src/classes/tightCase.ts): the
 * class generator with its tight-case space, the exact metric against τ·init, no tolerance, and
 * mutants that change the bound. It is `propertyClaim` with the parts every class-bound claim shares,
 * so a claim file states only the theorem, its class and its mutants.
 */
import type { Claim } from '../core/claim.ts';
import type { Measurement } from '../core/compare.ts';
import { propertyClaim, type PropertySpec } from '../core/property.ts';
import type { Q } from '../numeric/rational.ts';
import { withClassSpace, type ClassBound } from './tightCase.ts';

export type ClassBoundClaimSpec<I> = Omit<PropertySpec<I>, 'instances' | 'measure' | 'relation' | 'tolerance' | 'show' | 'precision' | 'mutants' | 'space'> & {
  bound: ClassBound<I>;
  /** Each mutant states another metric/bound pair for the same instances (e.g. a wrong constant). */
  mutants: { id: string; description: string; measure: (i: I) => { measured: Q; bound: Q } }[];
};

const asMeasurement = (m: { measured: Q; bound: Q }): Measurement => ({ measured: m.measured, claimed: m.bound });

/** The claim: every instance of the class generator (and of the search) satisfies the bound, exactly. */
export function classBoundClaim<I>(spec: ClassBoundClaimSpec<I>): Claim {
  const { bound, mutants, ...meta } = spec;
  return propertyClaim<I>({
    ...meta,
    instances: withClassSpace(bound),
    measure: (i) => asMeasurement(bound.measure(i)),
    relation: bound.relation,
    tolerance: { abs: 0, reason: 'exact rationals: the iterates, the metric and the bound' },
    show: bound.show,
    precision: { search: 'exact rationals', verify: 'exact rationals' },
    mutants: (mutants ?? []).map((m) => ({ id: m.id, description: m.description, measure: (i: I) => asMeasurement(m.measure(i)) })),
  });
}

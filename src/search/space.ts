/**
 * What the adversarial search knows about an instance type: an instance space. The engine
 * (search.ts) is generic; a space adds what makes it strong for one type: extremal families tried
 * first, local moves that keep the hypotheses, simplifications for shrinking, and the sizes reported
 * as effort. Datasets have one (src/arbitraries/datasetSpace.ts); a user's own arbitrary gets the
 * generic part (restarts and fast-check's shrink tree) plus whatever `neighbours` it supplies.
 */
import type fc from 'fast-check';
import type { SearchRng } from './rng.ts';

/** A named sequence of instances, usually growing in size, known to sit near some claim's boundary. */
export interface Family<I> {
  name: string;
  /** One line: what the family is and which bounds it stresses. */
  description: string;
  /** Members in order (for example n = 2, 4, 8, …); the engine takes them lazily, as the budget allows. */
  members(): Iterable<I>;
}

export interface InstanceSpace<I> {
  /** 'dataset', 'two-layer instance', …: named in the effort line. */
  name: string;
  families?: readonly Family<I>[];
  /**
   * Local moves from x: instances that still satisfy the hypotheses (checked, not hoped for). The
   * engine draws a few of them per step; rng makes the choice of move reproducible.
   */
  neighbours?: (x: I, rng: SearchRng) => I[];
  /** Simpler variants of x, simplest first, for shrinking a violation (each must keep the hypotheses). */
  simplify?: (x: I) => I[];
  /** Sizes to report as effort (largest reached), e.g. { n, d }. */
  size?: (x: I) => Record<string, number>;
}

const spaces = new WeakMap<object, InstanceSpace<unknown>>();

/** Attaches a space to an arbitrary, so every claim drawing from it gets the space's search. Returns the arbitrary. */
export function withSpace<I>(arb: fc.Arbitrary<I>, space: InstanceSpace<I>): fc.Arbitrary<I> {
  spaces.set(arb, space as InstanceSpace<unknown>);
  return arb;
}

/** The space attached to an arbitrary by `withSpace`, if any. */
export function spaceOf<I>(arb: fc.Arbitrary<I>): InstanceSpace<I> | undefined {
  return spaces.get(arb) as InstanceSpace<I> | undefined;
}

/**
 * A space over records { ...rest, [key]: A } built from a space over A: families and moves act on
 * the key, and `vary` adds moves on the other fields (for example the step size γ of a claim).
 */
export function fieldSpace<R, A>(
  inner: InstanceSpace<A>,
  get: (r: R) => A,
  set: (r: R, a: A) => R,
  opts: { seeds: (a: A) => R[]; vary?: (r: R, rng: SearchRng) => R[]; size?: (r: R) => Record<string, number> },
): InstanceSpace<R> {
  return {
    name: inner.name,
    families: inner.families?.map((f) => ({
      name: f.name, description: f.description,
      *members() { for (const a of f.members()) yield* opts.seeds(a); },
    })),
    neighbours: (r, rng) => [...(inner.neighbours?.(get(r), rng) ?? []).map((a) => set(r, a)), ...(opts.vary?.(r, rng) ?? [])],
    simplify: inner.simplify ? (r) => inner.simplify!(get(r)).map((a) => set(r, a)) : undefined,
    size: opts.size ?? (inner.size ? (r) => inner.size!(get(r)) : undefined),
  };
}

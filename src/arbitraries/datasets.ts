/**
 * fast-check generators of datasets satisfying a claim's hypotheses by construction, built from small
 * integers and rationals so that shrinking ends on instances a person can read.
 */
import fc from 'fast-check';
import { Q } from '../numeric/rational.ts';
import type { Dataset, Label } from '../data/dataset.ts';
import { withSpace } from '../search/space.ts';
import { datasetSpace } from './datasetSpace.ts';
import { accessorProblem, isObject, unknownKeyProblem } from '../core/shape.ts';

export interface SeparableConstraints {
  minN?: number; maxN?: number; minD?: number; maxD?: number;
  /** Entries are integers in [−maxAbs, maxAbs] divided by a denominator from `dens`. */
  maxAbs?: number;
  dens?: readonly number[];
}

const DEFAULTS: Required<SeparableConstraints> = { minN: 2, maxN: 12, minD: 2, maxD: 4, maxAbs: 5, dens: [1, 2, 4] };
/** Bounds of the constraints: larger data is the search's job (its families go beyond these), and a 10⁹-point draw would never end. */
const LIMITS = { n: 1000, d: 100, entry: 1_000_000 };

/**
 * The constraints with their defaults, checked: known keys only, minN ≤ maxN ≤ 1000 and minD ≤ maxD ≤
 * 100 integers ≥ 1, maxAbs an integer in [1, 10⁶], dens a non-empty list of integers in [1, 10⁶] (an
 * absent or undefined key takes its default). @throws TypeError (not an object, an unknown key) or
 * RangeError (a value outside its range), one line naming the key.
 */
function check(c: SeparableConstraints): Required<SeparableConstraints> {
  const e = 'dataset constraints';
  if (!isObject(c)) throw new TypeError(`${e} must be an object like { maxN: 10, maxD: 3 }, got ${c === null ? 'null' : Array.isArray(c) ? 'an array' : typeof c}`);
  const problem = accessorProblem(`the ${e}`, c) ?? unknownKeyProblem(`the ${e}`, c, Object.keys(DEFAULTS));
  if (problem) throw new TypeError(problem);
  const given = Object.fromEntries(Object.entries(c).filter(([, v]) => v !== undefined));
  const r = { ...DEFAULTS, ...given } as Required<SeparableConstraints>;
  const int = (k: 'minN' | 'maxN' | 'minD' | 'maxD' | 'maxAbs', min: number, max: number): void => {
    const v: unknown = r[k];
    if (!(Number.isSafeInteger(v) && (v as number) >= min && (v as number) <= max)) throw new (typeof v === 'number' ? RangeError : TypeError)(`${e}: ${k} must be an integer in [${min}, ${max}], got ${typeof v === 'string' ? `'${v}'` : String(v)}`);
  };
  int('minN', 1, LIMITS.n); int('maxN', r.minN, LIMITS.n); int('minD', 1, LIMITS.d); int('maxD', r.minD, LIMITS.d); int('maxAbs', 1, LIMITS.entry);
  if (!Array.isArray(r.dens) || r.dens.length === 0 || !r.dens.every((d) => Number.isSafeInteger(d) && d >= 1 && d <= LIMITS.entry)) {
    throw new RangeError(`${e}: dens must be a non-empty array of integers in [1, ${LIMITS.entry}] (the denominators), got ${JSON.stringify(r.dens)?.slice(0, 60)}`);
  }
  return r;
}

/**
 * Separable through the origin: a hidden integer separator w*; each point's label is sign(w*ᵀb), and a
 * point with w*ᵀb = 0 is moved to b + w* (then w*ᵀb = ‖w*‖² > 0).
 *
 * The arbitrary carries the dataset search space (src/arbitraries/datasetSpace.ts): a claim drawing
 * from it is also searched adversarially, with the extremal families and moves beyond these
 * constraints (larger n and d, narrower margins), since its hypothesis is separability alone.
 */
export function separableDataset(constraints: SeparableConstraints = {}): fc.Arbitrary<Dataset> {
  const c = check(constraints);
  return withSpace(separableDraws(c), datasetSpace);
}

function separableDraws(c: Required<SeparableConstraints>): fc.Arbitrary<Dataset> {
  return fc.integer({ min: c.minD, max: c.maxD }).chain((d) =>
    fc.record({
      w: fc.array(fc.integer({ min: -3, max: 3 }), { minLength: d, maxLength: d }),
      pts: fc.array(
        fc.record({ x: fc.array(fc.integer({ min: -c.maxAbs, max: c.maxAbs }), { minLength: d, maxLength: d }), den: fc.constantFrom(...c.dens) }),
        { minLength: c.minN, maxLength: c.maxN },
      ),
    }).map(({ w, pts }) => {
      const ws = w.every((x) => x === 0) ? [1, ...w.slice(1)] : w;
      const b: Q[][] = [], y: Label[] = [];
      for (const p of pts) {
        let x = p.x.map((v) => new Q(BigInt(v), BigInt(p.den)));
        let s = x.reduce((acc, v, j) => acc.add(v.mul(Q.of(ws[j]!))), Q.ZERO);
        if (s.isZero()) { x = x.map((v, j) => v.add(Q.of(ws[j]!))); s = x.reduce((acc, v, j) => acc.add(v.mul(Q.of(ws[j]!))), Q.ZERO); }
        b.push(x); y.push(s.sign() > 0 ? 1 : -1);
      }
      return { b, y };
    }),
  );
}

/**
 * Generic data (PRED-A2 holds almost surely): a separable dataset whose entries are moved by small
 * rationals e/1009, which breaks the exact ties structured integer data have. A claim still checks
 * "no tie along the path" exactly, as a hypothesis.
 */
export function genericDataset(constraints: SeparableConstraints = {}): fc.Arbitrary<Dataset> {
  return separableDataset(constraints).chain((ds) =>
    fc.array(fc.array(fc.integer({ min: -40, max: 40 }), { minLength: ds.b[0]!.length, maxLength: ds.b[0]!.length }), { minLength: ds.b.length, maxLength: ds.b.length })
      .map((eps) => ({ y: ds.y, b: ds.b.map((bi, i) => bi.map((x, j) => x.add(new Q(BigInt(eps[i]![j]!), 1009n)))) })),
  );
}

/**
 * Structured data with an exact tie at step 1 of the batch perceptron (violating PRED-A2), in R².
 * Signed points: p = (a, 0), q = (−a, c), and pairs (e, f), (−e, f') with f, f' ≥ 1. The first
 * coordinates cancel, so û_1 = (0, s) with s > 0 and pᵀû_1 = 0 exactly; v = (1, K) separates for large K.
 */
export function tieDataset(): fc.Arbitrary<Dataset> {
  return fc.record({
    a: fc.integer({ min: 1, max: 5 }), c: fc.integer({ min: 1, max: 5 }),
    pairs: fc.array(fc.tuple(fc.integer({ min: -5, max: 5 }), fc.integer({ min: 1, max: 5 }), fc.integer({ min: 1, max: 5 })), { minLength: 0, maxLength: 3 }),
    flips: fc.array(fc.boolean(), { minLength: 8, maxLength: 8 }),
  }).map(({ a, c, pairs, flips }) => {
    const z: [number, number][] = [[a, 0], [-a, c]];
    for (const [e, f, g] of pairs) z.push([e, f], [-e, g]);
    const y = z.map((_, i) => (flips[i] ? -1 : 1) as Label);
    return { y, b: z.map((zi, i) => zi.map((v) => Q.of(v * y[i]!))) };
  });
}

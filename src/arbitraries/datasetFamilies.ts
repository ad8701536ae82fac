/**
 * Extremal dataset families: instances known to sit at or near the boundary of perceptron- and
 * GD-type bounds in R, μ, n and d. The adversarial search tries them first on every claim drawing
 * from `separableDataset` (members of growing size, lazily, as the budget allows); each is also a
 * plain function of its size and a fast-check arbitrary a user can draw from. Every member is
 * separable through the origin, with exact rational coordinates.
 */
import fc from 'fast-check';
import { Q } from '../numeric/rational.ts';
import type { Dataset, Label } from '../data/dataset.ts';
import { scaledPairFamily } from '../families/scaledPair.ts';
import type { Family } from '../search/space.ts';

/** Tyurin 2412.08424, Theorem 5.1: (1/2, −1) with label +1 and n−1 copies of (−1/2, −1) with label −1. */
export function lowerBoundDataset(n: number): Dataset {
  if (!Number.isInteger(n) || n < 2) throw new RangeError(`n must be an integer ≥ 2, got ${n}`);
  const b = [[Q.HALF, Q.of(-1)], ...Array.from({ length: n - 1 }, () => [Q.HALF.neg(), Q.of(-1)])];
  return { b, y: [1, ...Array.from({ length: n - 1 }, () => -1 as Label)] };
}

/**
 * A narrow-margin pair: signed points (1, 0) and (−1, 1/q). μ ≈ 1/(2q) while R ≈ 1, so perceptron-type
 * methods need Θ(q²) steps: the family that separates R/μ-type bounds from R²/μ² ones.
 */
export function narrowPairDataset(q: number): Dataset {
  if (!Number.isInteger(q) || q < 1) throw new RangeError(`q must be a positive integer, got ${q}`);
  return { b: [[Q.ONE, Q.ZERO], [Q.of(-1), new Q(1n, BigInt(q))]], y: [1, 1] };
}

export { scaledPairFamily };

const q = (n: number, d = 1): Q => new Q(BigInt(n), BigInt(d));
const intArg = (name: string, k: number, min: number): void => {
  if (!Number.isInteger(k) || k < min) throw new RangeError(`${name} must be an integer ≥ ${min}, got ${k}`);
};

/**
 * Near-tie: signed points (1, −1/k) and (−1, 1), both labelled +1. As k grows they approach the pair
 * (1, 0), (−1, 1), whose first batch-perceptron step ties exactly; the margin shrinks like 1/k while
 * R stays near √2, so R/μ ≈ 2√2·k and R²/μ² ≈ 8k².
 */
export function nearTieDataset(k: number): Dataset {
  intArg('k', k, 2);
  return { b: [[Q.ONE, q(-1, k)], [Q.of(-1), Q.ONE]], y: [1, 1] };
}

/**
 * Duplicated points: (1, 0) labelled +1 once and (1, −1) labelled −1 repeated m times (signed
 * (−1, 1)). Batch methods weigh the repeated point m times per step, unnormalized ones by 1/n: the
 * family stresses bounds that drop or misplace a factor n.
 */
export function duplicatedDataset(m: number): Dataset {
  intArg('m', m, 1);
  const rep = [Q.ONE, Q.of(-1)];
  return { b: [[Q.ONE, Q.ZERO], ...Array.from({ length: m }, () => rep)], y: [1, ...Array.from({ length: m }, () => -1 as Label)] };
}

/**
 * Nearly collinear points: the 2m + 1 signed points (j, 1 + (−1)^j/(4m)) for j = −m … m, all labelled
 * +1, close to the line x₂ = 1. R ≈ m while μ ≈ 1, so R²/μ² ≈ m² grows with n = 2m + 1 at a
 * small, nearly flat margin direction.
 */
export function nearlyCollinearDataset(m: number): Dataset {
  intArg('m', m, 1);
  const b = Array.from({ length: 2 * m + 1 }, (_, k) => { const j = k - m; return [Q.of(j), Q.ONE.add(q(j % 2 === 0 ? 1 : -1, 4 * m))]; });
  return { b, y: b.map(() => 1 as Label) };
}

/** 1, 2, 3, 4, 6, 8, 12, 16, 24, … (about ×√2 per step, integers) from `start` up to `max`. */
export function* growing(start: number, max: number): Generator<number> {
  let last = 0;
  for (let k = 0; ; k++) {
    const v = Math.round((k % 2 === 0 ? 1 : 1.5) * 2 ** Math.floor(k / 2));
    if (v > max) return;
    if (v < start || v === last) continue;
    last = v;
    yield v;
  }
}

const family = (name: string, description: string, make: (k: number) => Dataset, start: number, max: number): Family<Dataset> => ({
  name, description, *members() { for (const k of growing(start, max)) yield make(k); },
});

/** The library the search tries first on datasets, in this order. */
export const DATASET_FAMILIES: readonly Family<Dataset>[] = [
  family('narrow-pair', 'narrowPairDataset(q): (1, 0), (−1, 1/q); μ ≈ 1/(2q), R ≈ 1', narrowPairDataset, 1, 1 << 12),
  family('omega-n', 'lowerBoundDataset(n): Tyurin 2412.08424 Thm 5.1, Θ(n) batch-perceptron steps at fixed R²/μ² = 5', lowerBoundDataset, 2, 1 << 13),
  family('scaled-pair', 'scaledPairFamily(d): (1/d)·1_d and (2, 0, 2, 0, …) labelled −1; d/2 + 1 perceptron steps', (h) => scaledPairFamily(2 * h), 1, 1 << 11),
  family('near-tie', 'nearTieDataset(k): (1, −1/k), (−1, 1); close to an exact first-step tie', nearTieDataset, 2, 1 << 12),
  family('duplicated', 'duplicatedDataset(m): one point and m copies of another', duplicatedDataset, 1, 1 << 12),
  family('nearly-collinear', 'nearlyCollinearDataset(m): 2m+1 points near the line x₂ = 1; R ≈ m, μ ≈ 1', nearlyCollinearDataset, 1, 1 << 10),
];

/** The same families as one fast-check arbitrary (sizes up to `maxSize`), for a user's own claims. */
export function extremalDataset(constraints: { maxSize?: number } = {}): fc.Arbitrary<Dataset> {
  const max = constraints.maxSize ?? 64;
  intArg('maxSize', max, 2);
  return fc.oneof(
    fc.integer({ min: 1, max }).map(narrowPairDataset),
    fc.integer({ min: 2, max }).map(lowerBoundDataset),
    fc.integer({ min: 1, max: Math.max(1, Math.floor(max / 2)) }).map((h) => scaledPairFamily(2 * h)),
    fc.integer({ min: 2, max }).map(nearTieDataset),
    fc.integer({ min: 1, max }).map(duplicatedDataset),
    fc.integer({ min: 1, max }).map(nearlyCollinearDataset),
  );
}

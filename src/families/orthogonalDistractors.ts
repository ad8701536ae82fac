/**
 * A second family we tried for the acceleration reconstruction (ours, not the paper's): a hard point
 * h = e_0 (label +1) and d − 1 distractors b_k = y_k (e_k − ε e_0), ε = E/2, whose signed points
 * z_k = e_k − ε e_0 all pull the linear iterate away from h (z_kᵀh = −ε), coherently: the linear
 * model needs Θ(d) steps. Through a two-layer model the pull is gated by the activation pattern
 * (for |·| with random U_0, by signs that vary from unit to unit), which is why it was a candidate.
 * Labels y_k are all +1 or seeded-random. Built sparse (2 nonzeros per row) for large-d sweeps.
 */
import { Q } from '../numeric/rational.ts';
import type { Dataset, Label } from '../data/dataset.ts';
import type { SparseIntData } from '../dynamics/generalizedPerceptron.ts';

/** A seeded generator (LCG) for family and initialisation draws; never Math.random. */
export function lcg(seed: number): () => number {
  let s = seed >>> 0;
  return () => { s = (Math.imul(s, 1664525) + 1013904223) >>> 0; return s / 2 ** 32; };
}

function labels(d: number, random: boolean, seed: number): Label[] {
  const R = lcg(seed);
  return [1, ...Array.from({ length: d - 1 }, () => (random ? (R() < 0.5 ? 1 : -1) : 1) as Label)];
}

/** Integer-scaled sparse form (L = 2): h = 2e_0, b_k = y_k(2e_k − E e_0). */
export function distractorsSparse(d: number, E: number, randomLabels: boolean, seed: number): SparseIntData {
  const y = labels(d, randomLabels, seed);
  const idx: Int32Array[] = [Int32Array.of(0)], val: Float64Array[] = [Float64Array.of(2)];
  for (let k = 1; k < d; k++) { idx.push(Int32Array.of(0, k)); val.push(Float64Array.of(-E * y[k]!, 2 * y[k]!)); }
  return { n: d, d, idx, val, y, L: 2n };
}

/** The same data as a rational Dataset (for cross-checks on small d). */
export function distractorsDataset(d: number, E: number, randomLabels: boolean, seed: number): Dataset {
  const y = labels(d, randomLabels, seed);
  const b = y.map((yk, k) => Array.from({ length: d }, (_, j) => (k === 0 ? (j === 0 ? Q.ONE : Q.ZERO) : j === 0 ? new Q(BigInt(-E * yk), 2n) : j === k ? Q.of(yk) : Q.ZERO)));
  return { b, y };
}

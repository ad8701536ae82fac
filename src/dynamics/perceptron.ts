/**
 * Perceptron algorithms in exact arithmetic. The iterates of the batch perceptron from 0 are
 * (1/(2n)) Σ c_i z_i with integer c_i (odd after the first step), so they are tracked as integer
 * counts over the integer-scaled points Z_i = L z_i: margin signs are BigInt dot products, exact,
 * with no rational normalisation. Identical points are grouped, since they always move together.
 */
import { Q, qvec, type QVec } from '../numeric/rational.ts';
import { integerSignedPoints, n as size, signedPoints, type Dataset } from '../data/dataset.ts';

export interface PerceptronRun {
  /** Iterations until every point is strictly correct (the first step counts as 1), or null. */
  count: number | null;
  /** û_0 = 0, û_1, ..., when recorded. */
  iterates: QVec[];
}

const dotZ = (a: readonly bigint[], b: readonly bigint[]): bigint => { let s = 0n; for (let k = 0; k < a.length; k++) s += a[k]! * b[k]!; return s; };

interface Groups { Z: bigint[][]; mult: bigint[]; L: bigint; n: number; d: number }

function groups(ds: Dataset): Groups {
  const { Z, L } = integerSignedPoints(ds);
  const index = new Map<string, number>();
  const G: bigint[][] = []; const mult: bigint[] = [];
  for (const z of Z) {
    const key = z.join(',');
    const k = index.get(key);
    if (k === undefined) { index.set(key, G.length); G.push(z); mult.push(1n); } else mult[k]! += 1n;
  }
  return { Z: G, mult, L, n: size(ds), d: Z[0]!.length };
}

/**
 * How a margin m at step t ≥ 1 weighs the point, in halves: 'batch' is Tyurin's Batch Perceptron
 * (S_t = {m ≤ 0}, weight 1); 'gd-limit' is the γ → ∞ limit of σ(−γm): 1 for m < 0, 1/2 at a tie, 0 for m > 0.
 */
export type TieRule = 'batch' | 'gd-limit';

export interface BatchOptions {
  maxIter: number;
  tieRule?: TieRule;
  /** Weight of every point in the first step from û_0 = 0, in halves (Tyurin: 1 = weight 1/2). */
  firstStepHalves?: bigint;
  record?: boolean;
}

export function batchPerceptron(ds: Dataset, opts: BatchOptions): PerceptronRun {
  const g = groups(ds);
  const rule = opts.tieRule ?? 'batch';
  const first = opts.firstStepHalves ?? 1n;
  const c = g.Z.map(() => first);
  const W = new Array<bigint>(g.d).fill(0n);
  for (let k = 0; k < g.Z.length; k++) for (let j = 0; j < g.d; j++) W[j]! += g.mult[k]! * first * g.Z[k]![j]!;
  const denom = new Q(1n, 2n * BigInt(g.n) * g.L);
  const iterate = (): QVec => W.map((w) => new Q(w).mul(denom));
  const iterates: QVec[] = opts.record ? [qvec.zeros(g.d), iterate()] : [];
  for (let t = 1; t <= opts.maxIter; t++) {
    const add = g.Z.map((z) => {
      const m = dotZ(z, W);
      if (m > 0n) return 0n;
      if (m === 0n && rule === 'gd-limit') return 1n;
      return 2n;
    });
    if (add.every((a) => a === 0n)) return { count: t, iterates };
    for (let k = 0; k < g.Z.length; k++) {
      if (add[k] === 0n) continue;
      c[k]! += add[k]!;
      const s = add[k]! * g.mult[k]!;
      for (let j = 0; j < g.d; j++) W[j]! += s * g.Z[k]![j]!;
    }
    if (opts.record) iterates.push(iterate());
  }
  return { count: null, iterates };
}

/** Rosenblatt's perceptron from 0: add one misclassified point per update, scanning cyclically. */
export function classicPerceptron(ds: Dataset, maxUpdates: number): { updates: number | null } {
  const { Z } = integerSignedPoints(ds);
  const d = Z[0]!.length;
  const U = new Array<bigint>(d).fill(0n);
  let updates = 0, i = 0, clean = 0;
  while (clean < Z.length) {
    if (dotZ(Z[i]!, U) <= 0n) {
      if (updates >= maxUpdates) return { updates: null };
      for (let j = 0; j < d; j++) U[j]! += Z[i]![j]!;
      updates++; clean = 0;
    } else clean++;
    i = (i + 1) % Z.length;
  }
  return { updates };
}

/** Normalized Batch Perceptron from 0: û_{t+1} = û_t + (1/|S_t|) Σ_{S_t} z_i, S_t = {m ≤ 0}. */
export function normalizedBatchPerceptron(ds: Dataset, maxIter: number): { count: number | null } {
  const z = signedPoints(ds);
  let u = qvec.zeros(z[0]!.length);
  for (let t = 0; t <= maxIter; t++) {
    const S = z.filter((zi) => qvec.dot(zi, u).sign() <= 0);
    if (S.length === 0) return { count: t };
    const step = S.reduce((acc, zi) => qvec.add(acc, zi), qvec.zeros(u.length));
    u = qvec.add(u, qvec.scale(step, new Q(1n, BigInt(S.length))));
  }
  return { count: null };
}

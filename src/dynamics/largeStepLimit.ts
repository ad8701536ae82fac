/**
 * Comparing rescaled GD u_t(γ) = v_t/γ with a perceptron path û_t as γ grows (Tyurin 2412.08424, Thm 3.2).
 * The γ grid is scaled by the instance: with δ the smallest nonzero |margin| along the exact path,
 * σ(−γm) is within e^{−γδ} of its limit, so γ = 10^k/δ makes the comparison meaningful on every instance.
 */
import { Q, qvec, type QVec } from '../numeric/rational.ts';
import { precision } from '../numeric/highPrecision.ts';
import { dim, n, signedDecimal, signedMatrix, signedPoints, type Dataset } from '../data/dataset.ts';
import { rescaledGdF64, rescaledGdHP } from './logisticGd.ts';
import { maxAbsDiff } from '../numeric/float64.ts';

export interface PathFacts {
  /** Smallest nonzero |z_iᵀû_t| over 1 ≤ t ≤ T. */
  delta: Q;
  /** Steps t ≥ 1 at which some margin is exactly 0. */
  tieSteps: number[];
}

export function pathFacts(ds: Dataset, path: readonly QVec[]): PathFacts {
  const z = signedPoints(ds);
  let delta: Q | null = null;
  const tieSteps: number[] = [];
  for (let t = 1; t < path.length; t++) {
    for (const zi of z) {
      const m = qvec.dot(zi, path[t]!).abs();
      if (m.isZero()) { if (tieSteps.at(-1) !== t) tieSteps.push(t); } else if (delta === null || m.cmp(delta) < 0) delta = m;
    }
  }
  return { delta: delta ?? Q.ONE, tieSteps };
}

/**
 * max_{t ≤ T} ‖u_t(γ) − û_t‖_∞ for γ = 10^k/δ, k = 0..K, in float64 or in high precision at `digits`.
 */
export function distancesAlongGrid(ds: Dataset, path: readonly QVec[], delta: Q, K: number, digits: number | null): number[] {
  const T = path.length - 1;
  const out: number[] = [];
  if (digits === null) {
    const data = { Z: signedMatrix(ds), n: n(ds), d: dim(ds) };
    const target = path.map((u) => Float64Array.from(u, (x) => x.toNumber()));
    for (let k = 0; k <= K; k++) {
      const us = rescaledGdF64(data, 10 ** k / delta.toNumber(), T);
      out.push(Math.max(...us.map((u, t) => maxAbsDiff(u, target[t]!))));
    }
  } else {
    const C = precision(digits);
    const Z = signedDecimal(ds, C);
    for (let k = 0; k <= K; k++) {
      const gamma = new C(10).pow(k).div(delta.toDecimal(C));
      const us = rescaledGdHP(C, Z, gamma, T);
      let worst = new C(0);
      us.forEach((u, t) => u.forEach((x, j) => { const e = x.minus(path[t]![j]!.toDecimal(C)).abs(); if (e.gt(worst)) worst = e; }));
      out.push(worst.toNumber());
    }
  }
  return out;
}

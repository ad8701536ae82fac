/**
 * The margin μ = max_{‖v‖=1} min_i y_i b_iᵀv of a separable dataset, with a certified bracket.
 *
 * The hard-margin SVM min ½‖w‖² s.t. z_iᵀw ≥ 1 has optimum 1/(2μ²), and its dual
 * max_{α≥0} Σα_i − ½‖Σα_i z_i‖² is below it for every α. So any α gives
 *     μ ≤ μ_hi = 1/√(2·D(α)),   and any w gives   μ ≥ μ_lo = min_i z_iᵀw / ‖w‖.
 * Dual coordinate ascent drives the two together; the bracket is then recomputed in high precision
 * from the exact data and the float α (itself an exact number), and widened by a relative 1e-30 for
 * the rounding of that computation. A bound in μ is decided only against this bracket.
 */
import Decimal from 'decimal.js';
import { precision } from '../numeric/highPrecision.ts';
import { signedPoints, type Dataset } from './dataset.ts';
import { Q, qvec, type QVec } from '../numeric/rational.ts';
import { solve, SingularMatrixError } from '../linalg/solve.ts';
import { QA } from '../linalg/arith.ts';

export interface MarginBracket {
  lo: Decimal; hi: Decimal; relWidth: number; sweeps: number;
  /** 1/μ² exactly, when the float support set could be certified optimal in exact rationals. */
  invMu2?: Q;
  /** The float64 SVM direction w = Σ α_i z_i (a separator: every z_iᵀw > 0 was certified in 40 digits). */
  w: readonly number[];
}

/**
 * Exact certificate of the SVM optimum from the support set S that the float solution suggests:
 * solve Σ_{j∈S} x_j z_iᵀz_j = 1 (i ∈ S) in rationals; if x > 0 and every z_kᵀw ≥ 1 for w = Σ x_j z_j,
 * the KKT conditions hold exactly, w is the optimum, and 1/μ² = ‖w‖² = xᵀGx = Σ x_j. A tight bound
 * (an integer count equal to K·R²/μ²) can then be decided, which no bracket can do.
 */
export function exactInverseMarginSquared(z: readonly QVec[], alpha: ArrayLike<number>): Q | null {
  return exactCertificate(z, alpha)?.invMu2 ?? null;
}

/** The same certificate with its optimal w = Σ_{j∈S} x_j z_j (exact; every z_kᵀw ≥ 1, ‖w‖ = 1/μ). */
export function exactCertificate(z: readonly QVec[], alpha: ArrayLike<number>): { invMu2: Q; w: QVec } | null {
  const top = Math.max(...Array.from(alpha));
  const S = Array.from(alpha).map((a, i) => [a, i] as const).filter(([a]) => a > 1e-9 * top).map(([, i]) => i);
  if (S.length === 0) return null;
  let x: Q[];
  try {
    x = solve(QA, S.map((i) => S.map((j) => qvec.dot(z[i]!, z[j]!))), S.map(() => Q.ONE));
  } catch (e) {
    if (e instanceof SingularMatrixError) return null;
    throw e;
  }
  if (x.some((v) => v.sign() <= 0)) return null;
  const w = S.reduce((acc, i, k) => qvec.add(acc, qvec.scale(z[i]!, x[k]!)), qvec.zeros(z[0]!.length));
  if (!z.every((zk) => qvec.dot(zk, w).cmp(Q.ONE) >= 0)) return null;
  return { invMu2: x.reduce((a, b) => a.add(b), Q.ZERO), w };
}

const memo = new WeakMap<Dataset, MarginBracket>();

/**
 * The certified bracket (see the file header). With default options the result is remembered per
 * dataset object (datasets are immutable), since a measure, its re-verification and the search's
 * moves all ask for the same margin.
 */
export function marginBracket(ds: Dataset, opts: { relTol?: number; maxSweeps?: number } = {}): MarginBracket {
  if (opts.relTol !== undefined || opts.maxSweeps !== undefined) return computeMarginBracket(ds, opts);
  let m = memo.get(ds);
  if (!m) { m = computeMarginBracket(ds, opts); memo.set(ds, m); }
  return m;
}

function computeMarginBracket(ds: Dataset, opts: { relTol?: number; maxSweeps?: number }): MarginBracket {
  const relTol = opts.relTol ?? 1e-10, maxSweeps = opts.maxSweeps ?? 100_000;
  // Repeated points change neither μ nor the SVM solution: solve over the distinct ones.
  const distinct = new Map<string, QVec>();
  for (const z of signedPoints(ds)) distinct.set(z.join(','), z);
  const zq = [...distinct.values()];
  const z = zq.map((zi) => zi.map((x) => x.toNumber()));
  const n = z.length, d = z[0]!.length;
  const sq = z.map((zi) => zi.reduce((s, x) => s + x * x, 0));
  if (sq.some((s) => s === 0)) throw new Error('a point at the origin has no margin: the data are not separable');
  const alpha = new Float64Array(n);
  const w = new Float64Array(d);
  let sweeps = 0;
  let early: { invMu2: Q; w: QVec } | null = null, lastSupport = '';
  const bracketF = (): [number, number] => {
    const nw = Math.hypot(...w);
    let lo = Infinity;
    for (const zi of z) lo = Math.min(lo, zi.reduce((s, x, j) => s + x * w[j]!, 0) / nw);
    const dual = alpha.reduce((s, a) => s + a, 0) - 0.5 * nw * nw;
    return [lo, dual > 0 ? 1 / Math.sqrt(2 * dual) : Infinity];
  };
  for (; sweeps < maxSweeps; sweeps++) {
    for (let i = 0; i < n; i++) {
      const m = z[i]!.reduce((s, x, j) => s + x * w[j]!, 0);
      const next = Math.max(0, alpha[i]! + (1 - m) / sq[i]!);
      const delta = next - alpha[i]!;
      if (delta !== 0) { alpha[i] = next; for (let j = 0; j < d; j++) w[j] += delta * z[i]![j]!; }
    }
    if (sweeps % 16 === 15) {
      const [lo, hi] = bracketF();
      if (lo > 0 && hi / lo - 1 < relTol) break;
    }
    // Narrow margins make coordinate ascent slow; its support set is usually right long before it
    // converges, and then the exact certificate ends the computation with μ exactly.
    if (sweeps % 64 === 63 && n <= 64) {
      const support = Array.from(alpha, (a) => (a > 0 ? 1 : 0)).join('');
      if (support !== lastSupport) { lastSupport = support; early = exactCertificate(zq, alpha); if (early) break; }
    }
  }
  if (early) {
    const C = precision(40);
    const mu = new C(1).div(early.invMu2.toDecimal(C).sqrt());
    const widen = new C('1e-30');
    const lo = mu.times(new C(1).minus(widen)), hi = mu.times(new C(1).plus(widen));
    return { lo, hi, relWidth: hi.div(lo).minus(1).toNumber(), sweeps, w: early.w.map((x) => x.toNumber()), invMu2: early.invMu2 };
  }
  // Certification in high precision from exact inputs.
  const C = precision(40);
  const zD = zq.map((zi) => zi.map((x) => x.toDecimal(C)));
  const aD = Array.from(alpha, (a) => new C(a));
  const wD = Array.from({ length: d }, (_, j) => aD.reduce((s, a, i) => s.plus(a.times(zD[i]![j]!)), new C(0)));
  const nw2 = wD.reduce((s, x) => s.plus(x.times(x)), new C(0));
  const nw = nw2.sqrt();
  // Not Decimal.min: it rounds to the global 20 digits, which can put lo above μ (at 11/12, say).
  const minMargin = zD.map((zi) => zi.reduce((s, x, j) => s.plus(x.times(wD[j]!)), new C(0))).reduce((a, b) => (b.lt(a) ? b : a));
  const dual = aD.reduce((s, a) => s.plus(a), new C(0)).minus(nw2.div(2));
  if (!minMargin.gt(0) || !dual.gt(0)) throw new Error(`margin not certified after ${sweeps} sweeps (data not separable through the origin?)`);
  const widen = new C('1e-30');
  const lo = minMargin.div(nw).times(new C(1).minus(widen));
  const hi = new C(1).div(dual.times(2).sqrt()).times(new C(1).plus(widen));
  const invMu2 = zq.length <= 64 ? exactInverseMarginSquared(zq, alpha) ?? undefined : undefined;
  return { lo, hi, relWidth: hi.div(lo).minus(1).toNumber(), sweeps, w: Array.from(w), ...(invMu2 ? { invMu2 } : {}) };
}

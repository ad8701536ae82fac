/**
 * The robustness margin of a one-hidden-layer ReLU network N(x) = Σ_j a_j·relu(w_j·x + b_j) at
 * labelled points (catalogue E1):
 *
 *   ρ = min_i inf{ ‖δ‖₂ : y_i·N(x_i + δ) ≤ 0 }     (0 when a point is not strictly correct).
 *
 * Two exact routines, generic over the arithmetic (float64 for search, rationals for verdicts):
 * - margin1D walks the linear pieces of a univariate N outwards from each point; the first sign
 *   change is a zero of an affine piece, so the distance is a rational function of the weights.
 * - marginPoly works in any dimension: for each activation pattern P the set {pattern P, y·N ≤ 0}
 *   is a polyhedron {x : G x ≤ h}; the nearest point of a polyhedron is the projection of x_i onto
 *   the affine hull of some linearly independent set of its active rows (KKT + Carathéodory), so
 *   enumerating row subsets of size ≤ d and keeping feasible projections is exact. It returns ρ².
 * rayMargin is the randomized cross-check: along a ray N is piecewise linear, so margin1D gives the
 * exact distance along that ray, and the minimum over rays is an upper bound that tends to ρ.
 */
import { F64, type Field } from './reluMarginField.ts';

export interface ReluNet<T> {
  /** Hidden weights, one row of length d per neuron. */
  W: T[][];
  b: T[];
  /** Output weights. */
  a: T[];
}

export interface LabelledPoint<T> { x: T[]; y: 1 | -1 }

export function evalNet<T>(F: Field<T>, net: ReluNet<T>, x: readonly T[]): T {
  let s = F.zero;
  for (let j = 0; j < net.b.length; j++) {
    let z: T = net.b[j]!;
    for (let k = 0; k < x.length; k++) z = F.add(z, F.mul(net.W[j]![k]!, x[k]!));
    if (F.sign(z) > 0) s = F.add(s, F.mul(net.a[j]!, z));
  }
  return s;
}

const signed = <T>(F: Field<T>, y: 1 | -1, v: T): T => (y === 1 ? v : F.neg(v));

/** Distance from x0 (1-D) to the nearest x with y·N(x) ≤ 0, walking in direction dir (+1 right, −1 left); null if none. */
function walk1D<T>(F: Field<T>, net: ReluNet<T>, x0: T, y: 1 | -1, dir: 1 | -1): T | null {
  const w = net.W.map((r) => r[0]!);
  // Kinks strictly ahead of x0 in the walking direction, nearest first.
  const kinks: T[] = [];
  for (let j = 0; j < w.length; j++) {
    if (F.sign(w[j]!) === 0) continue;
    const k = F.neg(F.div(net.b[j]!, w[j]!));
    if (F.sign(F.sub(k, x0)) === dir) kinks.push(k);
  }
  kinks.sort((p, q) => F.sign(F.sub(p, q)) * dir);
  const N = (x: T): T => evalNet(F, net, [x]);
  let s = x0;
  for (let seg = 0; seg <= kinks.length; seg++) {
    const e = kinks[seg] ?? null;
    // The slope on the open piece ahead of s: which neurons are active just past s.
    const probe = e === null ? F.add(s, F.from(dir)) : F.div(F.add(s, e), F.from(2));
    let slope = F.zero;
    for (let j = 0; j < w.length; j++) {
      const z = F.add(F.mul(w[j]!, probe), net.b[j]!);
      if (F.sign(z) > 0) slope = F.add(slope, F.mul(net.a[j]!, w[j]!));
    }
    const gs = signed(F, y, N(s));
    if (F.sign(gs) <= 0) return F.mul(F.sub(s, x0), F.from(dir));
    // y·N along the walk: gs + (y·slope·dir)·τ for τ ≥ 0; it reaches 0 only if that rate is negative.
    const rate = F.mul(signed(F, y, slope), F.from(dir));
    if (F.sign(rate) < 0) {
      const tau = F.div(gs, F.neg(rate));
      const z = F.add(s, F.mul(tau, F.from(dir)));
      if (e === null || F.sign(F.mul(F.sub(e, z), F.from(dir))) >= 0) return F.mul(F.sub(z, x0), F.from(dir));
    }
    if (e === null) return null;
    s = e;
  }
  return null;
}

/** Exact 1-D robustness margin; Infinity-like `null` when no perturbation flips any point (ρ = +∞). */
export function margin1D<T>(F: Field<T>, net: ReluNet<T>, points: readonly LabelledPoint<T>[]): T | null {
  let best: T | null = null;
  for (const p of points) {
    for (const dir of [1, -1] as const) {
      const d = walk1D(F, net, p.x[0]!, p.y, dir);
      if (d !== null && (best === null || F.sign(F.sub(d, best)) < 0)) best = d;
    }
  }
  return best;
}

/** The zeros of a univariate N on [lo, hi] where N changes sign or vanishes on a whole piece's end. */
export function zeros1D<T>(F: Field<T>, net: ReluNet<T>, lo: T, hi: T): T[] {
  const w = net.W.map((r) => r[0]!);
  const cuts: T[] = [lo];
  for (let j = 0; j < w.length; j++) {
    if (F.sign(w[j]!) === 0) continue;
    const k = F.neg(F.div(net.b[j]!, w[j]!));
    if (F.sign(F.sub(k, lo)) > 0 && F.sign(F.sub(hi, k)) > 0) cuts.push(k);
  }
  cuts.push(hi);
  cuts.sort((p, q) => F.sign(F.sub(p, q)));
  const N = (x: T): T => evalNet(F, net, [x]);
  const out: T[] = [];
  for (let k = 0; k + 1 < cuts.length; k++) {
    const s = cuts[k]!, e = cuts[k + 1]!;
    const ns = N(s), ne = N(e);
    if (F.sign(ns) === 0) { if (!out.length || F.sign(F.sub(out[out.length - 1]!, s)) !== 0) out.push(s); continue; }
    if (F.sign(ns) * F.sign(ne) < 0) out.push(F.sub(s, F.div(F.mul(ns, F.sub(e, s)), F.sub(ne, ns))));
  }
  if (F.sign(N(hi)) === 0 && (!out.length || F.sign(F.sub(out[out.length - 1]!, hi)) !== 0)) out.push(hi);
  return out;
}

interface Row<T> { g: T[]; h: T }

/** Solves the square system M z = r by Gaussian elimination; null when M is singular. */
function solve<T>(F: Field<T>, M: T[][], r: T[]): T[] | null {
  const n = r.length;
  const A = M.map((row, i) => [...row, r[i]!]);
  for (let c = 0; c < n; c++) {
    let p = -1;
    for (let i = c; i < n; i++) if (!F.negligible(A[i]![c]!, A[c]![c]!) && (p < 0 || Math.abs(F.toNumber(A[i]![c]!)) > Math.abs(F.toNumber(A[p]![c]!)))) p = i;
    if (p < 0) return null;
    [A[c], A[p]] = [A[p]!, A[c]!];
    for (let i = 0; i < n; i++) {
      if (i === c) continue;
      const f = F.div(A[i]![c]!, A[c]![c]!);
      if (F.sign(f) === 0) continue;
      for (let k = c; k <= n; k++) A[i]![k] = F.sub(A[i]![k]!, F.mul(f, A[c]![k]!));
    }
  }
  return A.map((row, i) => F.div(row[n]!, row[i]!));
}

const dotF = <T>(F: Field<T>, u: readonly T[], v: readonly T[]): T => u.reduce((s, x, k) => F.add(s, F.mul(x, v[k]!)), F.zero);

function* subsets(m: number, maxSize: number): Generator<number[]> {
  for (let mask = 1; mask < 1 << m; mask++) {
    const s: number[] = [];
    for (let k = 0; k < m; k++) if (mask & (1 << k)) s.push(k);
    if (s.length <= maxSize) yield s;
  }
}

/** Squared distance from x to {z : G z ≤ h} and the nearest point; null when the polyhedron is empty. */
export function polyDistance2<T>(F: Field<T>, rows: readonly Row<T>[], x: readonly T[]): { d2: T; point: T[] } | null {
  const d = x.length;
  const feasible = (p: readonly T[]): boolean => rows.every((r) => F.nonPositive(F.sub(dotF(F, r.g, p), r.h), r.h));
  let best: { d2: T; point: T[] } | null = feasible(x) ? { d2: F.zero, point: [...x] } : null;
  if (best) return best;
  for (const S of subsets(rows.length, d)) {
    const A = S.map((k) => rows[k]!);
    const gram = A.map((ri) => A.map((rj) => dotF(F, ri.g, rj.g)));
    const rhs = A.map((ri) => F.sub(dotF(F, ri.g, x), ri.h));
    const lam = solve(F, gram, rhs);
    if (!lam) continue; // dependent rows: their projection is that of an independent subset
    const shift = x.map((_, k) => A.reduce((s, r, i) => F.add(s, F.mul(lam[i]!, r.g[k]!)), F.zero));
    const p = x.map((xk, k) => F.sub(xk, shift[k]!));
    if (!feasible(p)) continue;
    const d2 = dotF(F, shift, shift);
    if (best === null || F.sign(F.sub(d2, best.d2)) < 0) best = { d2, point: p };
  }
  return best;
}

/** Exact robustness margin in any dimension, as ρ² with a nearest flipping point; null when ρ = +∞. */
export function marginPoly<T>(F: Field<T>, net: ReluNet<T>, points: readonly LabelledPoint<T>[]): { rho2: T; point: T[]; index: number } | null {
  const k = net.b.length;
  let best: { rho2: T; point: T[]; index: number } | null = null;
  points.forEach((pt, index) => {
    for (let P = 0; P < 1 << k; P++) {
      const rows: Row<T>[] = [];
      let aP = pt.x.map(() => F.zero), cP = F.zero;
      for (let j = 0; j < k; j++) {
        const on = (P >> j) & 1;
        // active: w·x + b ≥ 0  ⇔ −w·x ≤ b;   inactive: w·x ≤ −b.
        rows.push(on ? { g: net.W[j]!.map((v) => F.neg(v)), h: net.b[j]! } : { g: [...net.W[j]!], h: F.neg(net.b[j]!) });
        if (on) { aP = aP.map((v, q) => F.add(v, F.mul(net.a[j]!, net.W[j]![q]!))); cP = F.add(cP, F.mul(net.a[j]!, net.b[j]!)); }
      }
      // y·(a_P·x + c_P) ≤ 0 ⇔ y·a_P·x ≤ −y·c_P.
      const g = aP.map((v) => signed(F, pt.y, v)), h = F.neg(signed(F, pt.y, cP));
      if (g.every((v) => F.sign(v) === 0)) { if (F.sign(h) < 0) continue; } else rows.push({ g, h });
      // Rows with g = 0 are either always true or make the pattern empty.
      const live = rows.filter((r) => r.g.some((v) => F.sign(v) !== 0));
      if (rows.some((r) => r.g.every((v) => F.sign(v) === 0) && F.sign(r.h) < 0)) continue;
      const hit = polyDistance2(F, live, pt.x);
      if (hit && (best === null || F.sign(F.sub(hit.d2, best.rho2)) < 0)) best = { rho2: hit.d2, point: hit.point, index };
    }
  });
  return best;
}

/** The net restricted to the ray x0 + τ·u (τ real): a univariate ReLU net with the same output weights. */
export function restrictToLine(net: ReluNet<number>, x0: readonly number[], u: readonly number[]): ReluNet<number> {
  return {
    W: net.W.map((w) => [w.reduce((s, v, k) => s + v * u[k]!, 0)]),
    b: net.W.map((w, j) => net.b[j]! + w.reduce((s, v, k) => s + v * x0[k]!, 0)),
    a: [...net.a],
  };
}

/**
 * Randomized upper bound on ρ: the exact distance along each given unit direction from each point.
 * `dirs` come from the caller (seeded), so the check is reproducible.
 */
export function rayMargin(net: ReluNet<number>, points: readonly LabelledPoint<number>[], dirs: readonly number[][]): number {
  let best = Infinity;
  for (const p of points) {
    for (const u of dirs) {
      const line = restrictToLine(net, p.x, u);
      const d = walk1D(F64, line, 0, p.y, 1);
      if (d !== null) best = Math.min(best, d);
    }
  }
  return best;
}

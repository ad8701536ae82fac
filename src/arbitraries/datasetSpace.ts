/**
 * The search space of separable datasets (the hypothesis of every margin bound): the extremal
 * families, local moves on exact rational coordinates that keep the data separable through the
 * origin, and simplifications for shrinking.
 *
 * A move is kept only when separability is certain: either by construction (duplicating a point,
 * adding a conic combination of two signed points, scaling a coordinate, appending a coordinate,
 * removing a point), or by an exact check against the parent's SVM direction w (moving a point,
 * narrowing a margin, simplifying a coordinate). The check is sufficient, not necessary, so a few
 * separable candidates are passed over; none outside the hypotheses is ever tried.
 */
import { Q, qvec, type QVec } from '../numeric/rational.ts';
import { dim, n, signedPoints, type Dataset, type Label } from '../data/dataset.ts';
import { marginBracket } from '../data/margin.ts';
import type { InstanceSpace } from '../search/space.ts';
import type { SearchRng } from '../search/rng.ts';
import { DATASET_FAMILIES } from './datasetFamilies.ts';

/** Cap on sizes reached by moves, so a search never builds an instance no measure can afford. */
const MAX_N = 512, MAX_D = 16;

/** The parent's separator in exact rationals (its float64 SVM direction, every double being a rational), or null. */
function separator(ds: Dataset): QVec | null {
  try { return marginBracket(ds).w.map((x) => Q.fromNumber(x)); } catch { return null; }
}

const separates = (w: QVec | null, ds: Dataset): boolean =>
  w !== null && w.length === dim(ds) && signedPoints(ds).every((z) => qvec.dot(z, w).sign() > 0);

const withPoint = (ds: Dataset, i: number, bi: QVec): Dataset => ({ b: ds.b.map((x, k) => (k === i ? bi : x)), y: ds.y });
const signed = (ds: Dataset, i: number): QVec => (ds.y[i] === 1 ? ds.b[i]!.slice() : ds.b[i]!.map((x) => x.neg()));
const fromSigned = (z: QVec, y: Label): QVec => (y === 1 ? z : z.map((x) => x.neg()));

/** Local moves of one dataset; a few of each kind, drawn with rng. */
export function datasetNeighbours(ds: Dataset, rng: SearchRng): Dataset[] {
  const N = n(ds), d = dim(ds);
  const w = separator(ds);
  const out: Dataset[] = [];
  const checked = (c: Dataset): void => { if (separates(w, c)) out.push(c); };
  const i = rng.int(0, N - 1), j = rng.int(0, d - 1), k = rng.int(0, N - 1);
  const step = new Q(rng.int(0, 1) ? 1n : -1n, 1n << BigInt(rng.int(0, 3)));
  // Move a point: one coordinate by ±1/2^s.
  checked(withPoint(ds, i, ds.b[i]!.map((x, c) => (c === j ? x.add(step) : x))));
  // Narrow the margin: move the point closest to the separator's hyperplane against w in one coordinate.
  if (w) {
    const z = signedPoints(ds);
    const margins = z.map((zi) => qvec.dot(zi, w).toNumber());
    const worst = margins.indexOf(Math.min(...margins));
    const c = rng.int(0, d - 1);
    if (w[c]!.sign() !== 0) {
      const dz = new Q(-BigInt(w[c]!.sign()), 1n << BigInt(rng.int(0, 4)));
      checked(withPoint(ds, worst, fromSigned(z[worst]!.map((x, t) => (t === c ? x.add(dz) : x)), ds.y[worst]!)));
    }
  }
  // Scale a coordinate by 2 or 1/2 (a separator scales inversely).
  const s = rng.int(0, 1) ? Q.of(2) : Q.HALF;
  out.push({ b: ds.b.map((bi) => bi.map((x, c) => (c === j ? x.mul(s) : x))), y: ds.y });
  if (N < MAX_N) {
    // Duplicate a point; add the conic combination z_i + z_k, or the midpoint (z_i + z_k)/2 (a point moved toward another).
    out.push({ b: [...ds.b, ds.b[i]!], y: [...ds.y, ds.y[i]!] });
    const sum = qvec.add(signed(ds, i), signed(ds, k));
    if (sum.some((x) => !x.isZero())) {
      out.push({ b: [...ds.b, fromSigned(sum, ds.y[i]!)], y: [...ds.y, ds.y[i]!] });
      out.push(withPoint(ds, i, fromSigned(qvec.scale(sum, Q.HALF), ds.y[i]!)));
    }
  }
  // Grow d: a new coordinate with small integer entries (the old separator, extended by 0, still separates).
  if (d < MAX_D) out.push({ b: ds.b.map((bi) => [...bi, Q.of(rng.int(-2, 2))]), y: ds.y });
  // Remove a point.
  if (N > 1) out.push({ b: ds.b.filter((_, t) => t !== i), y: ds.y.filter((_, t) => t !== i) });
  return out.filter((c) => c.b.every((bi) => bi.some((x) => !x.isZero())));
}

/** Simpler datasets, simplest first: fewer points, fewer coordinates, then simpler coordinates. */
export function simplifyDataset(ds: Dataset): Dataset[] {
  const N = n(ds), d = dim(ds);
  const w = separator(ds);
  const out: Dataset[] = [];
  for (let i = 0; i < N && N > 1; i++) out.push({ b: ds.b.filter((_, t) => t !== i), y: ds.y.filter((_, t) => t !== i) });
  if (w && d > 1) for (let j = 0; j < d; j++) {
    const c = { b: ds.b.map((bi) => bi.filter((_, t) => t !== j)), y: ds.y };
    if (separates(w.filter((_, t) => t !== j), c)) out.push(c);
  }
  // Simpler coordinates, one point at a time. The other points keep their side of w, so only the
  // changed point is tested (an O(d) test, not O(n·d)); copies of a point already simplified would
  // give the same dataset up to order, so only the first copy is varied.
  const key = (t: number): string => `${ds.y[t]}:${ds.b[t]!.join(',')}`;
  const onSide = w && w.length === d ? signedPoints(ds).map((z) => qvec.dot(z, w).sign() > 0) : [];
  const bad = onSide.filter((ok) => !ok).length;
  const firstCopy = new Set<string>();
  for (let i = 0; i < N; i++) {
    if (firstCopy.has(key(i))) continue;
    firstCopy.add(key(i));
    for (let j = 0; j < d; j++) {
      const x = ds.b[i]![j]!;
      const simpler: Q[] = [];
      if (!x.isZero()) simpler.push(Q.ZERO);
      if (x.den !== 1n) simpler.push(new Q(x.num / x.den));
      else if (x.abs().cmp(Q.ONE) > 0) simpler.push(new Q(x.num - BigInt(x.sign())));
      for (const v of simpler) {
        const bi = ds.b[i]!.map((t, k) => (k === j ? v : t));
        if (!bi.some((t) => !t.isZero()) || !w || w.length !== d) continue;
        // Separated by w: every other point was, and the changed one is.
        const zi = ds.y[i] === 1 ? bi : bi.map((t) => t.neg());
        if (bad - (onSide[i] ? 0 : 1) === 0 && qvec.dot(zi, w).sign() > 0) out.push(withPoint(ds, i, bi));
      }
    }
  }
  // Identical points give identical variants (the Ω(n) family has n − 1 copies): each variant once,
  // so that confirming a shrunk counterexample costs one evaluation per distinct variant, not per point.
  const seen = new Set<string>();
  return out.filter((c) => { const k = c.b.map((bi, t) => `${c.y[t]}:${bi.join(',')}`).join(';'); return !seen.has(k) && !!seen.add(k); });
}

/** The dataset space, attached to `separableDataset` (so every claim drawing from it is searched with it). */
export const datasetSpace: InstanceSpace<Dataset> = {
  name: 'dataset',
  families: DATASET_FAMILIES,
  neighbours: datasetNeighbours,
  simplify: simplifyDataset,
  size: (ds) => ({ n: n(ds), d: dim(ds) }),
};

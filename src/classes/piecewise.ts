/**
 * Piecewise-quadratic functions of one variable, C¹ by construction: h'' = a_k on the k-th interval
 * between rational breakpoints. Each piece is h(x) = a_k x²/2 + p_k x + r_k. With every a_k in [μ, L],
 * h is μ-strongly convex and L-smooth; with a_k in [0, L], convex and L-smooth. The Huber function and
 * the function of Lessard, Recht and Packard (2016, §4.6) on which heavy ball cycles are members.
 *
 * `separable` lifts d of them to Rᵈ as f(x) = f* + Σ h_i((Uᵀ(x − c))_i) with an exact orthogonal U, so
 * the class constants carry over: L = max |a|, μ = min a (μ < 0: not convex; the minimum is still exact).
 */
import { QA, type Arith } from '../linalg/arith.ts';
import { Q } from '../numeric/rational.ts';
import { lift, markBuilt, type Objective } from './objective.ts';
import { identity, isOrthogonal, type QMat } from './orthogonal.ts';

export interface Piece { a: Q; p: Q; r: Q }
export interface Piecewise1D {
  /** Increasing breakpoints; pieces.length = breaks.length + 1. */
  breaks: Q[];
  pieces: Piece[];
}

/**
 * Integrates curvatures exactly: h'' = curv[k] between breaks, with h(at) = value and h'(at) = slope.
 */
export function fromCurvatures(breaks: readonly Q[], curv: readonly Q[], anchor: { at: Q; value: Q; slope: Q } = { at: Q.ZERO, value: Q.ZERO, slope: Q.ZERO }): Piecewise1D {
  if (curv.length !== breaks.length + 1) throw new RangeError('fromCurvatures: need one curvature per interval');
  if (![...breaks, ...curv, anchor.at, anchor.value, anchor.slope].every((x) => x instanceof Q)) throw new RangeError('fromCurvatures: breaks, curvatures and the anchor must be rationals (Q)');
  for (let k = 1; k < breaks.length; k++) if (breaks[k]!.cmp(breaks[k - 1]!) <= 0) throw new RangeError('fromCurvatures: breakpoints must increase');
  const idx = pieceIndex(breaks, anchor.at);
  const pieces: Piece[] = new Array(curv.length);
  // On the anchor's piece: h = a x²/2 + p x + r with h(at) = value, h'(at) = slope.
  const make = (a: Q, x: Q, v: Q, s: Q): Piece => {
    const p = s.sub(a.mul(x));
    const r = v.sub(a.mul(x).mul(x).div(new Q(2n))).sub(p.mul(x));
    return { a, p, r };
  };
  pieces[idx] = make(curv[idx]!, anchor.at, anchor.value, anchor.slope);
  for (let k = idx + 1; k < curv.length; k++) {
    const b = breaks[k - 1]!, prev = pieces[k - 1]!;
    pieces[k] = make(curv[k]!, b, evalPiece(prev, b), slopePiece(prev, b));
  }
  for (let k = idx - 1; k >= 0; k--) {
    const b = breaks[k]!, next = pieces[k + 1]!;
    pieces[k] = make(curv[k]!, b, evalPiece(next, b), slopePiece(next, b));
  }
  return { breaks: [...breaks], pieces };
}

const evalPiece = (pc: Piece, x: Q): Q => pc.a.mul(x).mul(x).div(new Q(2n)).add(pc.p.mul(x)).add(pc.r);
const slopePiece = (pc: Piece, x: Q): Q => pc.a.mul(x).add(pc.p);

/** The piece containing x: intervals are (−∞, b_0), [b_0, b_1), …, [b_last, ∞). */
function pieceIndex(breaks: readonly Q[], x: Q): number {
  let k = 0;
  while (k < breaks.length && x.cmp(breaks[k]!) >= 0) k++;
  return k;
}

export function evalPiecewise<T>(A: Arith<T>, h: Piecewise1D, x: T): { value: T; slope: T; curvature: Q } {
  let k = 0;
  while (k < h.breaks.length && !A.lt(x, lift(A, h.breaks[k]!))) k++;
  const pc = h.pieces[k]!;
  const a = lift(A, pc.a), p = lift(A, pc.p);
  return {
    value: A.add(A.add(A.mul(A.mul(a, A.mul(x, x)), A.of(0.5)), A.mul(p, x)), lift(A, pc.r)),
    slope: A.add(A.mul(a, x), p),
    curvature: pc.a,
  };
}

/** h_τ(x) = L x²/2 for |x| ≤ τ, Lτ|x| − Lτ²/2 beyond: convex and L-smooth, minimum 0 at 0 (Huber). */
export const huber = (L: Q, tau: Q): Piecewise1D => {
  if (!(L instanceof Q) || !(tau instanceof Q) || tau.sign() <= 0 || L.sign() <= 0) throw new RangeError('huber: need rationals L > 0 and τ > 0');
  return fromCurvatures([tau.neg(), tau], [Q.ZERO, L, Q.ZERO]);
};

/**
 * Lessard, Recht, Packard (2016), eq. (4.11) with μ = 1, L = 25: h'' = 25 on x < 1, 1 on [1, 2), 25 on
 * x ≥ 2, h(0) = h'(0) = 0. 1-strongly convex and 25-smooth, minimum 0 at 0.
 */
export const lessardFunction = (): Piecewise1D => fromCurvatures([Q.of(1), Q.of(2)], [Q.of(25), Q.ONE, Q.of(25)]);

/**
 * Decides the class assumptions of a user-given piecewise quadratic exactly: breakpoints increase,
 * h and h' are continuous at every breakpoint (so h is C¹ and h' is L-Lipschitz iff every a_k ≤ L),
 * and every curvature lies in [μ, L]. Returns true or the assumption that fails.
 */
export function checkPiecewise(h: Piecewise1D, o: { mu?: Q; L?: Q } = {}): true | string {
  if (h.pieces.length !== h.breaks.length + 1) return 'need one piece per interval';
  for (let k = 0; k < h.breaks.length; k++) {
    const b = h.breaks[k]!;
    if (k > 0 && b.cmp(h.breaks[k - 1]!) <= 0) return `breakpoints must increase (break ${k})`;
    const l = h.pieces[k]!, r = h.pieces[k + 1]!;
    if (!evalPiece(l, b).eq(evalPiece(r, b))) return `h is discontinuous at x = ${b}`;
    if (!slopePiece(l, b).eq(slopePiece(r, b))) return `h' is discontinuous at x = ${b} (not differentiable, so not smooth)`;
  }
  for (const [k, pc] of h.pieces.entries()) {
    if (o.mu !== undefined && pc.a.cmp(o.mu) < 0) return `piece ${k} has curvature ${pc.a} < μ = ${o.mu}`;
    if (o.L !== undefined && pc.a.cmp(o.L) > 0) return `piece ${k} has curvature ${pc.a} > L = ${o.L}`;
  }
  return true;
}

export const showPiecewise = (h: Piecewise1D): string =>
  `h''=(${h.pieces.map((p) => p.a).join(', ')}) breaks (${h.breaks.join(', ')})`;

/** The interval of piece k: [lo, hi), null for an infinite end. */
const pieceEnds = (h: Piecewise1D, k: number): { lo: Q | null; hi: Q | null } => ({ lo: k === 0 ? null : h.breaks[k - 1]!, hi: k === h.breaks.length ? null : h.breaks[k]! });

/**
 * The global minimum of a C¹ piecewise quadratic, exactly, convex or not: { at, value } with h(at) =
 * value = min h, or null when h is unbounded below (a concave piece, or a linear one sloping down, on
 * an infinite end). Every piece's minimum over its closed interval is an end or its vertex, so the
 * least of those candidates is the minimum; ties go to the first in order (for a convex h: the left
 * end of a flat minimum). A stationary point is not enough: for a nonconvex h it may be a maximum.
 */
export function globalMin(h: Piecewise1D): { at: Q; value: Q } | null {
  let best: { at: Q; value: Q } | null = null;
  const take = (x: Q, pc: Piece) => { const v = evalPiece(pc, x); if (best === null || v.cmp(best.value) < 0) best = { at: x, value: v }; };
  for (let k = 0; k < h.pieces.length; k++) {
    const pc = h.pieces[k]!, { lo, hi } = pieceEnds(h, k);
    if (lo === null && (pc.a.sign() < 0 || (pc.a.isZero() && pc.p.sign() > 0))) return null;
    if (hi === null && (pc.a.sign() < 0 || (pc.a.isZero() && pc.p.sign() < 0))) return null;
    if (lo !== null) take(lo, pc);
    if (pc.a.sign() > 0) {
      const v = pc.p.neg().div(pc.a);
      if ((lo === null || v.cmp(lo) >= 0) && (hi === null || v.cmp(hi) <= 0)) take(v, pc);
    }
    if (pc.a.isZero() && pc.p.isZero()) take(lo ?? hi ?? Q.ZERO, pc);
    if (hi !== null) take(hi, pc);
  }
  return best;
}

/** A global minimiser of a C¹ piecewise quadratic, exactly (null if h is unbounded below). */
export const minimiser = (h: Piecewise1D): Q | null => globalMin(h)?.at ?? null;

/** One line on what is wrong with a part given to a builder (shape, types, C¹), or null. */
function partProblem(h: Piecewise1D, i: number): string | null {
  const isQ = (x: unknown) => x instanceof Q;
  if (!h || !Array.isArray(h.breaks) || !Array.isArray(h.pieces)) return `part ${i} must be { breaks: Q[], pieces: { a, p, r }[] } (e.g. from fromCurvatures or huber)`;
  if (!h.breaks.every(isQ) || !h.pieces.every((pc) => pc && isQ(pc.a) && isQ(pc.p) && isQ(pc.r))) return `part ${i}: breaks and the coefficients a, p, r must be rationals (Q)`;
  const c = checkPiecewise(h);
  return c === true ? null : `part ${i}: ${c}`;
}

/**
 * f(x) = f* + Σ_i h_i((Uᵀ(x − c))_i) − Σ_i h_i(m_i), shifted so that its minimum is f* at x* = c + U m,
 * m_i the global minimiser of h_i (globalMin). Every h_i must be C¹ (checked: a kink or a jump is not
 * smooth), and bounded below; it may be nonconvex, and then x*, f* are still the global minimum (never a
 * stationary point that is a maximum), L = max |h''|, and μ = min h'' < 0 says f is not convex.
 * @throws RangeError, one line naming the part: a malformed, kinked, discontinuous or unbounded part, a
 *   basis that is not exactly orthogonal or not d×d, a centre of the wrong length.
 */
export function separable(given: readonly Piecewise1D[], o: { basis?: QMat; center?: readonly Q[]; fStar?: Q; name?: string } = {}): Objective & { parts: Piecewise1D[] } {
  if (!Array.isArray(given) || given.length === 0) throw new RangeError('separable: need at least one part (a piecewise quadratic per coordinate)');
  const bad = given.map(partProblem).find((r) => r !== null);
  if (bad) throw new RangeError(`separable: ${bad}`);
  // Copies, so the caller's parts can change later without changing this f (or its structure).
  const hs: Piecewise1D[] = given.map((h) => ({ breaks: [...h.breaks], pieces: h.pieces.map(({ a, p, r }: Piece) => ({ a, p, r })) }));
  const d = hs.length;
  const U = o.basis ? o.basis.map((r) => [...r]) : identity(d);
  if (U.length !== d || U.some((r) => r.length !== d) || !isOrthogonal(U)) throw new RangeError(`separable: basis is not an exactly orthogonal ${d}×${d} matrix`);
  if (o.center && o.center.length !== d) throw new RangeError(`separable: center has ${o.center.length} entries, need ${d}`);
  const c = o.center ? [...o.center] : hs.map(() => Q.ZERO);
  const fStar = o.fStar ?? Q.ZERO;
  const mins = hs.map((h, i) => {
    const m = globalMin(h);
    if (m === null) throw new RangeError(`separable: part ${i} is unbounded below (${showPiecewise(h)}), so f has no minimum`);
    return m;
  });
  const ms = mins.map((m) => m.at);
  const offset = mins.reduce((s, m) => s.add(m.value), Q.ZERO);
  const xStar = c.map((ci, i) => U[i]!.reduce((s, uij, j) => s.add(uij.mul(ms[j]!)), ci));
  const curv = hs.flatMap((h) => h.pieces.map((p) => p.a));
  const L = curv.reduce((a, b) => (a.abs().cmp(b.abs()) >= 0 ? a.abs() : b.abs()), Q.ZERO);
  const mu = curv.reduce((a, b) => (a.cmp(b) <= 0 ? a : b));
  const rotated = !U.every((r, i) => r.every((x, j) => x.eq(i === j ? Q.ONE : Q.ZERO)));
  const local = <T>(A: Arith<T>, x: readonly T[]): T[] =>
    // z = Uᵀ(x − c)
    hs.map((_, j) => x.reduce((s, xi, i) => A.add(s, A.mul(lift(A, U[i]![j]!), A.sub(xi, lift(A, c[i]!)))), A.of(0)));
  return markBuilt({
    name: o.name ?? `separable piecewise quadratic (${mu.sign() < 0 ? `nonconvex: h'' ≥ ${mu}` : `μ = ${mu}`}, L = ${L})`, dim: d, L, mu, xStar, fStar, parts: [...hs],
    structure: { kind: 'separable', parts: [...hs], basis: U, center: c },
    value: (A, x) => {
      const z = local(A, x);
      const s = hs.reduce((acc, h, i) => A.add(acc, evalPiecewise(A, h, z[i]!).value), A.of(0));
      return A.add(A.sub(s, lift(A, offset)), lift(A, fStar));
    },
    grad: (A, x) => {
      const z = local(A, x);
      const g = hs.map((h, i) => evalPiecewise(A, h, z[i]!).slope);
      return c.map((_, i) => g.reduce((s, gj, j) => A.add(s, A.mul(lift(A, U[i]![j]!), gj)), A.of(0)));
    },
    show: () => `${hs.map(showPiecewise).join(' + ')}${rotated ? ` basis [${U.map((r) => r.join(' ')).join('; ')}]` : ''}${c.some((x) => !x.isZero()) ? ` center (${c.join(', ')})` : ''}`,
  });
}

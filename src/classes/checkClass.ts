/**
 * One checker of the class assumptions for any objective: is f L-smooth, μ-strongly convex, convex,
 * PL with the given constants? It decides exactly from the objective's representation where the
 * arithmetic allows, and says "cannot decide" (never "yes") where it cannot:
 *   quadratic       ∇²f = H: L-smooth iff −LI ⪯ H ⪯ LI, μ-strongly convex iff H − μI ⪰ 0, convex iff H ⪰ 0,
 *                   PL(c) iff H ⪰ 0 and H² − cH ⪰ 0 (a stationary point exists); exact LDLᵀ (psd.ts)
 *   separable       Σ h_i((Uᵀ(x − c))_i), U exactly orthogonal: the curvatures of the pieces bound the Hessian
 *                   exactly (every h_i C¹; |h''| ≤ L; h'' ≥ μ), and PL(c) iff every h_i is, decided piece by
 *                   piece as the nonnegativity of a quadratic h'² − 2c(h − h*) on an interval
 *   empirical risk  (1/n) Σ ℓ(z_iᵀw): the loss's stated constants (Hessian ⪯ sup ℓ''·S, S = (1/n) Σ z zᵀ, with
 *                   equality at a point for the logistic and squared losses, so those are decided exactly)
 *   anything else   cannot decide
 * Whatever the representation, a sampled check looks for a violation of the defining inequality at two
 * exact points (‖∇f(x) − ∇f(y)‖ ≤ L‖x − y‖, f(y) ≥ f(x) + ⟨∇f(x), y − x⟩ + μ/2‖y − x‖², f(x) − min f ≤
 * ‖∇f(x)‖²/(2c)): a violation is a certificate of failure (exact rationals; 40-digit decimals with a
 * margin where f needs exp/log); no violation is not a proof, so sampling can only ever say "no".
 * The same samples check that ∇f agrees with the stated representation: if not, the exact decision does
 * not apply to this f and the answer is "cannot decide" (unless a sampled violation says "no").
 */
import type Decimal from 'decimal.js';
import { decimalArith, QA, type Arith } from '../linalg/arith.ts';
import { Q } from '../numeric/rational.ts';
import { isBuilt, lift, type Objective, type Structure } from './objective.ts';
import { isOrthogonal, matMul, type QMat } from './orthogonal.ts';
import type { MarginLoss } from './losses.ts';
import { evalPiecewise, globalMin, type Piecewise1D } from './piecewise.ts';
import { isPsd, isSymmetric, minusTimes, scale, shift } from './psd.ts';
import { mulberry32 } from '../numeric/seeded.ts';
import { changedMember, checkClassArguments } from './checkArguments.ts';
import { ObjectiveTypeError, typedObjective } from './typedObjective.ts';

/** The class, in the field's terms. Omitted fields are not checked. */
export interface ClassAssumptions {
  /** L-smooth: ‖∇f(x) − ∇f(y)‖ ≤ L‖x − y‖. */
  L?: Q;
  /** μ-strongly convex: f(y) ≥ f(x) + ⟨∇f(x), y − x⟩ + μ/2‖y − x‖² (μ = 0: convex). */
  mu?: Q;
  convex?: boolean;
  /** Polyak–Łojasiewicz with constant c: f(x) − inf f ≤ ‖∇f(x)‖²/(2c). */
  pl?: Q;
  /**
   * The minimum f states is the minimum: f(x*) = f* = min f. A claim that measures f(x_N) − f* or
   * ‖x0 − x*‖ needs it; inClass asks it whenever f states one (a wrong f* would refute true bounds).
   */
  minimum?: boolean;
}

export interface CheckClassConstraints {
  /** Sampled pairs of exact points (default 12; 0: no sampling). */
  samples?: number;
  /** Seed of the sampled points (deterministic; default 1). */
  seed?: number;
  /** Sampled points are x̄ + k/4 · scale per coordinate, k in [−8, 8], around x* (else 0). Default 1. */
  scale?: Q;
  /** Digits of the decimal fallback for objectives that need exp/log (default 40). */
  digits?: number;
}

export type ClassStatus = 'yes' | 'no' | 'cannot decide';

export interface AssumptionCheck {
  /** 'L = 2', 'μ = 1/2', 'convex', 'PL c = 1'. */
  assumption: string;
  status: ClassStatus;
  /** exact: decided from the representation; stated: from the loss's known constants; sampled: a violation found. */
  how: 'exact' | 'stated' | 'sampled' | 'none';
  reason: string;
}

export interface ClassCheck {
  /** 'no' if any assumption fails; else 'cannot decide' if any is undecided; else 'yes'. */
  status: ClassStatus;
  /** One line: why. */
  reason: string;
  checks: AssumptionCheck[];
  /** The sampled violation, exactly, when one was found. */
  witness?: { x: string; y?: string; inequality: string };
}

type Kind = 'L' | 'mu' | 'convex' | 'pl' | 'minimum';
/** What the structure's curvature decides (the minimum is decided from f's stated x*, f*). */
type Shape = Exclude<Kind, 'minimum'>;
type Verdict = { status: ClassStatus; how: AssumptionCheck['how']; reason: string };
const yes = (how: Verdict['how'], reason: string): Verdict => ({ status: 'yes', how, reason });
const no = (how: Verdict['how'], reason: string): Verdict => ({ status: 'no', how, reason });
const undecided = (reason: string): Verdict => ({ status: 'cannot decide', how: 'none', reason });

/**
 * The class assumptions of `f` that a claim states, defaulting to what f declares: L-smooth with its L
 * (when L > 0), μ-strongly convex with its μ (convex when μ = 0; nothing when μ < 0, a nonconvex f), and
 * its stated minimum x*, f* (when it states one).
 */
export const declaredClass = (f: Objective): ClassAssumptions => ({
  ...(f.L.sign() > 0 ? { L: f.L } : {}),
  ...(f.mu.sign() > 0 ? { mu: f.mu } : f.mu.isZero() ? { convex: true } : {}),
  ...(statesMinimum(f) ? { minimum: true } : {}),
});

const statesMinimum = (f: Objective): boolean => f.xStar !== null || f.fStar !== null;

/**
 * Decides whether f is in the class (Objective of any representation; constants exact rationals).
 * Source of the criteria: Nesterov (2004), Thm 2.1.5/2.1.11 (smoothness and strong convexity of C²
 * functions via the Hessian); Karimi, Nutini, Schmidt (2016) for PL. Throws nothing on bad constants:
 * a negative L, μ or PL constant is reported as status 'no' with the reason.
 * @throws TypeError/RangeError for a malformed argument (a constant that is not a rational Q, samples
 *   −1, a seed 'abc', an unknown key, an f.xStar of numbers), or a value/gradient of f that returns
 *   something other than the arithmetic's scalars (NaN under exact rationals): one line naming it
 *   (checkArguments.ts, typedObjective.ts).
 */
export function checkClass(f: Objective, declared?: ClassAssumptions, constraints: CheckClassConstraints = {}): ClassCheck {
  return checkClassAs('checkClass', f, declared, constraints);
}

/** checkClass with its errors naming `entry` (checkClass, inClass). */
function checkClassAs(entry: string, f: Objective, declared: ClassAssumptions | undefined, constraints: CheckClassConstraints): ClassCheck {
  const g = checkClassArguments(entry, f, declared, constraints);
  // A builder's value and gradient are trusted (isBuilt); anything else has what it returns checked.
  const r = decideClass(isBuilt(g) ? g : typedObjective(entry, g), declared, constraints);
  // Members that changed while f was checked (its own value() reassigning f.value): the f checked is not f.
  const changed = changedMember(f, g);
  return changed === undefined ? r : { status: 'cannot decide', reason: `cannot decide: f.${changed} changed while f was checked, so what was checked is not f`, checks: [] };
}

/** checkClass on the objective as read once (a snapshot of plain members). */
function decideClass(f: Objective, declared: ClassAssumptions | undefined, constraints: CheckClassConstraints): ClassCheck {
  const assumptions = declared ?? declaredClass(f);
  const wanted: [Kind, string, Q | undefined][] = [];
  if (assumptions.L !== undefined) wanted.push(['L', `L = ${assumptions.L}`, assumptions.L]);
  if (assumptions.mu !== undefined) wanted.push(['mu', `μ = ${assumptions.mu}`, assumptions.mu]);
  if (assumptions.convex && assumptions.mu === undefined) wanted.push(['convex', 'convex', undefined]);
  if (assumptions.pl !== undefined) wanted.push(['pl', `PL c = ${assumptions.pl}`, assumptions.pl]);
  if (assumptions.minimum) wanted.push(['minimum', 'minimum (x*, f* as stated)', undefined]);
  const bad = wanted.find(([k, , c]) => c !== undefined && (c.sign() < 0 || (k !== 'mu' && c.isZero())));
  if (bad) return { status: 'no', reason: `${bad[1]}: the constant must be ${bad[0] === 'mu' ? '≥ 0' : '> 0'}`, checks: [] };

  const sampled = constraints.samples === 0 ? undefined : sampleViolation(f, assumptions, constraints);
  // The structure is evidence only for the builder's own value and gradient (isBuilt): a copy with
  // another function, or a structure attached by hand, says nothing about f.
  const exact = isBuilt(f) ? exactDecision(f) : () => undecided(f.structure
    ? `its structure is not the builder's for this value/gradient (a copy with another value or gradient, or a structure attached by hand), so it does not certify f`
    : 'no representation to certify it from (a hand-written value/gradient)');
  const mismatch = sampled?.mismatch;
  const checks: AssumptionCheck[] = wanted.map(([kind, name, c]) => {
    // An exact 'no' says more than a sampled one; a sampled violation overrides an exact 'yes' only
    // when the representation does not describe f (then `mismatch` is set and the exact one is void).
    const e = mismatch ? undecided(`${mismatch}, so its representation does not describe it`) : exact(kind, c);
    const v = sampled?.violations.get(kind);
    if (v && e.status !== 'no') return { assumption: name, status: 'no', how: 'sampled', reason: v.reason };
    return { assumption: name, ...e };
  });
  const firstNo = checks.find((c) => c.status === 'no'), firstUnknown = checks.find((c) => c.status === 'cannot decide');
  const what = f.structure?.kind ?? 'objective without a representation';
  const witness = firstNo?.how === 'sampled' ? sampled!.violations.get(wanted[checks.indexOf(firstNo)]![0])!.witness : undefined;
  const pairs = sampled ? `; no violation in ${sampled.pairs} sampled pairs (not a proof)` : '';
  const reason = firstNo ? `not in the class: ${firstNo.assumption}: ${firstNo.reason}`
    : firstUnknown ? `cannot decide ${firstUnknown.assumption} for this ${what}: ${firstUnknown.reason}${pairs}`
      : `in the class (${what}): ${checks.map((c) => `${c.assumption} (${c.how})`).join(', ') || 'nothing asked'}`;
  return { status: firstNo ? 'no' : firstUnknown ? 'cannot decide' : 'yes', reason, checks, ...(witness ? { witness } : {}) };
}

/**
 * For a claim's `hypotheses`: true when f is certified in the class, else the one-line reason (an
 * instance the checker cannot certify is rejected too: a hypothesis that is not known to hold must
 * not let an instance refute a claim). The stated minimum (x*, f*) is checked too whenever f states
 * one, unless `minimum: false` is passed. Memoised per frozen builder product and every parameter.
 */
export function inClass(f: Objective, declared?: ClassAssumptions, options?: CheckClassConstraints): true | string {
  const g = checkClassArguments('inClass', f, declared, options);
  const assumptions = declared ?? declaredClass(g);
  const a: ClassAssumptions = { ...assumptions, minimum: assumptions.minimum ?? statesMinimum(g) };
  // A builder's objective implements its structure by construction, so the exact decision is the
  // answer and sampling (the costly part) is skipped; anything else gets two sampled pairs, which can
  // refute, but never certify.
  const built = isBuilt(g);
  const constraints = options ?? { samples: built ? 0 : 2 };
  // Only a frozen builder product is memoised: anything else may change between calls. The key holds
  // every parameter that changes the answer.
  const cacheable = built && Object.isFrozen(f);
  const key = [a.L, a.mu, a.convex, a.pl, a.minimum, constraints.samples, constraints.seed, constraints.scale, constraints.digits].map((v) => String(v ?? '')).join('|');
  let m = cacheable ? memo.get(f) : undefined;
  if (cacheable && !m) { m = new Map(); memo.set(f, m); }
  let r = m?.get(key);
  if (r === undefined) {
    const c = checkClassAs('inClass', f, a, constraints);
    r = c.status === 'yes' ? true : c.reason;
    m?.set(key, r);
  }
  return r;
}
const memo = new WeakMap<Objective, Map<string, true | string>>();

// ---- exact decisions from the representation ----

/** The exact decisions for a builder's product (isBuilt): its structure describes its value and gradient. */
function exactDecision(f: Objective): (kind: Kind, c: Q | undefined) => Verdict {
  const s = f.structure!, dim = f.dim;
  const size = s.kind === 'quadratic' ? s.hessian.length : s.kind === 'separable' ? s.parts.length : s.Z[0]?.length ?? 0;
  if (size !== dim) return () => undecided(`its structure is ${size}-dimensional, f says ${dim}`);
  const decide = s.kind === 'quadratic' ? quadraticDecision(s.hessian, s.stationary, dim)
    : s.kind === 'separable' ? separableDecision(s.parts, s.basis) : riskDecision(s.loss, s.Z);
  return (kind, c) => (kind === 'minimum' ? minimumDecision(f) : decide(kind, c));
}

/**
 * Whether x*, f* as f states them are its minimum, exactly: f(x*) = f* and x* a global minimiser,
 * from the structure (a quadratic: H ⪰ 0 and ∇f(x*) = 0; separable: every coordinate of Uᵀ(x* − c) a
 * global minimiser of its part; a risk: convex and ∇F(x*) = 0). f is a builder's product here.
 */
function minimumDecision(f: Objective): Verdict {
  const { xStar, fStar } = f, s = f.structure!;
  if (xStar === null || fStar === null) return xStar === null && fStar === null ? undecided('f states no minimum') : no('exact', `f states ${xStar === null ? 'f* but no x*' : 'x* but no f*'}`);
  if (xStar.length !== f.dim) return no('exact', `x* has ${xStar.length} entries, f has dimension ${f.dim}`);
  let fx: Q, g: Q[];
  try { fx = f.value(QA, xStar); g = f.grad(QA, xStar); } catch { return undecided('f cannot be evaluated in exact rationals at x*'); }
  if (!fx.eq(fStar)) return no('exact', `f(x*) = ${fx}, not the stated f* = ${fStar}`);
  const stationary = g.every((v) => v.isZero());
  switch (s.kind) {
    case 'quadratic':
      if (!isPsd(s.hessian)) return no('exact', 'the Hessian has a negative eigenvalue: f is unbounded below, so it has no minimum');
      return stationary ? yes('exact', 'H ⪰ 0 and ∇f(x*) = 0') : no('exact', `∇f(x*) = (${g.join(', ')}) ≠ 0: x* is not a minimiser`);
    case 'separable': {
      const U = s.basis;
      for (let j = 0; j < s.parts.length; j++) {
        const z = xStar.reduce((t, xi, i) => t.add(U[i]![j]!.mul(xi.sub(s.center[i]!))), Q.ZERO);
        const h = s.parts[j]!, m = globalMin(h), hz = evalPiecewise(QA, h, z).value;
        if (m === null) return no('exact', `part ${j} is unbounded below, so f has no minimum`);
        if (hz.cmp(m.value) > 0) return no('exact', `x* is not a minimiser: part ${j} at ${z} is ${hz} > its minimum ${m.value} (at ${m.at})`);
      }
      return yes('exact', 'every coordinate of Uᵀ(x* − c) minimises its part');
    }
    case 'empirical risk':
      return stationary ? yes('stated', 'F is convex and ∇F(x*) = 0') : no('exact', `∇F(x*) ≠ 0: x* is not a minimiser`);
  }
}

function quadraticDecision(H: QMat, stationary: readonly Q[] | null, dim: number): (kind: Shape, c: Q | undefined) => Verdict {
  if (H.length !== dim || !isSymmetric(H)) return () => undecided('its Hessian is not a symmetric d×d matrix');
  return (kind, c) => {
    switch (kind) {
      case 'L': {
        if (!isPsd(scale(shift(H, c!), Q.ONE.neg()))) return no('exact', `an eigenvalue of the Hessian exceeds ${c} (LI − H is not positive semidefinite)`);
        if (!isPsd(shift(H, c!.neg()))) return no('exact', `an eigenvalue of the Hessian is below −${c} (LI + H is not positive semidefinite)`);
        return yes('exact', '−LI ⪯ H ⪯ LI');
      }
      case 'mu': return isPsd(shift(H, c!)) ? yes('exact', 'H − μI ⪰ 0') : no('exact', `an eigenvalue of the Hessian is below ${c} (H − μI is not positive semidefinite)`);
      case 'convex': return isPsd(H) ? yes('exact', 'H ⪰ 0') : no('exact', 'the Hessian has a negative eigenvalue');
      case 'pl': {
        if (!isPsd(H)) return no('exact', 'the Hessian has a negative eigenvalue, so f is unbounded below');
        if (!stationary) return undecided('no stationary point is known, so boundedness below is not established');
        const H2 = matMul(H, H);
        return isPsd(minusTimes(H2, c!, H)) ? yes('exact', 'every nonzero eigenvalue ≥ c')
          : no('exact', `a nonzero eigenvalue of the Hessian is below ${c}`);
      }
    }
  };
}

const half = new Q(1n, 2n);
const pieceAt = (h: Piecewise1D, k: number) => ({ lo: k === 0 ? null : h.breaks[k - 1]!, hi: k === h.breaks.length ? null : h.breaks[k]! });
const evalPc = (p: { a: Q; p: Q; r: Q }, x: Q): Q => p.a.mul(x).mul(x).mul(half).add(p.p.mul(x)).add(p.r);
const slopePc = (p: { a: Q; p: Q }, x: Q): Q => p.a.mul(x).add(p.p);

/** Where a part fails to be C¹ (or is malformed), else null. */
function notC1(h: Piecewise1D, i: number): string | null {
  if (h.pieces.length !== h.breaks.length + 1) return `part ${i}: need one piece per interval`;
  for (let k = 0; k < h.breaks.length; k++) {
    const b = h.breaks[k]!, l = h.pieces[k]!, r = h.pieces[k + 1]!;
    if (k > 0 && b.cmp(h.breaks[k - 1]!) <= 0) return `part ${i}: breakpoints must increase`;
    if (!evalPc(l, b).eq(evalPc(r, b))) return `part ${i} is discontinuous at ${b}`;
    if (!slopePc(l, b).eq(slopePc(r, b))) return `part ${i} has a kink at ${b} (h' jumps from ${slopePc(l, b)} to ${slopePc(r, b)}): not differentiable`;
  }
  return null;
}

/** A point of [lo, hi] (null = infinite) where c2 x² + c1 x + c0 < 0, or null when it is ≥ 0 there. */
function negativeAt(c2: Q, c1: Q, c0: Q, lo: Q | null, hi: Q | null): Q | null {
  const g = (x: Q) => c2.mul(x).mul(x).add(c1.mul(x)).add(c0);
  const far = (dir: -1 | 1, from: Q | null): Q => {
    // A point far enough out that the leading term wins (a witness of negativity at infinity).
    const base = from ?? Q.ZERO;
    let x = base.add(Q.of(dir));
    for (let t = 0; t < 200 && g(x).sign() >= 0; t++) x = x.add(x.sub(base).mul(Q.of(2)));
    return x;
  };
  if (lo === null && (c2.sign() < 0 || (c2.isZero() && c1.sign() > 0))) return far(-1, hi);
  if (hi === null && (c2.sign() < 0 || (c2.isZero() && c1.sign() < 0))) return far(1, lo);
  const cands: Q[] = [];
  if (lo !== null) cands.push(lo);
  if (hi !== null) cands.push(hi);
  if (c2.sign() > 0) {
    const v = c1.neg().div(c2.mul(Q.of(2)));
    if ((lo === null || v.cmp(lo) >= 0) && (hi === null || v.cmp(hi) <= 0)) cands.push(v);
  }
  if (cands.length === 0) cands.push(Q.ZERO);
  return cands.find((x) => g(x).sign() < 0) ?? null;
}

function separableDecision(parts: readonly Piecewise1D[], U: QMat): (kind: Shape, c: Q | undefined) => Verdict {
  if (U.length !== parts.length || !isOrthogonal(U)) return () => undecided('its basis is not exactly orthogonal');
  const broken = parts.map(notC1).find((r) => r !== null) ?? null;
  const curv = parts.flatMap((h, i) => h.pieces.map((pc, k) => ({ a: pc.a, at: `part ${i} piece ${k}` })));
  return (kind, c) => {
    if (broken) return kind === 'L' ? no('exact', `${broken}, so not smooth`) : undecided(`${broken}; the gradient inequalities need a differentiable f`);
    switch (kind) {
      case 'L': { const w = curv.find((x) => x.a.abs().cmp(c!) > 0); return w ? no('exact', `${w.at} has curvature ${w.a}, |h''| > ${c}`) : yes('exact', `every curvature in [−${c}, ${c}]`); }
      case 'mu': { const w = curv.find((x) => x.a.cmp(c!) < 0); return w ? no('exact', `${w.at} has curvature ${w.a} < μ = ${c}`) : yes('exact', `every curvature ≥ ${c}`); }
      case 'convex': { const w = curv.find((x) => x.a.sign() < 0); return w ? no('exact', `${w.at} has negative curvature ${w.a}: a nonconvex piece`) : yes('exact', 'every curvature ≥ 0'); }
      case 'pl': {
        for (const [i, h] of parts.entries()) {
          const m = globalMin(h)?.value ?? null;
          if (m === null) return no('exact', `part ${i} is unbounded below`);
          for (let k = 0; k < h.pieces.length; k++) {
            const { a, p, r } = h.pieces[k]!, { lo, hi } = pieceAt(h, k);
            // h'² − 2c(h − h*) on the piece: (a² − ca)x² + 2p(a − c)x + p² − 2c(r − h*).
            const x = negativeAt(a.mul(a).sub(c!.mul(a)), Q.of(2).mul(p).mul(a.sub(c!)), p.mul(p).sub(Q.of(2).mul(c!).mul(r.sub(m))), lo, hi);
            if (x) return no('exact', `part ${i} at ${x}: h − h* = ${evalPc(h.pieces[k]!, x).sub(m)} > h'²/(2c) = ${slopePc(h.pieces[k]!, x).mul(slopePc(h.pieces[k]!, x)).div(Q.of(2).mul(c!))}`);
          }
        }
        return yes('exact', 'h\'² ≥ 2c(h − h*) on every piece of every part');
      }
    }
  };
}

function riskDecision(loss: MarginLoss, Z: readonly (readonly Q[])[]): (kind: Shape, c: Q | undefined) => Verdict {
  const n = Z.length, d = Z[0]?.length ?? 0;
  if (n === 0 || Z.some((z) => z.length !== d)) return () => undecided('its dataset is empty or ragged');
  // S = (1/n) Σ z zᵀ: the Hessian is (1/n) Σ ℓ''(m_i) z_i z_iᵀ ⪯ sup ℓ'' · S.
  const S = Array.from({ length: d }, (_, i) => Array.from({ length: d }, (_, j) => Z.reduce((s, z) => s.add(z[i]!.mul(z[j]!)), Q.ZERO).div(Q.of(n))));
  const zero = Z.every((z) => z.every((v) => v.isZero()));
  const name = `the ${loss.name} loss`;
  return (kind, c) => {
    if (zero) return kind === 'pl' ? yes('exact', 'F is constant') : kind === 'mu' && c!.sign() > 0 ? no('exact', 'F is constant (every z = 0)') : yes('exact', 'F is constant (every z = 0)');
    switch (kind) {
      case 'L':
        if (loss.name === 'exponential') return no('stated', `ℓ'' = e^{−m} is unbounded as the margin m → −∞`);
        if (loss.name === 'hinge') return no('stated', `${name} is not differentiable at margin 1: ∇F jumps across z_iᵀw = 1`);
        if (loss.name === 'logistic' || loss.name === 'squared') {
          // sup ℓ'' is attained (at m = 0 for the logistic loss, everywhere for the squared), so the bound is exact.
          const top = scale(S, loss.smoothness!);
          return isPsd(scale(shift(top, c!), Q.ONE.neg())) ? yes('exact', `LI ⪰ ${loss.smoothness}·S, the largest Hessian (attained)`) : no('exact', `the Hessian ${loss.smoothness}·S at ${loss.name === 'logistic' ? 'w = 0' : 'every w'} has an eigenvalue above ${c}`);
        }
        return undecided(`no stated smoothness constant for ${name}`);
      case 'convex': return yes('stated', `${name} is convex and each margin is linear in w`);
      case 'mu':
        if (c!.isZero()) return yes('stated', `${name} is convex and each margin is linear in w`);
        if (loss.name === 'squared') return isPsd(shift(S, c!)) ? yes('exact', 'the Hessian S ⪰ μI') : no('exact', `the Hessian S has an eigenvalue below ${c}`);
        if (loss.name === 'logistic') return no('stated', `ℓ'' → 0 as |m| → ∞, so the curvature along any direction w = t·v vanishes as t → ∞`);
        if (loss.name === 'hinge') return no('stated', 'F is piecewise linear: zero curvature almost everywhere');
        return undecided(`no stated strong-convexity constant for ${name}`);
      case 'pl':
        if (loss.name === 'squared') {
          // F = ½wᵀSw − bᵀw + const with b in the range of S, so PL(c) iff every nonzero eigenvalue of S is ≥ c.
          return isPsd(minusTimes(matMul(S, S), c!, S)) ? yes('exact', 'every nonzero eigenvalue of S ≥ c') : no('exact', `a nonzero eigenvalue of S is below ${c}`);
        }
        return undecided(`no stated PL constant for ${name}`);
    }
  };
}

// ---- the sampled check: it can only refute ----

interface Sampled {
  pairs: number;
  violations: Map<Kind, { reason: string; witness: ClassCheck['witness'] }>;
  /** The gradient disagrees with the stated representation (exactly) at a sampled point. */
  mismatch?: string;
}

const rng = mulberry32;

function sampleViolation(f: Objective, a: ClassAssumptions, o: CheckClassConstraints): Sampled {
  const pairs = o.samples ?? 12, next = rng(o.seed ?? 1), sc = o.scale ?? Q.ONE;
  const s = f.structure;
  const base = f.xStar ?? (s?.kind === 'quadratic' ? s.stationary : s?.kind === 'separable' ? s.center : null) ?? new Array<Q>(f.dim).fill(Q.ZERO);
  const point = (): Q[] => base.map((b) => b.add(new Q(BigInt(Math.floor(next() * 17) - 8), 4n).mul(sc)));
  const pts = Array.from({ length: 2 * pairs }, point);
  if (f.xStar) pts.push([...f.xStar]);
  // Exact when f is rational; else decimals at `digits`, where a violation must clear a margin far above rounding.
  let ev: Evaluator<unknown> = evaluator(f, QA) as Evaluator<unknown>;
  try { ev.at(pts[0] ?? base); } catch (e) {
    if (e instanceof ObjectiveTypeError) throw e;
    ev = evaluator(f, decimalArith(o.digits ?? 40)) as Evaluator<unknown>;
  }
  const out: Sampled = { pairs, violations: new Map() };
  const built = isBuilt(f);
  const show = (x: readonly Q[]) => `(${x.join(', ')})`;
  const values = pts.map((x) => ev.at(x));
  const fMin = values.reduce((m, v) => (ev.lt(v.f, m) ? v.f : m), values[0]!.f);
  for (let k = 0; k < pairs; k++) {
    const x = pts[2 * k]!, y = pts[2 * k + 1]!, fx = values[2 * k]!, fy = values[2 * k + 1]!;
    const mm = out.mismatch ?? (built ? undefined : representationMismatch(f, x, y, fx.g, fy.g, ev));
    if (mm) out.mismatch = mm;
    const dx = y.map((v, i) => v.sub(x[i]!)), dx2 = dx.reduce((t, v) => t.add(v.mul(v)), Q.ZERO);
    if (dx2.isZero()) continue;
    if (a.L !== undefined && !out.violations.has('L')) {
      const dg2 = ev.norm2(fx.g.map((g, i) => ev.A.sub(fy.g[i], g)));
      if (ev.above(dg2, ev.q(a.L.mul(a.L).mul(dx2)))) out.violations.set('L', { reason: `‖∇f(x) − ∇f(y)‖² = ${ev.show(dg2)} > L²‖x − y‖² = ${a.L.mul(a.L).mul(dx2)} at x = ${show(x)}, y = ${show(y)} (sampled)`, witness: { x: show(x), y: show(y), inequality: '‖∇f(x) − ∇f(y)‖ ≤ L‖x − y‖' } });
    }
    const mu = a.mu ?? (a.convex ? Q.ZERO : undefined);
    const kind: Kind = a.mu !== undefined ? 'mu' : 'convex';
    if (mu !== undefined && !out.violations.has(kind)) {
      for (const [p, q, fp, fq, d] of [[x, y, fx, fy, dx], [y, x, fy, fx, dx.map((v) => v.neg())]] as const) {
        const lower = ev.A.add(ev.A.add(fp.f, ev.dot(fp.g, d)), ev.q(mu.mul(dx2).mul(half)));
        if (ev.above(lower, fq.f)) {
          out.violations.set(kind, { reason: `f(y) = ${ev.show(fq.f)} < f(x) + ⟨∇f(x), y − x⟩ + μ/2‖y − x‖² = ${ev.show(lower)} at x = ${show(p)}, y = ${show(q)} (sampled)`, witness: { x: show(p), y: show(q), inequality: `f(y) ≥ f(x) + ⟨∇f(x), y − x⟩ + ${mu}/2‖y − x‖²` } });
          break;
        }
      }
    }
  }
  if (a.minimum && f.fStar !== null) {
    const fs = ev.q(f.fStar);
    const i = values.findIndex((v) => ev.above(fs, v.f));
    if (i >= 0) out.violations.set('minimum', { reason: `f(x) = ${ev.show(values[i]!.f)} < f* = ${f.fStar} at x = ${show(pts[i]!)} (sampled): the stated f* is not the minimum`, witness: { x: show(pts[i]!), inequality: 'f(x) ≥ f*' } });
  }
  if (a.pl !== undefined) {
    const c2 = ev.q(a.pl.mul(Q.of(2)));
    const i = values.findIndex((v) => ev.above(ev.A.mul(ev.A.sub(v.f, fMin), c2), ev.norm2(v.g)));
    if (i >= 0) out.violations.set('pl', { reason: `f(x) − min f ≥ ${ev.show(ev.A.sub(values[i]!.f, fMin))} > ‖∇f(x)‖²/(2c) at x = ${show(pts[i]!)} (min over the sampled points; sampled)`, witness: { x: show(pts[i]!), inequality: 'f(x) − inf f ≤ ‖∇f(x)‖²/(2c)' } });
  }
  return out;
}

interface Evaluator<T> {
  A: Arith<T>;
  at(x: readonly Q[]): { f: T; g: T[] };
  q(x: Q): T;
  lt(a: T, b: T): boolean;
  /** a > b beyond doubt: exactly, or by more than the decimal rounding margin. */
  above(a: T, b: T): boolean;
  dot(g: readonly T[], d: readonly Q[]): T;
  norm2(v: readonly T[]): T;
  show(x: T): string;
  exact: boolean;
}

function evaluator<T>(f: Objective, A: Arith<T>): Evaluator<T> {
  const exact = A.unit === 0;
  const margin = exact ? null : A.of(A.unit * 1e12);
  return {
    A, exact,
    at: (x) => { const xs = x.map((v) => lift(A, v)); return { f: f.value(A, xs), g: f.grad(A, xs) }; },
    q: (x) => lift(A, x),
    lt: (a, b) => A.lt(a, b),
    above: (a, b) => {
      const d = A.sub(a, b);
      if (!A.isFinite(d)) return false;
      if (!margin) return A.sign(d) > 0;
      // Relative to the sizes involved: |a| + |b| + 1.
      return A.lt(A.mul(margin, A.add(A.add(A.abs(a), A.abs(b)), A.of(1))), d);
    },
    dot: (g, d) => g.reduce((s, gi, i) => A.add(s, A.mul(gi, lift(A, d[i]!))), A.of(0)),
    norm2: (v) => v.reduce((s, x) => A.add(s, A.mul(x, x)), A.of(0)),
    show: (x) => (exact ? String(x) : (x as unknown as Decimal).toSignificantDigits(12).toString()),
  };
}

/** Whether ∇f at two exact points agrees with its stated representation (exact arithmetic only). */
function representationMismatch<T>(f: Objective, x: readonly Q[], y: readonly Q[], gx: readonly T[], gy: readonly T[], ev: Evaluator<T>): string | undefined {
  const s = f.structure;
  if (!s || !ev.exact) return undefined;
  const gxq = gx as unknown as Q[], gyq = gy as unknown as Q[];
  if (s.kind === 'quadratic') {
    const H = s.hessian;
    if (H.length !== f.dim) return undefined;
    const ok = H.every((row, i) => row.reduce((t, h, j) => t.add(h.mul(y[j]!.sub(x[j]!))), Q.ZERO).eq(gyq[i]!.sub(gxq[i]!)));
    if (!ok) return `∇f(y) − ∇f(x) ≠ H(y − x) at x = (${x.join(', ')}), y = (${y.join(', ')})`;
    if (s.stationary && f.grad(QA, [...s.stationary]).some((g) => !g.isZero())) return `∇f ≠ 0 at the stated stationary point`;
    return undefined;
  }
  if (s.kind === 'separable') {
    const U = s.basis;
    if (U.length !== f.dim || s.parts.length !== f.dim) return undefined;
    for (const [p, g] of [[x, gxq], [y, gyq]] as const) {
      const z = s.parts.map((_, j) => p.reduce((t, pi, i) => t.add(U[i]![j]!.mul(pi.sub(s.center[i]!))), Q.ZERO));
      const slopes = s.parts.map((h, j) => evalPiecewise(QA, h, z[j]!).slope);
      const want = p.map((_, i) => slopes.reduce((t, sj, j) => t.add(U[i]![j]!.mul(sj)), Q.ZERO));
      if (want.some((w, i) => !w.eq(g[i]!))) return `∇f disagrees with Σ h_i' u_i at (${p.join(', ')})`;
    }
  }
  return undefined;
}

/**
 * The scaled-pair family, ours (NOT the paper's minimalistic example, which is not available), d even:
 *     b_1 = (1/d)·1_d with label +1,     b_2 = (2, 0, 2, 0, …, 2, 0) with label −1.
 * Gram: ‖b_1‖² = 1/d, b_1ᵀb_2 = 1, ‖b_2‖² = 2d; with 1_d: 1ᵀb_1 = 1, 1ᵀb_2 = d, ‖1‖² = d.
 *
 * Models and algorithms on it:
 *  - linear: the batch perceptron from 0 (tie weight 1/2) needs exactly d/2 + 1 steps; logistic GD at step γ.
 *  - two-layer, both layers trained: g(b) = a_1 φ(w_1ᵀb) + a_2 φ(w_2ᵀb), φ leaky ReLU with slope λ
 *    (φ'(0) := λ), antisymmetric start a = (1, −1), w_1 = w_2 = (c/√d)·1_d, so g ≡ 0 at t = 0 and
 *    the data are not separated; the generalized perceptron (weights 1, ½, 0 for margin <, =, > 0,
 *    step η) or logistic GD (weights σ(−m), step γ). T = the first t with both margins > 0.
 *
 * Every update adds multiples of b_1 and b_2 to w_j, so w_j stays in span{b_1, b_2, 1_d}: the runs
 * are simulated exactly on the 3 coordinates of w_j in that basis and the Gram matrix (O(1) per
 * step, any d). `twoLayerCountExact` repeats the perceptron in exact rationals (d a perfect square).
 *
 * Scale matters: for this positively 2-homogeneous model, multiplying the data by ρ is the same as
 * multiplying η by ρ, while the linear perceptron's count is scale-free. The speed-up found here is
 * therefore one of step size measured in units of the data scale (‖b_2‖ = √(2d) grows with d);
 * with the data normalised to max ‖b_i‖ = 1 the two-layer count is Θ(d) too.
 */
import { Q } from '../numeric/rational.ts';
import { assertSignsResolved, sigmoidNeg } from '../numeric/float64.ts';
import type { Dataset } from '../data/dataset.ts';

export function scaledPairFamily(d: number): Dataset {
  if (!Number.isInteger(d) || d < 2 || d % 2 !== 0) throw new RangeError(`d must be an even integer ≥ 2, got ${d}`);
  return {
    b: [Array.from({ length: d }, () => new Q(1n, BigInt(d))), Array.from({ length: d }, (_, k) => Q.of(k % 2 === 0 ? 2 : 0))],
    y: [1, -1],
  };
}

export const linearPerceptronClosedForm = (d: number): number => d / 2 + 1;

export interface TwoLayerSetting { lambda: number; c: number; step: number; weights: 'perceptron' | 'logistic'; scale?: number }

/** The setting of the claims, in words. */
export const TWO_LAYER_BOTH_SETTING = 'two-layer, both layers trained, width 2, leaky ReLU λ = 1/10, start a = (1, −1), w_1 = w_2 = (2/√d)·1_d (g ≡ 0)';

const Y = [1, -1] as const;
const perceptronWeight = (m: number): number => (m < 0 ? 1 : m === 0 ? 0.5 : 0);

/** Gram matrix of (b_1, b_2, 1_d), with the data scaled by ρ (rows/columns of b_i by ρ). */
function gram(d: number, rho: number): number[][] {
  return [[rho * rho / d, rho * rho, rho], [rho * rho, rho * rho * 2 * d, rho * d], [rho, rho * d, d]];
}

/** The shared float64 sign guard; step 0 is exempt (its margins are exactly 0 by construction). */
function guard(m: readonly number[], terms: readonly number[], t: number, what: string): void {
  if (t > 0) assertSignsResolved(m, terms, `${what}, step ${t}`);
}

/** Linear logistic GD from 0 at step γ (float64, Gram coordinates). */
export function linearGdCount(d: number, gamma: number, cap = 40 * d): number | null {
  const G = gram(d, 1);
  const beta = [0, 0]; // u = β_1 b_1 + β_2 b_2
  for (let t = 0; t <= cap; t++) {
    const m = [0, 1].map((i) => Y[i] * (beta[0]! * G[0]![i]! + beta[1]! * G[1]![i]!));
    guard(m, [0, 1].map((i) => Math.abs(beta[0]! * G[0]![i]!) + Math.abs(beta[1]! * G[1]![i]!)), t, `linear GD, d=${d}, γ=${gamma}`);
    if (m.every((x) => x > 0)) return t;
    for (let i = 0; i < 2; i++) beta[i] += (gamma / 2) * sigmoidNeg(m[i]!) * Y[i];
  }
  return null;
}

/** The two-layer model in float64 on Gram coordinates: the perceptron or logistic GD. */
export function twoLayerCount(d: number, s: TwoLayerSetting, cap = 200_000): number | null {
  const rho = s.scale ?? 1, G = gram(d, rho), lam = s.lambda;
  const phi = (z: number): number => (z > 0 ? z : lam * z), dphi = (z: number): number => (z > 0 ? 1 : lam);
  let a = [1, -1];
  const init = s.c / Math.sqrt(d);
  const W = [[0, 0, init], [0, 0, init]]; // coordinates of w_j on (b_1, b_2, 1_d)
  for (let t = 0; t <= cap; t++) {
    const Z = W.map((w) => [0, 1].map((i) => w[0]! * G[0]![i]! + w[1]! * G[1]![i]! + w[2]! * G[2]![i]!));
    const m = [0, 1].map((i) => Y[i] * (a[0]! * phi(Z[0]![i]!) + a[1]! * phi(Z[1]![i]!)));
    guard(m, [0, 1].map((i) => Math.abs(a[0]! * phi(Z[0]![i]!)) + Math.abs(a[1]! * phi(Z[1]![i]!))), t, `two-layer, d=${d}`);
    if (m.every((x) => x > 0)) return t;
    const weight = m.map((x) => (s.weights === 'perceptron' ? perceptronWeight(x) : sigmoidNeg(x)));
    const next = [...a];
    for (let j = 0; j < 2; j++) {
      for (let i = 0; i < 2; i++) {
        if (weight[i] === 0) continue;
        const f = (s.step / 2) * weight[i]! * Y[i];
        next[j] += f * phi(Z[j]![i]!);
        W[j]![i] += f * a[j]! * dphi(Z[j]![i]!);
      }
    }
    a = next;
  }
  return null;
}

/** The two-layer generalized perceptron in exact rationals (d a perfect square; λ, c, η rational). */
export function twoLayerCountExact(d: number, lambda: Q, c: Q, eta: Q, cap = 100_000): number | null {
  const r = Math.round(Math.sqrt(d));
  if (r * r !== d) throw new RangeError(`d must be a perfect square for exact arithmetic, got ${d}`);
  const G = [[new Q(1n, BigInt(d)), Q.ONE, Q.ONE], [Q.ONE, Q.of(2 * d), Q.of(d)], [Q.ONE, Q.of(d), Q.of(d)]];
  const Yq = [Q.ONE, Q.of(-1)];
  const phi = (z: Q): Q => (z.sign() > 0 ? z : lambda.mul(z)), dphi = (z: Q): Q => (z.sign() > 0 ? Q.ONE : lambda);
  const init = c.div(Q.of(r));
  let a = [Q.ONE, Q.of(-1)];
  const W = [[Q.ZERO, Q.ZERO, init], [Q.ZERO, Q.ZERO, init]];
  for (let t = 0; t <= cap; t++) {
    const Z = W.map((w) => [0, 1].map((i) => w[0]!.mul(G[0]![i]!).add(w[1]!.mul(G[1]![i]!)).add(w[2]!.mul(G[2]![i]!))));
    const m = [0, 1].map((i) => Yq[i]!.mul(a[0]!.mul(phi(Z[0]![i]!)).add(a[1]!.mul(phi(Z[1]![i]!)))));
    if (m.every((x) => x.sign() > 0)) return t;
    const weight = m.map((x) => (x.sign() < 0 ? Q.ONE : x.sign() === 0 ? Q.HALF : Q.ZERO));
    const next = [...a];
    for (let j = 0; j < 2; j++) {
      for (let i = 0; i < 2; i++) {
        if (weight[i]!.isZero()) continue;
        const f = eta.mul(Q.HALF).mul(weight[i]!).mul(Yq[i]!);
        next[j] = next[j]!.add(f.mul(phi(Z[j]![i]!)));
        W[j]![i] = W[j]![i]!.add(f.mul(a[j]!).mul(dphi(Z[j]![i]!)));
      }
    }
    a = next;
  }
  return null;
}

/**
 * The asymptotic constant: T ≈ 2s*·√d/η, s* the root of
 * F(s) = λ[(1+c)²e^{2λs} − (1−c)²e^{−2λs}] + (1−c)²e^{2s} − (1+c)²e^{−2s} (derived for this family; valid for d ≫ η²).
 */
export function asymptoticConstant(c: number, lambda: number): number {
  const F = (s: number): number => lambda * ((1 + c) ** 2 * Math.exp(2 * lambda * s) - (1 - c) ** 2 * Math.exp(-2 * lambda * s)) + (1 - c) ** 2 * Math.exp(2 * s) - (1 + c) ** 2 * Math.exp(-2 * s);
  let lo = 0, hi = 1;
  while (F(hi) < 0) hi *= 2;
  for (let k = 0; k < 200; k++) { const mid = (lo + hi) / 2; if (F(mid) < 0) lo = mid; else hi = mid; }
  return 2 * lo;
}

/** The linear batch perceptron from 0 (tie weight 1/2), exact, on Gram coordinates: u = β_1 b_1 + β_2 b_2. */
export function linearPerceptronCount(d: number, cap = 4 * d): number | null {
  const G = [[new Q(1n, BigInt(d)), Q.ONE], [Q.ONE, Q.of(2 * d)]];
  const Yq = [Q.ONE, Q.of(-1)];
  const beta = [Q.ZERO, Q.ZERO];
  for (let t = 0; t <= cap; t++) {
    const m = [0, 1].map((i) => Yq[i]!.mul(beta[0]!.mul(G[0]![i]!).add(beta[1]!.mul(G[1]![i]!))));
    if (m.every((x) => x.sign() > 0)) return t;
    // First step from 0: every margin is 0 and weighs 1/2; later: S_t = {m ≤ 0} (Tyurin's batch perceptron).
    const w = m.map((x) => (t === 0 ? Q.HALF : x.sign() <= 0 ? Q.ONE : Q.ZERO));
    for (let i = 0; i < 2; i++) beta[i] = beta[i]!.add(w[i]!.mul(Yq[i]!).mul(Q.HALF));
  }
  return null;
}

/**
 * Exact-step float64 GD on the full two-neuron network (every step evaluates both neurons at both
 * points, takes the subgradient with relu'(0) = 0, and updates all trained parameters), with
 * checkpoints. L(θ) = ℓ(N(x₊)) + ℓ(−N(x₋)), ℓ(z) = e^{−z} or log(1 + e^{−z}).
 *
 * The fixed-output exponential-loss loop performs the same float operations in the same order as
 * the benchmark peer (shared/bench/peers/two_neuron.py), so the two agree to the last few ulps. Its
 * exponential is fastExp (≤ 1 ulp, a shorter dependency chain than Math.exp): each step waits on it.
 */
import { fastExp } from '../numeric/fastExp.ts';
import { W1, B1, W2, B2, V1, V2, type Loss, type TwoNeuronData } from './twoNeuron.ts';

export interface GdConfig extends TwoNeuronData {
  eta: number;
  loss: Loss;
  /** Whether the output weights v are trained too (R-O2), or fixed at their initial values. */
  trainOutputs: boolean;
}

/** dL/dout at a point with label y: −y·ℓ'(y·out) up to sign conventions: −y e^{−y·out} or −y σ(−y·out). */
function dLoss(loss: Loss, y: number, out: number): number {
  const z = y * out;
  if (loss === 'exp') return -y * fastExp(-z);
  return z >= 0 ? -y * (Math.exp(-z) / (1 + Math.exp(-z))) : -y / (1 + Math.exp(z));
}

/**
 * Fast path: fixed outputs, exponential loss. Branch-light, but bitwise the peer's arithmetic: each
 * gradient entry is (g·v)·x summed over the two points in the peer's order, an inactive neuron adding 0.
 */
export function advanceFixedExp(c: GdConfig, p: Float64Array, steps: number): void {
  let w1 = p[W1]!, b1 = p[B1]!, w2 = p[W2]!, b2 = p[B2]!;
  const v1 = p[V1]!, v2 = p[V2]!, eta = c.eta, xp = c.xPlus, xm = c.xMinus;
  const exp = fastExp;
  for (let s = 0; s < steps; s++) {
    const z1p = w1 * xp + b1, z2p = w2 * xp + b2, z1m = w1 * xm + b1, z2m = w2 * xm + b2;
    const gp = -exp(-(v1 * (z1p > 0 ? z1p : 0) + v2 * (z2p > 0 ? z2p : 0)));
    const gm = exp(v1 * (z1m > 0 ? z1m : 0) + v2 * (z2m > 0 ? z2m : 0));
    const a1p = z1p > 0 ? gp * v1 : 0, a2p = z2p > 0 ? gp * v2 : 0, a1m = z1m > 0 ? gm * v1 : 0, a2m = z2m > 0 ? gm * v2 : 0;
    w1 -= eta * (a1p * xp + a1m * xm); b1 -= eta * (a1p + a1m);
    w2 -= eta * (a2p * xp + a2m * xm); b2 -= eta * (a2p + a2m);
  }
  p[W1] = w1; p[B1] = b1; p[W2] = w2; p[B2] = b2;
}

/**
 * The benchmark's case, outputs exactly (1, −1): the multiplications by ±1 dropped. Still bitwise the
 * peer's arithmetic: 1·a = a, (−1)·b = −b and −(a − b) = b − a are exact in IEEE 754.
 */
function advanceUnitOutputsExp(c: GdConfig, p: Float64Array, steps: number): void {
  let w1 = p[W1]!, b1 = p[B1]!, w2 = p[W2]!, b2 = p[B2]!;
  const eta = c.eta, xp = c.xPlus, xm = c.xMinus;
  const exp = fastExp;
  for (let s = 0; s < steps; s++) {
    const z1p = w1 * xp + b1, z2p = w2 * xp + b2, z1m = w1 * xm + b1, z2m = w2 * xm + b2;
    const gp = -exp((z2p > 0 ? z2p : 0) - (z1p > 0 ? z1p : 0));
    const gm = exp((z1m > 0 ? z1m : 0) - (z2m > 0 ? z2m : 0));
    const a1p = z1p > 0 ? gp : 0, a2p = z2p > 0 ? -gp : 0, a1m = z1m > 0 ? gm : 0, a2m = z2m > 0 ? -gm : 0;
    w1 -= eta * (a1p * xp + a1m * xm); b1 -= eta * (a1p + a1m);
    w2 -= eta * (a2p * xp + a2m * xm); b2 -= eta * (a2p + a2m);
  }
  p[W1] = w1; p[B1] = b1; p[W2] = w2; p[B2] = b2;
}

/**
 * The benchmark's exact case, outputs (1, −1) and points x₊ = 1, x₋ = −1: also the multiplications by
 * the points dropped, two fewer on each step's dependency chain. Still bitwise the peer's arithmetic:
 * w·1 + b = w + b, w·(−1) + b = b − w and a·1 + c·(−1) = a − c are exact rewrites in IEEE 754.
 */
function advanceUnitExp(c: GdConfig, p: Float64Array, steps: number): void {
  let w1 = p[W1]!, b1 = p[B1]!, w2 = p[W2]!, b2 = p[B2]!;
  const eta = c.eta;
  const exp = fastExp;
  for (let s = 0; s < steps; s++) {
    const z1p = w1 + b1, z2p = w2 + b2, z1m = b1 - w1, z2m = b2 - w2;
    const gp = -exp((z2p > 0 ? z2p : 0) - (z1p > 0 ? z1p : 0));
    const gm = exp((z1m > 0 ? z1m : 0) - (z2m > 0 ? z2m : 0));
    const a1p = z1p > 0 ? gp : 0, a2p = z2p > 0 ? -gp : 0, a1m = z1m > 0 ? gm : 0, a2m = z2m > 0 ? -gm : 0;
    w1 -= eta * (a1p - a1m); b1 -= eta * (a1p + a1m);
    w2 -= eta * (a2p - a2m); b2 -= eta * (a2p + a2m);
  }
  p[W1] = w1; p[B1] = b1; p[W2] = w2; p[B2] = b2;
}

/** General path: any loss, outputs fixed or trained. */
export function advanceGeneral(c: GdConfig, p: Float64Array, steps: number): void {
  let w1 = p[W1]!, b1 = p[B1]!, w2 = p[W2]!, b2 = p[B2]!, v1 = p[V1]!, v2 = p[V2]!;
  const eta = c.eta, train = c.trainOutputs, loss = c.loss;
  const xs = [c.xPlus, c.xMinus], ys = [1, -1];
  for (let s = 0; s < steps; s++) {
    let gw1 = 0, gb1 = 0, gw2 = 0, gb2 = 0, gv1 = 0, gv2 = 0;
    for (let i = 0; i < 2; i++) {
      const x = xs[i]!;
      const z1 = w1 * x + b1, z2 = w2 * x + b2;
      const r1 = z1 > 0 ? z1 : 0, r2 = z2 > 0 ? z2 : 0;
      const g = dLoss(loss, ys[i]!, v1 * r1 + v2 * r2);
      if (z1 > 0) { gw1 += g * v1 * x; gb1 += g * v1; }
      if (z2 > 0) { gw2 += g * v2 * x; gb2 += g * v2; }
      gv1 += g * r1; gv2 += g * r2;
    }
    w1 -= eta * gw1; b1 -= eta * gb1; w2 -= eta * gw2; b2 -= eta * gb2;
    if (train) { v1 -= eta * gv1; v2 -= eta * gv2; }
  }
  p[W1] = w1; p[B1] = b1; p[W2] = w2; p[B2] = b2; p[V1] = v1; p[V2] = v2;
}

/** Runs `steps` GD steps in place. */
export function advance(c: GdConfig, p: Float64Array, steps: number): void {
  if (c.loss === 'exp' && !c.trainOutputs && p[V1] === 1 && p[V2] === -1) (c.xPlus === 1 && c.xMinus === -1 ? advanceUnitExp : advanceUnitOutputsExp)(c, p, steps);
  else if (c.loss === 'exp' && !c.trainOutputs) advanceFixedExp(c, p, steps);
  else advanceGeneral(c, p, steps);
}

/** About `perDecade` integer times per decade from 1 to T (T included), increasing and distinct. */
export function logCheckpoints(T: number, perDecade = 10): number[] {
  const out: number[] = [];
  const top = Math.log10(T);
  for (let j = 0; j <= Math.ceil(top * perDecade); j++) {
    const t = Math.min(T, Math.round(10 ** (j / perDecade)));
    if (!out.length || t > out[out.length - 1]!) out.push(t);
  }
  if (out[out.length - 1] !== T) out.push(T);
  return out;
}

export interface Trajectory {
  /** Checkpoint times (steps taken) and the parameters there; t = 0 is the initialization. */
  t: number[];
  params: Float64Array[];
  seconds: number;
}

/** GD from `init` with the parameters recorded at each checkpoint; `progress` is called per chunk. */
export function simulate(c: GdConfig, init: Float64Array, checkpoints: readonly number[], progress?: (t: number) => void): Trajectory {
  const p = Float64Array.from(init);
  const t: number[] = [0], out: Float64Array[] = [Float64Array.from(p)];
  let now = 0;
  const t0 = performance.now();
  const chunk = 1 << 20;
  for (const target of checkpoints) {
    while (now < target) {
      const n = Math.min(chunk, target - now);
      advance(c, p, n);
      now += n;
      if (progress && n === chunk) progress(now);
    }
    if (target > 0) { t.push(now); out.push(Float64Array.from(p)); }
  }
  return { t, params: out, seconds: (performance.now() - t0) / 1000 };
}

/**
 * GD on the fixed-output two-layer model (src/models/twoLayer.ts) with step γ, from W_0 = γU_0.
 *
 * Plain GD:   W_{t+1} = W_t + (γ/n) Σ σ(−y_i g(b_i; W_t)) y_i ∇g(b_i; W_t)
 * Rescaled:   U_t = W_t/γ obeys U_{t+1} = U_t + (1/n) Σ σ(−γ y_i g(b_i; U_t)) y_i ∇g(b_i; U_t),
 * exactly for every γ, because g is 1-homogeneous in W and ∇g is 0-homogeneous. The rescaled form is
 * the one to run for large γ (W overflows once γ·margin passes ~709). Starting GD at W_0 = γU_0 with
 * the same U_0 for every γ is the initialisation convention of the reduction claims.
 */
import * as f64 from '../numeric/float64.ts';
import * as hp from '../numeric/highPrecision.ts';
import type { D } from '../numeric/highPrecision.ts';
import { addWeightedGradients, marginsFrom, marginsHP, preacts, preactsHP, type TwoLayerF64, type TwoLayerHP } from '../models/twoLayer.ts';

/** One rescaled step in float64. */
export function rescaledStepF64(net: TwoLayerF64, U: Float64Array, gamma: number): Float64Array {
  const P = preacts(net, U);
  const mg = marginsFrom(net, P);
  const c = new Float64Array(net.n);
  for (let i = 0; i < net.n; i++) c[i] = f64.sigmoidNeg(gamma * mg[i]!) / net.n;
  const next = Float64Array.from(U);
  addWeightedGradients(net, P, c, next);
  return next;
}

/** U_0, ..., U_T of the rescaled recursion in float64. */
export function rescaledGdF64(net: TwoLayerF64, U0: Float64Array, gamma: number, T: number): Float64Array[] {
  const out: Float64Array[] = [Float64Array.from(U0)];
  for (let t = 0; t < T; t++) out.push(rescaledStepF64(net, out[t]!, gamma));
  return out;
}

/** W_0 = γU_0, ..., W_T of plain GD in float64 (only for moderate γ: W grows like γ). */
export function plainGdF64(net: TwoLayerF64, U0: Float64Array, gamma: number, T: number): Float64Array[] {
  const out: Float64Array[] = [U0.map((x) => gamma * x)];
  for (let t = 0; t < T; t++) {
    const W = out[t]!;
    const P = preacts(net, W);
    const mg = marginsFrom(net, P);
    const c = new Float64Array(net.n);
    for (let i = 0; i < net.n; i++) c[i] = (gamma * f64.sigmoidNeg(mg[i]!)) / net.n;
    const next = Float64Array.from(W);
    addWeightedGradients(net, P, c, next);
    out.push(next);
  }
  return out;
}

/** The rescaled recursion in high precision (decimal.js at net.C's digits). */
export function rescaledGdHP(net: TwoLayerHP, U0: readonly D[][], gamma: D, T: number): D[][][] {
  const { C, B, y, a, act } = net;
  const n = B.length;
  const out: D[][][] = [U0.map((w) => w.slice())];
  for (let t = 0; t < T; t++) {
    const U = out[t]!;
    const P = preactsHP(net, U);
    const mg = marginsHP(net, U, P);
    const next = U.map((w) => w.slice());
    for (let i = 0; i < n; i++) {
      const c = hp.sigmoidNeg(C, gamma.times(mg[i]!)).div(n).times(y[i]!);
      for (let j = 0; j < U.length; j++) {
        const p = P[i]![j]!;
        const q = p.gt(0) ? 4 : p.lt(0) ? act.negQuarters : act.kinkQuarters;
        if (q === 0) continue;
        const s = c.times(a[j]! * q).div(4);
        const w = next[j]!;
        for (let k = 0; k < w.length; k++) w[k] = w[k]!.plus(s.times(B[i]![k]!));
      }
    }
    out.push(next);
  }
  return out;
}

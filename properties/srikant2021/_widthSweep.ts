/**
 * Width sweeps of the NTK network (used by srikant2021 claims and the ntk scenario): for each width
 * m and seed, draw W0 and a, form H(0), the min-norm interpolant W*, run GD to a tiny loss, and
 * record the relative distance D = ‖W_T − W*‖/‖W* − W0‖, the Lyapunov excess Σ(V_{k+1} − V_k)_+/V_0
 * of V_k = ‖W_k − W*‖², and the norm gap |‖W* − W0‖² − yᵀH∞⁻¹y| / yᵀH∞⁻¹y.
 */
import { models } from 'gdcheck';

type NtkData = models.ntk.NtkData;
const { rng } = models.mlp;
const { frobDist2, gdStep, minNormInterpolant, ntkInit } = models.ntk;

export interface WidthRun { m: number; seed: number; D: number; lyapExcess: number; dist2: number; finalLoss: number; steps: number }

export interface GdOptions { kappa: number; eta: number; maxSteps: number; /** stop when Φ < this */ lossTol: number }

export function runWidth(data: NtkData, m: number, seed: number, o: GdOptions): WidthRun {
  const net = ntkInit(m, data.d, o.kappa, rng(seed));
  const mn = minNormInterpolant(net, data);
  const W = net.W.slice();
  let V = frobDist2(W, mn.Wstar);
  const V0 = V;
  let excess = 0, loss = Infinity, k = 0;
  for (; k < o.maxSteps; k++) {
    loss = gdStep(net, W, data, o.eta);
    const Vn = frobDist2(W, mn.Wstar);
    excess += Math.max(0, Vn - V);
    V = Vn;
    if (!Number.isFinite(loss) || loss < o.lossTol) break;
  }
  return { m, seed, D: Math.sqrt(V / mn.dist2), lyapExcess: excess / V0, dist2: mn.dist2, finalLoss: loss, steps: k };
}

export const mean = (v: readonly number[]): number => v.reduce((a, b) => a + b, 0) / v.length;

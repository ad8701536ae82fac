/**
 * Cheap real runs for the rate corpus: float64 GD with log-spaced checkpoints.
 *  - logistic regression on separable signed points z_i = y_i·b_i (step η, from w = 0):
 *    loss F(w_t) and margin gap γ* − min_i z_iᵀw_t/‖w_t‖;
 *  - a diagonal quadratic ½Σλ_i w_i² (minimiser 0, so no cancellation): ‖w_t‖ and f(w_t).
 * Not used by the test at run time: make.ts stores their output as JSON fixtures.
 */

export interface Checkpointed { t: number[]; values: Record<string, number[]> }

/** t = round(10^(j/perDecade)) from 1 to T, distinct. */
export function logTimes(T: number, perDecade: number): number[] {
  const out: number[] = [];
  for (let j = 0; j <= Math.ceil(Math.log10(T) * perDecade); j++) {
    const t = Math.min(T, Math.round(10 ** (j / perDecade)));
    if (!out.length || t > out[out.length - 1]!) out.push(t);
  }
  return out;
}

const softplusNeg = (m: number): number => (m > 0 ? Math.log1p(Math.exp(-m)) : -m + Math.log1p(Math.exp(m)));
const sigmoidNeg = (m: number): number => (m > 0 ? Math.exp(-m) / (1 + Math.exp(-m)) : 1 / (1 + Math.exp(m)));

/** GD on F(w) = (1/n) Σ log(1 + e^{−z_iᵀw}) in R^d from w = 0; loss and margin gap at the checkpoints. */
export function logisticRun(z: readonly (readonly number[])[], eta: number, gammaStar: number, T: number, perDecade: number): Checkpointed {
  const n = z.length, d = z[0]!.length;
  const times = logTimes(T, perDecade);
  const w = new Float64Array(d), g = new Float64Array(d);
  const t: number[] = [], loss: number[] = [], gap: number[] = [];
  let k = 0;
  for (const target of times) {
    for (; k < target; k++) {
      g.fill(0);
      for (let i = 0; i < n; i++) {
        let m = 0;
        for (let j = 0; j < d; j++) m += z[i]![j]! * w[j]!;
        const s = sigmoidNeg(m) / n;
        for (let j = 0; j < d; j++) g[j]! += s * z[i]![j]!;
      }
      for (let j = 0; j < d; j++) w[j]! += eta * g[j]!;
    }
    let F = 0, minM = Infinity, nrm = 0;
    for (let j = 0; j < d; j++) nrm += w[j]! * w[j]!;
    for (let i = 0; i < n; i++) {
      let m = 0;
      for (let j = 0; j < d; j++) m += z[i]![j]! * w[j]!;
      F += softplusNeg(m) / n;
      minM = Math.min(minM, m);
    }
    t.push(target); loss.push(F); gap.push(gammaStar - minM / Math.sqrt(nrm));
  }
  return { t, values: { loss, gap } };
}

/** GD on ½Σλ_i w_i² from w0 with step η: ‖w_t‖ (decays like |1 − ηλ|^t for the slowest mode). */
export function quadraticRun(lambda: readonly number[], w0: readonly number[], eta: number, times: readonly number[]): Checkpointed {
  const w = Float64Array.from(w0);
  const t: number[] = [], dist: number[] = [], f: number[] = [];
  let k = 0;
  for (const target of times) {
    for (; k < target; k++) for (let i = 0; i < w.length; i++) w[i]! -= eta * lambda[i]! * w[i]!;
    let s = 0, v = 0;
    for (let i = 0; i < w.length; i++) { s += w[i]! * w[i]!; v += 0.5 * lambda[i]! * w[i]! * w[i]!; }
    t.push(target); dist.push(Math.sqrt(s)); f.push(v);
  }
  return { t, values: { dist, f } };
}

/**
 * W3 f64-logistic-sweep: float64 GD on linear logistic regression for d in {64, ..., 1024}, n = 2d,
 * b[i][j] = sin(1 + i·d + j), w*[j] = cos(j), y_i = sign(⟨b_i, w*⟩) (0 → +1), v_0 = 0, step 1, T = 200.
 * Final loss per d, to 10 digits.
 */
import type { Workload, WorkloadResult } from '../workload.ts';
import { gdF64Fast } from '../../src/dynamics/logisticGd.ts';
import { lossF64, type FloatData } from '../../src/models/linearLogistic.ts';

const DS = [64, 128, 256, 512, 1024];

function data(d: number): FloatData {
  const n = 2 * d;
  const Z = new Float64Array(n * d);
  for (let i = 0; i < n; i++) {
    let s = 0;
    for (let j = 0; j < d; j++) { const b = Math.sin(1 + i * d + j); Z[i * d + j] = b; s += b * Math.cos(j); }
    const y = s < 0 ? -1 : 1;
    for (let j = 0; j < d; j++) Z[i * d + j] *= y;
  }
  return { Z, n, d };
}

export function w3(ds = DS, T = 200): WorkloadResult {
  const all = ds.map(data);
  const t0 = performance.now();
  const loss: Record<string, number> = {};
  all.forEach((x) => { loss[x.d] = lossF64(x, gdF64Fast(x, 1, T)); });
  return { seconds: (performance.now() - t0) / 1000, loss };
}

const workload: Workload = {
  id: 'W3', name: 'f64-logistic-sweep', target: 1.0,
  run: () => w3(),
  peer: { script: 'f64_logistic_sweep.py' },
  agree: (ours, peer) => {
    const a = ours.loss as Record<string, number>, b = peer.loss as Record<string, number>;
    const worst = Math.max(...DS.map((d) => Math.abs(a[d]! - b[d]!) / Math.abs(b[d]!)));
    return { ok: worst < 5e-10, detail: `largest relative loss difference ${worst.toExponential(2)} over d = ${DS.join(', ')}` };
  },
  scaling: () => DS.map((d) => `W3 d = ${d} (n = ${2 * d}, T = 200): ${w3([d]).seconds.toFixed(3)} s`),
};
export default workload;

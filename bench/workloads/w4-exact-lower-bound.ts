/**
 * W4 exact-lower-bound: the exact rational Batch Perceptron on the Ω(n) dataset of Tyurin 2412.08424
 * Thm 5.1 for n in {10, 40, 160, 640, 2560}; counts must be identical. Ours is the project's
 * batchPerceptron: integer-scaled BigInt margins, with identical points grouped (they always move
 * together), so a step costs O(distinct points · d), not O(n · d).
 */
import type { Workload, WorkloadResult } from '../workload.ts';
import { batchPerceptron } from '../../src/dynamics/perceptron.ts';
import { lowerBoundDataset } from '../../src/arbitraries/datasetFamilies.ts';

const NS = [10, 40, 160, 640, 2560];

export function w4(ns = NS): WorkloadResult {
  const t0 = performance.now();
  const iterations: Record<string, number | null> = {};
  for (const n of ns) iterations[n] = batchPerceptron(lowerBoundDataset(n), { maxIter: 10 * n }).count;
  return { seconds: (performance.now() - t0) / 1000, iterations };
}

const workload: Workload = {
  id: 'W4', name: 'exact-lower-bound', target: 0.2,
  run: () => w4(),
  peer: { script: 'exact_lower_bound.py' },
  agree: (ours, peer) => {
    const a = ours.iterations as Record<string, number>, b = peer.iterations as Record<string, number>;
    const ok = NS.every((n) => a[n] === b[n]);
    return { ok, detail: `counts ${NS.map((n) => a[n]).join(', ')} (peer ${NS.map((n) => b[n]).join(', ')})` };
  },
  scaling: () => [640, 2560, 10240, 40960].map((n) => `W4 n = ${n}: ${w4([n]).seconds.toFixed(4)} s (count ${(w4([n]).iterations as Record<string, number>)[n]})`),
};
export default workload;

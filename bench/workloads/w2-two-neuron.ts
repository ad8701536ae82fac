/**
 * W2 two-neuron (shared/bench/README.md): float64 GD on the two-neuron ReLU reference model, 2e5 steps,
 * against the plain-Python peer shared/bench/peers/two_neuron.py. Same data, loss, step, init and
 * subgradient convention (relu'(0) = 0), read from the setting module; our loop performs the peer's
 * float operations in the peer's order, so the parameters agree to the last ulps (12 digits required).
 * Timing: the compute loop only, after one untimed warm-up run (the JIT's compile), median of 5.
 */
import type { Workload, WorkloadResult } from '../workload.ts';
import { R } from '../../properties/smorodinsky2026/_setting.ts';
import { advance } from '../../src/models/twoNeuronGd.ts';
import { boundary } from '../../src/models/twoNeuron.ts';

const T = 200_000;
/**
 * Float operations of one step besides the two exponentials, in the loop the benchmark's case takes
 * (x± = ±1, outputs (1, −1): advanceUnitExp): 4 pre-activations (one add or subtract each), the two
 * exponents (sub), and the four updates of (w, b) (each: add or sub, mul by η, sub).
 * Each fastExp is about 19 more (reduction 6, polynomial 8, table scaling 3, final 2).
 */
const FLOPS_PER_STEP = 4 + 2 + 4 * 3;

function once(steps: number): { seconds: number; p: Float64Array } {
  const p = Float64Array.from(R.inits.verification!);
  const t0 = performance.now();
  advance(R, p, steps);
  return { seconds: (performance.now() - t0) / 1000, p };
}

function timed(steps: number, repeats = 5): { seconds: number; p: Float64Array } {
  once(Math.min(steps, T));
  const runs = Array.from({ length: repeats }, () => once(steps));
  const sorted = runs.map((r) => r.seconds).sort((a, b) => a - b);
  return { seconds: sorted[repeats >> 1]!, p: runs[0]!.p };
}

/** |x| agreement to 12 significant digits (relative 1e-12, absolute near 0). */
const close = (a: number, b: number): boolean => Math.abs(a - b) <= 1e-12 * Math.max(1, Math.abs(a), Math.abs(b));

const workload: Workload = {
  id: 'W2',
  name: 'two-neuron',
  target: 0.02,
  run(): WorkloadResult {
    const { seconds, p } = timed(T);
    // The peer's boundary: the zero of N on [−1, 1] with both neurons active (our exact piece walk finds it).
    return { seconds, T, gap: Math.abs(boundary(R, p)), params: Array.from(p.subarray(0, 4)), nsPerStep: seconds / T * 1e9 };
  },
  peer: { script: 'two_neuron.py', args: [String(T)] },
  agree(ours, peer) {
    const a = ours.params as number[], b = peer.params as number[] | undefined;
    if (!Array.isArray(b) || b.length !== 4) return { ok: false, detail: 'peer printed no params' };
    const worst = Math.max(...a.map((x, k) => Math.abs(x - b[k]!) / Math.max(1, Math.abs(b[k]!))));
    const ok = a.every((x, k) => close(x, b[k]!)) && close(ours.gap as number, Number(peer.gap));
    const ns = typeof ours.nsPerStep === 'number' ? `; ours ${ours.nsPerStep.toFixed(1)} ns/step, ${FLOPS_PER_STEP} flops + 2 exp per step (peer ${(Number(peer.seconds) / T * 1e9).toFixed(0)} ns/step)` : '';
    return { ok, detail: `params max relative difference ${worst.toExponential(2)}; gap ${(ours.gap as number).toPrecision(14)} vs ${Number(peer.gap).toPrecision(14)}${ns}` };
  },
  scaling(): string[] {
    return [1e5, 1e6, 1e7].map((steps) => {
      const { seconds } = timed(steps, 3);
      return `W2 T = ${steps.toExponential(0)}: ${(seconds * 1e3).toFixed(1)} ms (${(seconds / steps * 1e9).toFixed(1)} ns/step)`;
    });
  },
};

export default workload;

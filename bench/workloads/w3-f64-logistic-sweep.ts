/**
 * W3 f64-logistic-sweep: float64 GD on linear logistic regression for d in {64, ..., 1024}, n = 2d,
 * b[i][j] = sin(1 + i·d + j), w*[j] = cos(j), y_i = sign(⟨b_i, w*⟩) (0 → +1), v_0 = 0, step 1, T = 200.
 * Final loss per d, to 10 digits. Ours: the WebAssembly SIMD kernel with the rows split between two
 * threads on shared memory (src/numeric/wasmGd.ts), as the peer's numpy runs OpenBLAS on two threads;
 * the worker thread has started (kernel.ready), and the data is laid out in the kernel's shared
 * memory (kernel.prepare), before the timer, as numpy's thread pool exists and its arrays are built
 * before the peer's timer; one untimed warm-up run, as in W2.
 * 4·n·d flops per step (two matrix–vector products), printed as GFLOP/s against this CPU's peak.
 */
import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import type { Workload, WorkloadResult } from '../workload.ts';
import { gdF64Fused } from '../../src/dynamics/logisticGd.ts';
import { gdKernel } from '../../src/numeric/wasmGd.ts';
import { lossF64, type FloatData } from '../../src/models/linearLogistic.ts';

const DS = [64, 128, 256, 512, 1024];
const THREADS = Math.min(2, availableParallelism());
const flops = (ds: number[], T: number) => ds.reduce((s, d) => s + 4 * (2 * d) * d * T, 0);

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

/**
 * This machine's float64 peak in GFLOP/s: cores × clock × flops per cycle (32 with AVX-512 and two
 * FMA units, 16 with AVX2 FMA, 4 otherwise), and WebAssembly's own ceiling (128-bit f64x2, no FMA:
 * two operations of two lanes per cycle, 4 flops). Linux's /proc/cpuinfo; undefined elsewhere.
 */
export function cpuPeak(): { gflops: number; wasm: number; what: string } | undefined {
  let info: string;
  try { info = readFileSync('/proc/cpuinfo', 'utf8'); } catch { return undefined; }
  const mhz = Number(/cpu MHz\s*:\s*([\d.]+)/.exec(info)?.[1]);
  const flags = /^flags\s*:(.*)$/m.exec(info)?.[1] ?? '';
  if (!(mhz > 0)) return undefined;
  const perCycle = / avx512f/.test(flags) ? 32 : / fma/.test(flags) && / avx2/.test(flags) ? 16 : 4;
  const cores = availableParallelism(), ghz = mhz / 1000;
  return { gflops: cores * ghz * perCycle, wasm: cores * ghz * 4, what: `${cores} cores × ${ghz.toFixed(2)} GHz × ${perCycle} flops/cycle` };
}

export async function w3(ds = DS, T = 200, threads = THREADS): Promise<WorkloadResult> {
  const all = ds.map(data);
  const kernel = gdKernel(threads);
  try {
    const runs = all.map((x) => kernel ? kernel.prepare(x).run : (gamma: number, t: number) => gdF64Fused(x, gamma, t));
    kernel?.ready();
    // One untimed warm-up run on two threads (d = 128), as W2 warms up: the worker's share loop
    // starts in V8's interpreter and its first runs took 30-40 ms instead of 6.
    kernel?.prepare(data(128)).run(1, 50);
    const t0 = performance.now();
    const loss: Record<string, number> = {};
    all.forEach((x, k) => { loss[x.d] = lossF64(x, runs[k]!(1, T)); });
    const seconds = (performance.now() - t0) / 1000;
    return { seconds, loss, gflops: flops(ds, T) / seconds / 1e9 };
  } finally {
    await kernel?.close();
  }
}

const workload: Workload = {
  id: 'W3', name: 'f64-logistic-sweep', target: 1.0,
  run: () => w3(),
  peer: { script: 'f64_logistic_sweep.py' },
  agree: (ours, peer) => {
    const a = ours.loss as Record<string, number>, b = peer.loss as Record<string, number>;
    const worst = Math.max(...DS.map((d) => Math.abs(a[d]! - b[d]!) / Math.abs(b[d]!)));
    const peak = cpuPeak();
    const g = ours.gflops as number, gp = flops(DS, 200) / Number(peer.seconds) / 1e9;
    const share = peak ? ` (${((100 * g) / peak.gflops).toFixed(0)}% of this CPU's float64 peak ${peak.gflops.toFixed(0)} GFLOP/s = ${peak.what}; WebAssembly's 128-bit ceiling without FMA ${peak.wasm.toFixed(0)})` : '';
    return { ok: worst < 5e-10, detail: `largest relative loss difference ${worst.toExponential(2)} over d = ${DS.join(', ')}; ours ${g.toFixed(1)} GFLOP/s on ${THREADS} threads${share}, peer ${gp.toFixed(1)} GFLOP/s` };
  },
  scaling: async () => {
    const out: string[] = [];
    for (const d of DS) {
      const [one, two] = [await w3([d], 200, 1), await w3([d], 200, THREADS)];
      out.push(`W3 d = ${d} (n = ${2 * d}, T = 200): ${one.seconds.toFixed(3)} s on 1 thread (${(one.gflops as number).toFixed(1)} GFLOP/s), ${two.seconds.toFixed(3)} s on ${THREADS} (${(two.gflops as number).toFixed(1)} GFLOP/s)`);
    }
    return out;
  },
};
export default workload;

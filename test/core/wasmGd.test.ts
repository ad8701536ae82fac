import { describe, expect, it } from 'vitest';
import { gdF64Fast, gdF64Fused, gdF64 } from '../../src/dynamics/logisticGd.ts';
import { BLOCK_ROWS, blockLayout, gdKernel, wasmAvailable, wasmSigmoidNeg, wasmSigmoidNegs } from '../../src/numeric/wasmGd.ts';
import { sigmoidNeg } from '../../src/numeric/float64.ts';

function data(n: number, d: number) {
  const Z = new Float64Array(n * d);
  for (let k = 0; k < Z.length; k++) Z[k] = Math.sin(1 + 0.7 * k) * (k % 3 === 0 ? -1 : 1);
  return { Z, n, d };
}

describe('float64 GD kernels agree', () => {
  it('the SIMD kernel is available on this Node', () => { expect(wasmAvailable()).toBe(true); });
  it('the kernel\'s own σ(−m) agrees with float64.sigmoidNeg to 1e-15 relative (down to 1e-300)', () => {
    const sig = wasmSigmoidNeg()!;
    let worst = 0;
    for (let i = 0; i < 30000; i++) {
      const m = Math.sin(i * 0.61) * (i % 3 === 0 ? 800 : i % 3 === 1 ? 40 : 2);
      const b = sigmoidNeg(m);
      if (b > 1e-300) worst = Math.max(worst, Math.abs(sig(m) - b) / b);
    }
    expect(worst).toBeLessThan(1e-15);
    expect(sig(0)).toBe(0.5);
    expect(sig(-1000)).toBe(1);
    expect(sig(1000)).toBeLessThan(1e-307); // clamped at e^-708: an absolute error below 1e-307
  });
  it('the vector σ (two lanes) gives the scalar σ\'s bits, including the clamp, ±0 and ±∞; NaN stays NaN', () => {
    const sig = wasmSigmoidNeg()!;
    const ms = Float64Array.from({ length: 20001 }, (_, i) => Math.sin(i * 0.37) * (i % 4 === 0 ? 900 : i % 4 === 1 ? 40 : i % 4 === 2 ? 2 : 1e-9));
    ms.set([0, -0, Infinity, -Infinity, 708, -708, 709, 745, 1e-310], 0);
    const vs = wasmSigmoidNegs(ms)!;
    expect(vs.length).toBe(ms.length);
    ms.forEach((m, i) => expect(Object.is(vs[i], sig(m))).toBe(true));
    // The scalar σ traps on NaN (its float-to-integer conversion); the vector σ must pass NaN on, so a
    // run whose margins overflowed ends in NaN, which the callers report as inconclusive.
    expect([...wasmSigmoidNegs(Float64Array.of(NaN, 1, NaN))!].map(Number.isNaN)).toEqual([true, false, true]);
  });
  it('blockLayout puts z_i[j] where partial reads it: four rows per block, column pairs, zero padding', () => {
    const n = 6, d = 5, d8 = 8, Z = Float64Array.from({ length: n * d }, (_, k) => k + 1);
    const heap = new Float64Array(3 + 2 * BLOCK_ROWS * d8).fill(-1);
    heap.fill(0, 3);
    blockLayout(Z, d, 1, n, d8, heap, 3); // rows 1..5: one full block and one row of the next
    expect([...heap.subarray(0, 3)]).toEqual([-1, -1, -1]);
    for (let i = 1; i < n; i++) for (let j = 0; j < d8; j++) {
      const b = Math.floor((i - 1) / 4), r = (i - 1) % 4;
      expect(heap[3 + 4 * d8 * b + 8 * Math.floor(j / 2) + 2 * r + (j % 2)]).toBe(j < d ? Z[i * d + j] : 0);
    }
    expect(heap.subarray(3).filter((x) => x !== 0).length).toBe((n - 1) * d);
  });
  it.each([[24, 8], [40, 12], [7, 3]])('n=%i d=%i: SIMD (or fallback), fused and reference GD agree to 1e-12', (n, d) => {
    const x = data(n, d);
    const ref = gdF64(x, 1.5, 50);
    for (const v of [gdF64Fast(x, 1.5, 50), gdF64Fused(x, 1.5, 50)]) v.forEach((vj, j) => expect(Math.abs(vj - ref[j]!)).toBeLessThan(1e-12 * (1 + Math.abs(ref[j]!))));
  });
  it.each([[24, 8], [37, 12], [1, 5], [40, 64], [129, 24]])('n=%i d=%i: two threads on shared memory give the one-thread result to 1e-12, the same bits every run', async (n, d) => {
    const one = gdKernel(1)!, two = gdKernel(2, 1)!; // minWork 1: the second thread is used even for these small runs
    try {
      one.ready(0); // no worker: returns at once
      two.ready(); // blocks until the worker listens (throws after 10 s)
      const x = data(n, d);
      const ref = gdF64(x, 1.5, 40), a = one.run(x, 1.5, 40), b = two.run(x, 1.5, 40), again = two.run(x, 1.5, 40);
      expect(b.length).toBe(d);
      for (const v of [a, b]) v.forEach((vj, j) => expect(Math.abs(vj - ref[j]!)).toBeLessThan(1e-12 * (1 + Math.abs(ref[j]!))));
      expect([...again]).toEqual([...b]);
      // Prepared once, run twice: each run starts again from v_0 = 0.
      const prepared = two.prepare(x);
      expect([...prepared.run(1.5, 40)]).toEqual([...b]);
      expect([...prepared.run(1.5, 40)]).toEqual([...b]);
    } finally {
      await Promise.all([one.close(), two.close()]);
    }
  });
});

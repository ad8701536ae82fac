import { describe, expect, it } from 'vitest';
import { gdF64Fast, gdF64Fused, gdF64 } from '../../src/dynamics/logisticGd.ts';
import { gdKernel, wasmAvailable, wasmSigmoidNeg } from '../../src/numeric/wasmGd.ts';
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
  it.each([[24, 8], [40, 12], [7, 3]])('n=%i d=%i: SIMD (or fallback), fused and reference GD agree to 1e-12', (n, d) => {
    const x = data(n, d);
    const ref = gdF64(x, 1.5, 50);
    for (const v of [gdF64Fast(x, 1.5, 50), gdF64Fused(x, 1.5, 50)]) v.forEach((vj, j) => expect(Math.abs(vj - ref[j]!)).toBeLessThan(1e-12 * (1 + Math.abs(ref[j]!))));
  });
  it.each([[24, 8], [37, 12], [1, 5], [40, 64], [129, 24]])('n=%i d=%i: two threads on shared memory give the one-thread result to 1e-12, the same bits every run', async (n, d) => {
    const one = gdKernel(1)!, two = gdKernel(2)!;
    try {
      const x = data(n, d);
      const ref = gdF64(x, 1.5, 40), a = one.run(x, 1.5, 40), b = two.run(x, 1.5, 40), again = two.run(x, 1.5, 40);
      expect(b.length).toBe(d);
      for (const v of [a, b]) v.forEach((vj, j) => expect(Math.abs(vj - ref[j]!)).toBeLessThan(1e-12 * (1 + Math.abs(ref[j]!))));
      expect([...again]).toEqual([...b]);
    } finally {
      await Promise.all([one.close(), two.close()]);
    }
  });
});

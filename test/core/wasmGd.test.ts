import { describe, expect, it } from 'vitest';
import { gdF64Fast, gdF64Fused, gdF64 } from '../../src/dynamics/logisticGd.ts';
import { wasmAvailable } from '../../src/numeric/wasmGd.ts';

function data(n: number, d: number) {
  const Z = new Float64Array(n * d);
  for (let k = 0; k < Z.length; k++) Z[k] = Math.sin(1 + 0.7 * k) * (k % 3 === 0 ? -1 : 1);
  return { Z, n, d };
}

describe('float64 GD kernels agree', () => {
  it('the SIMD kernel is available on this Node', () => { expect(wasmAvailable()).toBe(true); });
  it.each([[24, 8], [40, 12], [7, 3]])('n=%i d=%i: SIMD (or fallback), fused and reference GD agree to 1e-12', (n, d) => {
    const x = data(n, d);
    const ref = gdF64(x, 1.5, 50);
    for (const v of [gdF64Fast(x, 1.5, 50), gdF64Fused(x, 1.5, 50)]) v.forEach((vj, j) => expect(Math.abs(vj - ref[j]!)).toBeLessThan(1e-12 * (1 + Math.abs(ref[j]!))));
  });
});

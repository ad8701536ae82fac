// Exact PSD test (src/classes/psd.ts): the block split and the fraction-free elimination decide the same
// as plain rational LDLᵀ, and a diagonal or block-diagonal Hessian costs its blocks, not d³ rational products.
import { afterEach, describe, expect, it, vi } from 'vitest';
import fc from 'fast-check';
import { Q } from '../../src/numeric/rational.ts';
import { isPsd, shift } from '../../src/classes/psd.ts';
import { quadratic } from '../../src/classes/quadratic.ts';
import { cayley, reflections, type QMat } from '../../src/classes/orthogonal.ts';
import { checkClass } from '../../src/classes/checkClass.ts';

const q = (n: number, d = 1) => new Q(BigInt(n), BigInt(d));

/** The textbook rule, as a reference: rational LDLᵀ with diagonal pivoting. */
function referencePsd(M: QMat): boolean {
  const n = M.length, a = M.map((r) => r.slice()), done = new Array<boolean>(n).fill(false);
  for (let step = 0; step < n; step++) {
    let p = -1;
    for (let i = 0; i < n; i++) if (!done[i] && (p < 0 || a[i]![i]!.cmp(a[p]![p]!) > 0)) p = i;
    const piv = a[p]![p]!;
    if (piv.sign() < 0) return false;
    if (piv.isZero()) return a.every((r, i) => done[i] || r.every((x, j) => done[j] || x.isZero()));
    done[p] = true;
    for (let i = 0; i < n; i++) if (!done[i]) { const f = a[i]![p]!.div(piv); for (let j = 0; j < n; j++) if (!done[j]) a[i]![j] = a[i]![j]!.sub(f.mul(a[p]![j]!)); }
  }
  return true;
}

/** Symmetric matrices with small rational entries, often sparse or singular (rank-deficient Gram matrices). */
const symmetric = fc.integer({ min: 1, max: 6 }).chain((n) => fc.oneof(
  fc.array(fc.array(fc.integer({ min: -3, max: 3 }), { minLength: n, maxLength: n }), { minLength: n, maxLength: n })
    .map((a) => a.map((r, i) => r.map((_, j) => q(a[Math.min(i, j)]![Math.max(i, j)]!, 1 + ((i + j) % 3))))),
  // BᵀB − s·I: PSD exactly when s ≤ λ_min(BᵀB), so both answers and the zero-pivot branch are exercised.
  fc.record({ B: fc.array(fc.array(fc.integer({ min: -2, max: 2 }), { minLength: n, maxLength: n }), { minLength: 1, maxLength: n }), s: fc.integer({ min: -1, max: 2 }) })
    .map(({ B, s }) => Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, j) => B.reduce((t, r) => t.add(q(r[i]! * r[j]!, 2)), Q.ZERO).sub(i === j ? q(s, 3) : Q.ZERO)))),
));

describe('isPsd: blocks and fraction-free elimination', () => {
  it('agrees with rational LDLᵀ on random symmetric matrices (dense, sparse, singular)', () => {
    fc.assert(fc.property(symmetric, (M) => isPsd(M) === referencePsd(M)), { numRuns: 400, seed: 7 });
  });
  it('decides μI ⪯ M exactly at the least eigenvalue of a rotated quadratic (Cayley basis, rational spectrum)', () => {
    const U = cayley([[q(0), q(1, 2), q(-1)], [q(-1, 2), q(0), q(2, 3)], [q(1), q(-2, 3), q(0)]]);
    const M = quadratic([q(3, 7), q(5, 2), q(1, 9)], { basis: U }).M;
    expect(isPsd(shift(M, q(1, 9)))).toBe(true);
    expect(isPsd(shift(M, q(1, 9).add(q(1, 10 ** 9))))).toBe(false);
  });
  it('a block-diagonal matrix is PSD iff each block is (one negative block is enough to say no)', () => {
    const M: QMat = [[q(2), q(1), q(0), q(0)], [q(1), q(2), q(0), q(0)], [q(0), q(0), q(1), q(2)], [q(0), q(0), q(2), q(1)]];
    expect(isPsd(M)).toBe(false);
    expect(isPsd(shift(M, q(-1)))).toBe(true);
  });
});

describe('checkClass on a diagonal quadratic exploits its structure', () => {
  afterEach(() => vi.restoreAllMocks());
  it('d = 200 with sampling: rational products grow like d·samples, not d² or d³ (it took 3.5-51 s, now well under one)', () => {
    const d = 200;
    const spec = Array.from({ length: d }, (_, i) => q(i * i + 3, i * i + 7 * i + 5));
    const f = quadratic(spec, { center: spec.map((_, i) => q(i % 7, (i % 5) + 1)) });
    const ops = { n: 0 };
    for (const m of ['add', 'sub', 'mul', 'div'] as const) {
      const orig = Q.prototype[m];
      vi.spyOn(Q.prototype, m).mockImplementation(function (this: Q, o: Q) { ops.n++; return orig.call(this, o); });
    }
    const c = checkClass(f, { L: q(1), mu: q(1, 100), pl: q(1, 100) }, { samples: 12 });
    expect(c.status, c.reason).toBe('yes');
    // 25 sampled points × about 40 products per coordinate, plus O(d) per PSD test (it was about 1.3·10⁷).
    expect(ops.n).toBeLessThan(1000 * d);
  });
  it('a diagonal quadratic just outside the class is still refused exactly', () => {
    const f = quadratic(Array.from({ length: 150 }, (_, i) => q(i + 1, i + 2)));
    expect(checkClass(f, { L: q(150, 152) }, { samples: 0 }).status).toBe('no');
    expect(checkClass(f, { mu: q(1, 2) }, { samples: 0 }).status).toBe('yes');
    expect(checkClass(f, { mu: q(1, 2).add(q(1, 10 ** 6)) }, { samples: 0 }).status).toBe('no');
  });
});

// E1: the exact robustness margin, 1-D piece walk against polyhedra enumeration (exactly, over Q),
// and the randomized ray cross-check in 2-D.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { margin1D, marginPoly, rayMargin, evalNet, type ReluNet, type LabelledPoint } from '../../src/models/reluMargin.ts';
import { F64, QF } from '../../src/models/reluMarginField.ts';
import { Q } from '../../src/numeric/rational.ts';

const rat = fc.tuple(fc.integer({ min: -8, max: 8 }), fc.integer({ min: 1, max: 4 })).map(([n, d]) => new Q(BigInt(n), BigInt(d)));
const net1 = fc.record({ W: fc.array(fc.array(rat, { minLength: 1, maxLength: 1 }), { minLength: 2, maxLength: 3 }) }).chain(({ W }) =>
  fc.record({ b: fc.array(rat, { minLength: W.length, maxLength: W.length }), a: fc.array(rat, { minLength: W.length, maxLength: W.length }) }).map(({ b, a }) => ({ W, b, a })));
const pts1 = fc.tuple(rat, rat).filter(([p, m]) => !p.eq(m)).map(([p, m]): LabelledPoint<Q>[] => [{ x: [p], y: 1 }, { x: [m], y: -1 }]);

describe('robustness margin (E1)', () => {
  it('a hand example: N(x) = relu(x) − relu(−x) = x on ±1 has ρ = 1; a shifted boundary gives 1 − |shift|', () => {
    const net: ReluNet<Q> = { W: [[Q.ONE], [Q.ONE.neg()]], b: [Q.ZERO, Q.ZERO], a: [Q.ONE, Q.ONE.neg()] };
    const pts: LabelledPoint<Q>[] = [{ x: [Q.ONE], y: 1 }, { x: [Q.ONE.neg()], y: -1 }];
    expect(margin1D(QF, net, pts)!.toString()).toBe('1');
    const shifted: ReluNet<Q> = { ...net, b: [Q.parse('-1/4'), Q.parse('1/4')] };
    expect(margin1D(QF, shifted, pts)!.toString()).toBe('3/4');
    expect(marginPoly(QF, shifted, pts)!.rho2.toString()).toBe('9/16');
  });

  it('a misclassified point has margin 0', () => {
    const net: ReluNet<Q> = { W: [[Q.ONE]], b: [Q.ZERO], a: [Q.ONE] }; // N ≥ 0 everywhere: x₋ is never correct
    const pts: LabelledPoint<Q>[] = [{ x: [Q.ONE], y: 1 }, { x: [Q.ONE.neg()], y: -1 }];
    expect(margin1D(QF, net, pts)!.isZero()).toBe(true);
    expect(marginPoly(QF, net, pts)!.rho2.isZero()).toBe(true);
  });

  it('in 1-D the piece walk and the polyhedra enumeration agree exactly (ρ² = ρ·ρ over Q)', () => {
    fc.assert(fc.property(net1, pts1, (net, pts) => {
      const walk = margin1D(QF, net, pts), poly = marginPoly(QF, net, pts);
      if (walk === null) return poly === null;
      return poly !== null && poly.rho2.eq(walk.mul(walk));
    }), { numRuns: 300 });
  });

  it('in 2-D: ρ ≤ the exact distance along any ray, the nearest point flips the label, and 720 rays come within 1%', () => {
    const rat2 = fc.array(rat, { minLength: 2, maxLength: 2 });
    const net2 = fc.record({ W: fc.array(rat2, { minLength: 2, maxLength: 2 }), b: fc.array(rat, { minLength: 2, maxLength: 2 }), a: fc.array(rat, { minLength: 2, maxLength: 2 }) });
    const dirs = Array.from({ length: 720 }, (_, k) => [Math.cos((2 * Math.PI * k) / 720), Math.sin((2 * Math.PI * k) / 720)]);
    let compared = 0;
    fc.assert(fc.property(net2, fc.tuple(rat2, rat2).filter(([p, m]) => !p.every((v, k) => v.eq(m[k]!))), (net, [xp, xm]) => {
      const pts: LabelledPoint<Q>[] = [{ x: xp, y: 1 }, { x: xm, y: -1 }];
      const exact = marginPoly(QF, net, pts);
      const f = (q: Q): number => q.toNumber();
      const netF: ReluNet<number> = { W: net.W.map((r) => r.map(f)), b: net.b.map(f), a: net.a.map(f) };
      const ptsF = pts.map((p) => ({ x: p.x.map(f), y: p.y }));
      const ray = rayMargin(netF, ptsF, dirs);
      if (exact === null) return ray === Infinity;
      const rho = Math.sqrt(exact.rho2.toNumber());
      // the nearest point found exactly does flip (y·N ≤ 0 there)
      const y = pts[exact.index]!.y;
      if ((y === 1 ? evalNet(QF, net, exact.point) : evalNet(QF, net, exact.point).neg()).sign() > 0) return false;
      if (rho > ray + 1e-12) return false;
      if (rho > 0 && Number.isFinite(ray)) { compared++; return ray <= rho * 1.01 + 1e-9; }
      return true;
    }), { numRuns: 600 });
    expect(compared).toBeGreaterThan(20); // most random nets misclassify a point (ρ = 0); enough do not
  });

  it('float64 and exact enumeration agree to rounding on random 3-D nets', () => {
    const rat3 = fc.array(rat, { minLength: 3, maxLength: 3 });
    fc.assert(fc.property(fc.record({ W: fc.array(rat3, { minLength: 2, maxLength: 2 }), b: fc.array(rat, { minLength: 2, maxLength: 2 }), a: fc.array(rat, { minLength: 2, maxLength: 2 }) }), rat3, rat3, (net, xp, xm) => {
      fc.pre(!xp.every((v, k) => v.eq(xm[k]!)));
      const pts: LabelledPoint<Q>[] = [{ x: xp, y: 1 }, { x: xm, y: -1 }];
      const e = marginPoly(QF, net, pts);
      const f = (q: Q): number => q.toNumber();
      const g = marginPoly(F64, { W: net.W.map((r) => r.map(f)), b: net.b.map(f), a: net.a.map(f) }, pts.map((p) => ({ x: p.x.map(f), y: p.y })));
      if (e === null) return g === null;
      return g !== null && Math.abs(g.rho2 - e.rho2.toNumber()) <= 1e-9 * (1 + e.rho2.toNumber());
    }), { numRuns: 150 });
  });
});

// The generic tight-case search over three class bounds: attained exactly (Drori–Teboulle, the
// strongly convex GD rate), not attained (Nesterov's lower bound), and a violation found exactly.
import { describe, expect, it } from 'vitest';
import { Q } from '../../src/numeric/rational.ts';
import { tightCase } from '../../src/classes/tightCase.ts';
import { dtClassBound, dtBound, gdGap } from '../../properties/drori2014/_gd.ts';
import { lowerClassBound } from '../../properties/nesterov2004/_lowerBound.ts';
import { rateClassBound, distances, factor, pow } from '../../properties/nesterov2004/_stronglyConvex.ts';

const seed = Number(process.env.CHECK_SEED ?? 20261122);

describe('tight-case search (src/classes/tightCase.ts)', () => {
  it('Drori–Teboulle L R²/(4Nh + 2) is attained: worst measured/τ exactly 1, on a Huber instance (curvatures 0, L, 0)', () => {
    const r = tightCase(dtClassBound, { seed });
    expect(r.status).toBe('tight');
    expect(r.worst!.eq(Q.ONE)).toBe(true);
    expect(r.instance).toMatch(/h''=\(0, 2, 0\)/); // a Huber function: curvatures 0, L, 0
    expect(r.line).toMatch(/attained \(tight\)/);
  });
  it('the strongly convex GD rate is attained on the two-mode quadratic at η = 2/(μ + L)', () => {
    const r = tightCase(rateClassBound, { seed });
    expect(r.status).toBe('tight');
    expect(r.instance).toMatch(/η=/);
  });
  it("Nesterov's lower bound 3L R²/(32(k + 1)²) is not attained by any span method found: worst τ/measured < 1, exactly", () => {
    const r = tightCase(lowerClassBound, { seed });
    expect(r.status).toBe('not attained');
    expect(r.worst!.cmp(Q.ONE)).toBe(-1);
    expect(r.worst!.sign()).toBe(1);
    expect(r.worst!.eq(r.claimed!.div(r.measured!))).toBe(true);
    expect(r.line).toMatch(/lower estimate, not a certificate/);
  });
  it('a wrong τ is reported violated, with the exact ratio of its instance', () => {
    const r = tightCase({ ...dtClassBound, name: 'L R²/(4Nh + 4)', measure: (i) => { const { gap, R2 } = gdGap(i); return { measured: gap, bound: i.f.L.mul(R2).div(Q.of(4 * i.N).mul(i.h).add(Q.of(4))) }; } }, { seed });
    expect(r.status).toBe('violated');
    expect(r.worst!.cmp(Q.ONE)).toBe(1);
    expect(r.measured!.div(r.claimed!).eq(r.worst!)).toBe(true);
    // Strongly convex: one step too many is violated too.
    const s = tightCase({ ...rateClassBound, measure: (i) => { const { dN, d0 } = distances(i); return { measured: dN, bound: pow(factor(i), i.N + 1).mul(d0) }; } }, { seed });
    expect(s.status).toBe('violated');
    void dtBound;
  });
});

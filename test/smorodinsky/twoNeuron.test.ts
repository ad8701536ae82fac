// The two-neuron GD kernel: agreement with the benchmark peer, fast path = general path, the
// high-precision replay, and R's invariants and closed form on the default run.
import { describe, expect, it } from 'vitest';
import { R, variant, randomInit } from '../../properties/smorodinsky2026/_setting.ts';
import { advance, advanceGeneral, advanceFixedExp, simulate, logCheckpoints } from '../../src/models/twoNeuronGd.ts';
import { replayDrift, gdHP } from '../../src/models/twoNeuronHp.ts';
import { boundary, closedFormBoundary, invariants, margins, marginExact, margin, fromInvariants, specialized } from '../../src/models/twoNeuron.ts';
import { run } from '../../properties/smorodinsky2026/_runs.ts';
import w2 from '../../bench/workloads/w2-two-neuron.ts';

// Printed by shared/bench/peers/two_neuron.py 200000 (plain Python floats); the README lists the gap.
const PEER = { gap: 0.03509742821618, params: [5.898357468866343, 4.69835746886618, -5.498352685406393, 5.098352685406377] };

describe('two-neuron GD', () => {
  it('matches the peer (W2) to 12 digits after 2e5 steps', () => {
    const p = Float64Array.from(R.inits.verification!);
    advance(R, p, 200_000);
    p.subarray(0, 4).forEach((x, k) => expect(Math.abs(x - PEER.params[k]!) / Math.abs(PEER.params[k]!)).toBeLessThan(1e-12));
    expect(Math.abs(Math.abs(boundary(R, p)) - PEER.gap)).toBeLessThan(1e-13);
    const ours = { seconds: 0, gap: Math.abs(boundary(R, p)), params: Array.from(p.subarray(0, 4)) };
    expect(w2.agree(ours, PEER).ok).toBe(true);
    expect(w2.agree({ ...ours, params: ours.params.map((x) => x * (1 + 1e-10)) }, PEER).ok).toBe(false);
  });

  it('the fast paths (outputs (1, −1); any fixed outputs) equal the general path bitwise', () => {
    const a = Float64Array.from(R.inits.asymmetric!), b = Float64Array.from(a), c = Float64Array.from(a);
    advance(R, a, 5000);
    advanceGeneral(R, b, 5000);
    advanceFixedExp(R, c, 5000);
    expect(Array.from(a)).toEqual(Array.from(b));
    expect(Array.from(c)).toEqual(Array.from(b));
    const v = Float64Array.from(a); v[4] = 2; v[5] = -0.5; // outputs ≠ (1, −1) take the fixed-output path
    const w = Float64Array.from(v);
    advance(R, v, 1000); advanceGeneral(R, w, 1000);
    expect(Array.from(v)).toEqual(Array.from(w));
    // Outputs (1, −1) at points other than ±1 take the outputs-only fast path; at ±1 (R), the one
    // that also drops the multiplications by the points: both equal the general path bitwise.
    for (const c of [R, { ...R, xPlus: 2, xMinus: -0.5 }]) for (const init of [R.inits.verification!, R.inits.asymmetric!]) {
      const f = Float64Array.from(init), g = Float64Array.from(init);
      expect([f[4], f[5]]).toEqual([1, -1]);
      advance(c, f, 3000); advanceGeneral(c, g, 3000);
      expect(Array.from(f)).toEqual(Array.from(g));
    }
  });

  it('the high-precision replay drifts only at rounding level', () => {
    const d = replayDrift(R, R.inits.verification!, 100, 40);
    expect(d.maxRelDiff).toBeLessThan(1e-13);
    expect(d.maxRelDiff).toBeGreaterThanOrEqual(0);
  });

  it('the high-precision GD keeps K₁, K₂ to 1e-35 over 20 steps (R-L1 at 40 digits)', () => {
    const init = fromInvariants(2, 0.75, -1.25, 0.5, 1.5);
    const p = gdHP({ ...R, xPlus: 2, xMinus: -2 }, init, 20, 40);
    const K1 = p[0]!.minus(p[1]!.times(2)), K2 = p[2]!.plus(p[3]!.times(2));
    const [K10, K20] = invariants(2, init);
    expect(K1.minus(K10).abs().toNumber()).toBeLessThan(1e-14); // the float64 init itself is K₁ to 1 ulp
    expect(K2.minus(K20).abs().toNumber()).toBeLessThan(1e-14);
  });

  it('exact and float64 margins agree; the boundary equals R-T1 closed form along the default run', () => {
    const r = run({ setting: R, init: R.inits.verification!, T: 1e5, replaySteps: 0, digits: 50 });
    expect(r.allSpecialized).toBe(true);
    expect(r.invariantDrift).toBeLessThan(1e-11);
    r.traj.params.forEach((p, i) => {
      expect(Math.abs(marginExact(R, p).toNumber() - margin(R, p))).toBeLessThan(1e-15);
      const [K1, K2] = invariants(R.u, p), [m1, m2] = margins(R, p);
      expect(Math.abs(r.boundary[i]! - closedFormBoundary(R.u, K1, K2, m1, m2))).toBeLessThan(1e-14);
      expect(Math.abs(r.gap[i]! - Math.abs(r.boundary[i]!))).toBeLessThan(1e-15);
    });
  });

  it('checkpoints are log-spaced, increasing, and end at T', () => {
    const c = logCheckpoints(1e6, 10);
    expect(c[c.length - 1]).toBe(1e6);
    expect(c.every((t, i) => i === 0 || t > c[i - 1]!)).toBe(true);
    expect(c.length).toBeGreaterThan(50);
    const tr = simulate(R, R.inits.verification!, [10, 100]);
    expect(tr.t).toEqual([0, 10, 100]);
  });

  it('random initializations are seeded and reproducible; a trained-output run moves v', () => {
    expect(Array.from(randomInit(7, 3, 0.5))).toEqual(Array.from(randomInit(7, 3, 0.5)));
    expect(Array.from(randomInit(7, 3, 0.5))).not.toEqual(Array.from(randomInit(7, 4, 0.5)));
    const p = Float64Array.from(R.inits.verification!);
    advance(variant({ trainOutputs: true }), p, 100);
    expect(p[4]).not.toBe(1);
    expect(specialized(R, R.inits.symmetric!)).toBe(true);
    const [K1, K2] = invariants(1, R.inits.symmetric!);
    expect(K1 + K2).toBe(0);
  });
});

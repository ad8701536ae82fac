/**
 * The same GD in decimal.js, for a prefix of a float64 run: the high-precision replay reports how far
 * float64 rounding has moved the parameters (the drift), so a long float64 result can be trusted.
 */
import Decimal from 'decimal.js';
import { precision, sigmoidNeg, type D } from '../numeric/highPrecision.ts';
import type { GdConfig } from './twoNeuronGd.ts';
import { advance } from './twoNeuronGd.ts';
import { Q } from '../numeric/rational.ts';

/** GD for `steps` steps at `digits` significant digits; returns [w₁, b₁, w₂, b₂, v₁, v₂]. */
export function gdHP(c: GdConfig, init: ArrayLike<number>, steps: number, digits: number): D[] {
  const C = precision(digits);
  // The exact binary values of the float64 inputs (new C(0.1) would be the decimal 0.1 instead).
  const exact = (x: number): D => Q.fromNumber(x).toDecimal(C);
  const p = Array.from(init, exact);
  const xs = [exact(c.xPlus), exact(c.xMinus)], ys = [1, -1];
  const eta = exact(c.eta);
  const relu = (z: D): D => (z.gt(0) ? z : new C(0));
  for (let s = 0; s < steps; s++) {
    const g = p.map(() => new C(0));
    for (let i = 0; i < 2; i++) {
      const x = xs[i]!, y = ys[i]!;
      const z1 = p[0]!.times(x).plus(p[1]!), z2 = p[2]!.times(x).plus(p[3]!);
      const out = p[4]!.times(relu(z1)).plus(p[5]!.times(relu(z2)));
      const yo = y === 1 ? out : out.neg();
      const d = (c.loss === 'exp' ? C.exp(yo.neg()) : sigmoidNeg(C, yo)).times(-y);
      if (z1.gt(0)) { g[0] = g[0]!.plus(d.times(p[4]!).times(x)); g[1] = g[1]!.plus(d.times(p[4]!)); }
      if (z2.gt(0)) { g[2] = g[2]!.plus(d.times(p[5]!).times(x)); g[3] = g[3]!.plus(d.times(p[5]!)); }
      g[4] = g[4]!.plus(d.times(relu(z1))); g[5] = g[5]!.plus(d.times(relu(z2)));
    }
    const n = c.trainOutputs ? 6 : 4;
    for (let k = 0; k < n; k++) p[k] = p[k]!.minus(eta.times(g[k]!));
  }
  return p;
}

export interface Drift {
  steps: number;
  digits: number;
  /** max_k |θ_k(float64) − θ_k(high precision)| / max(1, |θ_k|). */
  maxRelDiff: number;
}

/** Replays the first `steps` steps in high precision and compares with float64. */
export function replayDrift(c: GdConfig, init: ArrayLike<number>, steps: number, digits: number): Drift {
  const f = Float64Array.from(init);
  advance(c, f, steps);
  const h = gdHP(c, init, steps, digits);
  let m = 0;
  for (let k = 0; k < f.length; k++) {
    const hk = h[k]!;
    const diff = new Decimal(f[k]!).minus(hk).abs().div(Decimal.max(1, hk.abs())).toNumber();
    m = Math.max(m, diff);
  }
  return { steps, digits, maxRelDiff: m };
}

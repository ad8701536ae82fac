/**
 * W1 hp-logistic-gd: GD on linear logistic regression at 50 significant digits, n = 32, d = 16, T = 300,
 * b[i][j] = sin(i·d + j + 1), y_i = +1 for even i, −1 for odd i, v_0 = 0, step 1. Final loss to 40 digits.
 * Ours runs the GD loop in BigInt fixed point (numeric/fixedPoint.ts) and the final loss in decimal.js;
 * the all-decimal.js reference (gdHP) is timed alongside in the scaling rows.
 */
import type { Workload, WorkloadResult } from '../workload.ts';
import { precision } from '../../src/numeric/highPrecision.ts';
import { Fixed } from '../../src/numeric/fixedPoint.ts';
import { gdFixed, gdHP } from '../../src/dynamics/logisticGd.ts';
import { lossHP } from '../../src/models/linearLogistic.ts';

function data(digits: number) {
  const C = precision(digits + 10);
  const n = 32, d = 16;
  return { C, Z: Array.from({ length: n }, (_, i) => Array.from({ length: d }, (_, j) => C.sin(i * d + j + 1).times(i % 2 === 0 ? 1 : -1))) };
}

export function w1(T = 300, digits = 50): WorkloadResult {
  const { C, Z } = data(digits);
  const F = new Fixed(digits);
  const Zf = Z.map((z) => z.map((x) => F.fromDecimal(x)));
  const t0 = performance.now();
  const v = gdFixed(F, Zf, F.one, T).map((x) => F.toDecimal(x, C));
  const loss = lossHP(C, Z, v);
  return { seconds: (performance.now() - t0) / 1000, loss: loss.toSignificantDigits(40).toString() };
}

export function w1Decimal(T = 300, digits = 50): WorkloadResult {
  const { C, Z } = data(digits);
  const t0 = performance.now();
  const v = gdHP(C, Z, new C(1), T);
  const loss = lossHP(C, Z, v);
  return { seconds: (performance.now() - t0) / 1000, loss: loss.toSignificantDigits(40).toString() };
}

const workload: Workload = {
  id: 'W1', name: 'hp-logistic-gd', target: 0.5,
  run: () => w1(),
  peer: { script: 'hp_logistic_gd.py' },
  agree: (ours, peer) => {
    const a = String(ours.loss), b = String(peer.loss);
    return { ok: a === b, detail: `loss ${a} (peer ${b})` };
  },
  scaling: () => [
    ...[50, 100, 200].map((p) => `W1 fixed point, ${p} digits, T = 300: ${w1(300, p).seconds.toFixed(3)} s`),
    ...[100, 300, 900].map((T) => `W1 fixed point, 50 digits, T = ${T}: ${w1(T).seconds.toFixed(3)} s`),
    `W1 decimal.js reference (gdHP), 50 digits, T = 300: ${w1Decimal().seconds.toFixed(3)} s`,
  ],
};
export default workload;

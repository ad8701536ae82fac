/**
 * W1 hp-logistic-gd: GD on linear logistic regression at 50 significant digits, n = 32, d = 16, T = 300,
 * b[i][j] = sin(i·d + j + 1), y_i = +1 for even i, −1 for odd i, v_0 = 0, step 1. Final loss to 40 digits.
 * Ours runs the GD loop and the final loss in BigInt fixed point (numeric/fixedPoint.ts), converting
 * only the loss to decimal; the GD agrees with decimal.js in test/core/fixedPoint.test.ts;
 * the all-decimal.js reference (gdHP) is timed alongside in the scaling rows.
 */
import type { Workload, WorkloadResult } from '../workload.ts';
import { precision } from '../../src/numeric/highPrecision.ts';
import { Fixed } from '../../src/numeric/fixedPoint.ts';
import { gdFixed, gdHP } from '../../src/dynamics/logisticGd.ts';
import { lossHP, lossFixed } from '../../src/models/linearLogistic.ts';

const N_POINTS = 32, DIM = 16;

/**
 * The signed points z_i = y_i b_i in fixed point: sin(1), …, sin(n·d) as the imaginary parts of
 * (e^i)^k, one complex multiplication each (error ≤ k units of 2^−P, inside the guard bits). The
 * decimal.js sine at 1000 digits took 0.2 s a value, minutes of set-up for the 512 entries.
 */
function dataFixed(F: Fixed): bigint[][] {
  let c = 0n, sn = 0n, term = F.one;
  for (let k = 0n; term !== 0n; k++) { // cos 1 and sin 1 from their Taylor series
    if (k % 2n === 0n) c += k % 4n === 0n ? term : -term; else sn += k % 4n === 1n ? term : -term;
    term /= k + 1n;
  }
  const out: bigint[][] = [];
  let re = F.one, im = 0n;
  for (let i = 0; i < N_POINTS; i++) {
    const row: bigint[] = [];
    for (let j = 0; j < DIM; j++) {
      [re, im] = [F.mul(re, c) - F.mul(im, sn), F.mul(re, sn) + F.mul(im, c)];
      row.push(i % 2 === 0 ? im : -im);
    }
    out.push(row);
  }
  return out;
}

function data(digits: number) {
  const C = precision(digits + 10);
  const n = 32, d = 16;
  return { C, Z: Array.from({ length: n }, (_, i) => Array.from({ length: d }, (_, j) => C.sin(i * d + j + 1).times(i % 2 === 0 ? 1 : -1))) };
}

export function w1(T = 300, digits = 50): WorkloadResult {
  const F = new Fixed(digits);
  const Zf = dataFixed(F);
  const t0 = performance.now();
  const v = gdFixed(F, Zf, F.one, T);
  const loss = F.toDecimal(lossFixed(F, Zf, v), precision(digits + 10));
  return { seconds: (performance.now() - t0) / 1000, loss: loss.toSignificantDigits(40).toString() };
}

/** The all-decimal.js reference: GD and loss in decimal.js (the data from its sine). */
export function w1Decimal(T = 300, digits = 50): WorkloadResult {
  const { C, Z } = data(digits);
  const t0 = performance.now();
  const v = gdHP(C, Z, new C(1), T);
  const loss = lossHP(C, Z, v);
  return { seconds: (performance.now() - t0) / 1000, loss: loss.toSignificantDigits(40).toString() };
}

/**
 * One workload per precision: 50 and 200 digits at T = 300 as the shared README fixes it, 1000 digits
 * at T = 30 (the mpmath peer takes minutes per run at T = 300; ratios are per step either way).
 */
function at(digits: number, T: number, id: string): Workload {
  return {
    id, name: `hp-logistic-gd ${digits} digits, T = ${T}`, target: 0.5,
    run: () => w1(T, digits),
    peer: { script: 'hp_logistic_gd.py', args: [String(T), '--dps', String(digits)] },
    agree: (ours, peer) => {
      const a = String(ours.loss), b = String(peer.loss);
      return { ok: a === b, detail: `loss ${a} (peer ${b})` };
    },
    scaling: digits !== 50 ? undefined : () => [
      ...[50, 100, 200, 500, 1000].map((p) => { const r = w1(30, p); return `W1 fixed point, ${p} digits, T = 30: ${r.seconds.toFixed(3)} s (${(r.seconds / 30 * 1e3).toFixed(2)} ms/step)`; }),
      ...[100, 300, 900].map((T) => `W1 fixed point, 50 digits, T = ${T}: ${w1(T).seconds.toFixed(3)} s`),
      `W1 decimal.js reference (gdHP), 50 digits, T = 300: ${w1Decimal().seconds.toFixed(3)} s`,
    ],
  };
}

const workloads: Workload[] = [at(50, 300, 'W1'), at(200, 300, 'W1-200'), at(1000, 30, 'W1-1000')];
export default workloads;

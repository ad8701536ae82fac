/**
 * e^x in float64 with a short dependency chain, for serial loops whose every step waits on an
 * exponential (the two-neuron GD of benchmark W2). Math.exp is a call into V8's fdlibm port, with a
 * division on its critical path; this is the table method of Tang (ACM TOMS 15, 1989), as in musl
 * and ARM's optimized-routines: x = k·ln2/128 + r with |r| ≤ ln2/256, e^x = 2^(k>>7) · 2^((k&127)/128)
 * · (1 + p(r)), p of degree 5 (truncation below 2^-60). Error ≤ about 1 ulp against the exact e^x
 * (test/core/fastExp.test.ts measures it against Math.exp on a dense sample). Outside
 * [−708, 709] (overflow, subnormal results) and for NaN it returns Math.exp(x).
 */

import Decimal from 'decimal.js';

const N = 128;
const LN2_DIGITS = '0.6931471805599453094172321214581765680755';
const LN2_40 = Number(LN2_DIGITS);
const SHIFT = 6755399441055744; // 1.5·2^52: adding and subtracting it rounds to the nearest integer
const INV_LN2_N = N / Math.LN2;
// ln2/N split so that k·LN2_N_HI is exact for |k| < 2^20 (the high part has 20 trailing zero bits).
const D40 = Decimal.clone({ precision: 40 });
const LN2_N_HI = highBits(LN2_40 / N);
// (The high part enters as its exact binary value: a number's shortest decimal string is not exact.)
const LN2_N_LO = new D40(LN2_DIGITS).div(N).minus(new D40(`0b${LN2_N_HI.toString(2)}`)).toNumber();

function highBits(v: number): number {
  const f = new Float64Array([v]);
  const u = new BigUint64Array(f.buffer);
  u[0] = u[0]! & ~((1n << 32n) - 1n); // keep the top 21 bits of the significand
  return f[0]!;
}

/**
 * 2^(j/N) for j = 0 … N−1 (exported for its test), each rounded from 40 digits: successive products of 2^(1/128), seven
 * square roots of 2 (the error after 127 products is below 1e-37, far under half an ulp of a double).
 * Not Decimal.pow with a fractional exponent: that is an exp and a ln per entry, 0.2 s at start-up.
 */
export const TABLE = new Float64Array(N);
{
  let step = new D40(2);
  for (let i = 0; i < 7; i++) step = step.sqrt();
  let t = new D40(1);
  for (let j = 0; j < N; j++, t = t.times(step)) TABLE[j] = t.toNumber();
}

/** 2^e for e = −1022 … 1023, indexed by e + 1022: scaling by a power of two is exact. */
const POW2 = new Float64Array(2046);
for (let e = -1022; e <= 1023; e++) POW2[e + 1022] = 2 ** e;

const C2 = 1 / 2, C3 = 1 / 6, C4 = 1 / 24, C5 = 1 / 120;

/** e^x, within about 1 ulp; see the module comment. */
export function fastExp(x: number): number {
  if (!(x > -708 && x < 709)) return Math.exp(x);
  const kf = x * INV_LN2_N + SHIFT - SHIFT;
  const r = x - kf * LN2_N_HI - kf * LN2_N_LO;
  const k = kf | 0;
  const r2 = r * r;
  // Estrin's scheme: p = r + r²(1/2 + r/6) + r⁴(1/24 + r/120), depth 3 multiplications.
  const p = r + r2 * (C2 + r * C3) + r2 * r2 * (C4 + r * C5);
  const s = TABLE[k & (N - 1)]! * POW2[(k >> 7) + 1022]!;
  return s + s * p;
}

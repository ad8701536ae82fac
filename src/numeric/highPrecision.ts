/**
 * High precision on decimal.js. Every computation takes an explicit `Decimal` constructor made by
 * `precision(digits)`, so two claims running at different digits never share global state.
 */
import Decimal from 'decimal.js';

export type D = Decimal;

/**
 * The largest --digits `gdcheck check` and `gdcheck derive` accept. Measured on 2 shared cores: the
 * whole registry takes about 1 minute at 50 digits and 3.5 minutes at 200, and did not finish in 20
 * minutes at 500; at 500 digits a derivative step of `derive` exceeds its 30 s bound (decimal.js's
 * exp and ln cost grows about quadratically, and its ln stops at about 1000 digits).
 */
export const MAX_CHECK_DIGITS = 200;
export type DecimalCtor = typeof Decimal;

const cache = new Map<number, DecimalCtor>();

/**
 * A decimal.js constructor with `digits` significant digits and a wide exponent range. Numbers past
 * 10^±1000 print in exponential notation, so printing a huge value never writes all its digits.
 */
export function precision(digits: number): DecimalCtor {
  let C = cache.get(digits);
  if (!C) {
    C = Decimal.clone({ precision: digits, rounding: Decimal.ROUND_HALF_EVEN, toExpNeg: -1000, toExpPos: 1000, minE: -9e15, maxE: 9e15 });
    cache.set(digits, C);
  }
  return C;
}

/** log(1 + x) accurate for tiny x (decimal.js has no log1p; 1 + 1e-60 would round to 1 at 50 digits). */
export function log1p(C: DecimalCtor, x: D): D {
  const ax = x.abs();
  if (ax.gt('1e-4')) return C.ln(x.plus(1));
  // Alternating series x - x^2/2 + x^3/3 - ...: each term shrinks by at least 1e-4.
  let term = new C(x), sum = new C(x);
  const eps = new C(10).pow(-(C.precision + 2));
  for (let k = 2; k < 10 * C.precision; k++) {
    term = term.times(x).neg();
    const add = term.div(k);
    sum = sum.plus(add);
    if (add.abs().lte(eps.times(sum.abs()))) break;
  }
  return sum;
}

/** σ(−m) = 1/(1 + e^m), computed without overflow for any sign of m. */
export function sigmoidNeg(C: DecimalCtor, m: D): D {
  if (m.isNeg()) return new C(1).div(C.exp(m).plus(1));
  const e = C.exp(m.neg());
  return e.div(e.plus(1));
}

/** ℓ(m) = log(1 + e^{−m}), the logistic loss of a margin m, computed stably. */
export function softplusNeg(C: DecimalCtor, m: D): D {
  if (m.gt(0)) return log1p(C, C.exp(m.neg()));
  return m.neg().plus(log1p(C, C.exp(m)));
}

const piCache = new Map<number, string>();

/**
 * π to the constructor's precision (plus guard digits), by Machin's formula
 * π = 16·atan(1/5) − 4·atan(1/239) in BigInt fixed point: decimal.js's own π stops at 1025 digits.
 */
export function piValue(C: DecimalCtor): D {
  const digits = C.precision + 10;
  let s = piCache.get(digits);
  if (s === undefined) {
    const scale = 10n ** BigInt(digits);
    const atanInv = (x: bigint): bigint => {
      let term = scale / x, sum = term, k = 1n;
      const x2 = x * x;
      while (term !== 0n) { term /= x2; sum += (k % 2n === 1n ? -term : term) / (2n * k + 1n); k++; }
      return sum;
    };
    const p = 16n * atanInv(5n) - 4n * atanInv(239n);
    s = `${p}e-${digits}`;
    piCache.set(digits, s);
  }
  return new C(s);
}

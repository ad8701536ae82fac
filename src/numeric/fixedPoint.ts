/**
 * Binary fixed point on BigInt: x is represented by round(x·2^P). Faster than decimal.js for the
 * inner loops of high-precision GD (a product is one BigInt multiply and a shift), at the price of
 * absolute rather than relative precision: use it where values stay O(1)–O(10^6) and tiny terms only
 * matter absolutely (GD iterates), and convert to decimal for anything whose relative precision
 * matters (a loss near 0). P is chosen from the decimal digits wanted plus guard bits.
 */
import Decimal from 'decimal.js';
import { precision } from './highPrecision.ts';

export class Fixed {
  readonly P: bigint;
  readonly one: bigint;
  readonly ln2: bigint;
  private readonly half: bigint;

  /** digits: decimal digits wanted; guardBits absorb the rounding of long accumulations. */
  constructor(readonly digits: number, guardBits = 48) {
    const bits = Math.ceil(digits * Math.log2(10)) + guardBits;
    this.P = BigInt(bits);
    this.one = 1n << this.P;
    this.half = this.one >> 1n;
    const C = precision(digits + 30);
    this.ln2 = this.fromDecimal(C.ln(2));
  }

  fromDecimal(x: Decimal): bigint {
    const C = precision(this.digits + 30);
    return BigInt(new C(x).times(new C(2).pow(Number(this.P))).round().toFixed(0));
  }
  fromNumber(x: number): bigint { return this.fromDecimal(new Decimal(x)); }
  toDecimal(x: bigint, C = precision(this.digits)): Decimal { return new C(x.toString()).div(new C(2).pow(Number(this.P))); }

  mul(a: bigint, b: bigint): bigint { return (a * b + this.half) >> this.P; }
  div(a: bigint, b: bigint): bigint { return (a << this.P) / b; }

  /** e^x: x = k·ln2 + r, e^r from a Taylor series on r/2^8 squared back 8 times, then shifted by k. */
  exp(x: bigint): bigint {
    const k = (x + (this.ln2 >> 1n)) / this.ln2 - (x < -(this.ln2 >> 1n) ? 1n : 0n);
    const r = x - k * this.ln2;
    if (k < -this.P - 2n) return 0n;
    const S = 8n;
    const y = r >> S;
    let sum = this.one, term = this.one;
    for (let i = 1n; term !== 0n; i++) { term = this.mul(term, y) / i; sum += term; }
    for (let s = 0n; s < S; s++) sum = this.mul(sum, sum);
    return k >= 0n ? sum << k : sum >> -k;
  }

  /** σ(−m) = 1/(1 + e^m), stable for either sign of m. */
  sigmoidNeg(m: bigint): bigint {
    if (m > 0n) { const e = this.exp(-m); return this.div(e, this.one + e); }
    return this.div(this.one, this.one + this.exp(m));
  }
}

/**
 * Binary fixed point on BigInt: x is represented by round(x·2^P). Faster than decimal.js for the
 * inner loops of high-precision GD (a product is one BigInt multiply and a shift), at the price of
 * absolute rather than relative precision: use it where values stay O(1)–O(10^6) and tiny terms only
 * matter absolutely (GD iterates), and convert to decimal for anything whose relative precision
 * matters (a loss near 0). P is chosen from the decimal digits wanted plus guard bits.
 */
import Decimal from 'decimal.js';
import { precision } from './highPrecision.ts';

/** ln 2 · 2^bits, rounded down, from ln 2 = 2·atanh(1/3) = Σ 2/((2k+1)·3^(2k+1)): small-integer divisions only. */
function ln2Scaled(bits: number): bigint {
  const one = 1n << BigInt(bits + 8);
  let sum = 0n;
  let pow = (2n * one) / 3n; // 2/3^(2k+1) at k = 0
  for (let k = 0n; pow !== 0n; k++) { sum += pow / (2n * k + 1n); pow /= 9n; }
  return sum >> 8n;
}

export class Fixed {
  readonly P: bigint;
  readonly one: bigint;
  readonly ln2: bigint;
  private readonly half: bigint;
  /** exp's argument reduction: e^r = (e^{r/2^R})^{2^R}, R ≈ √bits / 2 (as in mpmath's exp), and the extra working bits it costs. */
  private readonly R: bigint;
  private readonly X: bigint;
  /** ln 2 at the working precision P + X. */
  private readonly ln2X: bigint;
  /** Concurrent Taylor series in exp (Smith's method): full multiplications ≈ terms/J + 2J. */
  private readonly J: number;

  /** digits: decimal digits wanted; guardBits absorb the rounding of long accumulations. */
  constructor(readonly digits: number, guardBits = 48) {
    const bits = Math.ceil(digits * Math.log2(10)) + guardBits;
    this.P = BigInt(bits);
    this.one = 1n << this.P;
    this.half = this.one >> 1n;
    const R = Math.max(4, Math.round(Math.sqrt(bits) / 2));
    this.R = BigInt(R);
    this.X = BigInt(R + 16);
    this.J = Math.max(2, Math.round(Math.sqrt(bits / (R + 8)) / 2));
    this.ln2X = ln2Scaled(bits + R + 16);
    this.ln2 = this.ln2X >> this.X;
  }

  fromDecimal(x: Decimal): bigint {
    const C = precision(this.digits + 30);
    return BigInt(new C(x).times(new C(2).pow(Number(this.P))).round().toFixed(0));
  }
  fromNumber(x: number): bigint { return this.fromDecimal(new Decimal(x)); }
  toDecimal(x: bigint, C = precision(this.digits)): Decimal { return new C(x.toString()).div(new C(2).pow(Number(this.P))); }

  mul(a: bigint, b: bigint): bigint { return (a * b + this.half) >> this.P; }
  div(a: bigint, b: bigint): bigint { return (a << this.P) / b; }

  /**
   * e^x: x = k·ln2 + r (|r| ≤ ln2/2), then e^r = (e^y)^(2^R) with y = r/2^R, the Taylor series of
   * e^y summed as J interleaved series (term i = J·q + j goes to sum j; one full multiplication by
   * y^J per J terms, small-integer divisions otherwise), all at R + 16 extra bits, which the R
   * squarings consume. Cost ≈ bits/(R + log2 i)/J + 2J + R full multiplications instead of one per
   * term: the 1000-digit exp needs about 60 rather than 230.
   */
  exp(x: bigint): bigint {
    const X = this.X, Q = this.P + X, R = this.R, J = this.J;
    const ln2 = this.ln2X;
    const xq = x << X;
    const k = (xq + (ln2 >> 1n)) / ln2 - (xq < -(ln2 >> 1n) ? 1n : 0n);
    if (k < -this.P - 2n) return 0n;
    const r = xq - k * ln2;
    const y = r >> R; // |y| < 2^-R
    const one = 1n << Q;
    const pw: bigint[] = [one, y];
    for (let j = 2; j <= J; j++) pw.push((pw[j - 1]! * y) >> Q);
    const yJ = pw[J]!;
    const sums = new Array<bigint>(J).fill(0n);
    sums[0] = one;
    // a = y^{J·q} / i! for the current term i = J·q + j.
    let a = one;
    let i = 1n;
    for (let done = false; !done;) {
      for (let j = 1; j <= J; j++, i++) {
        a /= i;
        if (a === 0n) { done = true; break; }
        if (j === J) { a = (a * yJ) >> Q; sums[0] = sums[0]! + a; } else sums[j] = sums[j]! + a;
      }
    }
    let e = sums[0]!;
    for (let j = 1; j < J; j++) e += (sums[j]! * pw[j]!) >> Q;
    for (let s = 0n; s < R; s++) e = (e * e) >> Q;
    e = k >= 0n ? e << k : e >> -k;
    return (e + (1n << (X - 1n))) >> X;
  }

  /**
   * ln x for x > 0 (x at scale 2^P): x = 2^k·u with u ∈ [1, 2), then Halley's iteration
   * z ← z + 2(u − e^z)/(u + e^z) from the float64 logarithm, which triples the correct bits per
   * step (53 → 159 → 477 → …). Absolute error a few units of 2^−P. Throws on x ≤ 0.
   */
  ln(x: bigint): bigint {
    if (x <= 0n) throw new RangeError('Fixed.ln needs a positive argument');
    const k = BigInt(x.toString(2).length) - 1n - this.P; // x = 2^k·u, u ∈ [1, 2)
    const u = k >= 0n ? x >> k : x << -k;
    const lead = Number(u >> (this.P - 52n)) / 2 ** 52; // u to 53 bits
    let z = this.fromNumberExact(Math.log(lead));
    for (let bits = 50; bits < Number(this.P) + 16; bits *= 3) {
      const e = this.exp(z);
      z += this.div(2n * (u - e), u + e);
    }
    return z + k * this.ln2;
  }

  /** ℓ(m) = log(1 + e^{−m}), stable for either sign of m. */
  softplusNeg(m: bigint): bigint {
    return m > 0n ? this.ln(this.one + this.exp(-m)) : -m + this.ln(this.one + this.exp(m));
  }

  /** A float64 value exactly at scale 2^P (it has at most 53 significant bits). */
  private fromNumberExact(v: number): bigint {
    if (v === 0) return 0n;
    const e = Math.floor(Math.log2(Math.abs(v))) - 52;
    const mant = BigInt(Math.round(v / 2 ** e));
    const shift = this.P + BigInt(e);
    return shift >= 0n ? mant << shift : mant >> -shift;
  }

  /** σ(−m) = 1/(1 + e^m), stable for either sign of m. */
  sigmoidNeg(m: bigint): bigint {
    if (m > 0n) { const e = this.exp(-m); return this.div(e, this.one + e); }
    return this.div(this.one, this.one + this.exp(m));
  }
}

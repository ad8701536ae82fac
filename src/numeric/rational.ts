/**
 * Exact rationals on BigInt. Always normalised: gcd(num, den) = 1 and den > 0, so equality is
 * structural and printing is canonical ("3/4", "-2", "0").
 */
import Decimal from 'decimal.js';

function gcd(a: bigint, b: bigint): bigint {
  if (a < 0n) a = -a;
  if (b < 0n) b = -b;
  while (b !== 0n) [a, b] = [b, a % b];
  return a;
}

export class Q {
  readonly num: bigint;
  readonly den: bigint;

  constructor(num: bigint, den: bigint = 1n) {
    if (den === 0n) throw new RangeError('rational with zero denominator');
    if (den < 0n) { num = -num; den = -den; }
    const g = gcd(num, den);
    this.num = g > 1n ? num / g : num;
    this.den = g > 1n ? den / g : den;
  }

  static readonly ZERO = new Q(0n);
  static readonly ONE = new Q(1n);
  static readonly HALF = new Q(1n, 2n);

  static of(n: number | bigint, d: number | bigint = 1): Q {
    if (typeof n === 'number' && !Number.isInteger(n)) return Q.fromNumber(n);
    return new Q(BigInt(n), BigInt(d));
  }

  /** The exact value of a float64 (every finite double is a dyadic rational). */
  static fromNumber(x: number): Q {
    if (!Number.isFinite(x)) throw new RangeError(`not a finite number: ${x}`);
    if (Number.isInteger(x)) return new Q(BigInt(x));
    let den = 1n;
    while (!Number.isInteger(x)) { x *= 2; den *= 2n; }
    return new Q(BigInt(x), den);
  }

  /** Parses "3/4", "-2", "0.125", "1e-3". */
  static parse(s: string): Q {
    const t = s.trim();
    const frac = /^([+-]?\d+)\s*\/\s*(\d+)$/.exec(t);
    if (frac) return new Q(BigInt(frac[1]!), BigInt(frac[2]!));
    const dec = /^([+-]?)(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?$/.exec(t);
    if (!dec || (dec[2] === '' && (dec[3] ?? '') === '')) throw new SyntaxError(`not a rational number: '${s}'`);
    const digits = (dec[2] || '0') + (dec[3] ?? '');
    let num = BigInt(digits) * (dec[1] === '-' ? -1n : 1n);
    let den = 10n ** BigInt((dec[3] ?? '').length);
    const e = Number(dec[4] ?? 0);
    if (e >= 0) num *= 10n ** BigInt(e); else den *= 10n ** BigInt(-e);
    return new Q(num, den);
  }

  add(o: Q): Q { return new Q(this.num * o.den + o.num * this.den, this.den * o.den); }
  sub(o: Q): Q { return new Q(this.num * o.den - o.num * this.den, this.den * o.den); }
  mul(o: Q): Q { return new Q(this.num * o.num, this.den * o.den); }
  div(o: Q): Q {
    if (o.num === 0n) throw new RangeError('rational division by zero');
    return new Q(this.num * o.den, this.den * o.num);
  }
  neg(): Q { return new Q(-this.num, this.den); }
  abs(): Q { return this.num < 0n ? this.neg() : this; }
  sign(): -1 | 0 | 1 { return this.num > 0n ? 1 : this.num < 0n ? -1 : 0; }
  cmp(o: Q): -1 | 0 | 1 {
    const l = this.num * o.den, r = o.num * this.den;
    return l < r ? -1 : l > r ? 1 : 0;
  }
  eq(o: Q): boolean { return this.num === o.num && this.den === o.den; }
  isZero(): boolean { return this.num === 0n; }
  /** Greatest integer <= this. */
  floor(): bigint {
    const q = this.num / this.den;
    return this.num < 0n && q * this.den !== this.num ? q - 1n : q;
  }
  toNumber(): number {
    // Division of two large BigInts via Number loses range; scale first when needed.
    const n = Number(this.num), d = Number(this.den);
    if (Number.isFinite(n) && Number.isFinite(d)) return n / d;
    return new Decimal(this.num.toString()).div(this.den.toString()).toNumber();
  }
  toDecimal(D: typeof Decimal = Decimal): Decimal { return new D(this.num.toString()).div(this.den.toString()); }
  toString(): string { return this.den === 1n ? this.num.toString() : `${this.num}/${this.den}`; }
}

export type QVec = Q[];

export const qvec = {
  zeros: (d: number): QVec => Array.from({ length: d }, () => Q.ZERO),
  dot: (a: QVec, b: QVec): Q => a.reduce((s, ai, k) => s.add(ai.mul(b[k]!)), Q.ZERO),
  add: (a: QVec, b: QVec): QVec => a.map((ai, k) => ai.add(b[k]!)),
  sub: (a: QVec, b: QVec): QVec => a.map((ai, k) => ai.sub(b[k]!)),
  scale: (a: QVec, s: Q): QVec => a.map((ai) => ai.mul(s)),
  eq: (a: QVec, b: QVec): boolean => a.length === b.length && a.every((ai, k) => ai.eq(b[k]!)),
  show: (a: QVec): string => `(${a.map(String).join(', ')})`,
};

/** Least common multiple of the denominators: multiplying by it makes every entry an integer. */
export function commonDenominator(values: Iterable<Q>): bigint {
  let l = 1n;
  for (const v of values) l = (l / gcd(l, v.den)) * v.den;
  return l;
}

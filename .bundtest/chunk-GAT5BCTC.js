// dist/numeric/rational.js
import Decimal from "decimal.js";
function gcd(a, b) {
  if (a < 0n)
    a = -a;
  if (b < 0n)
    b = -b;
  while (b !== 0n)
    [a, b] = [b, a % b];
  return a;
}
var Q = class _Q {
  num;
  den;
  constructor(num, den = 1n) {
    if (den === 0n)
      throw new RangeError("rational with zero denominator");
    if (den < 0n) {
      num = -num;
      den = -den;
    }
    const g = gcd(num, den);
    this.num = g > 1n ? num / g : num;
    this.den = g > 1n ? den / g : den;
  }
  static ZERO = new _Q(0n);
  static ONE = new _Q(1n);
  static HALF = new _Q(1n, 2n);
  static of(n, d = 1) {
    if (typeof n === "number" && !Number.isInteger(n))
      return _Q.fromNumber(n);
    return new _Q(BigInt(n), BigInt(d));
  }
  /** The exact value of a float64 (every finite double is a dyadic rational). */
  static fromNumber(x) {
    if (!Number.isFinite(x))
      throw new RangeError(`not a finite number: ${x}`);
    if (Number.isInteger(x))
      return new _Q(BigInt(x));
    let den = 1n;
    while (!Number.isInteger(x)) {
      x *= 2;
      den *= 2n;
    }
    return new _Q(BigInt(x), den);
  }
  /** Parses "3/4", "-2", "0.125", "1e-3". */
  static parse(s) {
    const t = s.trim();
    const frac = /^([+-]?\d+)\s*\/\s*(\d+)$/.exec(t);
    if (frac)
      return new _Q(BigInt(frac[1]), BigInt(frac[2]));
    const dec = /^([+-]?)(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?$/.exec(t);
    if (!dec || dec[2] === "" && (dec[3] ?? "") === "")
      throw new SyntaxError(`not a rational number: '${s}'`);
    const digits = (dec[2] || "0") + (dec[3] ?? "");
    let num = BigInt(digits) * (dec[1] === "-" ? -1n : 1n);
    let den = 10n ** BigInt((dec[3] ?? "").length);
    const e = Number(dec[4] ?? 0);
    if (e >= 0)
      num *= 10n ** BigInt(e);
    else
      den *= 10n ** BigInt(-e);
    return new _Q(num, den);
  }
  add(o) {
    return new _Q(this.num * o.den + o.num * this.den, this.den * o.den);
  }
  sub(o) {
    return new _Q(this.num * o.den - o.num * this.den, this.den * o.den);
  }
  mul(o) {
    return new _Q(this.num * o.num, this.den * o.den);
  }
  div(o) {
    if (o.num === 0n)
      throw new RangeError("rational division by zero");
    return new _Q(this.num * o.den, this.den * o.num);
  }
  neg() {
    return new _Q(-this.num, this.den);
  }
  abs() {
    return this.num < 0n ? this.neg() : this;
  }
  sign() {
    return this.num > 0n ? 1 : this.num < 0n ? -1 : 0;
  }
  cmp(o) {
    const l = this.num * o.den, r = o.num * this.den;
    return l < r ? -1 : l > r ? 1 : 0;
  }
  eq(o) {
    return this.num === o.num && this.den === o.den;
  }
  isZero() {
    return this.num === 0n;
  }
  /** Greatest integer <= this. */
  floor() {
    const q = this.num / this.den;
    return this.num < 0n && q * this.den !== this.num ? q - 1n : q;
  }
  toNumber() {
    const n = Number(this.num), d = Number(this.den);
    if (Number.isFinite(n) && Number.isFinite(d))
      return n / d;
    return new Decimal(this.num.toString()).div(this.den.toString()).toNumber();
  }
  toDecimal(D = Decimal) {
    return new D(this.num.toString()).div(this.den.toString());
  }
  toString() {
    return this.den === 1n ? this.num.toString() : `${this.num}/${this.den}`;
  }
};
var qvec = {
  zeros: (d) => Array.from({ length: d }, () => Q.ZERO),
  dot: (a, b) => a.reduce((s, ai, k) => s.add(ai.mul(b[k])), Q.ZERO),
  add: (a, b) => a.map((ai, k) => ai.add(b[k])),
  sub: (a, b) => a.map((ai, k) => ai.sub(b[k])),
  scale: (a, s) => a.map((ai) => ai.mul(s)),
  eq: (a, b) => a.length === b.length && a.every((ai, k) => ai.eq(b[k])),
  show: (a) => `(${a.map(String).join(", ")})`
};
function commonDenominator(values) {
  let l = 1n;
  for (const v of values)
    l = l / gcd(l, v.den) * v.den;
  return l;
}

export {
  Q,
  qvec,
  commonDenominator
};

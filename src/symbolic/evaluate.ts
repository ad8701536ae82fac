/**
 * High-precision evaluation (decimal.js) of an expanded expression: the numeric half of every
 * check, independent of the normal form. A value that is not finite (log of a negative number,
 * 0/0) throws NotFinite, which the caller turns into a resampled point or an inconclusive step.
 */
import type Decimal from 'decimal.js';
import { sigmoidNeg, softplusNeg, piValue, type DecimalCtor } from '../numeric/highPrecision.ts';
import { Q } from '../numeric/rational.ts';
import type { Expr } from './ast.ts';
import { tick } from './budget.ts';

/**
 * Magnitude bound: a value beyond 10^±MAX_EXPONENT is not finite for our purposes (decimal.js turns
 * exp(1e17) into NaN, and a number with 10^10 digits must never be printed in full).
 */
export const MAX_EXPONENT = 1e12;

/** Not finite, or outside the domain where the identities hold (an activation at its kink). */
export class NotFinite extends Error {}

/** Concrete functions standing in for a derivation's opaque ones (φ = ReLU, …). */
export type Models = ReadonlyMap<string, (C: DecimalCtor, x: Decimal) => Decimal>;

export function evaluate(e: Expr, scope: ReadonlyMap<string, Decimal>, C: DecimalCtor, models: Models = new Map()): Decimal {
  tick();
  const ev = (x: Expr): Decimal => evaluate(x, scope, C, models);
  const ok = (v: Decimal, what: string): Decimal => {
    if (!v.isFinite()) throw new NotFinite(`${what} is not finite`);
    if (!v.isZero() && Math.abs(v.e) > MAX_EXPONENT) throw new NotFinite(`${what} is beyond 10^±${MAX_EXPONENT.toExponential()}`);
    return v;
  };
  switch (e.t) {
    case 'num': return new C(e.q.num.toString()).div(e.q.den.toString());
    case 'sym': {
      const v = scope.get(e.name);
      if (v === undefined && e.name === 'pi') return piValue(C);
      if (v === undefined) throw new Error(`no value for '${e.name}'`);
      return v;
    }
    case 'sum': throw new Error('internal: unexpanded sum');
    case 'op': {
      const a = ev(e.args[0]!);
      if (e.op === 'neg') return a.neg();
      const b = ev(e.args[1]!);
      switch (e.op) {
        case '+': return ok(a.plus(b), 'sum');
        case '-': return ok(a.minus(b), 'difference');
        case '*': return ok(a.times(b), 'product');
        case '/': if (b.isZero()) throw new NotFinite('division by zero'); return ok(a.div(b), 'quotient');
        case '^': {
          if (a.isZero() && b.lte(0)) throw new NotFinite('0 to a non-positive power');
          if (!b.isInteger() && a.isNeg()) throw new NotFinite('a negative number to a non-integer power');
          // Bound the size before computing: |b|·log10|a| is the decimal exponent of the result.
          if (!a.isZero() && b.abs().times(Math.abs(a.e) + 1).gt(MAX_EXPONENT)) throw new NotFinite(`power beyond 10^±${MAX_EXPONENT.toExponential()}`);
          return ok(a.pow(b), 'power');
        }
      }
      throw new Error('internal: unknown operator');
    }
    case 'fn': {
      const x = ev(e.args[0]!);
      switch (e.name) {
        case 'exp': if (x.abs().gt(2.3e12)) throw new NotFinite(`exp beyond 10^±${MAX_EXPONENT.toExponential()}`); return ok(C.exp(x), 'exp');
        case 'log': if (!x.gt(0)) throw new NotFinite('log of a non-positive number'); return C.ln(x);
        case 'sqrt': if (x.isNeg()) throw new NotFinite('sqrt of a negative number'); return x.sqrt();
        case 'abs': return x.abs();
        case 'sigma': return sigmoidNeg(C, x.neg());
        case 'softplus': return softplusNeg(C, x.neg());
        // isZero first: decimal.js has −0, and (−0).isNeg() is true.
        case 'perc': return x.isZero() ? new C('0.5') : x.isNeg() ? new C(1) : new C(0);
        default: {
          const f = models.get(e.name);
          if (!f) throw new Error(`no concrete model for '${e.name}'`);
          return ok(f(C, x), e.name);
        }
      }
    }
  }
}

/**
 * Exact value of an expanded expression at rational values, when it is a rational function of them
 * (+ − × ÷ and integer powers); undefined when it involves a transcendental function,
 * π, a non-integer power, or would exceed `maxBits` bits. An exact value that differs is a certified witness.
 */
export function evaluateExact(e: Expr, values: ReadonlyMap<string, Q>, maxBits = 100_000): Q | undefined {
  const big = (q: Q): boolean => q.num.toString(16).length * 4 > maxBits || q.den.toString(16).length * 4 > maxBits;
  const ev = (x: Expr): Q | undefined => {
    switch (x.t) {
      case 'num': return x.q;
      case 'sym': return values.get(x.name);
      case 'op': {
        const a = ev(x.args[0]!);
        if (a === undefined) return undefined;
        if (x.op === 'neg') return a.neg();
        const b = ev(x.args[1]!);
        if (b === undefined) return undefined;
        let r: Q;
        switch (x.op) {
          case '+': r = a.add(b); break;
          case '-': r = a.sub(b); break;
          case '*': r = a.mul(b); break;
          case '/': if (b.isZero()) return undefined; r = a.div(b); break;
          case '^': {
            if (b.den !== 1n || (a.isZero() && b.num <= 0n)) return undefined;
            const k = b.num < 0n ? -b.num : b.num;
            if (BigInt((a.num.toString(16).length + a.den.toString(16).length) * 4) * k > BigInt(maxBits)) return undefined;
            let p = Q.ONE, base = a, j = k;
            while (j > 0n) { if (j & 1n) p = p.mul(base); base = j > 1n ? base.mul(base) : base; j >>= 1n; }
            r = b.num < 0n ? Q.ONE.div(p) : p;
            break;
          }
          default: return undefined;
        }
        return big(r) ? undefined : r;
      }
      default: return undefined;
    }
  };
  return ev(e);
}

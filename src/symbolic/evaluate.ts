/**
 * High-precision evaluation (decimal.js) of an expanded expression: the numeric half of every
 * check, independent of the normal form. A value that is not finite (log of a negative number,
 * 0/0) throws NotFinite, which the caller turns into a resampled point or an inconclusive step.
 */
import type Decimal from 'decimal.js';
import { sigmoidNeg, softplusNeg, type DecimalCtor } from '../numeric/highPrecision.ts';
import type { Expr } from './ast.ts';

/** Not finite, or outside the domain where the identities hold (an activation at its kink). */
export class NotFinite extends Error {}

/** Concrete functions standing in for a derivation's opaque ones (φ = ReLU, …). */
export type Models = ReadonlyMap<string, (C: DecimalCtor, x: Decimal) => Decimal>;

export function evaluate(e: Expr, scope: ReadonlyMap<string, Decimal>, C: DecimalCtor, models: Models = new Map()): Decimal {
  const ev = (x: Expr): Decimal => evaluate(x, scope, C, models);
  const ok = (v: Decimal, what: string): Decimal => { if (!v.isFinite()) throw new NotFinite(`${what} is not finite`); return v; };
  switch (e.t) {
    case 'num': return new C(e.q.num.toString()).div(e.q.den.toString());
    case 'sym': {
      const v = scope.get(e.name);
      if (v === undefined) throw new Error(`no value for '${e.name}'`);
      return v;
    }
    case 'sum': throw new Error('internal: unexpanded sum');
    case 'op': {
      const a = ev(e.args[0]!);
      if (e.op === 'neg') return a.neg();
      const b = ev(e.args[1]!);
      switch (e.op) {
        case '+': return a.plus(b);
        case '-': return a.minus(b);
        case '*': return a.times(b);
        case '/': if (b.isZero()) throw new NotFinite('division by zero'); return a.div(b);
        case '^': {
          if (a.isZero() && b.lte(0)) throw new NotFinite('0 to a non-positive power');
          return ok(a.pow(b), 'power');
        }
      }
      throw new Error('internal: unknown operator');
    }
    case 'fn': {
      const x = ev(e.args[0]!);
      switch (e.name) {
        case 'exp': return ok(C.exp(x), 'exp');
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

/**
 * Symbolic differentiation of an expanded expression, by the textbook rules. Our own rather than
 * mathjs's `derivative`, which knows neither σ nor the opaque functions of a derivation (φ with
 * φ' declared as its derivative) nor variables that depend on the one we differentiate by:
 * `depends` maps such a variable (g[i], a model's value at b_i) to its partial derivative (dg[i,k]),
 * which is the chain rule for a general model g(b; θ).
 */
import { UserError } from '../core/registry.ts';
import { Q } from '../numeric/rational.ts';
import { add, sub, mul, div, neg, pow, num, fn, type Expr } from './ast.ts';

export interface DiffContext {
  wrt: string;
  depends?: ReadonlyMap<string, Expr>;
  /** Opaque function → the name of its derivative (φ → dphi). */
  derivatives?: ReadonlyMap<string, string>;
}

export function differentiate(e: Expr, c: DiffContext): Expr {
  const d = (x: Expr): Expr => differentiate(x, c);
  switch (e.t) {
    case 'num': return num(0);
    case 'sym': return e.name === c.wrt ? num(1) : c.depends?.get(e.name) ?? num(0);
    case 'sum': throw new Error('internal: unexpanded sum');
    case 'op': {
      const [a, b] = e.args as [Expr, Expr];
      switch (e.op) {
        case '+': return add(d(a), d(b));
        case '-': return sub(d(a), d(b));
        case 'neg': return neg(d(a));
        case '*': return add(mul(d(a), b), mul(a, d(b)));
        case '/': return div(sub(mul(d(a), b), mul(a, d(b))), pow(b, num(2)));
        case '^': {
          if (b.t === 'num') return mul(mul(b, pow(a, num(b.q.sub(Q.ONE)))), d(a));
          // a^b = exp(b·log a), for a > 0.
          return mul(e, add(mul(d(b), fn('log', a)), div(mul(b, d(a)), a)));
        }
      }
      throw new Error('internal: unknown operator');
    }
    case 'fn': {
      const a = e.args[0]!;
      const da = d(a);
      switch (e.name) {
        case 'exp': return mul(e, da);
        case 'log': return div(da, a);
        case 'sqrt': return div(da, mul(num(2), e));
        case 'abs': return mul(div(a, e), da);
        case 'sigma': return mul(mul(e, sub(num(1), e)), da);
        case 'softplus': return mul(fn('sigma', a), da);
        default: {
          if (e.args.length !== 1) throw new UserError(`derivative of '${e.name}' with ${e.args.length} arguments is not supported`);
          const dn = c.derivatives?.get(e.name);
          if (dn === undefined) {
            if (da.t === 'num' && da.q.isZero()) return num(0);
            throw new UserError(`no derivative is declared for '${e.name}'`);
          }
          return mul(fn(dn, a), da);
        }
      }
    }
  }
}

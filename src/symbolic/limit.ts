/**
 * Limits as a variable γ → +∞, by limit algebra. The rule set, each a theorem of real analysis:
 *   a γ-free part (after normal form) is its own limit;  γ → +∞;
 *   sums, products and quotients of limits, with ∞·c signed by the manifest sign of c ≠ 0,
 *   c/∞ → 0; exp(+∞) = +∞, exp(−∞) = 0; σ(+∞) = 1, σ(−∞) = 0; log(+∞) = +∞; sqrt(+∞) = +∞;
 *   |±∞| = +∞; (+∞)^k = +∞ for rational k > 0 and 0 for k < 0 (so 2/log γ → 0, 1/log log γ → 0,
 *   (log γ)^(−1/2) → 0: slow limits are proved, not sampled);
 *   γ^p·c · σ(−γ^q·c') → 0 and γ^p·c · exp(−γ^q·c') → 0 for c' > 0, q ≥ 1 (exponential beats polynomial);
 *   continuous functions (exp, log at a positive value, σ, +, ·, / at a nonzero denominator) of
 *   finite limits; and σ(γ^p·c) → perc(−c) for γ-free c and p ≥ 1 (derivation tyurin2025/sigmoid-limit,
 *   which proves the three sign cases from the rules above).
 * Indeterminate forms (∞ − ∞, 0·∞, ∞/∞, an opaque function of a γ-dependent argument) are not
 * resolved: the step is then unproven, and only the numeric check speaks.
 */
import { mentions, substitute, add, sub, mul, div, neg, pow, num, fn, sym, type Expr } from './ast.ts';
import { Normalizer } from './normalize.ts';
import { isNonzero, constOf, atomsOf, monoKey, polySign, type Poly, type Rat, type Sign, type Term } from './poly.ts';
import type { Q } from '../numeric/rational.ts';

export type Lim = { t: 'fin'; e: Expr } | { t: 'inf'; sign: 1 | -1 | 0 };

export class Indeterminate extends Error {}

const fin = (e: Expr): Lim => ({ t: 'fin', e });
const inf = (sign: 1 | -1 | 0): Lim => ({ t: 'inf', sign });

export function limitAtInfinity(e: Expr, v: string, nz: Normalizer): Lim {
  try { return byRules(e, v, nz); } catch (x) {
    // ∞/∞, ∞ − ∞, 0·∞ in a rational function of one generator: compare leading terms.
    if (!(x instanceof Indeterminate)) throw x;
    const r = rationalLimit(e, v, nz);
    if (r) return r;
    throw x;
  }
}

/**
 * The limit of a quotient of polynomials N(g)/D(g) in one generator g → +∞ (g = γ, or exp(k·γ) with
 * k > 0) whose coefficients are free of γ: with degrees p, q and leading coefficients a, b
 * manifestly nonzero, it is 0 for p < q, a/b for p = q and ±∞ (the sign of a·b) for p > q. Read off
 * the normal form, which equals the expression wherever it is defined; undefined when the form is
 * not of this kind (two generators, a leading coefficient that may vanish, coefficients that are
 * not plain variables).
 */
function rationalLimit(e: Expr, v: string, nz: Normalizer): Lim | undefined {
  let r: Rat;
  try { r = nz.norm(e); } catch { return undefined; }
  const gens = new Set([...atomsOf(r.num), ...atomsOf(r.den)].filter((a) => nz.atomVars(a).has(v)));
  if (gens.size !== 1) return undefined;
  const g = [...gens][0]!;
  if (g !== v) {
    // exp(k·γ) with a constant k > 0.
    const x = nz.expExponent(g);
    const t = x && x.num.size === 1 ? [...x.num.values()][0]! : undefined;
    const d = x ? constOf(x.den) : undefined;
    if (!t || !d || d.isZero() || t.m.size !== 1 || t.m.get(v) !== 1 || t.c.div(d).sign() <= 0) return undefined;
  }
  const lead = (p: Poly): { deg: number; c: Poly } => {
    const deg = Math.max(...[...p.values()].map((t) => t.m.get(g) ?? 0));
    const c = new Map<string, Term>();
    for (const t of p.values()) if ((t.m.get(g) ?? 0) === deg) { const m = new Map(t.m); m.delete(g); c.set(monoKey(m), { c: t.c, m }); }
    return { deg, c };
  };
  if (r.num.size === 0 || r.den.size === 0) return undefined;
  const n = lead(r.num), d = lead(r.den);
  const sn = polySign(n.c, nz.atomSign), sd = polySign(d.c, nz.atomSign);
  if (!isNonzero(sn) || !isNonzero(sd)) return undefined;
  if (n.deg < d.deg) return fin(num(0));
  if (n.deg > d.deg) {
    const s = (x: Sign): number => (x === 'pos' ? 1 : x === 'neg' ? -1 : 0);
    return inf((s(sn) * s(sd)) as 1 | -1 | 0);
  }
  const a = polyExpr(n.c), b = polyExpr(d.c);
  return a && b ? fin(div(a, b)) : undefined;
}

/** A polynomial over plain variables as an expression; undefined when an atom is not a variable (exp⟨…⟩, φ⟨…⟩). */
function polyExpr(p: Poly): Expr | undefined {
  let out: Expr = num(0);
  for (const t of p.values()) {
    let term: Expr = num(t.c);
    for (const [a, k] of t.m) {
      if (!/^([A-Za-z][A-Za-z0-9]*(\[[0-9,]+\])?|c#\d+)$/.test(a)) return undefined;
      term = mul(term, pow(sym(a), num(k)));
    }
    out = add(out, term);
  }
  return out;
}

function byRules(e: Expr, v: string, nz: Normalizer): Lim {
  const L = (x: Expr): Lim => limitAtInfinity(x, v, nz);
  if (!mentions(e, v)) return fin(e);
  try {
    if (!nz.vars(nz.norm(e)).has(v)) return fin(substitute(e, new Map([[v, num(1)]])));
  } catch { /* not normalizable: go on with the rules */ }
  const signOf = (c: Expr): 1 | -1 | 0 | null => {
    const s = nz.sign(nz.norm(c));
    return s === 'pos' ? 1 : s === 'neg' ? -1 : s === 'nonzero' ? 0 : null;
  };
  const times = (s: 1 | -1 | 0, c: Expr, what: string): Lim => {
    const t = signOf(c);
    if (t === null) throw new Indeterminate(`∞ · (${what}) where the factor may be 0`);
    return inf((s * t) as 1 | -1 | 0);
  };
  switch (e.t) {
    case 'sym': return e.name === v ? inf(1) : fin(e);
    case 'num': return fin(e);
    case 'sum': throw new Error('internal: unexpanded sum');
    case 'op': {
      const a = L(e.args[0]!);
      if (e.op === 'neg') return a.t === 'fin' ? fin(neg(a.e)) : inf((-a.sign) as 1 | -1 | 0);
      const b0 = L(e.args[1]!);
      const b = e.op === '-' ? (b0.t === 'fin' ? fin(neg(b0.e)) : inf((-b0.sign) as 1 | -1 | 0)) : b0;
      switch (e.op) {
        case '+': case '-': {
          if (a.t === 'fin' && b0.t === 'fin') return fin(e.op === '+' ? add(a.e, b0.e) : sub(a.e, b0.e));
          if (a.t === 'fin') return b;
          if (b.t === 'fin') return a;
          if (a.sign !== 0 && a.sign === b.sign) return a;
          throw new Indeterminate('∞ − ∞');
        }
        case '*': {
          if (a.t === 'fin' && b.t === 'fin') return fin(mul(a.e, b.e));
          // Exponential decay beats polynomial growth: γ^p·c · σ(−γ^q·c') → 0 when c' > 0.
          const [x, y] = e.args as [Expr, Expr];
          if ((a.t === 'inf' && powerGrowth(x, v, nz) && expDecay(y, v, nz)) || (b0.t === 'inf' && powerGrowth(y, v, nz) && expDecay(x, v, nz))) return fin(num(0));
          if (a.t === 'inf' && b.t === 'inf') return inf((a.sign * b.sign) as 1 | -1 | 0);
          return a.t === 'inf' ? times(a.sign, (b as { e: Expr }).e, 'right factor') : times((b as { sign: 1 | -1 | 0 }).sign, (a as { e: Expr }).e, 'left factor');
        }
        case '/': {
          if (a.t === 'fin' && b.t === 'fin') {
            if (!isNonzero(nz.sign(nz.norm(b.e)))) throw new Indeterminate('a denominator whose limit may be 0');
            return fin(div(a.e, b.e));
          }
          if (b.t === 'inf') { if (a.t === 'fin') return fin(num(0)); throw new Indeterminate('∞/∞'); }
          if (a.t === 'inf' && b.t === 'fin') return times(a.sign, div(num(1), b.e), 'denominator');
          throw new Indeterminate('quotient');
        }
        case '^': {
          const k0 = e.args[1]!;
          // A constant exponent written as an expression (-1/2) is folded to its value.
          let kq: Q | undefined;
          if (k0.t === 'num') kq = k0.q;
          else if (!nz.vars(nz.norm(k0)).size) { const r = nz.norm(k0); const d = constOf(r.den); const c = constOf(r.num); if (d && c && !d.isZero()) kq = c.div(d); }
          if (kq === undefined) throw new Indeterminate('a power with a non-constant exponent');
          const k = { t: 'num' as const, q: kq };
          if (k.q.den !== 1n) {
            // x^k for rational k is continuous on x > 0; (+∞)^k = +∞ for k > 0 and 0 for k < 0.
            if (a.t === 'fin') { if (nz.sign(nz.norm(a.e)) !== 'pos') throw new Indeterminate('a non-integer power of a limit not manifestly > 0'); return fin(pow(a.e, k)); }
            if (a.sign !== 1) throw new Indeterminate('a non-integer power of −∞');
            return k.q.sign() > 0 ? inf(1) : fin(num(0));
          }
          if (a.t === 'fin') return fin(pow(a.e, k));
          if (k.q.sign() < 0) return fin(num(0));
          return inf(k.q.num % 2n === 0n ? 1 : a.sign);
        }
      }
      throw new Indeterminate(`operator ${e.op}`);
    }
    case 'fn': {
      const arg = e.args[0]!;
      if (e.name === 'sigma') {
        const c = scaleFree(arg, v, nz);
        if (c) return fin(fn('perc', neg(c)));
      }
      const a = L(arg);
      switch (e.name) {
        case 'exp': if (a.t === 'fin') return fin(fn('exp', a.e)); if (a.sign === 1) return inf(1); if (a.sign === -1) return fin(num(0)); break;
        case 'sqrt': if (a.t === 'fin') { const s = nz.sign(nz.norm(a.e)); if (s !== 'pos' && s !== 'nonneg' && s !== 'zero') throw new Indeterminate('sqrt at a limit not manifestly ≥ 0'); return fin(fn('sqrt', a.e)); } if (a.sign === 1) return inf(1); break;
        case 'abs': if (a.t === 'fin') return fin(fn('abs', a.e)); return inf(1);
        case 'log': if (a.t === 'fin') { if (nz.sign(nz.norm(a.e)) !== 'pos') throw new Indeterminate('log at a limit not manifestly > 0'); return fin(fn('log', a.e)); } if (a.sign === 1) return inf(1); break;
        case 'sigma': {
          if (a.t === 'fin') return fin(fn('sigma', a.e));
          if (a.sign === 1) return fin(num(1));
          if (a.sign === -1) return fin(num(0));
          break;
        }
        case 'perc': if (a.t === 'fin') throw new Indeterminate('perc is discontinuous at 0'); if (a.sign === 1) return fin(num(0)); if (a.sign === -1) return fin(num(1)); break;
        default: break;
      }
      throw new Indeterminate(`${e.name} of an argument that depends on ${v}`);
    }
  }
}

/** γ^p · c with c free of γ: grows at most polynomially. */
function powerGrowth(e: Expr, v: string, nz: Normalizer): boolean {
  return scaleFree(e, v, nz) !== undefined;
}

/** σ(z) or exp(z) with z = γ^q · c and c manifestly < 0: decays like e^{−γ^q|c|}. */
function expDecay(e: Expr, v: string, nz: Normalizer): boolean {
  if (e.t !== 'fn' || (e.name !== 'sigma' && e.name !== 'exp')) return false;
  const c = scaleFree(e.args[0]!, v, nz);
  return c !== undefined && nz.sign(nz.norm(c)) === 'neg';
}

/** c when z = v^p · c identically with c free of v and p ≥ 1 (read off the normal form), else undefined. */
function scaleFree(z: Expr, v: string, nz: Normalizer): Expr | undefined {
  const r = nz.norm(z);
  const exps = new Set([...r.num.values()].map((t) => t.m.get(v) ?? 0));
  if (exps.size !== 1 || [...exps][0]! < 1) return undefined;
  if ([...r.den.values()].some((t) => t.m.has(v))) return undefined;
  for (const t of [...r.num.values(), ...r.den.values()]) for (const a of t.m.keys()) if (a !== v && nz.atomVars(a).has(v)) return undefined;
  return substitute(z, new Map([[v, num(1)]]));
}

export const INFINITY = sym('Infinity');

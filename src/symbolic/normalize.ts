/**
 * The normal form that decides identities symbolically. An expanded expression becomes a quotient
 * of polynomials over atoms: variables, and opaque subterms named by the normal form of their
 * argument (exp of a monomial, log(…), φ(…)). Rules applied, each an identity of real analysis:
 *   exp(Σ k_j m_j) = Π exp(m_j)^{k_j} for integer k_j;   σ(z) = 1/(1 + exp(−z));
 *   softplus(z) = log(1 + exp(z));   perc(z) = 1, 1/2, 0 when z is manifestly < 0, = 0, > 0;
 *   f(s·z) = s^p·f(z) for a function declared positively p-homogeneous in s, when s > 0 is assumed
 *   and the derivation step cites that lemma.
 * Replacing opaque subterms by independent atoms is sound: an identity of the quotient in
 * independent atoms holds for any values they take. It is incomplete (an identity between atoms,
 * like exp(x/2)² = exp(x), is not seen), and then a step is left unproven, never accepted.
 * mathjs's simplify is not used to decide: it cannot show x/(1+x) = 1/(1+1/x), and rationalize
 * rejects '/'; see the report.
 */
import { Q } from '../numeric/rational.ts';
import { Exhausted } from './budget.ts';
import type { Expr } from './ast.ts';
import {
  atomsOf, constOf, monoKey, pkey, radd, rconst, rdiv, ratom, rkey, rmul, rneg, rpow, ratSign, polySign, isNonzero,
  type Rat, type Sign, type Term,
} from './poly.ts';

export interface Homogeneity { scale: string; degree: number }

export interface NormalContext {
  /** Sign of a variable under the assumptions. */
  symbolSign: (name: string) => Sign;
  /** Lemmas cited by the step: function name → homogeneity. */
  homogeneous?: ReadonlyMap<string, Homogeneity>;
}

interface Atom { sign: Sign; vars: Set<string> }

export class Normalizer {
  private readonly atoms = new Map<string, Atom>();
  constructor(readonly ctx: NormalContext) {}

  atomSign = (a: string): Sign => this.atoms.get(a)?.sign ?? 'unknown';

  /** Variables the quotient depends on, through its atoms. */
  vars(r: Rat): Set<string> {
    const out = new Set<string>();
    for (const a of [...atomsOf(r.num), ...atomsOf(r.den)]) for (const v of this.atoms.get(a)?.vars ?? [a]) out.add(v);
    return out;
  }

  /** Variables one atom depends on. */
  atomVars(a: string): ReadonlySet<string> { return this.atoms.get(a)?.vars ?? new Set([a]); }

  sign(r: Rat): Sign { return ratSign(r, this.atomSign); }

  private atom(name: string, sign: Sign, vars: Iterable<string>): Rat {
    if (!this.atoms.has(name)) this.atoms.set(name, { sign, vars: new Set(vars) });
    return ratom(name);
  }

  private varsOf(...rs: Rat[]): Set<string> {
    const out = new Set<string>();
    for (const r of rs) for (const v of this.vars(r)) out.add(v);
    return out;
  }

  norm(e: Expr): Rat {
    switch (e.t) {
      case 'num': return rconst(e.q);
      case 'sym': {
        if (e.idx) throw new Error(`internal: unexpanded index on ${e.name}`);
        if (e.name === 'Infinity') throw new Error('Infinity is only a limit value');
        return this.atom(e.name, this.ctx.symbolSign(e.name), [e.name]);
      }
      case 'sum': throw new Error('internal: unexpanded sum');
      case 'op': {
        const [a, b] = e.args.map((x) => this.norm(x));
        switch (e.op) {
          case '+': return radd(a!, b!);
          case '-': return radd(a!, b!, -1);
          case '*': return rmul(a!, b!);
          case '/': return rdiv(a!, b!);
          case 'neg': return rneg(a!);
          case '^': {
            const k = b!.den.size === 1 && constOf(b!.den)?.eq(Q.ONE) ? constOf(b!.num) : undefined;
            if (k && k.den === 1n && k.num >= -64n && k.num <= 64n) return rpow(a!, Number(k.num));
            // A rational constant to an integer power is computed exactly (10^400 is a number), within a size bound.
            const base = constOf(a!.den)?.eq(Q.ONE) ? constOf(a!.num) : undefined;
            if (k && base && k.den === 1n && !(base.isZero() && k.sign() <= 0)) {
              const bits = (base.num.toString(16).length + base.den.toString(16).length) * 4;
              const kk = k.num < 0n ? -k.num : k.num;
              if (bits * Number(kk) <= 200_000) return rconst(qpow(base, k.num));
            }
            const s = this.sign(a!);
            return this.atom(`pow⟨${rkey(a!)};${rkey(b!)}⟩`, s === 'pos' ? 'pos' : 'unknown', this.varsOf(a!, b!));
          }
        }
        throw new Error('internal: unknown operator');
      }
      case 'fn': return this.fn(e.name, e.args.map((x) => this.norm(x)));
    }
  }

  private exp(z: Rat): Rat {
    const c = constOf(z.den);
    if (c === undefined) return this.atom(`exp⟨${rkey(z)}⟩`, 'pos', this.vars(z));
    let out = rconst(Q.ONE);
    for (const t of z.num.values() as Iterable<Term>) {
      const k = t.c.div(c);
      const mono = monoKey(t.m) || '1';
      const vars = this.varsOf({ num: new Map([[mono, { c: Q.ONE, m: t.m }]]), den: rconst(Q.ONE).num });
      if (k.den === 1n && k.num >= -64n && k.num <= 64n) out = rmul(out, rpow(this.atom(`exp⟨${mono}⟩`, 'pos', vars), Number(k.num)));
      else out = rmul(out, this.atom(`exp⟨${k}*${mono}⟩`, 'pos', vars));
    }
    return out;
  }

  private fn(name: string, args: Rat[]): Rat {
    const z = args[0]!;
    const one = rconst(Q.ONE);
    switch (name) {
      case 'exp': return this.exp(z);
      case 'sigma': return rdiv(one, radd(one, this.exp(rneg(z))));
      case 'softplus': return this.fn('log', [radd(one, this.exp(z))]);
      case 'log': {
        if (z.num.size > 0 && pkey(z.num) === pkey(z.den)) return rconst(Q.ZERO);
        return this.atom(`log⟨${rkey(z)}⟩`, 'unknown', this.vars(z));
      }
      case 'sqrt': return this.atom(`sqrt⟨${rkey(z)}⟩`, this.sign(z) === 'pos' ? 'pos' : 'nonneg', this.vars(z));
      case 'abs': return this.atom(`abs⟨${rkey(z)}⟩`, isNonzero(this.sign(z)) ? 'pos' : 'nonneg', this.vars(z));
      case 'perc': {
        const s = this.sign(z);
        if (s === 'zero' || z.num.size === 0) return rconst(Q.HALF);
        if (s === 'pos') return rconst(Q.ZERO);
        if (s === 'neg') return one;
        return this.atom(`perc⟨${rkey(z)}⟩`, 'nonneg', this.vars(z));
      }
      default: return this.opaque(name, args);
    }
  }

  /** An opaque function (φ, φ'); a cited homogeneity lemma pulls the scale out of its argument. */
  private opaque(name: string, args: Rat[]): Rat {
    let factor = rconst(Q.ONE);
    const h = this.ctx.homogeneous?.get(name);
    if (h && args.length === 1 && this.ctx.symbolSign(h.scale) === 'pos') {
      let z = args[0]!;
      const s = h.scale;
      const divisible = (r: Rat): boolean => r.num.size > 0 && [...r.num.values()].every((t) => (t.m.get(s) ?? 0) >= 1) && ![...r.den.values()].some((t) => t.m.has(s));
      while (divisible(z)) {
        // Exact division of the numerator by s: every term carries s at least once.
        z = { num: new Map([...z.num.values()].map((t) => { const m = new Map(t.m); const e = m.get(s)! - 1; if (e === 0) m.delete(s); else m.set(s, e); return [monoKey(m), { c: t.c, m }]; })), den: z.den };
        factor = rmul(factor, rpow(ratom(s), h.degree));
      }
      args = [z];
    }
    const key = `${name}⟨${args.map(rkey).join(';')}⟩`;
    return rmul(factor, this.atom(key, 'unknown', this.varsOf(...args)));
  }
}

export type IdentityProof = { status: 'proved' } | { status: 'unproven'; reason: string };

/** a ≡ b: the numerator of a − b is the zero polynomial, and every denominator is manifestly nonzero. */
export function proveIdentity(nz: Normalizer, a: Expr, b: Expr): IdentityProof {
  let ra: Rat, rb: Rat;
  try {
    ra = nz.norm(a); rb = nz.norm(b);
  } catch (e) {
    if (e instanceof Exhausted) throw e;
    return { status: 'unproven', reason: `normal form failed: ${(e as Error).message}` };
  }
  const diff = radd(ra, rb, -1);
  if (diff.num.size !== 0) return { status: 'unproven', reason: `the difference does not reduce to 0 (${diff.num.size} term(s) left)` };
  for (const d of [ra.den, rb.den]) {
    const s = polySign(d, nz.atomSign);
    if (!isNonzero(s)) return { status: 'unproven', reason: `holds only where the denominator ${clipKey(pkey(d))} is nonzero, which the assumptions do not give` };
  }
  return { status: 'proved' };
}

/** a ≤ b: b − a is manifestly ≥ 0 (numerator and denominator signs read term by term). */
export function proveLe(nz: Normalizer, a: Expr, b: Expr): IdentityProof {
  let diff: Rat;
  try {
    diff = radd(nz.norm(b), nz.norm(a), -1);
  } catch (e) {
    if (e instanceof Exhausted) throw e;
    return { status: 'unproven', reason: `normal form failed: ${(e as Error).message}` };
  }
  const s = nz.sign(diff);
  if (s === 'pos' || s === 'nonneg' || s === 'zero') return { status: 'proved' };
  return { status: 'unproven', reason: `the sign of the difference is not manifest (${s})` };
}

const clipKey = (s: string): string => (s.length > 60 ? `${s.slice(0, 57)}...` : s);

/** q^k for an integer k, exactly (square and multiply). */
function qpow(q: Q, k: bigint): Q {
  let r = Q.ONE, b = k < 0n ? Q.ONE.div(q) : q, e = k < 0n ? -k : k;
  while (e > 0n) { if (e & 1n) r = r.mul(b); b = b.mul(b); e >>= 1n; }
  return r;
}

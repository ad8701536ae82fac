/**
 * The normal form that decides identities symbolically. An expanded expression becomes a quotient
 * of polynomials over atoms: variables, and opaque subterms named by the normal form of their
 * argument (exp of a monomial, log(…), φ(…)). Rules applied, each an identity of real analysis:
 *   exp(Σ k_j m_j) = Π exp(m_j)^{k_j} for integer k_j;   σ(z) = 1/(1 + exp(−z));
 *   softplus(z) = log(1 + exp(z));   perc(z) = 1, 1/2, 0 when z is manifestly < 0, = 0, > 0;
 *   f(s·z) = s^p·f(z) for a function declared positively p-homogeneous in s, when s > 0 is assumed
 *   and the derivation step cites that lemma;
 *   log(N/D) = log N − log D and log(c·Π a_j^{k_j}) = log c + Σ k_j·log a_j, when the parts are
 *   manifestly positive; log(exp(u)) = u; a positive sum is divided by its content and its common
 *   positive monomial before it is named, so log(2 + 2e^x) = log 2 + log(1 + e^x);
 *   exp(k·log u) = u^k for an integer k and u > 0 (log u is only named so for a positive u);
 *   √(c·m²) = |√c·m|, and |z| = ±z where the sign of z is manifest; (√u)^{2k} = u^k for u ≥ 0.
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
  atomsOf, constOf, constPoly, monoKey, pkey, pscale, radd, rconst, rdiv, ratom, rkey, rmul, rneg, rpow, ratSign, polySign, isNonzero,
  type Poly, type Rat, type Sign, type Term,
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
  /** exp atoms → their exponent; log atoms of a positive argument → it; √ atoms of a nonnegative one → it. */
  private readonly expArg = new Map<string, Rat>();
  private readonly logArg = new Map<string, Rat>();
  private readonly sqrtArg = new Map<string, Rat>();
  constructor(readonly ctx: NormalContext) {}

  atomSign = (a: string): Sign => this.atoms.get(a)?.sign ?? 'unknown';

  /** Variables the quotient depends on, through its atoms. */
  vars(r: Rat): Set<string> {
    const out = new Set<string>();
    for (const a of [...atomsOf(r.num), ...atomsOf(r.den)]) for (const v of this.atoms.get(a)?.vars ?? [a]) out.add(v);
    return out;
  }

  /** The exponent of an exp atom (exp⟨γ⟩ → γ), else undefined. */
  expExponent(a: string): Rat | undefined { return this.expArg.get(a); }

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
            const root = this.sqrtArg.get(soleAtom(a!) ?? '');
            if (root && k && k.den === 1n && k.num % 2n === 0n && k.num >= -64n && k.num <= 64n) return rpow(root, Number(k.num / 2n));
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
    if (c === undefined) return this.expAtom(`exp⟨${rkey(z)}⟩`, z);
    let out = rconst(Q.ONE);
    for (const t of z.num.values() as Iterable<Term>) {
      const k = t.c.div(c);
      const mono = monoKey(t.m) || '1';
      const m: Rat = { num: new Map([[mono, { c: Q.ONE, m: t.m }]]), den: constPoly(Q.ONE) };
      const whole = k.den === 1n && k.num >= -64n && k.num <= 64n;
      // exp(k·log u) = u^k: log u is only named with its argument when u > 0.
      const u = t.m.size === 1 && [...t.m.values()][0] === 1 ? this.logArg.get(mono) : undefined;
      if (u && whole) out = rmul(out, rpow(u, Number(k.num)));
      else if (whole) out = rmul(out, rpow(this.expAtom(`exp⟨${mono}⟩`, m), Number(k.num)));
      else out = rmul(out, this.expAtom(`exp⟨${k}*${mono}⟩`, rmul(rconst(k), m)));
    }
    return out;
  }

  private expAtom(name: string, exponent: Rat): Rat {
    if (!this.expArg.has(name)) this.expArg.set(name, exponent);
    return this.atom(name, 'pos', this.vars(exponent));
  }

  /** log z, split into logs of manifestly positive parts (the header's rules); otherwise one atom. */
  private log(z: Rat): Rat {
    if (z.num.size > 0 && pkey(z.num) === pkey(z.den)) return rconst(Q.ZERO);
    const d = constOf(z.den);
    if (d !== undefined && !d.isZero()) return this.logPoly(pscale(z.num, Q.ONE.div(d)), z);
    const sn = polySign(z.num, this.atomSign), sd = polySign(z.den, this.atomSign);
    if ((sn === 'pos' && sd === 'pos') || (sn === 'neg' && sd === 'neg')) {
      const f = sn === 'pos' ? Q.ONE : Q.ONE.neg();
      return radd(this.logPoly(pscale(z.num, f)), this.logPoly(pscale(z.den, f)), -1);
    }
    return this.atom(`log⟨${rkey(z)}⟩`, 'unknown', this.vars(z));
  }

  /** log p for a polynomial p; `as` is the quotient p came from, to name an atom it cannot split. */
  private logPoly(p: Poly, as: Rat = { num: p, den: constPoly(Q.ONE) }): Rat {
    const c = constOf(p);
    if (c !== undefined) {
      if (c.sign() <= 0) return this.atom(`log⟨${c}⟩`, 'unknown', []);
      // log(p/q) = Σ e·log(prime) over the small primes of p and q, so log 4 = 2·log 2 and log(1/2) = −log 2.
      let out = rconst(Q.ZERO);
      for (const [n, sgn] of [[c.num, 1], [c.den, -1]] as const) {
        for (const [f, e] of smallFactors(n)) out = radd(out, rmul(rconst(Q.of(sgn * e)), this.logAtom(`log⟨${f}⟩`, rconst(new Q(f)), 'pos', [])));
      }
      return out;
    }
    if (polySign(p, this.atomSign) !== 'pos') return this.atom(`log⟨${rkey(as)}⟩`, 'unknown', this.vars(as));
    const terms = [...p.values()];
    // The content |c| and the common monomial g of positive atoms come out: log p = log|c| + log g + log(p/(|c|·g)).
    const lead = p.get([...p.keys()].sort()[0]!)!.c.abs();
    const common = new Map<string, number>();
    for (const [a, e] of terms[0]!.m) if (this.atomSign(a) === 'pos') common.set(a, Math.min(e, ...terms.map((t) => t.m.get(a) ?? 0)));
    for (const [a, e] of [...common]) if (e === 0) common.delete(a);
    let out = lead.eq(Q.ONE) ? rconst(Q.ZERO) : this.logPoly(constPoly(lead));
    for (const [a, e] of common) {
      const ea = this.expArg.get(a);
      out = radd(out, rmul(rconst(Q.of(e)), ea ?? this.logAtom(`log⟨${a}⟩`, ratom(a), 'unknown', this.atomVars(a))));
    }
    if (terms.length === 1 && terms[0]!.m.size === common.size) return out; // c·g: nothing is left
    const rest: Poly = new Map(terms.map((t) => {
      const m = new Map(t.m);
      for (const [a, e] of common) { const r = m.get(a)! - e; if (r === 0) m.delete(a); else m.set(a, r); }
      return [monoKey(m), { c: t.c.div(lead), m }];
    }));
    const restRat: Rat = { num: rest, den: constPoly(Q.ONE) };
    return radd(out, this.logAtom(`log⟨${rkey(restRat)}⟩`, restRat, 'unknown', this.vars(restRat)));
  }

  /** A log atom; `arg` (its argument, positive) lets exp(k·log u) = u^k. */
  private logAtom(name: string, arg: Rat | undefined, sign: Sign, vars: Iterable<string>): Rat {
    if (arg && !this.logArg.has(name)) this.logArg.set(name, arg);
    return this.atom(name, sign, vars);
  }

  /** √z: exact for c·m² (as |√c·m|), else an atom; the atom remembers z when z ≥ 0, so (√z)² = z. */
  private sqrt(z: Rat): Rat {
    const d = constOf(z.den);
    const t = d !== undefined && z.num.size === 1 ? [...z.num.values()][0]! : undefined;
    if (t && !d!.isZero()) {
      const c = t.c.div(d!), rn = isqrt(c.num), rd = isqrt(c.den);
      if (c.sign() >= 0 && rn !== undefined && rd !== undefined && [...t.m.values()].every((e) => e % 2 === 0)) {
        const half = new Map([...t.m].map(([a, e]) => [a, e / 2] as const));
        const r: Rat = { num: new Map([[monoKey(half), { c: new Q(rn, rd), m: half }]]), den: constPoly(Q.ONE) };
        return this.abs(r);
      }
    }
    const s = this.sign(z), name = `sqrt⟨${rkey(z)}⟩`;
    if ((s === 'pos' || s === 'nonneg' || s === 'zero') && !this.sqrtArg.has(name)) this.sqrtArg.set(name, z);
    return this.atom(name, s === 'pos' ? 'pos' : 'nonneg', this.vars(z));
  }

  /** |z| = z or −z where the sign of z is manifest, else an atom. */
  private abs(z: Rat): Rat {
    const s = this.sign(z);
    if (s === 'pos' || s === 'nonneg' || s === 'zero') return z;
    if (s === 'neg' || s === 'nonpos') return rneg(z);
    return this.atom(`abs⟨${rkey(z)}⟩`, isNonzero(s) ? 'pos' : 'nonneg', this.vars(z));
  }

  private fn(name: string, args: Rat[]): Rat {
    const z = args[0]!;
    const one = rconst(Q.ONE);
    switch (name) {
      case 'exp': return this.exp(z);
      case 'sigma': return rdiv(one, radd(one, this.exp(rneg(z))));
      case 'softplus': return this.fn('log', [radd(one, this.exp(z))]);
      case 'log': return this.log(z);
      case 'sqrt': return this.sqrt(z);
      case 'abs': return this.abs(z);
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

/**
 * The sign of a − b when the normal form shows it, else undefined: 1 or −1 when a − b is manifestly
 * > 0 or < 0, 0 when manifestly nonzero of unknown sign (log x + 10⁻⁹⁰ − log x = 10⁻⁹⁰). Both
 * denominators must be manifestly nonzero, so the certificate holds at every point of the assumed
 * domain where a and b are both defined: it breaks an equation there, and an inequality of the
 * wrong sign, however small the difference is.
 */
export function differenceSign(nz: Normalizer, a: Expr, b: Expr): { sign: 1 | -1 | 0; exact?: Q } | undefined {
  let ra: Rat, rb: Rat;
  try { ra = nz.norm(a); rb = nz.norm(b); } catch (e) { if (e instanceof Exhausted) throw e; return undefined; }
  if (![ra.den, rb.den].every((d) => isNonzero(polySign(d, nz.atomSign)))) return undefined;
  const diff = radd(ra, rb, -1);
  const s = nz.sign(diff);
  const sign = s === 'pos' ? 1 : s === 'neg' ? -1 : s === 'nonzero' ? 0 : undefined;
  if (sign === undefined) return undefined;
  // A constant difference is printed exactly (10⁻⁸⁰ is below any working precision).
  const n = constOf(diff.num), d = constOf(diff.den);
  return n !== undefined && d !== undefined && !d.isZero() ? { sign, exact: n.div(d) } : { sign };
}

/** The atom a rational is, when it is exactly one atom to the first power (no coefficient, no denominator). */
function soleAtom(r: Rat): string | undefined {
  if (r.num.size !== 1 || !constOf(r.den)?.eq(Q.ONE)) return undefined;
  const t = [...r.num.values()][0]!;
  return t.c.eq(Q.ONE) && t.m.size === 1 && [...t.m.values()][0] === 1 ? [...t.m.keys()][0] : undefined;
}

/** n = Π f^e over primes f < 10⁴, and the cofactor left (> 1) with exponent 1, in increasing order. */
function smallFactors(n: bigint): [bigint, number][] {
  const out: [bigint, number][] = [];
  for (let f = 2n; f < 10_000n && f * f <= n; f += f === 2n ? 1n : 2n) {
    let e = 0;
    while (n % f === 0n) { n /= f; e++; }
    if (e) out.push([f, e]);
  }
  if (n > 1n) out.push([n, 1]);
  return out;
}

/** ⌊√n⌋ when n ≥ 0 is a perfect square, else undefined. */
function isqrt(n: bigint): bigint | undefined {
  if (n < 0n) return undefined;
  if (n < 2n) return n;
  // Newton's iteration from above, in BigInt (a float start would overflow past 1e308).
  let x = 1n << BigInt(Math.ceil(n.toString(2).length / 2));
  for (let y = (x + n / x) >> 1n; y < x; y = (x + n / x) >> 1n) x = y;
  return x * x === n ? x : undefined;
}

const clipKey = (s: string): string => (s.length > 60 ? `${s.slice(0, 57)}...` : s);

/** q^k for an integer k, exactly (square and multiply). */
function qpow(q: Q, k: bigint): Q {
  let r = Q.ONE, b = k < 0n ? Q.ONE.div(q) : q, e = k < 0n ? -k : k;
  while (e > 0n) { if (e & 1n) r = r.mul(b); b = b.mul(b); e >>= 1n; }
  return r;
}

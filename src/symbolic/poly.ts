/**
 * Polynomials with exact rational coefficients over named atoms (variables, and opaque subterms
 * such as exp(γ·y·m) or φ(u·b) that the normal form treats as independent variables), and
 * quotients of them. A quotient is never reduced: (x−1)/(x−1) stays as it is, so an identity that
 * needs x ≠ 1 shows up as a denominator that must be proved nonzero (the realContext discipline).
 */
import { Q } from '../numeric/rational.ts';
import { tick } from './budget.ts';

/** atom → exponent (≥ 1). */
export type Mono = ReadonlyMap<string, number>;
export interface Term { c: Q; m: Mono }
/** Keyed by the monomial's canonical key. */
export type Poly = ReadonlyMap<string, Term>;
export interface Rat { num: Poly; den: Poly }

export const monoKey = (m: Mono): string => [...m.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([a, e]) => (e === 1 ? a : `${a}^${e}`)).join('*');

const EMPTY: Mono = new Map();
export const constPoly = (c: Q): Poly => (c.isZero() ? new Map() : new Map([['', { c, m: EMPTY }]]));
export const atomPoly = (a: string, e = 1): Poly => { const m = new Map([[a, e]]); return new Map([[monoKey(m), { c: Q.ONE, m }]]); };

export function padd(p: Poly, q: Poly, sign: 1 | -1 = 1): Poly {
  const out = new Map(p);
  for (const [k, t] of q) {
    const c = sign === 1 ? t.c : t.c.neg();
    const prev = out.get(k);
    const s = prev ? prev.c.add(c) : c;
    if (s.isZero()) out.delete(k); else out.set(k, { c: s, m: t.m });
  }
  return out;
}

export const MAX_TERMS = 200_000;

export function pmul(p: Poly, q: Poly): Poly {
  if (p.size * q.size > MAX_TERMS) throw new RangeError(`normal form too large (${p.size}×${q.size} terms)`);
  const out = new Map<string, Term>();
  for (const a of p.values()) for (const b of q.values()) {
    tick();
    const m = new Map(a.m);
    for (const [x, e] of b.m) m.set(x, (m.get(x) ?? 0) + e);
    const k = monoKey(m);
    const prev = out.get(k);
    const c = prev ? prev.c.add(a.c.mul(b.c)) : a.c.mul(b.c);
    if (c.isZero()) out.delete(k); else out.set(k, { c, m });
  }
  return out;
}

export function ppow(p: Poly, n: number): Poly {
  let r = constPoly(Q.ONE);
  for (let k = 0; k < n; k++) r = pmul(r, p);
  return r;
}

export const pscale = (p: Poly, c: Q): Poly => (c.isZero() ? new Map() : new Map([...p].map(([k, t]) => [k, { c: t.c.mul(c), m: t.m }])));
export const pkey = (p: Poly): string => (p.size === 0 ? '0' : [...p.keys()].sort().map((k) => `${p.get(k)!.c}${k ? `*${k}` : ''}`).join(' + '));
export const isConst = (p: Poly): boolean => p.size === 0 || (p.size === 1 && p.has(''));
export const constOf = (p: Poly): Q | undefined => (p.size === 0 ? Q.ZERO : p.size === 1 && p.has('') ? p.get('')!.c : undefined);
export const atomsOf = (p: Poly): Set<string> => new Set([...p.values()].flatMap((t) => [...t.m.keys()]));

// Quotients ------------------------------------------------------------------------------------

export const rconst = (c: Q): Rat => ({ num: constPoly(c), den: constPoly(Q.ONE) });
export const ratom = (a: string): Rat => ({ num: atomPoly(a), den: constPoly(Q.ONE) });

export function radd(a: Rat, b: Rat, sign: 1 | -1 = 1): Rat {
  // Equal denominators are added over the common one: keeps sums over data points from squaring.
  if (pkey(a.den) === pkey(b.den)) return { num: padd(a.num, b.num, sign), den: a.den };
  return { num: padd(pmul(a.num, b.den), pmul(b.num, a.den), sign), den: pmul(a.den, b.den) };
}
export const rmul = (a: Rat, b: Rat): Rat => ({ num: pmul(a.num, b.num), den: pmul(a.den, b.den) });
export const rdiv = (a: Rat, b: Rat): Rat => ({ num: pmul(a.num, b.den), den: pmul(a.den, b.num) });
export const rneg = (a: Rat): Rat => ({ num: pscale(a.num, Q.ONE.neg()), den: a.den });
export function rpow(a: Rat, n: number): Rat {
  const p = { num: ppow(a.num, Math.abs(n)), den: ppow(a.den, Math.abs(n)) };
  return n >= 0 ? p : { num: p.den, den: p.num };
}

/** A canonical-enough key: denominator scaled to a leading coefficient of 1. Used to name atoms. */
export function rkey(r: Rat): string {
  if (r.num.size === 0) return '0';
  const lead = [...r.den.keys()].sort()[0];
  const c = lead === undefined ? Q.ONE : r.den.get(lead)!.c;
  const n = pkey(pscale(r.num, Q.ONE.div(c))), d = pkey(pscale(r.den, Q.ONE.div(c)));
  return d === '1' ? n : `(${n})/(${d})`;
}

// Signs ----------------------------------------------------------------------------------------

/** pos > 0, neg < 0, nonneg ≥ 0, nonpos ≤ 0, nonzero ≠ 0, zero = 0, unknown. */
export type Sign = 'pos' | 'neg' | 'nonneg' | 'nonpos' | 'nonzero' | 'zero' | 'unknown';

const flip: Record<Sign, Sign> = { pos: 'neg', neg: 'pos', nonneg: 'nonpos', nonpos: 'nonneg', nonzero: 'nonzero', zero: 'zero', unknown: 'unknown' };

export function signMul(a: Sign, b: Sign): Sign {
  if (a === 'zero' || b === 'zero') return 'zero';
  if (a === 'unknown' || b === 'unknown') return 'unknown';
  if (a === 'nonzero' || b === 'nonzero') return a === 'nonzero' && b === 'nonzero' ? 'nonzero' : (a === 'pos' || a === 'neg' || b === 'pos' || b === 'neg') ? 'nonzero' : 'unknown';
  const strict = (s: Sign) => s === 'pos' || s === 'neg';
  const negative = (s: Sign) => s === 'neg' || s === 'nonpos';
  const base: Sign = negative(a) !== negative(b) ? 'neg' : 'pos';
  return strict(a) && strict(b) ? base : base === 'pos' ? 'nonneg' : 'nonpos';
}

function signAdd(a: Sign, b: Sign): Sign {
  if (a === 'zero') return b;
  if (b === 'zero') return a;
  const up = (s: Sign) => s === 'pos' || s === 'nonneg';
  const down = (s: Sign) => s === 'neg' || s === 'nonpos';
  if (up(a) && up(b)) return a === 'pos' || b === 'pos' ? 'pos' : 'nonneg';
  if (down(a) && down(b)) return a === 'neg' || b === 'neg' ? 'neg' : 'nonpos';
  return 'unknown';
}

function signPow(s: Sign, e: number): Sign {
  if (e % 2 === 1) return s;
  if (s === 'zero') return 'zero';
  return s === 'pos' || s === 'neg' || s === 'nonzero' ? 'pos' : 'nonneg';
}

/** A sign every value of the polynomial has, read off term by term (manifest, never a guess). */
export function polySign(p: Poly, atomSign: (a: string) => Sign): Sign {
  if (p.size === 0) return 'zero';
  let acc: Sign = 'zero';
  for (const t of p.values()) {
    let s: Sign = t.c.sign() > 0 ? 'pos' : 'neg';
    for (const [a, e] of t.m) s = signMul(s, signPow(atomSign(a), e));
    acc = signAdd(acc, s);
    if (acc === 'unknown') break;
  }
  // A single term of unknown sign can still be nonzero when every factor is.
  if (acc === 'unknown' && p.size === 1) {
    const t = [...p.values()][0]!;
    if ([...t.m.keys()].every((a) => { const s = atomSign(a); return s === 'pos' || s === 'neg' || s === 'nonzero'; })) return 'nonzero';
  }
  return acc;
}

export function ratSign(r: Rat, atomSign: (a: string) => Sign): Sign {
  const n = polySign(r.num, atomSign), d = polySign(r.den, atomSign);
  if (d === 'zero' || d === 'unknown' || d === 'nonneg' || d === 'nonpos') return 'unknown';
  return signMul(n, d === 'nonzero' ? 'nonzero' : d);
}

export const negSign = (s: Sign): Sign => flip[s];
export const isNonzero = (s: Sign): boolean => s === 'pos' || s === 'neg' || s === 'nonzero';

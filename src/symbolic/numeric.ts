/**
 * The numeric half of a step check: random exact points in the assumed domain, and the relation
 * of the rule tested at them in decimal.js at `digits` + 20 working digits, with tolerance
 * 10^−(digits−10) (ten digits of headroom for the rounding of a few hundred operations).
 * Derivatives are central differences (h = 10^−⌈(digits+20)/3⌉, tolerance 10^−⌊(digits+20)/2⌋:
 * truncation h² and rounding 10^−(digits+20)/h both stay far below it), so they check the
 * differentiator rather than reuse it. Limits are evaluated at γ = 1e2, 1e4, 1e8: the distance to
 * the claimed limit must fall below 1e−6 (relative) and not grow (for a claimed +∞: the values must
 * grow past 1e6). A slow limit (2/log γ, iterated logarithms, roots of logarithms) does not move on
 * that grid, so it is sampled where it moves, γ = exp(exp(k)) for k = 2, 4, 8, 16 (log γ = e^k,
 * log log γ = k): the distance must shrink at every step and by at least 10% at the last (a wrong
 * limit levels off at a nonzero distance). The numbers may support a limit or leave it undecided;
 * they never break one: only a certified difference does (`limitDiffers`, with the limit computed
 * by the limit algebra).
 */
import Decimal from 'decimal.js';
import { Q } from '../numeric/rational.ts';
import { precision, type DecimalCtor } from '../numeric/highPrecision.ts';
import { mentions, type Expr } from './ast.ts';
import type { Lim } from './limit.ts';
import type { Sign } from './poly.ts';
import { evaluate, NotFinite, type Models } from './evaluate.ts';
import { rng, sampleValue, type Domain } from './assumptions.ts';
import type { Lemma, Step } from './schema.ts';

/** One instance of a step (free indices fixed, sums expanded): what the rule compares. */
export interface Instance {
  prev: Expr;
  cur: Expr;
  /** What the previous step becomes under the rule (into, substitute, derivative). */
  lhs?: Expr;
  wrt?: string;
  depends?: Map<string, Expr>;
  label: string;
}

export interface Point { values: Map<string, Q>; models: Models; modelName: string }

export const showPoint = (pt: Point, vars: Iterable<string>): string => {
  const parts = [...vars].filter((v) => pt.values.has(v)).sort().map((v) => `${v}=${pt.values.get(v)}`);
  return (pt.modelName ? `[${pt.modelName}] ` : '') + parts.join(', ');
};

function scopeAt(pt: Point, C: DecimalCtor, over: Map<string, Decimal> = new Map()): Map<string, Decimal> {
  const s = new Map<string, Decimal>();
  for (const [k, v] of pt.values) s.set(k, v.toDecimal(C));
  for (const [k, v] of over) s.set(k, v);
  return s;
}

/** ok: agrees (note: how, for a limit); false: a violation at this point; undecided: the numbers cannot tell. */
export type Verdict = { ok: true; note?: string } | { ok: false; expected: Decimal; got: Decimal; gap: Decimal } | { ok: 'undecided'; why: string };

/** |a − b| ≤ tol·max(1, |a|, |b|), all in decimal.js: a float64 scale would be Infinity past 1e308 and accept anything. */
const closeEnough = (a: Decimal, b: Decimal, tol: Decimal): boolean => a.minus(b).abs().lte(tol.times(Decimal.max(1, a.abs(), b.abs())));

/** The numeric test of one instance at one point, at `digits` working digits. */
export function numericTest(step: Step, inst: Instance, pt: Point, digits: number): Verdict {
  const C = precision(digits + 20);
  const tol = new C(10).pow(-(digits - 10));
  const ev = (e: Expr, over?: Map<string, Decimal>): Decimal => evaluate(e, scopeAt(pt, C, over), C, pt.models);
  switch (step.rule) {
    case 'algebra': case 'into': case 'substitute': {
      const a = ev(inst.lhs ?? inst.prev), b = ev(inst.cur);
      return closeEnough(a, b, tol) ? { ok: true } : { ok: false, expected: a, got: b, gap: a.minus(b).abs() };
    }
    case 'le': case 'ge': {
      const a = ev(inst.prev), b = ev(inst.cur);
      const slack = step.rule === 'le' ? b.minus(a) : a.minus(b);
      return slack.gte(tol.neg().times(Decimal.max(1, a.abs()))) ? { ok: true } : { ok: false, expected: a, got: b, gap: slack.abs() };
    }
    case 'derivative': {
      // Central difference with the dependent variables moved along their partials: a first
      // derivative depends only on values and first partials, so this is fully general.
      const h = new C(10).pow(-Math.ceil((digits + 20) / 3));
      const base = scopeAt(pt, C);
      const shifted = (sgn: 1 | -1): Map<string, Decimal> => {
        const over = new Map<string, Decimal>();
        over.set(inst.wrt!, base.get(inst.wrt!)!.plus(h.times(sgn)));
        for (const [g, dg] of inst.depends!) if (base.has(g)) over.set(g, base.get(g)!.plus(evaluate(dg, base, C, pt.models).times(h).times(sgn)));
        return over;
      };
      const fd = ev(inst.prev, shifted(1)).minus(ev(inst.prev, shifted(-1))).div(h.times(2));
      const b = ev(inst.cur);
      const dtol = new C(10).pow(-Math.floor((digits + 20) / 2));
      return closeEnough(fd, b, dtol) ? { ok: true } : { ok: false, expected: fd, got: b, gap: fd.minus(b).abs() };
    }
    case 'limit': return limitTest(inst, step.limit!, ev, C);
    case 'given': return { ok: true };
  }
}

/** Two sides of a step at a point, at `digits` + 20 digits (a: what the rule makes of the previous step, or its limit). */
export function sidesAt(a: Expr, b: Expr, pt: Point, digits: number): { expected: Decimal; got: Decimal } {
  const C = precision(digits + 20);
  const ev = (e: Expr): Decimal => evaluate(e, scopeAt(pt, C), C, pt.models);
  return { expected: ev(a), got: ev(b) };
}

export function samplePoint(models: readonly Models[], names: readonly string[], dom: Domain, vars: Set<string>, r: () => number, k: number, skip: string | undefined): Point {
  const values = new Map<string, Q>();
  for (const v of [...vars].sort()) if (v !== skip && v !== 'Infinity') values.set(v, sampleValue(dom.get(v), r));
  return { values, models: models[k % models.length]!, modelName: names[k % models.length]! };
}

/**
 * Points far out in the assumed domain: for k = 4, 12, 48, 100, every variable unbounded above at
 * (its lower bound or 0) + 10^k, unbounded below at (its upper bound or 0) − 10^k (a variable
 * unbounded both ways once each way), the others sampled as usual. log x ≤ 100 fails only past
 * e^100 ≈ 10^43.4.
 */
export function farPoints(models: readonly Models[], names: readonly string[], dom: Domain, vars: Set<string>, r: () => number): Point[] {
  const out: Point[] = [];
  for (const k of [4, 12, 48, 100]) {
    const big = new Q(10n ** BigInt(k));
    for (const dir of [1, -1]) {
      const values = new Map<string, Q>();
      let moved = false;
      for (const v of [...vars].sort()) {
        if (v === 'Infinity') continue;
        const c = dom.get(v);
        const open = !c || (!c.set && (dir === 1 ? !c.hi : !c.lo));
        const q = open ? (dir === 1 ? (c?.lo?.c ?? Q.ZERO).add(big) : (c?.hi?.c ?? Q.ZERO).sub(big)) : sampleValue(c, r);
        moved ||= open;
        values.set(v, c && !c.not.every((x) => !x.eq(q)) ? sampleValue(c, r) : q);
      }
      if (moved) out.push({ values, models: models[out.length % models.length]!, modelName: names[out.length % models.length]! });
    }
  }
  return out;
}

/** Lemmas are hypotheses about the opaque functions: each is checked on every concrete model. */
export function checkLemmas(lemmas: Record<string, Lemma>, models: readonly Models[], names: readonly string[], digits: number, seed: number): string | undefined {
  const C = precision(digits + 20);
  const r = rng(seed ^ 0x5bd1e995);
  for (const [name, l] of Object.entries(lemmas)) {
    for (let k = 0; k < models.length; k++) {
      const f = models[k]!.get(l.fn);
      if (!f) return `lemma '${name}': model ${names[k]} has no '${l.fn}'`;
      for (let t = 0; t < 6; t++) {
        const s = sampleValue({ lo: { c: Q.ZERO, strict: true }, not: [], texts: [] }, r).toDecimal(C), z = sampleValue(undefined, r).toDecimal(C);
        const a = f(C, s.times(z)), b = s.pow(l.degree).times(f(C, z));
        if (!a.minus(b).abs().lte(new C(10).pow(-(digits - 10)))) return `lemma '${name}' fails for ${names[k]} at ${l.scale}=${s}, z=${z}`;
      }
    }
  }
  return undefined;
}


const fmt = (xs: Decimal[]): string => xs.map((x) => x.toSignificantDigits(3).toString()).join(', ');

/** The numeric half of a limit step: support or undecided, never a violation (see the header). */
function limitTest(inst: Instance, v: string, ev: (e: Expr, over?: Map<string, Decimal>) => Decimal, C: DecimalCtor): Verdict {
  const toInfinity = inst.cur.t === 'sym' && inst.cur.name === 'Infinity';
  const L = toInfinity ? undefined : ev(inst.cur);
  const scale = L ? Decimal.max(1, L.abs()) : new C(1);
  const at = (g: Decimal): Decimal | undefined => {
    try { return ev(inst.prev, new Map([[v, g]])); } catch (e) { if (e instanceof NotFinite) return undefined; throw e; }
  };
  // Plain grid γ = 1e2, 1e4, 1e8.
  const vals = [2, 4, 8].map((k) => at(new C(10).pow(k)));
  if (vals.every((x) => x !== undefined)) {
    const [a, b, c] = vals as Decimal[];
    if (toInfinity && c!.gt(b!) && b!.gt(a!) && c!.gt(1e6)) return { ok: true };
    if (L) {
      const errs = (vals as Decimal[]).map((x) => x.minus(L).abs());
      if (errs[2]!.lte(scale.times(1e-6)) && errs[2]!.lte(errs[0]!)) return { ok: true };
    }
  }
  // Tower grid γ = exp(exp(k)), where slow limits move.
  const ks = [2, 4, 8, 16];
  const tower = ks.map((k) => at(C.exp(C.exp(k))));
  const where = `${v} = exp(exp(k)), k = ${ks.join(', ')}`;
  if (tower.some((x) => x === undefined)) {
    const plain = vals.every((x) => x !== undefined) ? `values ${fmt(vals as Decimal[])} at ${v} = 1e2, 1e4, 1e8` : 'not finite on the grid';
    return { ok: 'undecided', why: `${plain}; not finite at ${where}` };
  }
  const t = tower as Decimal[];
  if (toInfinity) {
    const inc = t.slice(1).map((x, k) => x.minus(t[k]!));
    // Growing without leveling off: every increment positive, the last at least half the one before.
    if (inc.every((d) => d.gt(0)) && inc[2]!.gte(inc[1]!.times(0.5))) return { ok: true, note: `values grow along ${where}: ${fmt(t)}` };
    return { ok: 'undecided', why: `values ${fmt(t)} at ${where} do not clearly grow without bound` };
  }
  const errs = t.map((x) => x.minus(L!).abs());
  if (errs[3]!.lte(scale.times(1e-6))) return { ok: true, note: `distance ${fmt(errs)} to the limit at ${where}` };
  const shrinking = errs.slice(1).every((d, k) => d.lt(errs[k]!)) && errs[3]!.lte(errs[2]!.times(0.9));
  if (shrinking) return { ok: true, note: `slow limit: the distance to it shrinks at every step along ${where}: ${fmt(errs)}` };
  return { ok: 'undecided', why: `distance to the claimed limit ${fmt(errs)} at ${where} does not shrink steadily` };
}

/**
 * A certified difference for a limit step: the limit algebra (a sound set of rules) gave the limit
 * `lim` of the previous step; it is compared with the claimed value at one point (γ-free values,
 * so this is an ordinary evaluation). An infinite limit against a finite claim (or the reverse, or
 * the opposite sign) differs everywhere.
 */
export function limitDiffers(lim: { t: 'fin'; e: Expr } | { t: 'inf'; sign: 1 | -1 | 0 }, claimed: Expr, pt: Point, digits: number, extra: ReadonlyMap<string, (C: DecimalCtor) => Decimal> = new Map()): Verdict {
  const C = precision(digits + 20);
  const tol = new C(10).pow(-(digits - 10));
  const claimInf = claimed.t === 'sym' && claimed.name === 'Infinity';
  const over = new Map([...extra].map(([k, f]) => [k, f(C)] as [string, Decimal]));
  const ev = (e: Expr): Decimal => evaluate(e, scopeAt(pt, C, over), C, pt.models);
  const inf = (s: number): Decimal => new C(s < 0 ? -Infinity : Infinity);
  if (lim.t === 'inf') {
    if (claimInf && lim.sign === 1) return { ok: true };
    if (claimInf && lim.sign === 0) return { ok: 'undecided', why: 'the limit algebra gives ∞ of unknown sign' };
    return { ok: false, expected: inf(lim.sign || 1), got: claimInf ? inf(1) : ev(claimed), gap: new C(Infinity) };
  }
  const a = ev(lim.e);
  if (claimInf) return { ok: false, expected: a, got: inf(1), gap: new C(Infinity) };
  const b = ev(claimed);
  return closeEnough(a, b, tol) ? { ok: true } : { ok: false, expected: a, got: b, gap: a.minus(b).abs() };
}

/**
 * The limit step at one point, by the limit algebra: every variable but γ is replaced by its exact
 * value at the point, and every γ-free subterm containing a function (φ(uᵀb), a whole margin
 * y·Σ α φ(…)) by a named constant whose sign is certified by its value at `digits` + 20 digits
 * (|value| > 10^−(digits/2), far above the rounding of a few hundred operations). The algebra then sees concrete signs where the symbolic test saw unknown ones, so
 * γ·σ(−γ²m) at a point with m < 0 is +∞. Undefined when the algebra still cannot decide.
 */
export function pointwiseLimit(e: Expr, v: string, pt: Point, digits: number, limit: (e: Expr, sign: (name: string) => Sign) => Lim | undefined):
  { lim: Lim; extra: Map<string, (C: DecimalCtor) => Decimal> } | undefined {
  const C = precision(digits + 20);
  const extra = new Map<string, (C: DecimalCtor) => Decimal>();
  const signs = new Map<string, Sign>();
  const scope = scopeAt(pt, C);
  const hasFn = (x: Expr): boolean => x.t === 'fn' || ((x.t === 'op') && x.args.some(hasFn));
  const sub = (x: Expr): Expr => {
    // A γ-free subterm with a function in it (φ(uᵀb), exp(m), a whole margin y·Σ α φ(…)) becomes
    // one constant of certified sign; plain variables become their exact values.
    if (!mentions(x, v) && hasFn(x)) {
      const value = evaluate(x, scope, C, pt.models);
      const name = `c#${extra.size + 1}`;
      extra.set(name, (D) => evaluate(x, scopeAt(pt, D), D, pt.models));
      signs.set(name, value.abs().lte(new C(10).pow(-Math.floor(digits / 2))) ? 'unknown' : value.isNeg() ? 'neg' : 'pos');
      return { t: 'sym', name };
    }
    switch (x.t) {
      case 'sym': { const q = x.name === v ? undefined : pt.values.get(x.name); return q ? { t: 'num', q } : x; }
      case 'op': return { t: 'op', op: x.op, args: x.args.map(sub) };
      case 'fn': return { t: 'fn', name: x.name, args: x.args.map(sub) };
      default: return x;
    }
  };
  const lim = limit(sub(e), (name) => signs.get(name) ?? (name === 'pi' ? 'pos' : 'unknown'));
  return lim ? { lim, extra } : undefined;
}

/**
 * The numeric half of a step check: random exact points in the assumed domain, and the relation
 * of the rule tested at them in decimal.js at `digits` + 20 working digits, with tolerance
 * 10^−(digits−10) (ten digits of headroom for the rounding of a few hundred operations).
 * Derivatives are central differences (h = 10^−⌈(digits+20)/3⌉, tolerance 10^−⌊(digits+20)/2⌋:
 * truncation h² and rounding 10^−(digits+20)/h both stay far below it), so they check the
 * differentiator rather than reuse it. Limits are evaluated at γ = 1e2, 1e4, 1e8: the distance to
 * the claimed limit must fall below 1e−6 (relative) and not grow; it is a violation when it stays
 * above 1e−3 and does not shrink (for a claimed +∞: the values must grow past 1e6).
 */
import type Decimal from 'decimal.js';
import { Q } from '../numeric/rational.ts';
import { precision, type DecimalCtor } from '../numeric/highPrecision.ts';
import type { Expr } from './ast.ts';
import { evaluate, type Models } from './evaluate.ts';
import { rng, sampleValue, type Domain } from './assumptions.ts';
import type { Lemma, Step } from './derivation.ts';

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

export type Verdict = { ok: true } | { ok: false; expected: Decimal; got: Decimal; gap: Decimal } | { ok: 'undecided'; why: string };

const closeEnough = (a: Decimal, b: Decimal, tol: Decimal): boolean => a.minus(b).abs().lte(tol.times(Math.max(1, a.abs().toNumber(), b.abs().toNumber())));

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
      return slack.gte(tol.neg().times(Math.max(1, a.abs().toNumber()))) ? { ok: true } : { ok: false, expected: a, got: b, gap: slack.abs() };
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
    case 'limit': {
      const v = step.limit!;
      const grid = [2, 4, 8].map((k) => new C(10).pow(k));
      const vals = grid.map((g) => ev(inst.prev, new Map([[v, g]])));
      if (inst.cur.t === 'sym' && inst.cur.name === 'Infinity') {
        const grows = vals[2]!.gt(vals[1]!) && vals[1]!.gt(vals[0]!);
        if (grows && vals[2]!.gt(1e6)) return { ok: true };
        if (vals[2]!.abs().lt(1e3)) return { ok: false, expected: vals[2]!, got: new C(Infinity), gap: new C(Infinity) };
        return { ok: 'undecided', why: `values ${vals.map((x) => x.toSignificantDigits(4)).join(', ')} at ${v} = 1e2, 1e4, 1e8 neither clearly grow nor stay bounded` };
      }
      const L = ev(inst.cur);
      const errs = vals.map((x) => x.minus(L).abs());
      const scale = Math.max(1, L.abs().toNumber());
      if (errs[2]!.lte(1e-6 * scale) && errs[2]!.lte(errs[0]!)) return { ok: true };
      if (errs[2]!.gt(1e-3 * scale) && errs[2]!.gte(errs[1]!.times(0.5))) return { ok: false, expected: vals[2]!, got: L, gap: errs[2]! };
      return { ok: 'undecided', why: `distance to the claimed limit ${errs.map((x) => x.toSignificantDigits(3)).join(', ')} at ${v} = 1e2, 1e4, 1e8` };
    }
    case 'given': return { ok: true };
  }
}

export function samplePoint(models: readonly Models[], names: readonly string[], dom: Domain, vars: Set<string>, r: () => number, k: number, skip: string | undefined): Point {
  const values = new Map<string, Q>();
  for (const v of [...vars].sort()) if (v !== skip && v !== 'Infinity') values.set(v, sampleValue(dom.get(v), r));
  return { values, models: models[k % models.length]!, modelName: names[k % models.length]! };
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
        const s = sampleValue({ rel: '>', c: Q.ZERO }, r).toDecimal(C), z = sampleValue(undefined, r).toDecimal(C);
        const a = f(C, s.times(z)), b = s.pow(l.degree).times(f(C, z));
        if (!a.minus(b).abs().lte(new C(10).pow(-(digits - 10)))) return `lemma '${name}' fails for ${names[k]} at ${l.scale}=${s}, z=${z}`;
      }
    }
  }
  return undefined;
}


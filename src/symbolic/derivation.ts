/**
 * Derivations: a list of steps, each an expression with the rule that links it to the previous
 * step, its justification in words and the assumptions it may use. A `given` step starts a chain
 * (a definition or a hypothesis, not checked); every other step is checked against the previous
 * one, for every value of its free indices, twice:
 *   symbolically: the normal form (normalize.ts) or limit algebra (limit.ts) proves the relation;
 *   numerically: the relation holds at random points of the assumed domain in high precision
 *   (decimal.js), with derivatives checked by central differences, not by our differentiator.
 * A step is proved when both agree; broken when some point violates it (the violation confirmed
 * again at 30 more digits, and reported with the point and both values); unproven when only the
 * numbers agree ('unproven: numeric agreement only'); inconclusive when the numbers cannot decide.
 */
import type Decimal from 'decimal.js';
import { UserError } from '../core/registry.ts';
import { Q } from '../numeric/rational.ts';
import type { DecimalCtor } from '../numeric/highPrecision.ts';
import type { Provenance, Source } from '../core/claim.ts';
import { show, substitute, num, type Expr } from './ast.ts';
import { parseExpr } from './parse.ts';
import { expand, freeIndices } from './expand.ts';
import { Normalizer, proveIdentity, proveLe, type Homogeneity, type IdentityProof } from './normalize.ts';
import { differentiate } from './derivative.ts';
import { NotFinite, type Models } from './evaluate.ts';
import { limitAtInfinity, Indeterminate } from './limit.ts';
import { addAssumption, fixedValues, rng, signOf, type Domain } from './assumptions.ts';
import { checkLemmas, numericTest, samplePoint, showPoint, type Instance, type Point, type Verdict } from './numeric.ts';

export type Rule = 'given' | 'algebra' | 'into' | 'substitute' | 'derivative' | 'limit' | 'le' | 'ge';

export const RULES: Record<Rule, string> = {
  given: 'definition or hypothesis (not checked)',
  algebra: 'equal to the previous step',
  into: 'equal to the template with $ replaced by the previous step',
  substitute: 'equal to the previous step after the substitution',
  derivative: 'equal to the derivative of the previous step',
  limit: 'equal to the limit of the previous step',
  le: 'at least the previous step',
  ge: 'at most the previous step',
};

export interface Step {
  expr: string;
  rule: Rule;
  why: string;
  /** derivative: the variable ('v[k]'); `depends`: variables depending on it → their partials ('g[i]' → 'dg[i,k]'). */
  wrt?: string;
  depends?: Record<string, string>;
  /** substitute: variable pattern → expression ('v[r]' → 'gamma*u[r]'). */
  subs?: Record<string, string>;
  /** into: an expression containing $, the previous step. */
  template?: string;
  /** limit: the variable that goes to +∞. */
  limit?: string;
  /** Lemmas of the derivation this step cites. */
  uses?: string[];
  /** Assumptions of this step only (a sign case). */
  assume?: string[];
}

/** f(s·z) = s^degree · f(z) for s > 0: checked numerically on every concrete model of f. */
export interface Lemma { fn: string; scale: string; degree: number; statement: string }

export interface ModelSet { name: string; fns: Record<string, (C: DecimalCtor, x: Decimal) => Decimal> }

export interface Twin {
  id: string;
  description: string;
  /** The step (1-based) the twin changes, and where it must be reported broken. */
  at: number;
  step: Partial<Step>;
  /** Insert the step before position `at` instead of editing it. */
  insert?: boolean;
}

export interface Derivation {
  id: string;
  title: string;
  statement: string;
  source: Source;
  provenance: Provenance;
  /** Concrete sizes substituted everywhere (n, d, H). */
  sizes: Record<string, number>;
  /** Index ranges: name → [lo, hi], bounds numbers or size names. */
  indices: Record<string, [number | string, number | string]>;
  assume: string[];
  /** Opaque functions (φ, φ') → the name of their derivative, if any. */
  functions?: Record<string, { derivative?: string }>;
  /** Concrete functions the numeric checks use for the opaque ones; points cycle through them. */
  models?: ModelSet[];
  lemmas?: Record<string, Lemma>;
  steps: Step[];
  twins: Twin[];
}

export type StepStatus = 'given' | 'proved' | 'unproven' | 'broken' | 'inconclusive';

export interface Witness { point: string; expected: string; got: string; gap: string; verifiedWith: string }

export interface StepResult {
  n: number;
  rule: Rule;
  expr: string;
  why: string;
  status: StepStatus;
  /** What the symbolic half said. */
  symbolic: string;
  /** Numeric points checked, and how many agreed. */
  points: number;
  agreed: number;
  reason: string;
  witness?: Witness;
}

/** pointsPerStep: random points per step, spread over its index assignments (at least 2 each). */
export interface CheckOptions { seed: number; digits: number; pointsPerStep?: number; stopAtBroken?: boolean }

// ---------------------------------------------------------------------------------------------

interface Prepared {
  d: Derivation;
  sizes: Map<string, Q>;
  ranges: Map<string, [number, number]>;
  fnArity: Record<string, number>;
  derivatives: Map<string, string>;
  models: Models[];
  modelNames: string[];
}

function prepare(d: Derivation): Prepared {
  const sizes = new Map(Object.entries(d.sizes).map(([k, v]) => [k, Q.of(v)]));
  const val = (x: number | string): number => {
    if (typeof x === 'number') return x;
    const v = d.sizes[x];
    if (v === undefined) throw new UserError(`${d.id}: index bound '${x}' is not a size`);
    return v;
  };
  const ranges = new Map(Object.entries(d.indices).map(([k, [lo, hi]]) => [k, [val(lo), val(hi)] as [number, number]]));
  const fnArity = Object.fromEntries(Object.keys(d.functions ?? {}).map((f) => [f, 1]));
  const derivatives = new Map(Object.entries(d.functions ?? {}).flatMap(([f, o]) => (o.derivative ? [[f, o.derivative] as [string, string]] : [])));
  const sets = d.models ?? [];
  const models = sets.length ? sets.map((s) => new Map(Object.entries(s.fns)) as Models) : [new Map() as Models];
  return { d, sizes, ranges, fnArity, derivatives, models, modelNames: sets.length ? sets.map((s) => s.name) : [''] };
}

const p = (P: Prepared, src: string, where: string): Expr => parseExpr(src, { functions: P.fnArity, where });

/** All assignments of the given index names to values in their ranges. */
function assignments(P: Prepared, names: Iterable<string>, where: string): Map<string, Q>[] {
  let out: Map<string, Q>[] = [new Map()];
  for (const name of names) {
    if (P.sizes.has(name)) continue;
    const r = P.ranges.get(name);
    if (!r) throw new UserError(`${where}: index '${name}' has no range (declare it in 'indices')`);
    out = out.flatMap((a) => Array.from({ length: r[1] - r[0] + 1 }, (_, k) => new Map([...a, [name, Q.of(r[0] + k)]])));
  }
  return out;
}

/** Expands a pattern map ('v[r]' → 'gamma*u[r]') into variable name → expression, in env. */
function patternMap(P: Prepared, pats: Record<string, string>, env: Map<string, Q>, where: string): Map<string, Expr> {
  const out = new Map<string, Expr>();
  for (const [key, value] of Object.entries(pats)) {
    const k = p(P, key, where);
    if (k.t !== 'sym') throw new UserError(`${where}: '${key}' must be a variable or an indexed variable`);
    const idxNames = (k.idx ?? []).flatMap((x) => (x.t === 'sym' && !env.has(x.name) && !P.sizes.has(x.name) ? [x.name] : []));
    const v = p(P, value, where);
    for (const a of assignments(P, idxNames, where)) {
      const e2 = new Map([...P.sizes, ...env, ...a]);
      const name = expand(k, e2, where);
      if (name.t !== 'sym') throw new UserError(`${where}: '${key}' does not name a variable`);
      out.set(name.name, expand(v, e2, where));
    }
  }
  return out;
}

function domainFor(P: Prepared, extra: readonly string[]): Domain {
  const dom: Domain = new Map();
  for (const a of [...P.d.assume, ...extra]) addAssumption(a, P.ranges, dom);
  return dom;
}

function variables(e: Expr, out = new Set<string>()): Set<string> {
  if (e.t === 'sym') out.add(e.name);
  else if (e.t === 'op' || e.t === 'fn') e.args.forEach((a) => variables(a, out));
  return out;
}

function instances(P: Prepared, prevStep: Step, step: Step, n: number, fixed: Map<string, Q>): Instance[] {
  const where = `${P.d.id} step ${n}`;
  const prevE = p(P, prevStep.expr, `${P.d.id} step ${n - 1}`);
  const curE = step.expr === 'Infinity' ? ({ t: 'sym', name: 'Infinity' } as Expr) : p(P, step.expr, where);
  const tmpl = step.rule === 'into' ? p(P, (step.template ?? '').replace(/\$/g, `(${prevStep.expr})`), `${where} template`) : undefined;
  if (step.rule === 'into' && !(step.template ?? '').includes('$')) throw new UserError(`${where}: rule 'into' needs a template containing $`);
  const free = new Set<string>([...freeIndices(prevE), ...freeIndices(curE), ...(tmpl ? freeIndices(tmpl) : [])]);
  if (step.wrt) for (const x of freeIndices(p(P, step.wrt, where))) free.add(x);
  // Indices of a pattern key ('g[i]') are bound by the pattern; the rest of its value's indices are free.
  for (const [key, v] of Object.entries(step.depends ?? {})) {
    const bound = freeIndices(p(P, key, where));
    for (const x of freeIndices(p(P, v, where))) if (!bound.has(x)) free.add(x);
  }
  const fixedSubs = new Map([...fixed].map(([k, v]) => [k, num(v)] as [string, Expr]));
  return assignments(P, free, where).map((a) => {
    const env = new Map([...P.sizes, ...a]);
    const fix = (e: Expr): Expr => substitute(expand(e, env, where), fixedSubs);
    const inst: Instance = { prev: fix(prevE), cur: step.expr === 'Infinity' ? curE : fix(curE), label: [...a].map(([k, v]) => `${k}=${v}`).join(', ') };
    if (tmpl) inst.lhs = fix(tmpl);
    if (step.rule === 'substitute') {
      if (!step.subs) throw new UserError(`${where}: rule 'substitute' needs 'subs'`);
      inst.lhs = substitute(inst.prev, patternMap(P, step.subs, a, where));
    }
    if (step.rule === 'derivative') {
      if (!step.wrt) throw new UserError(`${where}: rule 'derivative' needs 'wrt'`);
      const w = expand(p(P, step.wrt, where), env, where);
      if (w.t !== 'sym') throw new UserError(`${where}: 'wrt' must name a variable`);
      inst.wrt = w.name;
      inst.depends = patternMap(P, step.depends ?? {}, a, where);
      inst.lhs = differentiate(inst.prev, { wrt: w.name, depends: inst.depends, derivatives: P.derivatives });
    }
    return inst;
  });
}

// Symbolic half --------------------------------------------------------------------------------

function symbolicTest(P: Prepared, step: Step, inst: Instance, dom: Domain): IdentityProof {
  const homogeneous = new Map<string, Homogeneity>();
  for (const u of step.uses ?? []) {
    const l = P.d.lemmas?.[u];
    if (!l) throw new UserError(`${P.d.id}: step cites unknown lemma '${u}'`);
    homogeneous.set(l.fn, { scale: l.scale, degree: l.degree });
  }
  const nz = new Normalizer({ symbolSign: (name) => signOf(dom.get(name)), homogeneous });
  switch (step.rule) {
    case 'le': return proveLe(nz, inst.prev, inst.cur);
    case 'ge': return proveLe(nz, inst.cur, inst.prev);
    case 'limit': {
      try {
        const L = limitAtInfinity(inst.prev, step.limit!, nz);
        const isInf = inst.cur.t === 'sym' && inst.cur.name === 'Infinity';
        if (L.t === 'inf') return L.sign === 1 && isInf ? { status: 'proved' } : { status: 'unproven', reason: `limit algebra gives ${L.sign === 1 ? '+∞' : L.sign === -1 ? '−∞' : '∞ of unknown sign'}` };
        if (isInf) return { status: 'unproven', reason: `limit algebra gives the finite ${show(L.e).slice(0, 60)}` };
        return proveIdentity(nz, L.e, inst.cur);
      } catch (e) {
        if (e instanceof Indeterminate) return { status: 'unproven', reason: `limit algebra cannot decide: ${e.message}` };
        throw e;
      }
    }
    default: return proveIdentity(nz, inst.lhs ?? inst.prev, inst.cur);
  }
}

// The checker ----------------------------------------------------------------------------------

const memo = new Map<string, StepResult>();

export function checkDerivation(d: Derivation, opts: CheckOptions): StepResult[] {
  const P = prepare(d);
  const lemmaFailure = checkLemmas(d.lemmas ?? {}, P.models, P.modelNames, opts.digits, opts.seed);
  const results: StepResult[] = [];
  let prev: Step | undefined;
  for (let k = 0; k < d.steps.length; k++) {
    const step = d.steps[k]!;
    const n = k + 1;
    if (!(step.rule in RULES)) throw new UserError(`${d.id} step ${n}: unknown rule '${step.rule}' (rules: ${Object.keys(RULES).join(', ')})`);
    if (step.rule === 'given') {
      p(P, step.expr, `${d.id} step ${n}`); // validate
      results.push({ n, rule: step.rule, expr: step.expr, why: step.why, status: 'given', symbolic: '-', points: 0, agreed: 0, reason: 'given' });
      prev = step;
      continue;
    }
    if (!prev) throw new UserError(`${d.id} step ${n}: a derivation starts with a 'given' step`);
    const key = JSON.stringify([d.id, d.sizes, d.indices, d.assume, d.lemmas, d.functions, prev, step, opts.seed, opts.digits, opts.pointsPerStep, P.modelNames]);
    let res = memo.get(key);
    if (!res) {
      res = checkStep(P, prev, step, n, opts, lemmaFailure);
      memo.set(key, res);
    }
    results.push(res);
    prev = step;
    if (res.status === 'broken' && opts.stopAtBroken) break;
  }
  return results;
}

function checkStep(P: Prepared, prevStep: Step, step: Step, n: number, opts: CheckOptions, lemmaFailure: string | undefined): StepResult {
  const base = { n, rule: step.rule, expr: step.expr, why: step.why };
  if (step.rule === 'limit' && !step.limit) throw new UserError(`${P.d.id} step ${n}: rule 'limit' needs 'limit' (the variable going to ∞)`);
  const dom = domainFor(P, step.assume ?? []);
  const fixed = fixedValues(dom);
  const insts = instances(P, prevStep, step, n, fixed);
  const perCase = Math.max(2, Math.ceil((opts.pointsPerStep ?? 8) / insts.length));
  const r = rng((opts.seed ^ Math.imul(n, 0x9e3779b1)) >>> 0);
  let points = 0, agreed = 0;
  const symbolic: string[] = [];
  let proved = true;
  let undecided: string | undefined;
  for (const inst of insts) {
    const sym = symbolicTest(P, step, inst, dom);
    if (sym.status !== 'proved') { proved = false; symbolic.push(`${inst.label ? `${inst.label}: ` : ''}${sym.reason}`); }
    const vars = new Set([...variables(inst.prev), ...variables(inst.cur), ...(inst.lhs ? variables(inst.lhs) : [])]);
    for (const dv of inst.depends?.values() ?? []) variables(dv, vars);
    if (inst.wrt) vars.add(inst.wrt);
    // The witness names the variables of the two sides compared (not those a substitution removed).
    const shown = new Set([...variables(inst.lhs ?? inst.prev), ...variables(inst.cur), ...(inst.wrt ? [inst.wrt, ...[...inst.depends!.values()].flatMap((e) => [...variables(e)])] : [])]);
    for (let t = 0; t < perCase; t++) {
      let pt: Point | undefined;
      let v: Verdict | undefined;
      for (let attempt = 0; attempt < 4 && !v; attempt++) {
        pt = samplePoint(P.models, P.modelNames, dom, vars, r, t, step.rule === 'limit' ? step.limit : undefined);
        try { v = numericTest(step, inst, pt, opts.digits); } catch (e) { if (!(e instanceof NotFinite)) throw e; }
      }
      points++;
      if (!v) { undecided ??= 'the expression is not finite at the sampled points'; continue; }
      if (v.ok === true) { agreed++; continue; }
      if (v.ok === 'undecided') { undecided ??= v.why; continue; }
      // Confirm at 30 more digits before reporting.
      const again = numericTest(step, inst, pt!, opts.digits + 30);
      if (again.ok === true || again.ok === 'undecided') { undecided ??= 'a disagreement at working precision vanished at higher precision'; continue; }
      return {
        ...base, status: 'broken', symbolic: sym.status === 'proved' ? 'proved' : sym.reason, points, agreed,
        reason: `rule '${step.rule}' (${RULES[step.rule]}) violated${inst.label ? ` at ${inst.label}` : ''}`,
        witness: {
          point: [showPoint(pt!, shown), ...[...fixed].map(([k, v]) => `${k}=${v} (assumed)`)].filter(Boolean).join(', '),
          expected: again.expected.toSignificantDigits(20).toString(),
          got: again.got.toSignificantDigits(20).toString(),
          gap: again.gap.toSignificantDigits(6).toString(),
          verifiedWith: `decimal.js at ${opts.digits + 20} and ${opts.digits + 50} digits`,
        },
      };
    }
  }
  const symText = proved ? 'proved' : symbolic[0]!;
  if (lemmaFailure && (step.uses ?? []).length) return { ...base, status: 'inconclusive', symbolic: symText, points, agreed, reason: lemmaFailure };
  if (undecided) return { ...base, status: 'inconclusive', symbolic: symText, points, agreed, reason: `numeric check undecided: ${undecided}` };
  if (!proved) return { ...base, status: 'unproven', symbolic: symText, points, agreed, reason: `unproven: numeric agreement only (${symText})` };
  return { ...base, status: 'proved', symbolic: 'proved', points, agreed, reason: `proved symbolically; agrees at ${agreed} points` };
}

/** The derivation a twin describes. */
export function applyTwin(d: Derivation, t: Twin): Derivation {
  const steps = [...d.steps];
  const k = t.at - 1;
  if (k < 0 || k > steps.length || (!t.insert && k === steps.length)) throw new UserError(`${d.id}~${t.id}: no step ${t.at}`);
  if (t.insert) steps.splice(k, 0, { expr: '', rule: 'algebra', why: '', ...t.step });
  else steps[k] = { ...steps[k]!, ...t.step };
  return { ...d, id: `${d.id}~${t.id}`, steps, twins: [] };
}


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
import { UserError } from '../core/registry.ts';
import { Q } from '../numeric/rational.ts';
import { precision, type DecimalCtor } from '../numeric/highPrecision.ts';
import type Decimal from 'decimal.js';
import type { Sign } from './poly.ts';
import { show, bracketed, substitute, num, mentions, type Expr } from './ast.ts';
import { parseExpr, checkName, CONSTANTS } from './parse.ts';
import { expand, freeIndices } from './expand.ts';
import { Normalizer, proveIdentity, proveLe, differenceSign, type Homogeneity, type IdentityProof } from './normalize.ts';
import { differentiate } from './derivative.ts';
import { NotFinite, evaluateExact, type Models } from './evaluate.ts';
import { limitAtInfinity, Indeterminate, type Lim } from './limit.ts';
import { Exhausted, STEP_SECONDS, withDeadline } from './budget.ts';
import { addAssumption, fixedValues, rng, signOf, type Domain } from './assumptions.ts';
import { RULES, type Derivation, type Step, type StepResult, type CheckOptions, type Twin } from './schema.ts';
import { checkLemmas, limitDiffers, pointwiseLimit, numericTest, samplePoint, farPoints, showPoint, sidesAt, type Instance, type Point, type Verdict } from './numeric.ts';

export { RULES } from './schema.ts';
export type { Rule, Step, Lemma, ModelSet, Twin, Derivation, StepStatus, Witness, StepResult, CheckOptions } from './schema.ts';

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

/** Index ranges and their products are bounded: an index over 10⁹ values would exhaust memory. */
export const MAX_RANGE = 10_000;
export const MAX_ASSIGNMENTS = 10_000;

function prepare(d: Derivation): Prepared {
  const own = <T>(o: Record<string, T> | undefined, k: string): T | undefined => (o && Object.hasOwn(o, k) ? o[k] : undefined);
  for (const [k, v] of Object.entries(d.sizes ?? {})) {
    checkName(k, `${d.id}: size`);
    if (!Number.isSafeInteger(v)) throw new UserError(`${d.id}: size '${k}' must be an integer, got ${String(v)}`);
  }
  const sizes = new Map(Object.entries(d.sizes ?? {}).map(([k, v]) => [k, Q.of(v)]));
  const val = (x: number | string, k: string): number => {
    const v = typeof x === 'number' ? x : own(d.sizes, x);
    if (v === undefined) throw new UserError(`${d.id}: index bound '${x}' of '${k}' is not a size`);
    if (!Number.isSafeInteger(v)) throw new UserError(`${d.id}: index bound of '${k}' must be an integer, got ${String(x)}`);
    return v;
  };
  const ranges = new Map(Object.entries(d.indices ?? {}).map(([k, r]) => {
    checkName(k, `${d.id}: index`);
    if (!Array.isArray(r) || r.length !== 2) throw new UserError(`${d.id}: index '${k}' needs a range [lo, hi]`);
    const lo = val(r[0], k), hi = val(r[1], k);
    if (hi - lo + 1 > MAX_RANGE) throw new UserError(`${d.id}: index '${k}' ranges over ${hi - lo + 1} values (limit ${MAX_RANGE})`);
    return [k, [lo, hi] as [number, number]];
  }));
  for (const f of Object.keys(d.functions ?? {})) checkName(f, `${d.id}: function`);
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
    if (out.length * (r[1] - r[0] + 1) > MAX_ASSIGNMENTS) throw new UserError(`${where}: the free indices take more than ${MAX_ASSIGNMENTS} values together`);
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

function domainFor(P: Prepared, extra: readonly string[], where: string): Domain {
  const dom: Domain = new Map();
  try {
    for (const a of [...P.d.assume, ...extra]) addAssumption(a, P.ranges, dom);
  } catch (e) {
    // Contradictions show up only here, where a step's assumptions meet the derivation's: name the step.
    if (e instanceof UserError && /contradictory/.test(e.message)) throw new UserError(`${where}: ${e.message}`);
    throw e;
  }
  return dom;
}

/** The variables of an expanded expression (not the constant pi). */
function variables(e: Expr, out = new Set<string>()): Set<string> {
  if (e.t === 'sym') { if (!CONSTANTS.has(e.name)) out.add(e.name); }
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

/** The limit by limit algebra with a given sign oracle, or undefined when it cannot decide. */
function limitOrUndefined(e: Expr, v: string, sign: (name: string) => Sign): Lim | undefined {
  try { return limitAtInfinity(e, v, new Normalizer({ symbolSign: sign })); } catch (x) { if (x instanceof Indeterminate || x instanceof RangeError) return undefined; throw x; }
}

/** differs: the normal form shows the relation fails wherever both sides are defined (differenceSign). */
interface SymbolicResult { proof: IdentityProof; limit?: Lim; differs?: { exact?: Q } }

function symbolicTest(P: Prepared, step: Step, inst: Instance, dom: Domain): SymbolicResult {
  const homogeneous = new Map<string, Homogeneity>();
  for (const u of step.uses ?? []) {
    const l = P.d.lemmas && Object.hasOwn(P.d.lemmas, u) ? P.d.lemmas[u] : undefined;
    if (!l) throw new UserError(`${P.d.id}: step cites unknown lemma '${u}'`);
    homogeneous.set(l.fn, { scale: l.scale, degree: l.degree });
  }
  const nz = new Normalizer({ symbolSign: (name) => (CONSTANTS.has(name) ? 'pos' : signOf(dom.get(name))), homogeneous });
  const broken = (proof: IdentityProof, bad: (s: 1 | -1 | 0) => boolean): SymbolicResult => {
    if (proof.status === 'proved') return { proof };
    const d = differenceSign(nz, inst.lhs ?? inst.prev, inst.cur);
    return { proof, differs: d && bad(d.sign) ? { exact: d.exact } : undefined };
  };
  switch (step.rule) {
    case 'le': return broken(proveLe(nz, inst.prev, inst.cur), (s) => s === 1);
    case 'ge': return broken(proveLe(nz, inst.cur, inst.prev), (s) => s === -1);
    case 'limit': {
      try {
        const L = limitAtInfinity(inst.prev, step.limit!, nz);
        const isInf = inst.cur.t === 'sym' && inst.cur.name === 'Infinity';
        if (L.t === 'inf') return { limit: L, proof: L.sign === 1 && isInf ? { status: 'proved' } : { status: 'unproven', reason: `limit algebra gives ${L.sign === 1 ? '+∞' : L.sign === -1 ? '−∞' : '∞ of unknown sign'}` } };
        if (isInf) return { limit: L, proof: { status: 'unproven', reason: `limit algebra gives the finite ${show(L.e).slice(0, 60)}` } };
        const proof = proveIdentity(nz, L.e, inst.cur);
        const d = proof.status === 'proved' ? undefined : differenceSign(nz, L.e, inst.cur);
        return { limit: L, proof, differs: d && { exact: d.exact } };
      } catch (e) {
        if (e instanceof Indeterminate) return { proof: { status: 'unproven', reason: `limit algebra cannot decide: ${e.message}` } };
        if (e instanceof RangeError) return { proof: { status: 'unproven', reason: `limit algebra gave up: ${e.message}` } };
        throw e;
      }
    }
    default: return broken(proveIdentity(nz, inst.lhs ?? inst.prev, inst.cur), () => true);
  }
}

/**
 * An exact comparison at a rational point, when both sides are rational functions of the values
 * (no exp, log, σ, π): a difference found this way is certified, and agreement is exact.
 */
function exactTest(step: Step, inst: Instance, pt: Point): Verdict | undefined {
  if (!['algebra', 'into', 'substitute', 'le', 'ge'].includes(step.rule)) return undefined;
  const a = evaluateExact(inst.lhs ?? inst.prev, pt.values), b = evaluateExact(inst.cur, pt.values);
  if (a === undefined || b === undefined) return undefined;
  const ok = step.rule === 'le' ? a.cmp(b) <= 0 : step.rule === 'ge' ? a.cmp(b) >= 0 : a.eq(b);
  if (ok) return { ok: true };
  const C = precision(40);
  return { ok: false, expected: a.toDecimal(C), got: b.toDecimal(C), gap: a.sub(b).abs().toDecimal(C) };
}

/** A constant gap exactly when short (3/8), else as a 20-digit decimal of the constant (1e-80). */
const exactGap = (q: Q): string => (q.toString().length <= 24 ? `${q} exactly` : `${q.toDecimal(precision(20)).toSignificantDigits(20).toExponential()} (a rational constant)`);

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
    if (!Object.hasOwn(RULES, step.rule)) throw new UserError(`${d.id} step ${n}: unknown rule '${step.rule}' (rules: ${Object.keys(RULES).join(', ')})`);
    if (step.rule === 'given') {
      const parsed = bracketed(p(P, step.expr, `${d.id} step ${n}`));
      results.push({ n, rule: step.rule, expr: step.expr, parsed, why: step.why, status: 'given', symbolic: '-', points: 0, agreed: 0, reason: 'given' });
      prev = step;
      continue;
    }
    if (!prev) throw new UserError(`${d.id} step ${n}: a derivation starts with a 'given' step`);
    const key = JSON.stringify([d.id, d.sizes, d.indices, d.assume, d.lemmas, d.functions, prev, step, opts.seed, opts.digits, opts.pointsPerStep, P.modelNames]);
    let res = memo.get(key);
    if (!res) {
      res = checkStep(P, prev, step, n, opts, lemmaFailure);
      // A step cut short by the time bound is not remembered: a later run may have the time.
      if (!res.timedOut) memo.set(key, res);
    }
    results.push(res);
    prev = step;
    if (res.status === 'broken' && opts.stopAtBroken) break;
  }
  return results;
}

function checkStep(P: Prepared, prevStep: Step, step: Step, n: number, opts: CheckOptions, lemmaFailure: string | undefined): StepResult {
  const where = `${P.d.id} step ${n}`;
  const parsed = step.expr === 'Infinity' ? 'Infinity' : bracketed(p(P, step.expr, where));
  const base = { n, rule: step.rule, expr: step.expr, parsed, why: step.why };
  if (step.rule === 'limit' && !step.limit) throw new UserError(`${where}: rule 'limit' needs 'limit' (the variable going to ∞)`);
  if (step.rule === 'limit') checkName(step.limit!, `${where}: limit variable`);
  // The limit of an expression as γ → ∞ does not depend on γ: a claimed limit that mentions it is a misstatement.
  if (step.rule === 'limit' && step.expr !== 'Infinity' && mentions(p(P, step.expr, where), step.limit!)) {
    throw new UserError(`${where}: the claimed limit '${step.expr.slice(0, 60)}' contains the limit variable ${step.limit}, which goes to ∞`);
  }
  const dom = domainFor(P, step.assume ?? [], where);
  const lv = step.rule === 'limit' ? dom.get(step.limit!) : undefined;
  if (lv && (lv.hi || lv.set)) throw new UserError(`${where}: assumptions ${lv.texts.map((t) => `'${t}'`).join(', ')} bound ${step.limit} above, but the limit step takes it to ∞`);
  const fixed = fixedValues(dom);
  let insts: Instance[] = [];
  let perCase = 2;
  const r = rng((opts.seed ^ Math.imul(n, 0x9e3779b1)) >>> 0);
  let points = 0, agreed = 0;
  const symbolic: string[] = [];
  const notes = new Set<string>();
  let proved = true;
  let undecided: string | undefined;
  try {
    return withDeadline(STEP_SECONDS, (): StepResult => {
      insts = instances(P, prevStep, step, n, fixed);
      perCase = Math.max(2, Math.ceil((opts.pointsPerStep ?? 8) / insts.length));
      for (const inst of insts) {
        const sym = symbolicTest(P, step, inst, dom);
        if (sym.proof.status !== 'proved') { proved = false; symbolic.push(`${inst.label ? `${inst.label}: ` : ''}${sym.proof.reason}`); }
        const vars = new Set([...variables(inst.prev), ...variables(inst.cur), ...(inst.lhs ? variables(inst.lhs) : [])]);
        for (const dv of inst.depends?.values() ?? []) variables(dv, vars);
        if (inst.wrt) vars.add(inst.wrt);
        // The witness names the variables of the two sides compared (not those a substitution removed).
        const shown = new Set([...variables(inst.lhs ?? inst.prev), ...variables(inst.cur), ...(inst.wrt ? [inst.wrt, ...[...inst.depends!.values()].flatMap((e) => [...variables(e)])] : [])]);
        // A limit is broken only by a certified difference: the limit algebra's value against the claim.
        const symbolicLimit = step.rule === 'limit' && sym.limit && sym.proof.status !== 'proved' ? sym.limit : undefined;
        let certified: Lim | undefined;
        let extra = new Map<string, (C: DecimalCtor) => Decimal>();
        // An inequality the normal form does not prove is also tried far out, where the domain allows
        // (x² ≤ 10¹² fails only past 10⁶): such a point can only break the step, never count for it.
        const far = (step.rule === 'le' || step.rule === 'ge') && sym.proof.status !== 'proved' ? farPoints(P.models, P.modelNames, dom, vars, r) : [];
        for (let t = 0; t < perCase + far.length; t++) {
          const isFar = t >= perCase;
          let pt: Point | undefined;
          let v: Verdict | undefined;
          let exact = false;
          for (let attempt = 0; attempt < (isFar ? 1 : 4) && !v; attempt++) {
            pt = isFar ? far[t - perCase]! : samplePoint(P.models, P.modelNames, dom, vars, r, t, step.rule === 'limit' ? step.limit : undefined);
            try {
              if (step.rule === 'limit' && sym.proof.status !== 'proved') {
                // The symbolic limit, or the limit algebra at this point (concrete signs).
                const pw = symbolicLimit ? { lim: symbolicLimit, extra: new Map() } : pointwiseLimit(inst.prev, step.limit!, pt, opts.digits, (e, sign) => limitOrUndefined(e, step.limit!, sign));
                if (pw) {
                  const dv = limitDiffers(pw.lim, inst.cur, pt, opts.digits, pw.extra);
                  if (dv.ok === false) { v = dv; certified = pw.lim; extra = pw.extra; break; }
                }
              }
              const x = exactTest(step, inst, pt);
              exact = x !== undefined;
              v = x ?? numericTest(step, inst, pt, opts.digits);
            } catch (e) { if (!(e instanceof NotFinite)) throw e; }
          }
          if (isFar && v?.ok !== false) continue;
          points++;
          if (!v) { undecided ??= 'the expression is not finite at the sampled points'; continue; }
          // A cited lemma that fails on the models voids a certificate built with it.
          if (v.ok !== false && sym.differs && !(lemmaFailure && (step.uses ?? []).length)) {
            // Too small a difference for the numbers, but certified by the normal form at a point where both sides are finite.
            let sides: ReturnType<typeof sidesAt> | undefined;
            try { sides = sidesAt(sym.limit?.t === 'fin' ? sym.limit.e : inst.lhs ?? inst.prev, inst.cur, pt!, opts.digits); } catch (e) { if (!(e instanceof NotFinite)) throw e; }
            if (sides) {
              return {
                ...base, status: 'broken', symbolic: sym.proof.status === 'proved' ? 'proved' : sym.proof.reason, points, agreed,
                reason: `rule '${step.rule}' (${RULES[step.rule]}) violated${inst.label ? ` at ${inst.label}` : ''}; the normal form of the difference${sym.limit?.t === 'fin' ? ` from the limit algebra's ${show(sym.limit.e).slice(0, 60)}` : ''} is manifestly ${step.rule === 'le' ? 'positive' : step.rule === 'ge' ? 'negative' : 'nonzero'}, wherever both sides are defined`,
                witness: {
                  point: [showPoint(pt!, shown), ...[...fixed].map(([k, x]) => `${k}=${x} (assumed)`)].filter(Boolean).join(', '),
                  expected: sides.expected.toSignificantDigits(20).toString(),
                  got: sides.got.toSignificantDigits(20).toString(),
                  gap: sym.differs.exact ? exactGap(sym.differs.exact.abs()) : sides.expected.eq(sides.got) ? `nonzero, below ${opts.digits + 20} digits` : sides.expected.minus(sides.got).abs().toSignificantDigits(6).toString(),
                  verifiedWith: `the exact normal form (a quotient of polynomials in independent atoms${step.rule === 'derivative' ? ', of the derivative by the rules of differentiation' : ''}), at a point where both sides are finite`,
                },
              };
            }
          }
          if (v.ok === true) { agreed++; if (v.note) notes.add(v.note); continue; }
          if (v.ok === 'undecided') { undecided ??= v.why; continue; }
          // Confirm at 30 more digits before reporting (an exact difference needs no confirmation).
          let again = exact ? v : certified ? limitDiffers(certified, inst.cur, pt!, opts.digits + 30, extra) : numericTest(step, inst, pt!, opts.digits + 30);
          // Far out, cancellation can eat the working digits: the gap must also stand at triple precision.
          if (isFar && !exact && again.ok === false) {
            const hi = numericTest(step, inst, pt!, 3 * (opts.digits + 30));
            if (hi.ok !== false || !hi.gap.minus(again.gap).abs().lte(hi.gap.times(1e-6))) again = { ok: 'undecided', why: 'far out' };
          }
          if (isFar && again.ok !== false) continue;
          if (again.ok === true || again.ok === 'undecided') { undecided ??= 'a disagreement at working precision vanished at higher precision'; continue; }
          const lim = certified ? `; the limit algebra${symbolicLimit ? '' : ' at this point'} gives ${certified.t === 'fin' ? show(certified.e).slice(0, 80) : certified.sign === 1 ? '+∞' : certified.sign === -1 ? '−∞' : '±∞'}` : '';
          return {
            ...base, status: 'broken', symbolic: sym.proof.status === 'proved' ? 'proved' : sym.proof.reason, points, agreed,
            reason: `rule '${step.rule}' (${RULES[step.rule]}) violated${inst.label ? ` at ${inst.label}` : ''}${lim}`,
            witness: {
              point: [showPoint(pt!, shown), ...[...fixed].map(([k, x]) => `${k}=${x} (assumed)`)].filter(Boolean).join(', '),
              expected: again.expected.toSignificantDigits(20).toString(),
              got: again.got.toSignificantDigits(20).toString(),
              gap: again.gap.toSignificantDigits(6).toString(),
              verifiedWith: exact ? 'exact rationals' : `${certified ? 'limit algebra, then ' : ''}decimal.js at ${opts.digits + 20} and ${opts.digits + 50} digits`,
            },
          };
        }
      }
      const symText = proved ? 'proved' : symbolic[0]!;
      const how = notes.size ? ` (numeric: ${[...notes][0]})` : '';
      if (lemmaFailure && (step.uses ?? []).length) return { ...base, status: 'inconclusive', symbolic: symText, points, agreed, reason: lemmaFailure };
      if (undecided) return { ...base, status: proved && step.rule === 'limit' ? 'unproven' : 'inconclusive', symbolic: symText, points, agreed, reason: proved && step.rule === 'limit' ? `unproven: the limit algebra proves it, but the numbers do not show it: ${undecided}` : `numeric check undecided: ${undecided}` };
      if (!proved) return { ...base, status: 'unproven', symbolic: symText, points, agreed, reason: `unproven: numeric agreement only (${symText})${how}` };
      return { ...base, status: 'proved', symbolic: 'proved', points, agreed, reason: `proved symbolically; agrees at ${agreed} points${how}` };
    });
  } catch (e) {
    if (e instanceof Exhausted) return { ...base, timedOut: true, status: 'inconclusive', symbolic: proved ? 'not finished' : symbolic[0] ?? 'not finished', points, agreed, reason: `${e.message} (after ${points} points)` };
    throw e;
  }
}

/** The derivation a twin describes. */
export function applyTwin(d: Derivation, t: Twin): Derivation {
  const steps = [...d.steps];
  const k = t.at - 1;
  if (k < 0 || k > steps.length || (!t.insert && k === steps.length)) throw new UserError(`${d.id}~${t.id}: no step ${t.at}`);
  if (t.insert) steps.splice(k, 0, { expr: '', rule: 'algebra', why: '', ...t.step });
  else steps[k] = { ...steps[k]!, ...t.step };
  return { ...d, id: `${d.id}~${t.id}`, steps, twins: [], expected: undefined, brokenAt: undefined };
}


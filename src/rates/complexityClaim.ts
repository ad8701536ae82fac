/**
 * A `complexity` claim: a data family (a function of d or n), a model and algorithm with settings, a
 * success criterion, and a claimed law. The run measures T(x) on a geometric grid (sized by
 * ctx.budget), several instances per point for random families (seeded by ctx.seed), checks a closed
 * form exactly where one is given, and decides the law with src/rates/complexity.ts.
 * Counts are cached per count function and seed, so mutants that change only the law cost nothing.
 */
import { defineClaim } from '../core/define.ts';
import type { Claim, ClaimMeta, Outcome, RunContext } from '../core/claim.ts';
import { checkClaimSpec, isObject, unknownKeyProblem } from '../core/validate.ts';
import { UserError } from '../core/errors.ts';
import { decideComplexity, lawLabel, type ComplexityLaw, type DecideOptions, type GridPoint } from './complexity.ts';

export type CountFn = (x: number, instance: number, seed: number) => number | null;

export interface ComplexitySpec extends Omit<ClaimMeta, 'kind'> {
  variable: 'd' | 'n';
  /** The data family, the model and algorithm with their settings, and the success criterion, in words. */
  setting: { family: string; algorithm: string; criterion?: string };
  /** The grid of x for a budget multiplier (1 = CI-sized). */
  grid: (budget: number) => number[];
  /** Instances per grid point (1 for a deterministic family). */
  instancesPerPoint: (budget: number) => number;
  count: CountFn;
  law: ComplexityLaw;
  decide?: DecideOptions;
  /** An exact formula for the count (deterministic families): checked at every grid point. */
  closedForm?: { formula: string; value: (x: number) => number };
  precision: string;
  mutants: ComplexityMutant[];
}

export interface ComplexityMutant {
  id: string;
  description: string;
  law?: ComplexityLaw;
  count?: CountFn;
  closedForm?: ComplexitySpec['closedForm'];
}

const caches = new WeakMap<CountFn, Map<string, number | null>>();

function cachedCount(f: CountFn, x: number, k: number, seed: number): number | null {
  let c = caches.get(f);
  if (!c) { c = new Map(); caches.set(f, c); }
  const key = `${x}:${k}:${seed}`;
  if (!c.has(key)) c.set(key, f(x, k, seed));
  return c.get(key)!;
}

type Core = Pick<ComplexitySpec, 'variable' | 'grid' | 'instancesPerPoint' | 'count' | 'law' | 'decide' | 'closedForm' | 'precision'>;

export function measureGrid(spec: Pick<Core, 'grid' | 'instancesPerPoint' | 'count'>, ctx: RunContext): GridPoint[] {
  const xs = spec.grid(ctx.budget), reps = spec.instancesPerPoint(ctx.budget);
  return xs.map((x) => {
    ctx.progress?.(`x = ${x}`);
    return { x, counts: Array.from({ length: reps }, (_, k) => cachedCount(spec.count, x, k, ctx.seed)) };
  });
}

const show = (c: number | null): string => (c === null ? '>cap' : String(c));

export function tableLines(points: readonly GridPoint[], v: string): string[] {
  return [`T(${v}) per instance:`, ...points.map((p) => `  ${v} = ${String(p.x).padStart(6)}: ${p.counts.map(show).join(' ')}`)];
}

export function runComplexity(spec: Core, ctx: RunContext): Outcome {
  const points = measureGrid(spec, ctx);
  const instances = points.reduce((s, p) => s + p.counts.length, 0);
  const details = tableLines(points, spec.variable);
  const base = { instances, precision: spec.precision, seed: ctx.seed };
  if (spec.closedForm) {
    for (const p of points) {
      const want = spec.closedForm.value(p.x);
      const bad = p.counts.find((c) => c !== want);
      if (bad !== undefined) {
        return {
          ...base, verdict: 'refuted', details,
          reason: `closed form ${spec.closedForm.formula} fails at ${spec.variable} = ${p.x}: measured ${show(bad)}, formula ${want}`,
          counterexample: { instance: `${spec.variable} = ${p.x}`, measured: show(bad), claimed: String(want), gap: bad === null ? '?' : String(bad - want), verifiedWith: spec.precision },
        };
      }
    }
    details.push(`closed form ${spec.closedForm.formula} matches every count exactly`);
  }
  const dec = decideComplexity(points, spec.law, spec.decide);
  return { ...base, verdict: dec.verdict, reason: `${lawLabel(spec.law, spec.variable)}: ${dec.reason}`, details: [...details, ...dec.details] };
}

const BOUNDS = ['upper', 'lower', 'tight'];
const DECIDE_KEYS = ['minPoints', 'minSpan', 'slack', 'upperFraction'];

/** What is wrong with a law (named `where`): { bound: upper | lower | tight, exponent, logPower finite numbers }, or undefined. */
function lawShapeProblem(where: string, l: unknown): string | undefined {
  if (!isObject(l)) return `'${where}' must be an object like { bound: 'tight', exponent: 1, logPower: 0 }, got ${l === null ? 'null' : typeof l}`;
  const extra = unknownKeyProblem(`'${where}'`, l, ['bound', 'exponent', 'logPower']);
  if (extra) return extra;
  if (!BOUNDS.includes(l.bound as string)) return `'${where}.bound' must be one of ${BOUNDS.join(', ')}, got ${typeof l.bound === 'string' ? `'${l.bound.slice(0, 20)}'` : String(l.bound)}`;
  for (const k of ['exponent', 'logPower']) if (!(typeof l[k] === 'number' && Number.isFinite(l[k]))) return `'${where}.${k}' must be a finite number, got ${String(l[k])}`;
  return undefined;
}

/** What is wrong with a closed form (named `where`): { formula: string, value: function }, or undefined. */
function closedFormProblem(where: string, c: unknown): string | undefined {
  if (c === undefined) return undefined;
  if (!isObject(c)) return `'${where}' must be an object { formula, value }, got ${c === null ? 'null' : typeof c}`;
  const extra = unknownKeyProblem(`'${where}'`, c, ['formula', 'value']);
  if (extra) return extra;
  if (typeof c.formula !== 'string' || typeof c.value !== 'function') return `'${where}' needs a 'formula' string and a 'value' function`;
  return undefined;
}

/**
 * The shape of what a complexity claim adds to the shared metadata: variable 'd' or 'n', the setting's
 * texts, the law, the decision options (each a positive number; upperFraction in (0, 1]) and the
 * closed form, a mutant's law and closed form likewise. @returns the first problem, or undefined.
 */
function complexityProblem(spec: ComplexitySpec): string | undefined {
  const s = spec as unknown as Record<string, unknown>;
  if (s.variable !== 'd' && s.variable !== 'n') return `'variable' must be 'd' or 'n', got ${String(s.variable)}`;
  const setting = s.setting;
  if (!isObject(setting)) return `'setting' must be an object { family, algorithm, criterion? }, got ${setting === null ? 'null' : typeof setting}`;
  const extra = unknownKeyProblem("'setting'", setting, ['family', 'algorithm', 'criterion']);
  if (extra) return extra;
  for (const k of ['family', 'algorithm']) if (typeof setting[k] !== 'string') return `'setting.${k}' must be a string, got ${typeof setting[k]}`;
  if (setting.criterion !== undefined && typeof setting.criterion !== 'string') return `'setting.criterion' must be a string, got ${typeof setting.criterion}`;
  if (typeof s.precision !== 'string') return `'precision' must be a string (how the counts are computed), got ${typeof s.precision}`;
  const decide = s.decide;
  if (decide !== undefined) {
    if (!isObject(decide)) return `'decide' must be an object (${DECIDE_KEYS.join(', ')}), got ${decide === null ? 'null' : typeof decide}`;
    const bad = unknownKeyProblem("'decide'", decide, DECIDE_KEYS);
    if (bad) return bad;
    for (const [k, v] of Object.entries(decide)) {
      const ok = typeof v === 'number' && Number.isFinite(v) && (k === 'slack' ? v >= 0 : v > 0) && (k !== 'upperFraction' || v <= 1) && (k !== 'minPoints' || Number.isInteger(v));
      if (!ok) return `'decide.${k}' must be ${k === 'upperFraction' ? 'in (0, 1]' : k === 'minPoints' ? 'a positive integer' : k === 'slack' ? 'a finite number ≥ 0' : 'a finite positive number'}, got ${String(v)}`;
    }
  }
  return lawShapeProblem('law', s.law) ?? closedFormProblem('closedForm', s.closedForm)
    ?? spec.mutants.map((m, k) => (m.law === undefined ? undefined : lawShapeProblem(`mutants[${k}].law`, m.law)) ?? closedFormProblem(`mutants[${k}].closedForm`, m.closedForm)).find((p) => p !== undefined);
}

export function complexityClaim(spec: ComplexitySpec): Claim {
  checkClaimSpec('complexityClaim', spec, {
    list: 'mutants', functions: ['grid', 'instancesPerPoint', 'count'],
    keys: ['variable', 'setting', 'grid', 'instancesPerPoint', 'count', 'law', 'decide', 'closedForm', 'precision'], mutantKeys: ['law', 'count', 'closedForm'],
  });
  const problem = complexityProblem(spec);
  if (problem) throw new UserError(`${spec.id}: ${problem}`);
  // The success criterion is the claim's to state: a default ("every training point …") would put
  // words into a user's statement that their count may not mean.
  const success = spec.setting.criterion === undefined ? '' : ` Success: ${spec.setting.criterion}.`;
  const setting = `Family: ${spec.setting.family}. Algorithm: ${spec.setting.algorithm}.${success} Law: ${lawLabel(spec.law, spec.variable)}.`;
  // Only the metadata goes on (the spec's own keys are this builder's, checked above).
  const { variable: _v, setting: _s, grid: _g, instancesPerPoint: _i, count: _c, law: _l, decide: _d, closedForm: _f, precision: _p, mutants: _m, ...meta } = spec;
  return defineClaim({
    ...meta,
    kind: 'complexity',
    statement: `${spec.statement} ${setting}`,
    run: (ctx) => runComplexity(spec, ctx),
    mutants: spec.mutants.map((m) => ({
      id: m.id,
      description: m.description,
      run: (ctx: RunContext) => runComplexity({ ...spec, ...(m.law ? { law: m.law } : {}), ...(m.count ? { count: m.count } : {}), ...(m.closedForm ? { closedForm: m.closedForm } : {}) }, ctx),
    })),
  });
}

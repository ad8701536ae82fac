/**
 * A `complexity` claim: a data family (a function of d or n), a model and algorithm with settings, a
 * success criterion, and a claimed law. The run measures T(x) on a geometric grid (sized by
 * ctx.budget), several instances per point for random families (seeded by ctx.seed), checks a closed
 * form exactly where one is given, and decides the law with src/rates/complexity.ts.
 * Counts are cached per count function and seed, so mutants that change only the law cost nothing.
 */
import { defineClaim } from '../core/define.ts';
import type { Claim, ClaimMeta, Outcome, RunContext } from '../core/claim.ts';
import { checkClaimSpec } from '../core/validate.ts';
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

export function complexityClaim(spec: ComplexitySpec): Claim {
  checkClaimSpec('complexityClaim', spec, {
    list: 'mutants', functions: ['grid', 'instancesPerPoint', 'count'],
    keys: ['variable', 'setting', 'grid', 'instancesPerPoint', 'count', 'law', 'decide', 'closedForm', 'precision'], mutantKeys: ['law', 'count', 'closedForm'],
  });
  const setting = `Family: ${spec.setting.family}. Algorithm: ${spec.setting.algorithm}. Success: ${spec.setting.criterion ?? 'every training point strictly correctly classified'}. Law: ${lawLabel(spec.law, spec.variable)}.`;
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

/**
 * A cases claim: a statement about a finite, fixed list of instances (the worked example of a
 * theorem, a family at listed sizes). Each case is measured exactly or in high precision; when the
 * measure is exact and every case agrees, the verdict is `verified`, since the list is the claim.
 */
import type { Claim, ClaimMeta, Mutant, Outcome, ReplayPaths, RunContext } from './claim.ts';
import { checkClaimSpec } from './validate.ts';
import { trustedDecision } from './floatOnly.ts';
import { decide, showValue, type Decision, type Measurement, type Relation, type Tolerance } from './compare.ts';

export interface CasesSpec<C> extends ClaimMeta {
  cases: readonly C[] | ((ctx: RunContext) => readonly C[]);
  measure: (c: C, digits: number) => Measurement;
  relation: Relation;
  tolerance: Tolerance;
  show: (c: C) => string;
  /** True when measure computes exactly (rationals, integers): agreement then proves the cases. */
  exact: boolean;
  precision: string;
  mutants: CasesMutant<C>[];
}

export type CasesMutant<C> = { id: string; description: string } & Partial<Pick<CasesSpec<C>, 'cases' | 'measure' | 'relation' | 'tolerance'>>;

type Core<C> = Pick<CasesSpec<C>, 'cases' | 'measure' | 'relation' | 'tolerance' | 'show' | 'exact' | 'precision'>;

export function runCases<C>(spec: Core<C>, ctx: RunContext): Outcome {
  const list = typeof spec.cases === 'function' ? spec.cases(ctx) : spec.cases;
  // No case is no evidence: "all 0 cases agree" was a verified claim that checked nothing.
  if (list.length === 0) return { verdict: 'inconclusive', reason: 'no cases: the list is empty, so nothing was checked', instances: 0, precision: spec.precision };
  const only = ctx.path !== undefined ? [Number(ctx.path)] : list.map((_, k) => k);
  let worst = Infinity;
  let decided = 0;
  const lines: string[] = [];
  for (const k of only) {
    const c = list[k];
    if (c === undefined) return { verdict: 'inconclusive', reason: `no case ${k}`, instances: 0, precision: spec.precision };
    let m: Measurement, d: Decision;
    try {
      m = spec.measure(c, ctx.digits);
      // throws on a malformed measurement; a decision on float64 round-off alone is undecided (floatOnly.ts)
      d = trustedDecision(m, decide(m, spec.relation, spec.tolerance, ctx.digits + 10), spec.tolerance);
    } catch (e) {
      return { verdict: 'inconclusive', reason: `the measure failed on case ${k}: ${(e instanceof Error ? e.message : String(e)).split('\n')[0]}`, instances: decided, precision: spec.precision };
    }
    lines.push(`case ${k}: ${spec.show(c)}: measured ${showValue(m.measured)}, claimed ${showValue(m.claimed)}${m.note ? ` (${m.note})` : ''}`);
    if (d.status === 'violated') {
      return {
        verdict: 'refuted',
        reason: `case ${k} fails: measured ${showValue(m.measured)}, claimed ${showValue(m.claimed)}`,
        instances: decided + 1,
        precision: spec.precision,
        path: String(k),
        counterexample: { instance: spec.show(c), measured: showValue(m.measured), claimed: showValue(m.claimed), gap: d.gap.toSignificantDigits(12).toString(), verifiedWith: spec.precision },
        details: lines,
      };
    }
    if (d.status === 'undecided') return { verdict: 'inconclusive', reason: `case ${k}: ${d.reason}`, instances: decided, precision: spec.precision, details: lines };
    decided++;
    worst = Math.min(worst, d.slack);
  }
  return {
    verdict: spec.exact ? 'verified' : 'holds',
    reason: spec.exact ? `all ${decided} cases agree exactly` : `all ${decided} cases agree within tolerance (${spec.tolerance.reason})`,
    instances: decided,
    worstSlack: worst,
    precision: spec.precision,
    details: lines,
  };
}

/** A replay path is one case index: the case list is known before anything is measured. */
const replayPaths = <C>(spec: Pick<CasesSpec<C>, 'cases'>) => (ctx: RunContext): ReplayPaths => ({
  kind: 'index', what: 'case', count: (typeof spec.cases === 'function' ? spec.cases(ctx) : spec.cases).length,
});

export function casesClaim<C>(spec: CasesSpec<C>): Claim {
  checkClaimSpec('casesClaim', spec, {
    list: 'mutants', functions: ['measure', 'show'], comparison: true,
    keys: ['cases', 'measure', 'relation', 'tolerance', 'show', 'exact', 'precision'], mutantKeys: ['cases', 'measure', 'relation', 'tolerance'],
  });
  const paper = spec.id.split('/')[0]!;
  const mutants: Mutant[] = spec.mutants.map(({ id, description, ...over }) => ({
    id, description, run: (ctx: RunContext) => runCases({ ...spec, ...over }, ctx), replay: replayPaths({ ...spec, ...over }),
  }));
  return { ...spec, paper, mutants, run: (ctx: RunContext) => runCases(spec, ctx), replay: replayPaths(spec) };
}

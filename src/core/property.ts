/**
 * A property claim: a statement over every instance satisfying the hypotheses. fast-check draws
 * instances (replayable by {seed, path}, shrinking to simple exact values); each instance is measured
 * in float64 (or exactly, when cheap), and any violation or undecided case is measured again exactly
 * or in high precision before it counts. So a reported counterexample is re-verified by construction.
 */
import fc from 'fast-check';
import type { Claim, ClaimMeta, Mutant, Outcome, RunContext } from './claim.ts';
import { decide, showValue, type Decision, type Measurement, type Relation, type Tolerance } from './compare.ts';

/** exact = false: the fast search; exact = true: exact or high-precision re-verification at `digits`. */
export interface Mode { exact: boolean; digits: number }

export interface PropertySpec<I> extends ClaimMeta {
  instances: fc.Arbitrary<I>;
  /** Checked before an instance may count: true, or the hypothesis it violates. */
  hypotheses?: (instance: I) => true | string;
  measure: (instance: I, mode: Mode) => Measurement;
  relation: Relation;
  tolerance: Tolerance;
  /** The instance exactly, as it would be typed back in. */
  show: (instance: I) => string;
  /** What the search and the re-verification compute in, for the report. */
  precision: { search: string; verify: string };
  /** Runs = ctx.runs × weight (an expensive measure takes fewer). */
  weight?: number;
  mutants: PropertyMutant<I>[];
}

export type PropertyMutant<I> = { id: string; description: string } & Partial<
  Pick<PropertySpec<I>, 'instances' | 'hypotheses' | 'measure' | 'relation' | 'tolerance' | 'weight'>
>;

type Core<I> = Pick<PropertySpec<I>, 'instances' | 'hypotheses' | 'measure' | 'relation' | 'tolerance' | 'show' | 'precision' | 'weight'>;

interface Stats {
  decided: number;
  undecided: number;
  undecidedReason?: string;
  errors: number;
  errorMessage?: string;
  floatOverruled: number;
  worstSlack: number;
}

const message = (e: unknown): string => (e instanceof Error ? e.message : String(e)).split('\n')[0]!;

export function runProperty<I>(spec: Core<I>, ctx: RunContext): Outcome {
  const verifyMode: Mode = { exact: true, digits: ctx.digits };
  const searchMode: Mode = { exact: false, digits: ctx.digits };
  const stats: Stats = { decided: 0, undecided: 0, errors: 0, floatOverruled: 0, worstSlack: Infinity };
  let shrinking = false;

  const judge = (instance: I, mode: Mode): Decision => decide(spec.measure(instance, mode), spec.relation, spec.tolerance, ctx.digits + 10);

  const predicate = (instance: I): boolean => {
    const h = spec.hypotheses?.(instance) ?? true;
    if (h !== true) fc.pre(false);
    let d: Decision;
    try {
      d = judge(instance, searchMode);
      if (d.status !== 'ok') {
        // Never trust float64 to refute or to give up: ask the exact / high-precision measure.
        const v = judge(instance, verifyMode);
        if (d.status === 'violated' && v.status === 'ok' && !shrinking) stats.floatOverruled++;
        d = v;
      }
    } catch (e) {
      if (!shrinking) { stats.errors++; stats.errorMessage ??= message(e); }
      return true;
    }
    if (d.status === 'violated') { shrinking = true; return false; }
    if (shrinking) return true;
    if (d.status === 'undecided') { stats.undecided++; stats.undecidedReason ??= d.reason; return true; }
    stats.decided++;
    stats.worstSlack = Math.min(stats.worstSlack, d.slack);
    return true;
  };

  const numRuns = Math.max(1, Math.round(ctx.runs * (spec.weight ?? 1) * ctx.budget));
  const details = fc.check(fc.property(spec.instances, predicate), {
    seed: ctx.seed,
    numRuns,
    ...(ctx.path !== undefined ? { path: ctx.path, endOnFailure: true } : {}),
    maxSkipsPerRun: 20,
  });
  const precision = `search ${spec.precision.search}; verify ${spec.precision.verify}`;
  const base = { precision, seed: details.seed, skipped: details.numSkips };

  if (details.failed && details.counterexample) {
    const instance = details.counterexample[0] as I;
    const m = spec.measure(instance, verifyMode);
    const d = decide(m, spec.relation, spec.tolerance, ctx.digits + 10);
    const gap = d.status === 'violated' ? d.gap.toSignificantDigits(12).toString() : '?';
    return {
      ...base,
      verdict: 'refuted',
      reason: `counterexample re-verified (${spec.precision.verify}): measured ${showValue(m.measured)} ${spec.relation === 'le' ? '>' : spec.relation === 'ge' ? '<' : '≠'} claimed ${showValue(m.claimed)}`,
      instances: stats.decided + 1,
      path: details.counterexamplePath ?? undefined,
      counterexample: {
        instance: spec.show(instance),
        measured: showValue(m.measured),
        claimed: showValue(m.claimed),
        gap,
        verifiedWith: spec.precision.verify,
        shrinks: details.numShrinks,
      },
      details: m.note ? [m.note] : undefined,
    };
  }
  if (details.failed) {
    return { ...base, verdict: 'inconclusive', reason: `search stopped: ${message(details.errorInstance ?? 'too many instances rejected by the hypotheses')}`, instances: stats.decided };
  }
  const scope = `${stats.decided} instances`;
  if (stats.errors > 0) return { ...base, verdict: 'inconclusive', reason: `the measure failed on ${stats.errors} instance(s): ${stats.errorMessage}`, instances: stats.decided };
  if (stats.undecided > 0) return { ...base, verdict: 'inconclusive', reason: `${stats.undecided} instance(s) undecided: ${stats.undecidedReason}`, instances: stats.decided };
  if (details.numSkips > stats.decided) return { ...base, verdict: 'inconclusive', reason: `hypotheses rejected ${details.numSkips} of ${details.numSkips + stats.decided} drawn instances`, instances: stats.decided };
  if (stats.decided === 0) return { ...base, verdict: 'inconclusive', reason: 'no instance was decided', instances: 0 };
  return {
    ...base,
    verdict: 'holds',
    reason: `no counterexample in ${scope}${stats.floatOverruled ? ` (${stats.floatOverruled} float64 alarms overruled by re-verification)` : ''}`,
    instances: stats.decided,
    worstSlack: stats.worstSlack,
  };
}

/** Builds the claim object a file under properties/ exports. */
export function propertyClaim<I>(spec: PropertySpec<I>): Claim {
  const paper = spec.id.split('/')[0]!;
  const mutants: Mutant[] = spec.mutants.map((m) => ({
    id: m.id,
    description: m.description,
    run: (ctx: RunContext) => runProperty({ ...spec, ...stripMeta(m) }, ctx),
  }));
  return { ...spec, paper, mutants, run: (ctx: RunContext) => runProperty(spec, ctx) };
}

function stripMeta<I>(m: PropertyMutant<I>): Partial<Core<I>> {
  const { id: _id, description: _d, ...rest } = m;
  return rest;
}

/** Shared helper: the replay line fast-check users know. */
export function replayLine(claimId: string, seed: number | undefined, path: string | undefined): string {
  return `gdcheck replay ${claimId}${seed === undefined ? '' : ` --seed ${seed}`} --path "${path}"`;
}

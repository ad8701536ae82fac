/**
 * A derivation as a claim of kind 'identity', so `gdcheck check` runs it, and its broken twins as
 * the claim's mutants. The claim carries the derivation itself for `gdcheck derive`.
 *   verified: every step proved symbolically AND agreeing numerically;
 *   refuted: some step broken, with a witness re-verified at higher precision;
 *   inconclusive: a step only agrees numerically (unproven), or the numbers could not decide.
 */
import type { Claim, Mutant, Outcome, RunContext } from '../core/claim.ts';
import { applyTwin, checkDerivation, type Derivation, type StepResult } from './derivation.ts';

export interface DerivationClaim extends Claim { derivation: Derivation }

export const isDerivationClaim = (c: Claim): c is DerivationClaim => typeof (c as DerivationClaim).derivation === 'object';

const MARK: Record<StepResult['status'], string> = { given: '·', proved: '✓', unproven: '?', inconclusive: '?', broken: '✗' };

export function stepLine(r: StepResult): string {
  return `step ${r.n} ${MARK[r.status]} ${r.rule}: ${r.status === 'given' ? 'given' : r.reason}`;
}

export function precisionText(digits: number): string {
  return `normal form and limit algebra (exact rationals); decimal.js at ${digits + 20} digits at random points, violations confirmed at ${digits + 50}`;
}

/** The verdict of a list of step results. */
export function summarize(results: readonly StepResult[], digits: number): Outcome {
  const points = results.reduce((s, r) => s + r.points, 0);
  const checked = results.filter((r) => r.status !== 'given');
  const base = { instances: points, precision: precisionText(digits), details: results.map(stepLine) };
  const broken = results.find((r) => r.status === 'broken');
  if (broken) {
    const w = broken.witness!;
    return {
      ...base, verdict: 'refuted',
      reason: `step ${broken.n} broken: ${broken.reason}`,
      counterexample: { instance: `step ${broken.n} at ${w.point}`, measured: w.got, claimed: w.expected, gap: w.gap, verifiedWith: w.verifiedWith },
      path: String(broken.n),
    };
  }
  const open = results.find((r) => r.status === 'inconclusive') ?? results.find((r) => r.status === 'unproven');
  if (open) return { ...base, verdict: 'inconclusive', reason: `step ${open.n}: ${open.reason}` };
  if (checked.length === 0) return { ...base, verdict: 'inconclusive', reason: 'no step to check' };
  return { ...base, verdict: 'verified', reason: `all ${checked.length} steps proved symbolically and agree at ${points} random points` };
}

export function derivationClaim(d: Derivation): DerivationClaim {
  // Deterministic in (seed, digits, budget): a replay (ctx.path = the broken step) reruns the same check.
  const run = (dd: Derivation, stop: boolean) => (ctx: RunContext): Outcome => ({
    ...summarize(checkDerivation(dd, { seed: ctx.seed, digits: ctx.digits, pointsPerStep: Math.max(2, Math.round(8 * ctx.budget)), stopAtBroken: stop }), ctx.digits),
    seed: ctx.seed,
  });
  const mutants: Mutant[] = d.twins.map((t) => ({ id: t.id, description: `${t.description} (breaks step ${t.at})`, run: run(applyTwin(d, t), true) }));
  return {
    id: d.id, paper: d.id.split('/')[0]!, title: d.title, statement: d.statement, source: d.source,
    provenance: d.provenance, kind: 'identity', expected: 'holds', mutants, run: run(d, false), derivation: d,
  };
}

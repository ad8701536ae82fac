/**
 * A derivation as a claim of kind 'identity', so `gdcheck check` runs it, and its broken twins as
 * the claim's mutants. The claim carries the derivation itself for `gdcheck derive`.
 *   verified: every step proved symbolically AND agreeing numerically;
 *   refuted: some step broken, with a witness re-verified at higher precision;
 *   inconclusive: a step only agrees numerically (unproven), or the numbers could not decide.
 */
import type { Claim, Mutant, Outcome, ReplayPaths, RunContext } from '../core/claim.ts';
import { UserError } from '../core/registry.ts';
import { checkClaimSpec, isObject } from '../core/validate.ts';
import { applyTwin, checkDerivation, RULES, type Derivation, type StepResult } from './derivation.ts';

export interface DerivationClaim extends Claim { derivation: Derivation }

export const isDerivationClaim = (c: Claim): c is DerivationClaim => typeof (c as DerivationClaim).derivation === 'object';

const MARK: Record<StepResult['status'], string> = { given: '·', proved: '✓', unproven: '?', inconclusive: '?', broken: '✗' };

export function stepLine(r: StepResult): string {
  return `step ${r.n} ${MARK[r.status]} ${r.rule}: ${r.status === 'given' ? 'given' : r.reason}`;
}

export function precisionText(digits: number): string {
  return `normal form and limit algebra (exact rationals); decimal.js at ${digits + 20} digits at random points, violations confirmed at ${digits + 50}`;
}

export interface DerivationOutcome extends Outcome { brokenSteps: number[] }

/**
 * The verdict of a list of step results. `brokenAt`: the step a derivation expected 'refuted'
 * declares broken; its witness is the one reported when it is broken.
 */
export function summarize(results: readonly StepResult[], digits: number, brokenAt?: number): DerivationOutcome {
  const points = results.reduce((s, r) => s + r.points, 0);
  const checked = results.filter((r) => r.status !== 'given');
  const brokenSteps = results.filter((r) => r.status === 'broken').map((r) => r.n);
  const base = { instances: points, precision: precisionText(digits), details: results.map(stepLine), brokenSteps };
  const broken = results.find((r) => r.status === 'broken' && r.n === brokenAt) ?? results.find((r) => r.status === 'broken');
  if (broken) {
    const w = broken.witness!;
    const others = brokenSteps.filter((n) => n !== broken.n);
    return {
      ...base, verdict: 'refuted',
      reason: `step ${broken.n} broken: ${broken.reason}${others.length ? `; also broken: step ${others.join(', ')}` : ''}`,
      counterexample: { instance: `step ${broken.n} at ${w.point}`, measured: w.got, claimed: w.expected, gap: w.gap, verifiedWith: w.verifiedWith },
      path: String(broken.n),
    };
  }
  const open = results.find((r) => r.status === 'inconclusive') ?? results.find((r) => r.status === 'unproven');
  if (open) return { ...base, verdict: 'inconclusive', reason: `step ${open.n}: ${open.reason}` };
  if (checked.length === 0) return { ...base, verdict: 'inconclusive', reason: 'no step to check' };
  return { ...base, verdict: 'verified', reason: `all ${checked.length} steps proved symbolically and agree at ${points} random points` };
}

/** As expected: 'holds' → verified; 'refuted' → broken at the declared step and at no other. */
export function matchesDeclared(d: Derivation, o: Outcome): boolean {
  if ((d.expected ?? 'holds') === 'holds') return o.verdict === 'verified' || o.verdict === 'holds';
  const steps = (o as Partial<DerivationOutcome>).brokenSteps ?? [];
  return o.verdict === 'refuted' && steps.length === 1 && steps[0] === d.brokenAt;
}

/**
 * The claim of a derivation file. `expected: 'refuted'` records a known-broken derivation (to keep
 * its counterexample); it then needs `brokenAt`, the step that must be the broken one.
 */
export function derivationClaim(given: Derivation): DerivationClaim {
  const d = checkDerivationSpec(given);
  const expected = d.expected ?? 'holds';
  if (expected !== 'holds' && expected !== 'refuted') throw new UserError(`${d.id}: expected must be 'holds' or 'refuted', got '${String(expected)}'`);
  if (expected === 'refuted' && !(Number.isInteger(d.brokenAt) && d.brokenAt! >= 1 && d.brokenAt! <= d.steps.length)) throw new UserError(`${d.id}: expected 'refuted' needs brokenAt, the step (1 to ${d.steps.length}) that is broken`);
  if (expected === 'holds' && d.brokenAt !== undefined) throw new UserError(`${d.id}: brokenAt is only for expected 'refuted'`);
  // Deterministic in (seed, digits, budget): a replay (ctx.path = the broken step) reruns the same check.
  const run = (dd: Derivation, stop: boolean) => (ctx: RunContext): Outcome => ({
    ...summarize(checkDerivation(dd, { seed: ctx.seed, digits: ctx.digits, pointsPerStep: Math.max(2, Math.round(8 * ctx.budget)), stopAtBroken: stop }), ctx.digits, dd.brokenAt),
    seed: ctx.seed,
  });
  // The path a report prints is the broken step's number; the check is deterministic, so it re-runs whole.
  const replay = (): ReplayPaths => ({ kind: 'whole', paths: d.steps.map((_, k) => String(k + 1)), why: 'a derivation is deterministic in its seed: the path names the broken step, and replay re-checks every step' });
  const mutants: Mutant[] = d.twins.map((t) => ({ id: t.id, description: `${t.description} (breaks step ${t.at})`, run: run(applyTwin(d, t), true), replay }));
  return {
    id: d.id, paper: d.id.split('/')[0]!, title: d.title, statement: d.statement, source: d.source,
    provenance: d.provenance, kind: 'identity', expected, mutants, run: run(d, false), replay, derivation: d,
    matchesExpected: (o) => matchesDeclared(d, o),
  };
}

/**
 * The shape of a derivation file's object, checked when the file loads: the claim's metadata, then
 * steps (each an expression string and a rule), twins (each a step number and a replacement step),
 * and sizes, indices and assumptions, which default to none.
 * @throws UserError naming the derivation and the first bad field.
 */
function checkDerivationSpec(d: Derivation): Derivation {
  checkClaimSpec('derivationClaim', d, {
    list: 'twins', keys: ['brokenAt', 'sizes', 'indices', 'assume', 'functions', 'models', 'lemmas', 'steps'], mutantKeys: ['at', 'step', 'insert'],
  });
  const bad = (m: string): never => { throw new UserError(`${d.id}: ${m}`); };
  if (!Array.isArray(d.steps) || d.steps.length === 0) bad("'steps' must be a non-empty array of { expr, rule, why }");
  d.steps.forEach((s, k) => {
    if (!isObject(s) || typeof s.expr !== 'string' || typeof s.rule !== 'string') bad(`step ${k + 1} must be an object with 'expr' and 'rule' strings`);
    if (!Object.hasOwn(RULES, s.rule)) bad(`step ${k + 1}: unknown rule '${s.rule.slice(0, 40)}' (rules: ${Object.keys(RULES).join(', ')})`);
    if (s.why !== undefined && typeof s.why !== 'string') bad(`step ${k + 1}: 'why' must be a string`);
  });
  d.twins.forEach((t, k) => {
    if (!Number.isInteger(t.at)) bad(`twins[${k}] ('${t.id}') needs 'at', the step number it replaces (1 to ${d.steps.length})`);
    if (!isObject(t.step)) bad(`twins[${k}] ('${t.id}') needs 'step', the replacement step ({ expr: '…' })`);
  });
  for (const k of ['sizes', 'indices', 'functions', 'lemmas'] as const) if (d[k] !== undefined && !isObject(d[k])) bad(`'${k}' must be an object`);
  if (d.assume !== undefined && !(Array.isArray(d.assume) && d.assume.every((a) => typeof a === 'string'))) bad("'assume' must be an array of strings like 'gamma > 0'");
  if (d.models !== undefined && !Array.isArray(d.models)) bad("'models' must be an array");
  return { ...d, sizes: d.sizes ?? {}, indices: d.indices ?? {}, assume: d.assume ?? [] };
}

/** Runs claims and their mutants, timing each and turning any exception into an inconclusive verdict. */
import { asExpected, isClaim, ReplayPathError, type Claim, type Mutant, type Outcome, type RunContext, type Verdict } from './claim.ts';
import { withReplayFile } from './property.ts';
import { checkKeys, checkOptional, checkRunContext } from './runOptions.ts';
import { checkReplayPath } from './replayPath.ts';
import { checkedOutcome } from './outcome.ts';
import { NEVER_SETTLES, settleOrStall } from './stall.ts';
import { firstLine } from './printable.ts';
import { exitReason, withExitGuard } from './exitGuard.ts';

export interface MutantReport {
  id: string; description: string; verdict: Verdict; reason: string; seconds: number;
  seed?: number; path?: string; counterexample?: Outcome['counterexample']; search?: Outcome['search'];
}

export interface ClaimReport extends Outcome {
  id: string;
  paper: string;
  title: string;
  statement: string;
  source: Claim['source'];
  provenance: Claim['provenance'];
  kind: Claim['kind'];
  expected: Claim['expected'];
  open?: string;
  asExpected: boolean;
  seconds: number;
  mutants?: MutantReport[];
  /** The database file a new counterexample of this claim was saved to. */
  savedTo?: string;
  /** The file or folder named on the command line that this claim came from, as typed (its replay line needs --file). */
  file?: string;
}

/** A run whose process.exit calls are stopped and make it inconclusive (exitGuard.ts), else guarded's outcome. */
async function exitGuarded(run: () => Outcome | Promise<Outcome>): Promise<Outcome> {
  const r = await withExitGuard(() => guarded(run));
  if (r.exits.length) return { verdict: 'inconclusive', reason: exitReason(r.exits), instances: 0, precision: '-' };
  if (r.error !== undefined) throw r.error;
  return r.value!;
}

/**
 * A run turned into an outcome: its value checked field by field (outcome.ts), a throw or a promise
 * that can never settle (stall.ts) an inconclusive one; a replay path the claim cannot use is bad input.
 */
async function guarded(run: () => Outcome | Promise<Outcome>): Promise<Outcome> {
  try {
    return checkedOutcome(await settleOrStall(Promise.resolve().then(run), (): Outcome => ({ verdict: 'inconclusive', reason: `did not finish: the run ${NEVER_SETTLES}`, instances: 0, precision: '-' })));
  } catch (e) {
    if (e instanceof ReplayPathError) throw e; // bad input, not a verdict
    return { verdict: 'inconclusive', reason: `the check threw: ${firstLine(e)}`, instances: 0, precision: '-' };
  }
}

/**
 * Whether a claim's outcome is as expected: its verdict must match the expectation, and a claim's own
 * finer rule (matchesExpected) can only make that stricter; a rule that throws or answers anything
 * but true does not pass the claim.
 */
function outcomeAsExpected(claim: Claim, outcome: Outcome): boolean {
  if (!asExpected(outcome.verdict, claim.expected)) return false;
  if (!claim.matchesExpected) return true;
  try { return claim.matchesExpected(outcome) === true; } catch { return false; }
}

/** A claim's report from its outcome (without mutants). */
function claimReport(claim: Claim, outcome: Outcome, seconds: number, expectedOk: boolean): ClaimReport {
  return {
    ...outcome,
    id: claim.id, paper: claim.paper, title: claim.title, statement: claim.statement, source: claim.source,
    provenance: claim.provenance, kind: claim.kind, expected: claim.expected, open: claim.open,
    asExpected: expectedOk, seconds,
  };
}

/** A mutant's report from its outcome. */
function mutantReport(claim: Claim, m: Mutant, o: Outcome, seconds: number): MutantReport {
  return {
    id: `${claim.id}~${m.id}`, description: m.description, verdict: o.verdict, reason: o.reason, seconds,
    seed: o.seed, path: o.path, counterexample: o.counterexample, search: o.search,
  };
}

/** The claim's own run, timed, as a report without mutants. */
export async function runMain(claim: Claim, ctx: RunContext): Promise<ClaimReport> {
  const t0 = performance.now();
  const outcome = await exitGuarded(() => claim.run(ctx));
  return claimReport(claim, outcome, (performance.now() - t0) / 1000, outcomeAsExpected(claim, outcome));
}

/** One mutant's run, timed. */
export async function runMutant(claim: Claim, m: Mutant, ctx: RunContext): Promise<MutantReport> {
  ctx.progress?.(`${claim.id}~${m.id}`);
  const s0 = performance.now();
  const o = await exitGuarded(() => m.run({ ...ctx, examples: undefined })); // saved counterexamples are the claim's, not its mutants'
  return mutantReport(claim, m, o, (performance.now() - s0) / 1000);
}

/**
 * The report of a run that was stopped unfinished after `seconds` (the time limit of src/parallel/pool.ts):
 * inconclusive with `reason`, and never as expected, not even for a claim that expects inconclusive
 * (an open case): a run that was cut off shows nothing about the claim. `m`: the mutant, for a mutant's run.
 */
export function unfinishedReport(claim: Claim, m: Mutant | undefined, reason: string, seconds: number): ClaimReport | MutantReport {
  const outcome: Outcome = { verdict: 'inconclusive', reason, instances: 0, precision: '-' };
  return m ? mutantReport(claim, m, outcome, seconds) : claimReport(claim, outcome, seconds, false);
}

/**
 * Runs a claim (and its mutants with `opts.mutants`) as `gdcheck check` does, without the database.
 * `ctx`: seed, runs, digits and budget (required, as RUN_OPTIONS accepts them: core/runOptions.ts),
 * optionally `path` (replay one path), `progress` and `examples` (saved counterexamples, replayed first).
 * @throws TypeError (not a claim, a missing or mistyped option, an unknown key) or RangeError (an
 *   option outside its range), one line naming it, before anything runs: never a quiet inconclusive.
 */
export async function runClaim(claim: Claim, ctx: RunContext, opts: { mutants?: boolean } = {}): Promise<ClaimReport> {
  checkRunClaim(claim, ctx, opts);
  const report = await runMain(claim, ctx);
  if (opts.mutants) {
    report.mutants = [];
    for (const m of claim.mutants) report.mutants.push(await runMutant(claim, m, ctx));
  }
  return report;
}

/** runClaim's arguments checked, as the command line checks its flags. */
function checkRunClaim(claim: unknown, ctx: unknown, opts: unknown): void {
  if (!isClaim(claim)) throw new TypeError('runClaim: the first argument must be a claim (from propertyClaim, casesClaim, rateClaim, complexityClaim, derivationClaim or defineClaim)');
  checkRunContext('runClaim', ctx, ['path', 'progress', 'examples']);
  const c = ctx as RunContext;
  checkOptional('runClaim', 'path', c.path, 'string');
  if (c.path !== undefined) {
    try { checkReplayPath(claim, claim.id, c.path, c); } catch (e) { throw new RangeError(`runClaim: ${(e as Error).message}`); }
  }
  checkOptional('runClaim', 'progress', c.progress, 'function');
  if (c.examples !== undefined && !Array.isArray(c.examples)) throw new TypeError('runClaim: examples must be an array of saved counterexamples');
  const o = checkKeys('runClaim', 'the third argument', opts, ['mutants']);
  checkOptional('runClaim', 'mutants', o.mutants, 'boolean');
}

/**
 * The report of a claim found in a file or folder that must be named to replay it (`file`, as typed on
 * the command line or relative to the working directory): its replay lines, the counterexample's and
 * those in the details, carry `--file`.
 */
export function fromFile(r: ClaimReport, file: string): ClaimReport {
  return { ...r, file, details: r.details?.map((d) => withReplayFile(d, file)) };
}

/** Every verdict as expected, and (when mutants ran) every mutant refuted. */
export function allAsExpected(reports: readonly ClaimReport[]): boolean {
  return reports.every((r) => r.asExpected && (r.mutants ?? []).every((m) => m.verdict === 'refuted'));
}

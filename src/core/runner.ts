/** Runs claims and their mutants, timing each and turning any exception into an inconclusive verdict. */
import { asExpected, ReplayPathError, type Claim, type Mutant, type Outcome, type RunContext, type Verdict } from './claim.ts';
import { withReplayFile } from './property.ts';

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

async function guarded(run: () => Outcome | Promise<Outcome>): Promise<Outcome> {
  try {
    const o = await run();
    return o;
  } catch (e) {
    if (e instanceof ReplayPathError) throw e; // bad input, not a verdict
    const msg = (e instanceof Error ? e.message : String(e)).split('\n')[0];
    return { verdict: 'inconclusive', reason: `the check threw: ${msg}`, instances: 0, precision: '-' };
  }
}

/** The claim's own run, timed, as a report without mutants. */
export async function runMain(claim: Claim, ctx: RunContext): Promise<ClaimReport> {
  const t0 = performance.now();
  const outcome = await guarded(() => claim.run(ctx));
  const seconds = (performance.now() - t0) / 1000;
  return {
    ...outcome,
    id: claim.id, paper: claim.paper, title: claim.title, statement: claim.statement, source: claim.source,
    provenance: claim.provenance, kind: claim.kind, expected: claim.expected, open: claim.open,
    asExpected: claim.matchesExpected ? claim.matchesExpected(outcome) : asExpected(outcome.verdict, claim.expected), seconds,
  };
}

/** One mutant's run, timed. */
export async function runMutant(claim: Claim, m: Mutant, ctx: RunContext): Promise<MutantReport> {
  ctx.progress?.(`${claim.id}~${m.id}`);
  const s0 = performance.now();
  const o = await guarded(() => m.run({ ...ctx, examples: undefined })); // saved counterexamples are the claim's, not its mutants'
  return {
    id: `${claim.id}~${m.id}`, description: m.description, verdict: o.verdict, reason: o.reason, seconds: (performance.now() - s0) / 1000,
    seed: o.seed, path: o.path, counterexample: o.counterexample, search: o.search,
  };
}

export async function runClaim(claim: Claim, ctx: RunContext, opts: { mutants?: boolean } = {}): Promise<ClaimReport> {
  const report = await runMain(claim, ctx);
  if (opts.mutants) {
    report.mutants = [];
    for (const m of claim.mutants) report.mutants.push(await runMutant(claim, m, ctx));
  }
  return report;
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

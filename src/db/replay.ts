/**
 * Running a claim against the counterexample database: its saved counterexamples are replayed first
 * (a property claim measures each saved instance exactly; an entry without an exact instance is
 * replayed from its {seed, path} when that seed differs from this run's, since the run at this seed
 * covers the rest), then the claim runs as usual, and a new refuting instance is saved.
 */
import type { Claim, RunContext, SavedExample } from '../core/claim.ts';
import { runClaim, type ClaimReport } from '../core/runner.ts';
import { load, save } from './examples.ts';
import { checkReplayPath } from '../core/replayPath.ts';

export interface DbRun { report: ClaimReport; saved: boolean }

/** `dir` undefined: no database (--no-db). */
export async function runWithDb(claim: Claim, ctx: RunContext, opts: { mutants?: boolean }, dir: string | undefined): Promise<DbRun> {
  if (dir === undefined) return { report: await runClaim(claim, ctx, opts), saved: false };
  const saved = load(dir, claim.id);
  const byPath = saved.examples.filter((e) => !e.hasValue && e.seed !== undefined && e.path !== undefined && e.seed !== ctx.seed);
  let report: ClaimReport | undefined;
  let pathReplays = 0;
  const dropped: string[] = [];
  for (const e of byPath) {
    // the path checked as `gdcheck replay` checks it: one the claim cannot replay now (fewer cases, a
    // path from a larger run or an edited file) is dropped, never run into an error or a stall
    try { checkReplayPath(claim, claim.id, e.path!, { ...ctx, seed: e.seed! }); } catch (err) {
      dropped.push(`${e.label} has a path the claim cannot replay now (${(err as Error).message.split('\n')[0]}): dropped, not counted: ${e.shown}`);
      continue;
    }
    pathReplays++;
    const r = await runClaim(claim, { ...ctx, seed: e.seed!, path: e.path, examples: undefined }, opts);
    if (r.verdict === 'refuted') { report = { ...r, reason: `${e.label} replayed from seed ${e.seed}, path ${e.path}: ${r.reason}` }; break; }
  }
  report ??= await runClaim(claim, { ...ctx, examples: saved.examples.filter((e: SavedExample) => e.hasValue) }, opts);
  const notes = [...(report.replayed?.notes ?? []), ...dropped, ...saved.unreadable];
  const count = (report.replayed?.count ?? 0) + pathReplays;
  if (count || notes.length) {
    report.replayed = { count, refuting: report.replayed?.refuting ?? 0, notes };
    if (dropped.length || saved.unreadable.length) report.details = [...(report.details ?? []), ...dropped, ...saved.unreadable];
  }
  let isNew = false;
  if (report.verdict === 'refuted' && report.counterexample) {
    isNew = save(dir, claim.id, report.counterexample, report.refuting?.value, report.refuting !== undefined, report.seed, report.path);
    if (isNew) { report.details = [...(report.details ?? []), `counterexample saved to ${saved.file}`]; report.savedTo = saved.file; }
  }
  delete report.refuting; // the instance itself stays here: reports cross threads and files as plain data
  return { report, saved: isNew };
}

/**
 * Running a claim against the counterexample database: its saved counterexamples are replayed first,
 * then the claim runs as usual, and a new refuting instance is saved. A propertyClaim re-measures each
 * saved exact instance (claim.remeasuresExamples); its entries without one are replayed from their
 * {seed, path} when that seed differs from this run's (the run at this seed covers the rest). Any
 * other claim (defineClaim, casesClaim, rateClaim, …) cannot rebuild an instance: every entry is
 * replayed from its {seed, path}, and one without them is reported as kept but not replayable.
 */
import type { Claim, RunContext, SavedExample } from '../core/claim.ts';
import { runClaim, runMutant, type ClaimReport } from '../core/runner.ts';
import { load, save } from './examples.ts';
import { checkReplayPath } from '../core/replayPath.ts';

export interface DbRun { report: ClaimReport; saved: boolean }

/** `dir` undefined: no database (--no-db). */
export async function runWithDb(claim: Claim, ctx: RunContext, opts: { mutants?: boolean }, dir: string | undefined): Promise<DbRun> {
  if (dir === undefined) return { report: await runClaim(claim, ctx, opts), saved: false };
  const saved = load(dir, claim.id);
  const remeasures = claim.remeasuresExamples === true;
  const replayable = (e: SavedExample): boolean => e.seed !== undefined && e.path !== undefined;
  const byPath = saved.examples.filter((e) => replayable(e) && (remeasures ? !e.hasValue && e.seed !== ctx.seed : true));
  let report: ClaimReport | undefined;
  let pathReplays = 0;
  const dropped: string[] = remeasures ? [] : saved.examples.filter((e) => !replayable(e)).map((e) => `${e.label} is kept but not replayed: it has no seed and path, and only a propertyClaim re-measures a saved instance: ${e.shown}`);
  for (const e of byPath) {
    // the path checked as `gdcheck replay` checks it: one the claim cannot replay now (fewer cases, a
    // path from a larger run or an edited file) is dropped, never run into an error or a stall
    try { checkReplayPath(claim, claim.id, e.path!, { ...ctx, seed: e.seed! }); } catch (err) {
      dropped.push(`${e.label} has a path the claim cannot replay now (${(err as Error).message.split('\n')[0]}): dropped, not counted: ${e.shown}`);
      continue;
    }
    pathReplays++;
    // The claim alone at the saved path: its mutants run at this run's seed, never at one path of the claim.
    const r = await runClaim(claim, { ...ctx, seed: e.seed!, path: e.path, examples: undefined });
    if (r.verdict === 'refuted') {
      report = { ...r, reason: `${e.label} replayed from seed ${e.seed}, path ${e.path}: ${r.reason}` };
      if (opts.mutants) {
        report.mutants = [];
        for (const m of claim.mutants) report.mutants.push(await runMutant(claim, m, ctx));
      }
      break;
    }
  }
  report ??= await runClaim(claim, { ...ctx, examples: remeasures ? saved.examples.filter((e: SavedExample) => e.hasValue) : undefined }, opts);
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

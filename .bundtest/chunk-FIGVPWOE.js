import {
  runClaim
} from "./chunk-2MI5EISQ.js";
import {
  load,
  save
} from "./chunk-WVPELFOJ.js";

// dist/db/replay.js
async function runWithDb(claim, ctx, opts, dir) {
  if (dir === void 0)
    return { report: await runClaim(claim, ctx, opts), saved: false };
  const saved = load(dir, claim.id);
  const byPath = saved.examples.filter((e) => !e.hasValue && e.seed !== void 0 && e.path !== void 0 && e.seed !== ctx.seed);
  let report;
  let pathReplays = 0;
  for (const e of byPath) {
    pathReplays++;
    const r = await runClaim(claim, { ...ctx, seed: e.seed, path: e.path, examples: void 0 }, opts);
    if (r.verdict === "refuted") {
      report = { ...r, reason: `${e.label} replayed from seed ${e.seed}, path ${e.path}: ${r.reason}` };
      break;
    }
  }
  report ??= await runClaim(claim, { ...ctx, examples: saved.examples.filter((e) => e.hasValue) }, opts);
  const notes = [...report.replayed?.notes ?? [], ...saved.unreadable];
  const count = (report.replayed?.count ?? 0) + pathReplays;
  if (count || notes.length) {
    report.replayed = { count, refuting: report.replayed?.refuting ?? 0, notes };
    if (saved.unreadable.length)
      report.details = [...report.details ?? [], ...saved.unreadable];
  }
  let isNew = false;
  if (report.verdict === "refuted" && report.counterexample) {
    isNew = save(dir, claim.id, report.counterexample, report.refuting?.value, report.refuting !== void 0, report.seed, report.path);
    if (isNew) {
      report.details = [...report.details ?? [], `counterexample saved to ${saved.file}`];
      report.savedTo = saved.file;
    }
  }
  delete report.refuting;
  return { report, saved: isNew };
}

export {
  runWithDb
};

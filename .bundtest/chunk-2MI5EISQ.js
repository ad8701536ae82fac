import {
  withReplayFile
} from "./chunk-LVUM6PTI.js";
import {
  ReplayPathError,
  asExpected
} from "./chunk-27THDAXQ.js";

// dist/core/runner.js
var stalled = /* @__PURE__ */ new Set();
var stallHook = false;
function settleOrStall(p) {
  if (!stallHook) {
    stallHook = true;
    process.on("beforeExit", () => {
      if (!stalled.size)
        return;
      const waiting = [...stalled];
      stalled.clear();
      setImmediate(() => {
        for (const end of waiting)
          end({ verdict: "inconclusive", reason: "did not finish: the run awaits a promise that can never settle (nothing is left for it to wait on)", instances: 0, precision: "-" });
      });
    });
  }
  return new Promise((resolve, reject) => {
    const end = (o) => {
      stalled.delete(end);
      resolve(o);
    };
    stalled.add(end);
    p.then((v) => {
      stalled.delete(end);
      resolve(v);
    }, (e) => {
      stalled.delete(end);
      reject(e);
    });
  });
}
async function guarded(run) {
  try {
    const o = await settleOrStall(Promise.resolve().then(run));
    return o;
  } catch (e) {
    if (e instanceof ReplayPathError)
      throw e;
    const msg = (e instanceof Error ? e.message : String(e)).split("\n")[0];
    return { verdict: "inconclusive", reason: `the check threw: ${msg}`, instances: 0, precision: "-" };
  }
}
async function runMain(claim, ctx) {
  const t0 = performance.now();
  const outcome = await guarded(() => claim.run(ctx));
  const seconds = (performance.now() - t0) / 1e3;
  return {
    ...outcome,
    id: claim.id,
    paper: claim.paper,
    title: claim.title,
    statement: claim.statement,
    source: claim.source,
    provenance: claim.provenance,
    kind: claim.kind,
    expected: claim.expected,
    open: claim.open,
    asExpected: claim.matchesExpected ? claim.matchesExpected(outcome) : asExpected(outcome.verdict, claim.expected),
    seconds
  };
}
async function runMutant(claim, m, ctx) {
  ctx.progress?.(`${claim.id}~${m.id}`);
  const s0 = performance.now();
  const o = await guarded(() => m.run({ ...ctx, examples: void 0 }));
  return {
    id: `${claim.id}~${m.id}`,
    description: m.description,
    verdict: o.verdict,
    reason: o.reason,
    seconds: (performance.now() - s0) / 1e3,
    seed: o.seed,
    path: o.path,
    counterexample: o.counterexample,
    search: o.search
  };
}
async function runClaim(claim, ctx, opts = {}) {
  const report = await runMain(claim, ctx);
  if (opts.mutants) {
    report.mutants = [];
    for (const m of claim.mutants)
      report.mutants.push(await runMutant(claim, m, ctx));
  }
  return report;
}
function fromFile(r, file) {
  return { ...r, file, details: r.details?.map((d) => withReplayFile(d, file)) };
}
function allAsExpected(reports) {
  return reports.every((r) => r.asExpected && (r.mutants ?? []).every((m) => m.verdict === "refuted"));
}

export {
  runMain,
  runMutant,
  runClaim,
  fromFile,
  allAsExpected
};

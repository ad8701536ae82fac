import {
  runJobs
} from "./chunk-RB43IZ5W.js";
import {
  runWithDb
} from "./chunk-FIGVPWOE.js";
import {
  runMain,
  runMutant
} from "./chunk-2MI5EISQ.js";

// dist/parallel/tasks.js
function planTasks(claims, mutants) {
  const tasks = [];
  for (const c of claims) {
    tasks.push({ index: tasks.length, claim: c.id });
    if (mutants)
      for (const m of c.mutants)
        tasks.push({ index: tasks.length, claim: c.id, mutant: m.id });
  }
  return tasks;
}
function taskLabel(t) {
  return t.mutant === void 0 ? t.claim : `${t.claim}~${t.mutant}`;
}
async function runTask(byId, t, ctx) {
  const claim = byId.get(t.claim);
  if (!claim)
    throw new Error(`task ${taskLabel(t)}: no such claim in this process's registry`);
  const { db, ...run } = ctx;
  if (t.mutant === void 0)
    return { index: t.index, main: db === void 0 ? await runMain(claim, run) : (await runWithDb(claim, run, {}, db)).report };
  const m = claim.mutants.find((x) => x.id === t.mutant);
  if (!m)
    throw new Error(`task ${taskLabel(t)}: no such mutant`);
  return { index: t.index, mutant: await runMutant(claim, m, run) };
}
function assemble(tasks, results, mutants) {
  const reports = [];
  let current;
  let complete = true;
  const flush = () => {
    if (current && complete)
      reports.push(current);
    current = void 0;
  };
  for (const t of tasks) {
    const r = results.get(t.index);
    if (t.mutant === void 0) {
      flush();
      complete = r?.main !== void 0;
      current = r?.main ? { ...r.main, ...mutants ? { mutants: [] } : {} } : void 0;
    } else if (!r?.mutant) {
      complete = false;
    } else if (current) {
      current.mutants.push(r.mutant);
    }
  }
  flush();
  return reports;
}
var WORKER_URL = new URL(`./worker${import.meta.url.endsWith(".ts") ? ".ts" : ".js"}`, import.meta.url).href;
function runTasks(claims, tasks, o) {
  const byId = new Map(claims.map((c) => [c.id, c]));
  return runJobs(tasks, {
    jobs: o.jobs,
    entry: WORKER_URL,
    init: { files: o.files, ctx: o.ctx },
    signal: o.signal,
    start: o.start,
    sub: o.sub,
    done: o.done,
    runHere: (t, progress) => runTask(byId, t, { ...o.ctx, progress }),
    label: taskLabel
  });
}

export {
  planTasks,
  taskLabel,
  runTask,
  assemble,
  runTasks
};

import {
  loadScenarios,
  scenarioOptions
} from "./chunk-KNPGIU3N.js";
import {
  shardTasks
} from "./chunk-2CDV4VLJ.js";
import {
  checkOutputPath,
  writeFileAtomic
} from "./chunk-MHEI33N5.js";
import {
  runPoint
} from "./chunk-55JYQ33C.js";
import {
  runJobs
} from "./chunk-RB43IZ5W.js";
import {
  UserError
} from "./chunk-RYYXEEND.js";

// dist/parallel/sweep.js
var WORKER_URL = new URL(`./sweepWorker${import.meta.url.endsWith(".ts") ? ".ts" : ".js"}`, import.meta.url).href;
async function runSweepPoints(s, file, opts, o) {
  const points = s.sweep.points(opts);
  const all = points.map((p, index) => ({ index, label: s.sweep.label(p) }));
  const mine = o.shard ? shardTasks(all, o.shard) : all;
  const running = /* @__PURE__ */ new Map();
  let finished = 0;
  const show = () => o.progress?.(`[${finished}/${mine.length}] ${[...running.values()].join(" | ")}`, finished / Math.max(1, mine.length));
  const init = { file, name: s.name, opts };
  const results = await runJobs(mine, {
    jobs: o.jobs,
    entry: WORKER_URL,
    init,
    signal: o.signal,
    runHere: (j) => runPoint(s.sweep, opts, points[j.index]),
    label: (j) => `${s.name} ${j.label}`,
    start: (j) => {
      running.set(j.index, j.label);
      show();
    },
    done: (j) => {
      running.delete(j.index);
      finished++;
      show();
    }
  });
  return { labels: all.map((j) => j.label), results };
}
function recordedOptions(opts) {
  const { seed, budget, steps, init, n, set } = opts;
  return JSON.parse(JSON.stringify({ seed, budget, steps, init, n, set }));
}
async function reportSweep(run, values, out, write) {
  const scenarios = await loadScenarios();
  const s = scenarios.find((x) => x.name === run.scenario);
  if (!s?.sweep)
    throw new UserError(`scenario '${run.scenario}' is not a sweep here (sweeps: ${scenarios.filter((x) => x.sweep).map((x) => x.name).join(", ") || "none"})`);
  const opts = scenarioOptions(s, { ...run.options, ...out });
  if (out.plot !== void 0)
    checkOutputPath("--plot", out.plot);
  if (out.csv !== void 0)
    checkOutputPath("--csv", out.csv);
  let plotted = false;
  const code = await s.sweep.report(opts, values, {
    write,
    progress: () => {
    },
    note: (m) => {
      process.stderr.write(`${m}
`);
    },
    plot: (svg) => {
      if (out.plot !== void 0) {
        writeFileAtomic("--plot", out.plot, svg);
        plotted = true;
      }
    }
  });
  if (plotted)
    process.stderr.write(`plot written to ${out.plot}
`);
  return code;
}

export {
  runSweepPoints,
  recordedOptions,
  reportSweep
};

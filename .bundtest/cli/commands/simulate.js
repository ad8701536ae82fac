import {
  recordedOptions,
  reportSweep,
  runSweepPoints
} from "../../chunk-6ZLMLTCY.js";
import {
  progressLine
} from "../../chunk-Z2ALG2GH.js";
import {
  loadScenarios,
  runScenario,
  scenarioFile,
  scenarioOptions
} from "../../chunk-KNPGIU3N.js";
import {
  shardOption,
  sweepShardFile,
  writeShardFile
} from "../../chunk-2CDV4VLJ.js";
import {
  checkOutputPath,
  writeFileAtomic
} from "../../chunk-MHEI33N5.js";
import "../../chunk-KVEXDBCR.js";
import "../../chunk-55JYQ33C.js";
import {
  defaultJobs
} from "../../chunk-RB43IZ5W.js";
import {
  defaultSeed,
  intOption,
  numberOption,
  parseSettings
} from "../../chunk-TUWJEXOA.js";
import "../../chunk-FIGVPWOE.js";
import "../../chunk-2MI5EISQ.js";
import "../../chunk-LVUM6PTI.js";
import "../../chunk-WVPELFOJ.js";
import "../../chunk-WZMLMJOQ.js";
import "../../chunk-27THDAXQ.js";
import "../../chunk-GAT5BCTC.js";
import "../../chunk-6LT5EU5C.js";
import {
  UserError
} from "../../chunk-RYYXEEND.js";

// dist/cli/commands/simulate.js
function settingsJson(s) {
  return Object.fromEntries(Object.entries(s.settings).map(([k, v]) => [k, v.type === "text" ? { ...v, pattern: v.pattern.source } : v]));
}
function settingText(v) {
  if (v.type === "number")
    return `${v.integer ? "an integer" : "a number"} in ${v.minExclusive ? "(" : "["}${v.min}, ${v.max}]`;
  if (v.type === "choice")
    return `one of ${v.values.join(", ")}`;
  return `like ${v.example}`;
}
function scenarioHelp(s) {
  const keys = Object.entries(s.settings);
  const w = Math.max(...keys.map(([k]) => k.length), 4);
  return [
    "",
    `Scenario ${s.name}: ${s.description}`,
    `  ${s.usage}`,
    keys.length ? "Settings (--set key=value):" : "Settings: none (it takes no --set keys)",
    ...keys.map(([k, v]) => `  ${k.padEnd(w)}  ${settingText(v)}${v.help ? `: ${v.help}` : ""}`),
    ...s.takes?.length ? [`It also reads ${s.takes.map((t) => `--${t}`).join(" and ")}.`] : [],
    ...s.figures?.length ? [`Its figures in gdcheck report illustrate: ${[...new Set(s.figures.flatMap((f) => f.claims))].join(", ")}`] : []
  ].join("\n");
}
var VALUED = /* @__PURE__ */ new Set(["--plot", "--steps", "--budget", "--seed", "--init", "--set", "--n", "--csv"]);
function helpTarget(args) {
  if (!args.some((a) => a === "-h" || a === "--help"))
    return void 0;
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (VALUED.has(a))
      i++;
    else if (!a.startsWith("-"))
      return a;
  }
  return void 0;
}
var collect = (raw, acc) => {
  const k = raw.indexOf("=");
  if (k <= 0)
    throw new UserError(`--set takes key=value, got '${raw}'`);
  const key = raw.slice(0, k);
  if (Object.prototype.hasOwnProperty.call(acc, key))
    throw new UserError(`--set ${key} is given twice`);
  return { ...acc, [raw.slice(0, k)]: raw.slice(k + 1) };
};
async function sweep(s, o, p, write) {
  if (p.shard && p.out === void 0)
    throw new UserError("--shard needs --out <file>: the shard's results are merged later with gdcheck merge");
  const opts = scenarioOptions(s, o);
  if (p.out !== void 0)
    checkOutputPath("--out", p.out);
  if (o.plot !== void 0)
    checkOutputPath("--plot", o.plot);
  if (o.csv !== void 0)
    checkOutputPath("--csv", o.csv);
  const line = progressLine();
  const { labels, results } = await runSweepPoints(s, scenarioFile(s), opts, { jobs: p.jobs ?? defaultJobs(), shard: p.shard, progress: (m, f) => line.update(`${s.name} ${m}`, f) });
  line.done();
  const run = { scenario: s.name, options: recordedOptions(opts) };
  if (p.out !== void 0) {
    const shard = p.shard ?? { index: 0, count: 1 };
    writeShardFile(p.out, sweepShardFile(run, labels, results, shard));
    write(`shard ${shard.index}/${shard.count}: ${results.size} of ${labels.length} points written to ${p.out}`);
    return 0;
  }
  return reportSweep(run, labels.map((_, i) => results.get(i)), { json: o.json, plot: o.plot, csv: o.csv }, write);
}
var add = (program, io) => {
  let help = "";
  const cmd = program.command("simulate").description("run a simulation scenario (see `gdcheck simulate list`), optionally drawing an SVG plot").argument("<scenario>", "scenario name, or 'list'").option("--plot <file>", "write an SVG plot").option("--steps <n>", "number of steps", intOption("--steps", 1, 1e12)).option("--budget <x>", "size multiplier (1 = default)", numberOption("--budget", 0.01, 1e3), 1).option("--seed <n>", "random seed", intOption("--seed", -(2 ** 31), 2 ** 31 - 1)).option("--init <name>", "initialisation (scenario-specific)").option("--set <key=value>", "scenario setting (repeatable)", collect, {}).option("--n <list>", "sizes, comma-separated (scenario-specific, e.g. lower-bound)").option("--csv <file>", "write the table as CSV (scenario-specific)").option("--json", "print JSON").option("--jobs <n>", "threads for the points of a sweep (default: the number of cores; 1 runs in this process)", intOption("--jobs", 1, 256)).option("--shard <i/N>", "run only the points i mod N of a sweep; needs --out (merge with gdcheck merge)", shardOption).option("--out <file>", "write the sweep points' results to a shard file for gdcheck merge instead of printing").action(async (name, o) => {
    const scenarios = await loadScenarios();
    if (name === "list") {
      if (o.json)
        io.write(JSON.stringify(scenarios.map((s2) => ({ name: s2.name, description: s2.description, usage: s2.usage, settings: settingsJson(s2) })), null, 2));
      else
        for (const s2 of scenarios)
          io.write(`${s2.name.padEnd(24)} ${s2.description}
${" ".repeat(25)}${s2.usage}`);
      return;
    }
    const s = scenarios.find((x) => x.name === name);
    if (!s)
      throw new UserError(`unknown scenario '${name}' (scenarios: ${scenarios.map((x) => x.name).join(", ") || "none"})`);
    const { jobs, shard, out, ...simulate } = o;
    if (s.sweep) {
      io.setExit(await sweep(s, { ...simulate, seed: o.seed ?? defaultSeed() }, { jobs, shard, out }, io.write));
      return;
    }
    if (shard !== void 0 || out !== void 0 || (jobs ?? 1) > 1)
      throw new UserError(`${s.name} is not a sweep of independent points: --jobs, --shard and --out apply to ${scenarios.filter((x) => x.sweep).map((x) => x.name).join(", ") || "none"}`);
    parseSettings(s.name, o.set, s.settings, s.settingsHint);
    if (o.plot !== void 0)
      checkOutputPath("--plot", o.plot);
    if (o.csv !== void 0)
      checkOutputPath("--csv", o.csv);
    const line = progressLine();
    let plotted = false;
    const code = await runScenario(s, { ...simulate, seed: o.seed ?? defaultSeed() }, {
      write: io.write,
      progress: (m, f) => line.update(m, f),
      note: (m) => {
        line.done();
        process.stderr.write(`${m}
`);
      },
      plot: (svg) => {
        if (o.plot === void 0)
          return;
        writeFileAtomic("--plot", o.plot, svg);
        plotted = true;
      }
    });
    line.done();
    if (plotted)
      process.stderr.write(`plot written to ${o.plot}
`);
    io.setExit(code);
  });
  cmd.addHelpText("after", () => help);
  program.hook("preSubcommand", async (_program, sub) => {
    if (sub !== cmd)
      return;
    const name = helpTarget(program.args.slice(1));
    if (name === void 0 || name === "list")
      return;
    const s = (await loadScenarios()).find((x) => x.name === name);
    help = s ? scenarioHelp(s) : `
No scenario is named '${name}' (see gdcheck simulate list).`;
  });
};
var simulate_default = add;
export {
  simulate_default as default,
  scenarioHelp
};

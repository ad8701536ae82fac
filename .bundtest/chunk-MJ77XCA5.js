import {
  shardFile,
  shardOption,
  shardTasks,
  writeShardFile
} from "./chunk-2CDV4VLJ.js";
import {
  checkOutputPath
} from "./chunk-MHEI33N5.js";
import {
  assemble,
  planTasks,
  runTasks,
  taskLabel
} from "./chunk-KVEXDBCR.js";
import {
  defaultJobs
} from "./chunk-RB43IZ5W.js";
import {
  detailBlock,
  jsonReport,
  summaryTable
} from "./chunk-IR5ED47G.js";
import {
  defaultSeed,
  intOption,
  numberOption
} from "./chunk-TUWJEXOA.js";
import {
  allAsExpected,
  fromFile,
  runClaim
} from "./chunk-2MI5EISQ.js";
import {
  MAX_CHECK_DIGITS
} from "./chunk-LVUM6PTI.js";
import {
  dbDir
} from "./chunk-WVPELFOJ.js";
import {
  ROOT,
  ReplayPathError,
  findClaim,
  loadProject,
  resolveTargets,
  showLoadError
} from "./chunk-27THDAXQ.js";
import {
  UserError
} from "./chunk-RYYXEEND.js";

// dist/cli/main.js
import { Command, CommanderError, Option } from "commander";
import { existsSync } from "node:fs";

// dist/cli/replay.js
var MAX_DEPTH = 1e4;
var MAX_SHRINK_INDEX = 1e6;
function replayClaimId(id) {
  const parts = id.split("~");
  if (parts.length > 2 || parts.some((p) => p.trim() === ""))
    throw new UserError(`replay takes <claim> or <claim>~<mutant>, got '${id.slice(0, 80)}'`);
  if (!/^[^\s~/]+\/[^\s~]+$/.test(parts[0]) || /\.([mc]?[jt]s)$/.test(parts[0]))
    throw new UserError(`replay takes a claim id like 'paper/name', got '${id.slice(0, 80)}'`);
  return parts[0];
}
function replayTarget(claims, id) {
  replayClaimId(id);
  const { claim, mutant } = findClaim(claims, id);
  const m = mutant === void 0 ? void 0 : claim.mutants.find((x) => x.id === mutant);
  return { claim, mutant: m, id: m ? `${claim.id}~${m.id}` : claim.id };
}
var DEFAULT = { kind: "whole", paths: ["0"], why: "this claim is deterministic in its seed and decided as a whole: replay re-runs the whole check" };
function checkReplayPath(target, id, path, ctx) {
  if (path.length > 2e5 || !/^(s:)?\d+(:\d+)*$/.test(path))
    throw new UserError(`--path must look like '3:1:0' (or 's:100:57:0' for the search), got '${path.slice(0, 60)}${path.length > 60 ? "\u2026" : ""}'`);
  const search = path.startsWith("s:");
  const entries = (search ? path.slice(2) : path).split(":");
  const first = Number(entries[0]);
  const rule = target.replay?.(ctx) ?? DEFAULT;
  switch (rule.kind) {
    case "fast-check": {
      if (search && entries.length < 2)
        throw new UserError(`--path ${path}: a search path is s:<random draws>:<candidate>[:<shrink step>\u2026]`);
      if (search && first > rule.drawn)
        throw new UserError(`--path ${path}: ${id} draws at most ${rule.drawn} instances at --runs ${ctx.runs} --budget ${ctx.budget} before its search`);
      if (search && Number(entries[1]) >= MAX_SHRINK_INDEX)
        throw new UserError(`--path ${path}: candidate ${entries[1]} is beyond any search budget`);
      if (!search && first >= rule.drawn)
        throw new UserError(`--path ${entries[0]}\u2026: ${id} draws at most ${rule.drawn} instances at --runs ${ctx.runs} --budget ${ctx.budget} (path entries start at 0)`);
      if (entries.length > MAX_DEPTH)
        throw new UserError(`--path has ${entries.length} entries; a shrink path has at most ${MAX_DEPTH}`);
      const big = entries.slice(1).find((e) => Number(e) >= MAX_SHRINK_INDEX);
      if (big !== void 0)
        throw new UserError(`--path entry ${big} is not a shrink step (each is below ${MAX_SHRINK_INDEX})`);
      return void 0;
    }
    case "index": {
      if (search)
        throw new UserError(`--path for ${id} is one ${rule.what} index, got '${path.slice(0, 60)}'`);
      if (entries.length !== 1)
        throw new UserError(`--path for ${id} is one ${rule.what} index, got '${path.slice(0, 60)}'`);
      if (rule.count !== void 0 && first >= rule.count)
        throw new UserError(`--path ${path}: ${id} has ${rule.count} ${rule.what}s (0 to ${rule.count - 1})`);
      return void 0;
    }
    case "whole": {
      if (!rule.paths.includes(path)) {
        const shown = rule.paths.length > 12 ? `${rule.paths.slice(0, 12).join(", ")}, \u2026` : rule.paths.join(", ");
        throw new UserError(`--path ${path.slice(0, 60)}: ${id} takes the path${rule.paths.length > 1 ? "s" : ""} ${shown} (${rule.why})`);
      }
      return rule.why;
    }
  }
}

// dist/report/meta.js
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
var version;
function gdcheckVersion() {
  if (version === void 0) {
    try {
      version = String(JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")).version ?? "unknown");
    } catch {
      version = "unknown";
    }
  }
  return version;
}
var commit;
function gdcheckCommit() {
  if (commit === void 0) {
    try {
      const git = (args) => execFileSync("git", ["-C", ROOT, ...args], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"], timeout: 5e3 }).trim();
      const head = git(["rev-parse", "--short=12", "HEAD"]);
      commit = head + (git(["status", "--porcelain", "--untracked-files=no"]) ? "+changes" : "");
    } catch {
      commit = null;
    }
  }
  return commit;
}
function runMeta(o) {
  return { gdcheck: gdcheckVersion(), commit: gdcheckCommit(), seed: o.seed, runs: o.runs, digits: o.digits, budget: o.budget, mutants: o.mutants === true };
}

// dist/cli/interrupt.js
function onInterrupt() {
  const controller = new AbortController();
  const handler = () => {
    if (controller.signal.aborted)
      process.exit(130);
    if (process.stderr.isTTY)
      process.stderr.write("\r\x1B[K");
    process.stderr.write("interrupted: stopping after the claim in progress (Ctrl-C again to quit at once)\n");
    controller.abort();
  };
  process.on("SIGINT", handler);
  return { signal: controller.signal, dispose: () => {
    process.off("SIGINT", handler);
  } };
}

// dist/cli/extensions.js
import { readdirSync } from "node:fs";
import { fileURLToPath, pathToFileURL } from "node:url";
import { join as join2 } from "node:path";
var __rewriteRelativeImportExtension = function(path, preserveJsx) {
  if (typeof path === "string" && /^\.\.?\//.test(path)) {
    return path.replace(/\.(tsx)$|((?:\.d)?)((?:\.[^./]+?)?)\.([cm]?)ts$/i, function(m, tsx, d, ext, cm) {
      return tsx ? preserveJsx ? ".jsx" : ".js" : d && (!ext || !cm) ? m : d + ext + "." + cm.toLowerCase() + "js";
    });
  }
  return path;
};
var DIR = fileURLToPath(new URL("./commands/", import.meta.url));
var isModuleFile = (f) => !f.startsWith("_") && (f.endsWith(".ts") && !f.endsWith(".d.ts") || f.endsWith(".js"));
async function loadCommands() {
  const files = readdirSync(DIR).filter(isModuleFile).sort();
  const out = [];
  for (const f of files) {
    const mod = await import(__rewriteRelativeImportExtension(pathToFileURL(join2(DIR, f)).href));
    if (typeof mod.default !== "function")
      throw new Error(`src/cli/commands/${f}: default export must be an AddCommand`);
    out.push(mod.default);
  }
  return out;
}

// dist/cli/main.js
var EXIT = { ok: 0, differs: 1, badInput: 2, interrupted: 130 };
function progress(enabled, total) {
  let finished = 0;
  const running = /* @__PURE__ */ new Map();
  const show = () => {
    if (!enabled)
      return;
    const now = [...running.values()];
    const cols = process.stderr.columns ?? 100;
    process.stderr.write(`\r\x1B[K${`[${finished}/${total}] ${now.join(" | ")}`.slice(0, Math.max(20, cols - 1))}`);
  };
  return {
    start(t) {
      running.set(t.index, taskLabel(t));
      show();
    },
    sub(t, label) {
      running.set(t.index, label);
      show();
    },
    done(t) {
      finished++;
      running.delete(t.index);
      show();
    },
    clear() {
      if (enabled)
        process.stderr.write("\r\x1B[K");
    }
  };
}
function context(o, extra = {}) {
  return { seed: o.seed, runs: o.runs, digits: o.digits, budget: o.budget, ...extra };
}
async function runSelected(names, o, showProgress, signal) {
  return (await runTargets(names, o, showProgress, signal)).reports;
}
async function runTargets(names, o, showProgress, signal) {
  const { tasks, results, errors, db, typed } = await runTaskList(names, o, showProgress, signal);
  const reports = assemble(tasks, results, !!o.mutants).map((r) => typed.has(r.id) ? fromFile(r, typed.get(r.id)) : r);
  return { reports, errors, dbDir: db };
}
async function runTaskList(names, o, showProgress, signal) {
  const { claims, errors, fileOf, typed } = await resolveTargets(names);
  const db = o.db === false ? void 0 : dbDir((await loadProject()).root);
  const tasks = planTasks(claims, !!o.mutants);
  const mine = o.shard ? shardTasks(tasks, o.shard) : tasks;
  const bar = progress(showProgress && (process.stderr.isTTY === true || process.env.GDCHECK_PROGRESS === "1"), mine.length);
  try {
    const files = [...new Set(claims.map((c) => fileOf.get(c)))];
    const results = await runTasks(claims, mine, { jobs: o.jobs ?? defaultJobs(), files, ctx: { ...context(o), db }, signal, start: bar.start, sub: bar.sub, done: bar.done });
    return { tasks, results, errors, db, typed: new Map([...typed].map(([c, f]) => [c.id, f])) };
  } finally {
    bar.clear();
  }
}
function errorRows(errors) {
  return errors.map((e) => `\u2717  ${showLoadError(e).replace(/: /, "  error  ")}`).join("\n");
}
function printReports(reports, o, write, errors = [], db, interrupted = false) {
  if (o.json) {
    write(JSON.stringify({ ...jsonReport(reports, runMeta(o), interrupted), errors: errors.map((e) => ({ file: e.file, line: e.line ?? null, column: e.column ?? null, message: e.message })) }, null, 2));
  } else if (interrupted) {
    if (reports.length)
      write(summaryTable(reports, { interrupted: true }));
    write(`
interrupted (Ctrl-C) after ${reports.length} finished claim(s): the table shows only those (seed ${o.seed}, runs ${o.runs}, digits ${o.digits}, budget ${o.budget})`);
  } else {
    if (reports.length)
      write(summaryTable(reports));
    if (errors.length)
      write(errorRows(errors));
    const notable = reports.filter((r) => o.verbose || r.verdict === "refuted" || r.verdict === "inconclusive" || !r.asExpected || (r.mutants ?? []).some((m) => m.verdict !== "refuted") || (r.replayed?.notes.length ?? 0) > 0);
    if (notable.length)
      write("\n" + notable.map((r) => detailBlock(r, o.verbose)).join("\n\n"));
    const bad = reports.filter((r) => !r.asExpected).length;
    const liveMutants = reports.flatMap((r) => r.mutants ?? []).filter((m) => m.verdict !== "refuted").length;
    const open = reports.filter((r) => r.asExpected && r.expected === "inconclusive").length;
    const replayed = reports.reduce((s, r) => s + (r.replayed?.count ?? 0), 0);
    const saved = reports.filter((r) => r.savedTo).length;
    const dbText = [replayed ? `${replayed} saved counterexample(s) replayed first` : "", saved ? `${saved} new counterexample(s) saved to ${db}` : ""].filter(Boolean).join(", ");
    write(`
${reports.length} claims: ${reports.length - bad} as expected${open ? ` (${open} of them open: expected inconclusive)` : ""}, ${bad} not` + (o.mutants ? `; ${liveMutants} mutant(s) not refuted` : "") + (errors.length ? `; ${errors.length} file(s) failed to load` : "") + (dbText ? `; ${dbText}` : "") + ` (seed ${o.seed}, runs ${o.runs}, digits ${o.digits})`);
  }
  if (interrupted)
    return EXIT.interrupted;
  if (errors.length)
    return EXIT.badInput;
  return allAsExpected(reports) ? EXIT.ok : EXIT.differs;
}
async function check(names, o, write) {
  if (o.shard && !o.out)
    throw new UserError("--shard needs --out <file>: the shard's results are merged later with gdcheck merge");
  if (o.out) {
    const file = o.out;
    const shard = o.shard ?? { index: 0, count: 1 };
    checkOutputPath("--out", file);
    const { tasks, results, errors } = await runTaskList(names, o, !o.json);
    writeShardFile(file, shardFile(tasks, results, shard, { ...o, db: void 0 }));
    const mine = shardTasks(tasks, shard);
    write(`shard ${shard.index}/${shard.count}: ${mine.length} of ${tasks.length} tasks written to ${file}`);
    if (errors.length) {
      write(errorRows(errors));
      return EXIT.badInput;
    }
    return [...results.values()].every((r) => r.main ? r.main.asExpected : r.mutant.verdict === "refuted") ? EXIT.ok : EXIT.differs;
  }
  const interrupt = onInterrupt();
  try {
    const run = await runTargets(names, o, true, interrupt.signal);
    return printReports(run.reports, o, write, run.errors, run.dbDir, interrupt.signal.aborted);
  } finally {
    interrupt.dispose();
  }
}
function jobsOption(cmd) {
  return cmd.addOption(new Option("--jobs <n>", "worker threads (default: the number of cores; 1 runs in this process)").argParser(intOption("--jobs", 1, 256)));
}
function commonOptions(cmd) {
  return cmd.addOption(new Option("--seed <n>", "random seed (default: $CHECK_SEED or 20261122)").argParser(intOption("--seed", -(2 ** 31), 2 ** 31 - 1))).addOption(new Option("--runs <n>", "random instances per property claim").argParser(intOption("--runs", 1, 1e6)).default(100)).addOption(new Option("--digits <n>", "significant digits for high-precision re-verification").argParser(intOption("--digits", 20, MAX_CHECK_DIGITS)).default(50)).addOption(new Option("--budget <x>", "multiplier for sweeps and runs, at least 1 (the default: the smallest horizons at which every verdict is sound)").argParser(numberOption("--budget", 1, 1e3)).default(1));
}
function buildProgram(write, setExit, extraCommands = []) {
  const program = new Command("gdcheck").description("Check claims about gradient-descent dynamics: properties, exact arithmetic, simulations, derivations.").exitOverride().configureOutput({ writeOut: (s) => write(s.trimEnd()), writeErr: () => {
  } }).showHelpAfterError(false);
  const common = commonOptions;
  program.command("list").description("list claims: all (the config's folders, else the registry), or the given files, folders, claim ids and paper ids").argument("[names...]").option("--json", "print JSON").action(async (names, o) => {
    const { claims, errors } = await resolveTargets(names);
    if (o.json)
      write(JSON.stringify({ claims: claims.map((c) => ({ id: c.id, paper: c.paper, title: c.title, kind: c.kind, provenance: c.provenance, expected: c.expected, source: c.source, mutants: c.mutants.map((m) => m.id) })), errors }, null, 2));
    else {
      for (const c of claims)
        write(`${c.id.padEnd(34)} ${c.kind.padEnd(10)} ${c.provenance.padEnd(13)} expect ${c.expected.padEnd(8)} ${c.title}`);
      if (errors.length)
        write(errorRows(errors));
    }
    if (errors.length)
      setExit(EXIT.badInput);
  });
  jobsOption(common(program.command("check").description("run claims (all, or the given claim ids, paper ids, files and folders) and print a summary table").argument("[names...]"))).option("--mutants", "also run every mutant; each must be refuted").option("--no-db", "neither replay nor save counterexamples (the database in .gdcheck/examples/)").addOption(new Option("--shard <i/N>", "run only slice i (0 \u2026 N\u22121) of the claims and mutants; needs --out (merge with gdcheck merge)").argParser(shardOption)).option("--out <file>", "write the results as a shard file for gdcheck merge instead of printing them").option("--json", "print one JSON object instead of the table").option("--verbose", "print every detail line").action(async (names, o) => {
    setExit(await check(names, { ...o, seed: o.seed ?? defaultSeed() }, write));
  });
  common(program.command("replay").description("replay one counterexample: gdcheck replay <claim[~mutant]> [--file F] --seed N --path P").argument("<claim>")).requiredOption("--path <path>", "fast-check path (or case index) printed with the counterexample").option("--file <file or folder>", "where the claim is defined, when it is not in the registry or the config's folders").action(async (id, o) => {
    if (!/^(s:)?\d+(:\d+)*$/.test(o.path))
      throw new UserError(`--path must look like '3:1:0' (or 's:100:57:0' for the search), got '${o.path.slice(0, 60)}'`);
    const claimId = replayClaimId(id);
    if (o.file !== void 0 && (o.file.trim() === "" || !existsSync(o.file)))
      throw new UserError(`--file: no such file or folder '${o.file.slice(0, 200)}'`);
    const found = await resolveTargets([o.file ?? claimId]);
    if (o.file !== void 0 && found.errors.length && !found.claims.some((c) => c.id === claimId))
      throw new UserError(`--file ${o.file}: ${showLoadError(found.errors[0])}`);
    const { claim, mutant: m, id: full } = replayTarget(found.claims, id);
    const ctx = context({ ...o, seed: o.seed ?? defaultSeed() }, { path: o.path });
    const note = checkReplayPath(m ?? claim, full, o.path, ctx);
    const report = await runClaim(m ? { ...claim, id: full, expected: "refuted", run: m.run, mutants: [], matchesExpected: void 0 } : claim, ctx);
    if (note)
      write(`note: ${note}`);
    write(detailBlock(o.file === void 0 ? report : fromFile(report, o.file), true));
    setExit(report.asExpected ? EXIT.ok : EXIT.differs);
  });
  for (const add of extraCommands)
    add(program, { write, setExit });
  return program;
}
var pipeGuarded = false;
async function main(argv, write = (s) => console.log(s)) {
  let code = EXIT.ok;
  if (!pipeGuarded) {
    pipeGuarded = true;
    process.stdout.on("error", (e) => {
      if (e.code === "EPIPE")
        process.exit(process.exitCode ?? 0);
      throw e;
    });
  }
  try {
    const program = buildProgram(write, (c) => {
      code = c;
    }, await loadCommands());
    if (argv.length <= 2) {
      write(program.helpInformation().trimEnd());
      return EXIT.badInput;
    }
    await program.parseAsync(argv);
    return code;
  } catch (e) {
    if (e instanceof CommanderError) {
      if (e.code === "commander.helpDisplayed" || e.code === "commander.version" || e.code === "commander.help")
        return EXIT.ok;
      process.stderr.write(`gdcheck: ${e.message.replace(/^error: /, "")}
`);
      return EXIT.badInput;
    }
    if (e instanceof UserError || e instanceof ReplayPathError) {
      process.stderr.write(`gdcheck: ${e.message}
`);
      return EXIT.badInput;
    }
    const msg = e instanceof Error ? e.message.split("\n")[0] : String(e);
    process.stderr.write(`gdcheck: internal error: ${msg}
`);
    return EXIT.badInput;
  }
}

export {
  runMeta,
  EXIT,
  runSelected,
  runTargets,
  errorRows,
  printReports,
  check,
  jobsOption,
  commonOptions,
  buildProgram,
  main
};

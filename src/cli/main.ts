/**
 * The gdcheck command. Exit codes: 0 every verdict as expected (and every mutant refuted when
 * --mutants), 1 some verdict differs, 2 bad input. Errors are one line on stderr.
 */
import { Command, CommanderError, Option } from 'commander';
import { existsSync } from 'node:fs';
import { exitNow } from '../core/exitGuard.ts';
import { resolveTargets, findClaim, UserError, type LoadError } from '../core/registry.ts';
import { showLoadError } from '../core/loadError.ts';
import { loadProject } from '../core/config.ts';
import { dbDir } from '../db/examples.ts';
import { ReplayPathError } from '../core/claim.ts';
import { replayClaimId, replayTarget, checkReplayPath } from './replay.ts';
import { runClaim, allAsExpected, fromFile, type ClaimReport } from '../core/runner.ts';
import { assemble, decodeResults, planTasks, runTasks, taskLabel, type Task, type TaskResult } from '../parallel/tasks.ts';
import { runOrigin } from '../parallel/origin.ts';
import { defaultJobs, inChildren } from '../parallel/pool.ts';
import { shardTasks, shardFile, writeShardFile, shardOption, type Shard } from '../parallel/shard.ts';
import type { RunContext } from '../core/claim.ts';
import { summaryTable, detailBlock, jsonReport } from '../report/table.ts';
import { runMeta } from '../report/meta.ts';
import { interruption, onInterrupt, type Interrupted } from './interrupt.ts';
import { terminalWidth } from './progress.ts';
import { checkOutputPath } from './output.ts';
import { ruleOption, defaultSeed } from './options.ts';
import { RUN_OPTIONS, defaultTimeLimit } from '../core/runOptions.ts';
import { loadCommands, type AddCommand } from './extensions.ts';

export const EXIT = { ok: 0, differs: 1, badInput: 2, interrupted: 130 } as const;

/** A progress line on a terminal: finished/total, and what is running now (several tasks with --jobs). */
function progress(enabled: boolean, total: number) {
  let finished = 0;
  const running = new Map<number, string>();
  const show = () => {
    if (!enabled) return;
    const now = [...running.values()];
    process.stderr.write(`\r\x1b[K${`[${finished}/${total}] ${now.join(' | ')}`.slice(0, Math.max(20, terminalWidth(process.stderr) - 1))}`);
  };
  return {
    start(t: Task) { running.set(t.index, taskLabel(t)); show(); },
    sub(t: Task, label: string) { running.set(t.index, label); show(); },
    done(t: Task) { finished++; running.delete(t.index); show(); },
    clear() { if (enabled) process.stderr.write('\r\x1b[K'); },
  };
}

export interface CheckOpts {
  seed: number; runs: number; digits: number; budget: number; mutants?: boolean; json?: boolean; verbose?: boolean;
  /** Worker processes (default: the number of cores). */
  jobs?: number;
  /** Run only slice i of N of the task list (see src/parallel/shard.ts). */
  shard?: Shard;
  /** Where to write the shard's results. */
  out?: string;
  /** false with --no-db: neither replay nor save counterexamples. */
  db?: boolean;
  /** Seconds a claim's or mutant's run may take before it is stopped and reported inconclusive (0: no limit; default: defaultTimeLimit(budget)). */
  timeLimit?: number;
}

/** The time limit of a run: --time-limit, else the default for its budget (core/runOptions.ts). */
export const timeLimitOf = (o: Pick<CheckOpts, 'timeLimit' | 'budget'>): number => o.timeLimit ?? defaultTimeLimit(o.budget);

/** Whether a run's claims go to worker processes (for what an interruption drops): pool.ts's rule, before the task count is known. */
const workersFor = (o: Pick<CheckOpts, 'jobs' | 'timeLimit' | 'budget'>): boolean => inChildren(o.jobs ?? defaultJobs(), timeLimitOf(o), 2);

function context(o: Pick<CheckOpts, 'seed' | 'runs' | 'digits' | 'budget'>, extra: Partial<RunContext> = {}): RunContext {
  return { seed: o.seed, runs: o.runs, digits: o.digits, budget: o.budget, ...extra };
}

/**
 * Runs the selected claims (and their mutants with --mutants) on --jobs workers, with a progress
 * line on a terminal; shared by check and report. The reports come in registry order whatever the
 * schedule. With `signal` aborted, it returns the claims finished so far.
 */
export async function runSelected(names: string[], o: CheckOpts, showProgress: boolean, signal?: AbortSignal): Promise<ClaimReport[]> {
  return (await runTargets(names, o, showProgress, signal)).reports;
}

/** The reports, the files that failed to load (the other claims still ran), and where counterexamples are saved. */
export interface Run { reports: ClaimReport[]; errors: LoadError[]; dbDir?: string }

/** runSelected with the load errors: claims named by ids, paper ids, files or folders (see resolveTargets). */
export async function runTargets(names: string[], o: CheckOpts, showProgress: boolean, signal?: AbortSignal): Promise<Run> {
  const { tasks, results, errors, db } = await runTaskList(names, o, showProgress, signal);
  return { reports: assemble(tasks, decodeResults(results), !!o.mutants), errors, dbDir: db };
}

/** The run's task list and the results of this run's (or shard's) tasks, as plain JSON; the claim files it loaded. */
async function runTaskList(names: string[], o: CheckOpts, showProgress: boolean, signal?: AbortSignal): Promise<{ tasks: Task[]; results: Map<number, TaskResult>; errors: LoadError[]; db?: string; files: string[] }> {
  const { claims, errors, fileOf, typed, sources } = await resolveTargets(names);
  // A run that checks nothing is not a pass: say where it looked (exit 2, bad input).
  if (claims.length === 0 && errors.length === 0) throw new UserError(`no claims in ${sources.join(', ')}: nothing was checked (a claim file is a .ts, .mts, .js or .mjs file with 'export default <claim>'; names starting with '_' or '.' are skipped)`);
  // The counterexample database: saved counterexamples replayed first, new ones saved (src/db/).
  const db = o.db === false ? undefined : dbDir((await loadProject()).root);
  // A claim from a file or folder on the command line: its replay lines carry --file <that name>, in every path (tasks.ts).
  const tasks = planTasks(claims, !!o.mutants, new Map([...typed].map(([c, f]) => [c.id, f])));
  const mine = o.shard ? shardTasks(tasks, o.shard) : tasks;
  // GDCHECK_PROGRESS=1: the progress line on stderr also when it is not a terminal (logs, tests).
  const bar = progress(showProgress && (process.stderr.isTTY === true || process.env.GDCHECK_PROGRESS === '1'), mine.length);
  try {
    const files = [...new Set(claims.map((c) => fileOf.get(c)!))];
    const results = await runTasks(claims, mine, { jobs: o.jobs ?? defaultJobs(), timeLimit: timeLimitOf(o), files, ctx: { ...context(o), db }, signal, start: bar.start, sub: bar.sub, done: bar.done });
    return { tasks, results, errors, db, files };
  } finally {
    bar.clear();
  }
}

/** The error rows of files that failed to load: ✗, file:line:column, 'error', the first line of the message. */
export function errorRows(errors: readonly LoadError[]): string {
  return errors.map((e) => `✗  ${showLoadError(e).replace(/: /, '  error  ')}`).join('\n');
}

/** The table (or JSON) of finished reports, the details and the summary line; the exit code. */
export function printReports(reports: ClaimReport[], o: Pick<CheckOpts, 'seed' | 'runs' | 'digits' | 'budget' | 'mutants' | 'json' | 'verbose'>, write: (s: string) => void, errors: readonly LoadError[] = [], db?: string, interrupted?: Interrupted): number {
  if (o.json) {
    // A BigInt (a claim's own value in its report) prints as its digits: JSON has no BigInt, and the document must still come.
    write(JSON.stringify({ ...jsonReport(reports, runMeta(o), interrupted !== undefined), errors: errors.map((e) => ({ file: e.file, line: e.line ?? null, column: e.column ?? null, message: e.message })) }, (_, v: unknown) => (typeof v === 'bigint' ? v.toString() : v), 2));
  } else if (interrupted) {
    // Ctrl-C or SIGTERM: the finished claims only, marked, and no summary line that could read as a pass.
    if (reports.length) write(summaryTable(reports, { interrupted: interrupted.by }));
    write(`\ninterrupted (${interrupted.by}) after ${reports.length} finished claim(s): the table shows only those (seed ${o.seed}, runs ${o.runs}, digits ${o.digits}, budget ${o.budget})`);
  } else {
    if (reports.length) write(summaryTable(reports));
    if (errors.length) write(errorRows(errors));
    // Details for what needs a reader: refutations, inconclusive verdicts, surprises, live mutants.
    const notable = reports.filter((r) => o.verbose || r.verdict === 'refuted' || r.verdict === 'inconclusive' || !r.asExpected || (r.mutants ?? []).some((m) => m.verdict !== 'refuted') || (r.replayed?.notes.length ?? 0) > 0);
    if (notable.length) write('\n' + notable.map((r) => detailBlock(r, o.verbose)).join('\n\n'));
    const bad = reports.filter((r) => !r.asExpected).length;
    const liveMutants = reports.flatMap((r) => r.mutants ?? []).filter((m) => m.verdict !== 'refuted').length;
    const open = reports.filter((r) => r.asExpected && r.expected === 'inconclusive').length;
    const replayed = reports.reduce((s, r) => s + (r.replayed?.count ?? 0), 0);
    const saved = reports.filter((r) => r.savedTo).length;
    const dbText = [replayed ? `${replayed} saved counterexample(s) replayed first` : '', saved ? `${saved} new counterexample(s) saved to ${db}` : ''].filter(Boolean).join(', ');
    write(`\n${reports.length} claims: ${reports.length - bad} as expected${open ? ` (${open} of them open: expected inconclusive)` : ''}, ${bad} not` + (o.mutants ? `; ${liveMutants} mutant(s) not refuted` : '') + (errors.length ? `; ${errors.length} file(s) failed to load` : '') + (dbText ? `; ${dbText}` : '') + ` (seed ${o.seed}, runs ${o.runs}, digits ${o.digits})`);
  }
  if (interrupted) return interrupted.code;
  if (errors.length) return EXIT.badInput;
  return allAsExpected(reports) ? EXIT.ok : EXIT.differs;
}

/**
 * `check --shard i/N --out file` (or `--out` alone: shard 0/1): runs the slice and writes the shard
 * file, whole, through a rename. A Ctrl-C, SIGTERM or SIGHUP writes the finished tasks, marked
 * interrupted (merge refuses it), and says so in one line. With --json, stdout is the shard file's JSON.
 */
async function checkShard(names: string[], o: CheckOpts, file: string, write: (s: string) => void): Promise<number> {
  const shard = o.shard ?? { index: 0, count: 1 };
  checkOutputPath('--out', file); // fail before the run, not after it (and leave an existing file alone)
  const interrupt = onInterrupt('claim', workersFor(o));
  try {
    const { tasks, results, errors, db, files } = await runTaskList(names, o, !o.json, interrupt.signal);
    const stopped = interruption(interrupt);
    const interrupted = stopped !== undefined;
    const origin = runOrigin(files, { seed: o.seed, runs: o.runs, digits: o.digits, budget: o.budget, mutants: !!o.mutants, db: o.db !== false });
    const text = writeShardFile(file, shardFile(tasks, results, shard, { ...context(o), db, mutants: o.mutants }, { origin, interrupted, errors }));
    const mine = shardTasks(tasks, shard).length;
    const line = interrupted
      ? `interrupted (${stopped!.by}): shard ${shard.index}/${shard.count} kept its ${results.size} finished of ${mine} task(s) in ${file}, marked interrupted (merge refuses it: run the shard again)`
      : `shard ${shard.index}/${shard.count}: ${mine} of ${tasks.length} tasks written to ${file}`;
    // stdout holds only the result: with --json, the shard's JSON, and the notes go to stderr.
    const note = o.json ? (s: string) => { process.stderr.write(`${s}\n`); } : write;
    if (o.json) write(text);
    note(line);
    if (errors.length) note(errorRows(errors));
    if (stopped) return stopped.code;
    if (errors.length) return EXIT.badInput;
    return [...decodeResults(results).values()].every((r) => (r.main ? r.main.asExpected : r.mutant!.verdict === 'refuted')) ? EXIT.ok : EXIT.differs;
  } finally {
    interrupt.dispose();
  }
}

export async function check(names: string[], o: CheckOpts, write: (s: string) => void): Promise<number> {
  if (o.shard && !o.out) throw new UserError('--shard needs --out <file>: the shard\'s results are merged later with gdcheck merge');
  if (o.out) return checkShard(names, o, o.out, write);
  const interrupt = onInterrupt('claim', workersFor(o));
  try {
    const run = await runTargets(names, o, true, interrupt.signal);
    return printReports(run.reports, o, write, run.errors, run.dbDir, interruption(interrupt));
  } finally {
    interrupt.dispose();
  }
}

/** --jobs and --time-limit: worker processes for the claims and mutants of check and report, and how long each may run. */
export function jobsOption(cmd: Command): Command {
  return timeLimitOption(cmd.addOption(new Option('--jobs <n>', 'worker processes (default: the number of cores; 1 with --time-limit 0 runs in this process)').argParser(ruleOption('--jobs', RUN_OPTIONS.jobs))), 'claim or mutant');
}

/** --time-limit: seconds one task (`unit`) may run before its worker process is stopped (0: no limit). */
export function timeLimitOption(cmd: Command, unit: string): Command {
  return cmd.addOption(new Option('--time-limit <seconds>', `seconds one ${unit} may run before it is stopped and reported as not finished (default: 600 × budget; 0: no limit, and --jobs 1 then runs in this process)`).argParser(ruleOption('--time-limit', RUN_OPTIONS.timeLimit)));
}

/** --seed, --runs, --digits, --budget: the options of every command that runs claims. */
export function commonOptions(cmd: Command): Command {
  return cmd
    .addOption(new Option('--seed <n>', 'random seed (default: $CHECK_SEED or 20261122)').argParser(ruleOption('--seed', RUN_OPTIONS.seed)))
    .addOption(new Option('--runs <n>', 'random instances per property claim').argParser(ruleOption('--runs', RUN_OPTIONS.runs)).default(100))
    .addOption(new Option('--digits <n>', 'significant digits for high-precision re-verification').argParser(ruleOption('--digits', RUN_OPTIONS.digits)).default(50))
    .addOption(new Option('--budget <x>', 'multiplier for sweeps and runs, at least 1 (the default: the smallest horizons at which every verdict is sound)').argParser(ruleOption('--budget', RUN_OPTIONS.budget)).default(1));
}

export function buildProgram(write: (s: string) => void, setExit: (code: number) => void, extraCommands: AddCommand[] = []): Command {
  const program = new Command('gdcheck')
    .description('Check claims about gradient-descent dynamics: properties, exact arithmetic, simulations, derivations.')
    .exitOverride()
    .configureOutput({ writeOut: (s) => write(s.trimEnd()), writeErr: () => {} })
    .showHelpAfterError(false);

  const common = commonOptions;

  program.command('list').description('list claims: all (the config\'s folders, else the registry), or the given files, folders, claim ids and paper ids').argument('[names...]').option('--json', 'print JSON').action(async (names: string[], o: { json?: boolean }) => {
    const { claims, errors } = await resolveTargets(names);
    if (o.json) write(JSON.stringify({ claims: claims.map((c) => ({ id: c.id, paper: c.paper, title: c.title, kind: c.kind, provenance: c.provenance, expected: c.expected, source: c.source, mutants: c.mutants.map((m) => m.id) })), errors }, null, 2));
    else {
      for (const c of claims) write(`${c.id.padEnd(34)} ${c.kind.padEnd(10)} ${c.provenance.padEnd(13)} expect ${c.expected.padEnd(8)} ${c.title}`);
      if (errors.length) write(errorRows(errors));
    }
    if (errors.length) setExit(EXIT.badInput);
  });

  jobsOption(common(program.command('check').description('run claims (all, or the given claim ids, paper ids, files and folders) and print a summary table').argument('[names...]')))
    .option('--mutants', 'also run every mutant; each must be refuted')
    .option('--no-db', 'neither replay nor save counterexamples (the database in .gdcheck/examples/)')
    .addOption(new Option('--shard <i/N>', 'run only slice i (0 … N−1) of the claims and mutants; needs --out (merge with gdcheck merge)').argParser(shardOption))
    .option('--out <file>', 'write the results as a shard file for gdcheck merge instead of printing them')
    .option('--json', 'print one JSON object instead of the table')
    .option('--verbose', 'print every detail line')
    .action(async (names: string[], o: CheckOpts) => { setExit(await check(names, { ...o, seed: o.seed ?? defaultSeed() }, write)); });

  common(program.command('replay').description('replay one counterexample: gdcheck replay <claim[~mutant]> [--file F] --seed N --path P').argument('<claim>'))
    .requiredOption('--path <path>', 'fast-check path (or case index) printed with the counterexample')
    .option('--file <file or folder>', 'where the claim is defined, when it is not in the registry or the config\'s folders')
    .action(async (id: string, o: CheckOpts & { path: string; file?: string }) => {
      if (!/^(s:)?\d+(:\d+)*$/.test(o.path)) throw new UserError(`--path must look like '3:1:0' (or 's:100:57:0' for the search), got '${o.path.slice(0, 60)}'`);
      const claimId = replayClaimId(id);
      if (o.file !== undefined && (o.file.trim() === '' || !existsSync(o.file))) throw new UserError(`--file: no such file or folder '${o.file.slice(0, 200)}'`);
      const found = await resolveTargets([o.file ?? claimId]);
      if (o.file !== undefined && found.errors.length && !found.claims.some((c) => c.id === claimId)) throw new UserError(`--file ${o.file}: ${showLoadError(found.errors[0]!)}`);
      const { claim, mutant: m, id: full } = replayTarget(found.claims, id);
      const ctx = context({ ...o, seed: o.seed ?? defaultSeed() }, { path: o.path });
      const note = checkReplayPath(m ?? claim, full, o.path, ctx);
      const report = await runClaim(m ? { ...claim, id: full, expected: 'refuted', run: m.run, replay: m.replay, mutants: [], matchesExpected: undefined } : claim, ctx);
      if (note) write(`note: ${note}`);
      write(detailBlock(o.file === undefined ? report : fromFile(report, o.file), true));
      setExit(report.asExpected ? EXIT.ok : EXIT.differs);
    });

  for (const add of extraCommands) add(program, { write, setExit });
  return program;
}

let pipeGuarded = false;

export async function main(argv: string[], write: (s: string) => void = (s) => console.log(s)): Promise<number> {
  let code: number = EXIT.ok;
  // `gdcheck list | head`: a closed pipe ends the output quietly instead of throwing EPIPE.
  if (!pipeGuarded) {
    pipeGuarded = true;
    process.stdout.on('error', (e: NodeJS.ErrnoException) => { if (e.code === 'EPIPE') exitNow(Number(process.exitCode ?? 0)); throw e; });
  }
  try {
    const setExit = (c: number) => { code = c; };
    const program = buildProgram(write, setExit);
    // The other layers' subcommands (cli/commands/) are loaded unless the first argument is one of
    // main's own commands, which never need them: `gdcheck list` starts without them (~35 ms).
    if (!program.commands.some((c) => c.name() === argv[2])) for (const add of await loadCommands()) add(program, { write, setExit });
    if (argv.length <= 2) {
      // No command: the help, and exit 2, so a script that lost its arguments does not pass.
      write(program.helpInformation().trimEnd());
      return EXIT.badInput;
    }
    await program.parseAsync(argv);
    return code;
  } catch (e) {
    if (e instanceof CommanderError) {
      if (e.code === 'commander.helpDisplayed' || e.code === 'commander.version' || e.code === 'commander.help') return EXIT.ok;
      process.stderr.write(`gdcheck: ${e.message.replace(/^error: /, '')}\n`);
      return EXIT.badInput;
    }
    if (e instanceof UserError || e instanceof ReplayPathError) { process.stderr.write(`gdcheck: ${e.message}\n`); return EXIT.badInput; }
    const msg = e instanceof Error ? e.message.split('\n')[0] : String(e);
    process.stderr.write(`gdcheck: internal error: ${msg}\n`);
    return EXIT.badInput;
  }
}

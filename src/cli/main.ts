/**
 * The gdcheck command. Exit codes: 0 every verdict as expected (and every mutant refuted when
 * --mutants), 1 some verdict differs, 2 bad input. Errors are one line on stderr.
 */
import { MAX_CHECK_DIGITS } from '../numeric/highPrecision.ts';
import { Command, CommanderError, Option } from 'commander';
import { loadClaims, select, findClaim, UserError, ROOT } from '../core/registry.ts';
import { runClaim, allAsExpected, type ClaimReport } from '../core/runner.ts';
import { assemble, planTasks, taskLabel, type Task, type TaskResult } from '../parallel/tasks.ts';
import { runTasks, defaultJobs } from '../parallel/pool.ts';
import { shardTasks, shardFile, writeShardFile, shardOption, type Shard } from '../parallel/shard.ts';
import type { RunContext } from '../core/claim.ts';
import { summaryTable, detailBlock, jsonReport } from '../report/table.ts';
import { intOption, numberOption, defaultSeed } from './options.ts';
import { loadCommands, type AddCommand } from './extensions.ts';

export const EXIT = { ok: 0, differs: 1, badInput: 2 } as const;

/** A progress line on a terminal: finished/total, and what is running now (several tasks with --jobs). */
function progress(enabled: boolean, total: number) {
  let finished = 0;
  const running = new Map<number, string>();
  const show = () => {
    if (!enabled) return;
    const now = [...running.values()];
    const cols = process.stderr.columns ?? 100;
    process.stderr.write(`\r\x1b[K${`[${finished}/${total}] ${now.join(' | ')}`.slice(0, Math.max(20, cols - 1))}`);
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
  /** Worker threads (default: the number of cores). */
  jobs?: number;
  /** Run only slice i of N of the task list (see src/parallel/shard.ts). */
  shard?: Shard;
  /** Where to write the shard's results. */
  out?: string;
}

function context(o: Pick<CheckOpts, 'seed' | 'runs' | 'digits' | 'budget'>, extra: Partial<RunContext> = {}): RunContext {
  return { seed: o.seed, runs: o.runs, digits: o.digits, budget: o.budget, ...extra };
}

/**
 * Runs the selected claims (and their mutants with --mutants) on --jobs workers, with a progress
 * line on a terminal; shared by check and report. The reports come in registry order whatever the
 * schedule. With `signal` aborted, it returns the claims finished so far.
 */
export async function runSelected(names: string[], o: CheckOpts, showProgress: boolean, signal?: AbortSignal): Promise<ClaimReport[]> {
  const { tasks, results } = await runTaskList(names, o, showProgress, signal);
  return assemble(tasks, results, !!o.mutants);
}

async function runTaskList(names: string[], o: CheckOpts, showProgress: boolean, signal?: AbortSignal): Promise<{ tasks: Task[]; results: Map<number, TaskResult> }> {
  const claims = select(await loadClaims(), names);
  const tasks = planTasks(claims, !!o.mutants);
  const mine = o.shard ? shardTasks(tasks, o.shard) : tasks;
  const bar = progress(showProgress && process.stderr.isTTY === true, mine.length);
  try {
    const results = await runTasks(claims, mine, { jobs: o.jobs ?? defaultJobs(), root: ROOT, ctx: context(o), signal, start: bar.start, sub: bar.sub, done: bar.done });
    return { tasks, results };
  } finally {
    bar.clear();
  }
}

/** The table (or JSON) of finished reports, the details and the summary line; the exit code. */
export function printReports(reports: ClaimReport[], o: Pick<CheckOpts, 'seed' | 'runs' | 'digits' | 'mutants' | 'json' | 'verbose'>, write: (s: string) => void): number {
  if (o.json) {
    write(JSON.stringify(jsonReport(reports), null, 2));
  } else {
    write(summaryTable(reports));
    // Details for what needs a reader: refutations, inconclusive verdicts, surprises, live mutants.
    const notable = reports.filter((r) => o.verbose || r.verdict === 'refuted' || r.verdict === 'inconclusive' || !r.asExpected || (r.mutants ?? []).some((m) => m.verdict !== 'refuted'));
    if (notable.length) write('\n' + notable.map((r) => detailBlock(r, o.verbose)).join('\n\n'));
    const bad = reports.filter((r) => !r.asExpected).length;
    const liveMutants = reports.flatMap((r) => r.mutants ?? []).filter((m) => m.verdict !== 'refuted').length;
    const open = reports.filter((r) => r.asExpected && r.expected === 'inconclusive').length;
    write(`\n${reports.length} claims: ${reports.length - bad} as expected${open ? ` (${open} of them open: expected inconclusive)` : ''}, ${bad} not` + (o.mutants ? `; ${liveMutants} mutant(s) not refuted` : '') + ` (seed ${o.seed}, runs ${o.runs}, digits ${o.digits})`);
  }
  return allAsExpected(reports) ? EXIT.ok : EXIT.differs;
}

export async function check(names: string[], o: CheckOpts, write: (s: string) => void): Promise<number> {
  if (o.shard && !o.out) throw new UserError('--shard needs --out <file>: the shard\'s results are merged later with gdcheck merge');
  if (o.out) {
    const file = o.out;
    const shard = o.shard ?? { index: 0, count: 1 };
    writeShardFile(file, null); // fail before the run, not after it
    const { tasks, results } = await runTaskList(names, o, !o.json);
    writeShardFile(file, shardFile(tasks, results, shard, o));
    const mine = shardTasks(tasks, shard);
    write(`shard ${shard.index}/${shard.count}: ${mine.length} of ${tasks.length} tasks written to ${file}`);
    return [...results.values()].every((r) => (r.main ? r.main.asExpected : r.mutant!.verdict === 'refuted')) ? EXIT.ok : EXIT.differs;
  }
  return printReports(await runSelected(names, o, !o.json), o, write);
}

/** --jobs: worker threads for the claims and mutants of check and report. */
export function jobsOption(cmd: Command): Command {
  return cmd.addOption(new Option('--jobs <n>', 'worker threads (default: the number of cores; 1 runs in this process)').argParser(intOption('--jobs', 1, 256)));
}

/** --seed, --runs, --digits, --budget: the options of every command that runs claims. */
export function commonOptions(cmd: Command): Command {
  return cmd
    .addOption(new Option('--seed <n>', 'random seed (default: $CHECK_SEED or 20261122)').argParser(intOption('--seed', -(2 ** 31), 2 ** 31 - 1)))
    .addOption(new Option('--runs <n>', 'random instances per property claim').argParser(intOption('--runs', 1, 1_000_000)).default(100))
    .addOption(new Option('--digits <n>', 'significant digits for high-precision re-verification').argParser(intOption('--digits', 20, MAX_CHECK_DIGITS)).default(50))
    .addOption(new Option('--budget <x>', 'multiplier for sweeps and runs, at least 1 (the default: the smallest horizons at which every verdict is sound)').argParser(numberOption('--budget', 1, 1000)).default(1));
}

export function buildProgram(write: (s: string) => void, setExit: (code: number) => void, extraCommands: AddCommand[] = []): Command {
  const program = new Command('gdcheck')
    .description('Check claims about gradient-descent dynamics: properties, exact arithmetic, simulations, derivations.')
    .exitOverride()
    .configureOutput({ writeOut: (s) => write(s.trimEnd()), writeErr: () => {} })
    .showHelpAfterError(false);

  const common = commonOptions;

  program.command('list').description('list the registered claims').option('--json', 'print JSON').action(async (o: { json?: boolean }) => {
    const claims = await loadClaims();
    if (o.json) write(JSON.stringify(claims.map((c) => ({ id: c.id, paper: c.paper, title: c.title, kind: c.kind, provenance: c.provenance, expected: c.expected, source: c.source, mutants: c.mutants.map((m) => m.id) })), null, 2));
    else for (const c of claims) write(`${c.id.padEnd(34)} ${c.kind.padEnd(10)} ${c.provenance.padEnd(13)} expect ${c.expected.padEnd(8)} ${c.title}`);
  });

  jobsOption(common(program.command('check').description('run claims (all, or the given claim ids and paper ids) and print a summary table').argument('[names...]')))
    .option('--mutants', 'also run every mutant; each must be refuted')
    .addOption(new Option('--shard <i/N>', 'run only slice i (0 … N−1) of the claims and mutants; needs --out (merge with gdcheck merge)').argParser(shardOption))
    .option('--out <file>', 'write the results as a shard file for gdcheck merge instead of printing them')
    .option('--json', 'print one JSON object instead of the table')
    .option('--verbose', 'print every detail line')
    .action(async (names: string[], o: CheckOpts) => { setExit(await check(names, { ...o, seed: o.seed ?? defaultSeed() }, write)); });

  common(program.command('replay').description('replay one counterexample: gdcheck replay <claim[~mutant]> --seed N --path P').argument('<claim>'))
    .requiredOption('--path <path>', 'fast-check path (or case index) printed with the counterexample')
    .action(async (id: string, o: CheckOpts & { path: string }) => {
      if (!/^(s:)?\d+(:\d+)*$/.test(o.path)) throw new UserError(`--path must look like '3:1:0' (or 's:100:57:0' for the search), got '${o.path}'`);
      const { claim, mutant } = findClaim(await loadClaims(), id);
      const ctx = context({ ...o, seed: o.seed ?? defaultSeed() }, { path: o.path });
      const m = mutant ? claim.mutants.find((x) => x.id === mutant)! : undefined;
      const report = await runClaim(m ? { ...claim, id: `${claim.id}~${m.id}`, expected: 'refuted', run: m.run, mutants: [], matchesExpected: undefined } : claim, ctx);
      write(detailBlock(report, true));
      setExit(report.asExpected ? EXIT.ok : EXIT.differs);
    });

  for (const add of extraCommands) add(program, { write, setExit });
  return program;
}

export async function main(argv: string[], write: (s: string) => void = (s) => console.log(s)): Promise<number> {
  let code: number = EXIT.ok;
  try {
    const program = buildProgram(write, (c) => { code = c; }, await loadCommands());
    await program.parseAsync(argv);
    return code;
  } catch (e) {
    if (e instanceof CommanderError) {
      if (e.code === 'commander.helpDisplayed' || e.code === 'commander.version' || e.code === 'commander.help') return EXIT.ok;
      process.stderr.write(`gdcheck: ${e.message.replace(/^error: /, '')}\n`);
      return EXIT.badInput;
    }
    if (e instanceof UserError) { process.stderr.write(`gdcheck: ${e.message}\n`); return EXIT.badInput; }
    const msg = e instanceof Error ? e.message.split('\n')[0] : String(e);
    process.stderr.write(`gdcheck: internal error: ${msg}\n`);
    return EXIT.badInput;
  }
}

/**
 * `gdcheck simulate <scenario>`: runs a scenario, with progress and an optional SVG plot. Scenarios are
 * paper code, found beside each paper's claims (`_scenario-<name>.ts`, src/scenarios/discover.ts).
 */
import type { Command } from 'commander';
import type { AddCommand } from '../extensions.ts';
import { runScenario, scenarioOptions, type Scenario, type SimulateOptions } from '../../scenarios/scenario.ts';
import { loadScenarios, projectScenarioFile, scenarioFile } from '../../scenarios/discover.ts';
import { defaultJobs, inChildren } from '../../parallel/pool.ts';
import { shardOption, shardTasks, sweepShardFile, writeShardFile, type Shard } from '../../parallel/shard.ts';
import { runOrigin } from '../../parallel/origin.ts';
import { interruption, onInterrupt } from '../interrupt.ts';
import { timeLimitOption } from '../main.ts';
import { recordedOptions, reportSweep, runSweepPoints } from '../../parallel/sweep.ts';
import { UserError } from '../../core/registry.ts';
import { PointError } from '../../scenarios/sweep.ts';
import { checkedLabels, exitCode } from '../../scenarios/checked.ts';
import { firstLine } from '../../core/printable.ts';
import { ruleOption, defaultSeed, parseSettings, type Setting } from '../options.ts';
import { RUN_OPTIONS, defaultTimeLimit } from '../../core/runOptions.ts';
import { checkOutputPath, writeFileAtomic } from '../output.ts';
import { progressLine } from '../progress.ts';

/** The declared settings of a scenario, as JSON (RegExps as their source). */
function settingsJson(s: Scenario): Record<string, object> {
  return Object.fromEntries(Object.entries(s.settings).map(([k, v]) => [k, v.type === 'text' ? { ...v, pattern: v.pattern.source } : v]));
}

/** What one --set key accepts, in words. */
function settingText(v: Setting): string {
  if (v.type === 'number') return `${v.integer ? 'an integer' : 'a number'} in ${v.minExclusive ? '(' : '['}${v.min}, ${v.max}]`;
  if (v.type === 'choice') return `one of ${v.values.join(', ')}`;
  return `like ${v.example}`;
}

/** One scenario's own help, appended to `gdcheck simulate <name> --help`: what it runs, its settings, its figures. */
export function scenarioHelp(s: Scenario): string {
  const keys = Object.entries(s.settings);
  const w = Math.max(...keys.map(([k]) => k.length), 4);
  return [
    '', `Scenario ${s.name}: ${s.description}`, `  ${s.usage}`,
    keys.length ? 'Settings (--set key=value):' : 'Settings: none (it takes no --set keys)',
    ...keys.map(([k, v]) => `  ${k.padEnd(w)}  ${settingText(v)}${v.help ? `: ${v.help}` : ''}`),
    ...(s.takes?.length ? [`It also reads ${s.takes.map((t) => `--${t}`).join(' and ')}.`] : []),
    ...(s.figures?.length ? [`Its figures in gdcheck report illustrate: ${[...new Set(s.figures.flatMap((f) => f.claims))].join(', ')}`] : []),
  ].join('\n');
}

/** Options of simulate that take a value: their values are not the scenario's name. */
const VALUED = new Set(['--plot', '--steps', '--budget', '--seed', '--init', '--set', '--n', '--csv', '--jobs', '--shard', '--out', '--time-limit']);

/** The scenario named on a `simulate … --help` command line (its first operand), if any. */
function helpTarget(args: readonly string[]): string | undefined {
  if (!args.some((a) => a === '-h' || a === '--help')) return undefined;
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (VALUED.has(a)) i++;
    else if (!a.startsWith('-')) return a;
  }
  return undefined;
}

const collect = (raw: string, acc: Record<string, string>): Record<string, string> => {
  const k = raw.indexOf('=');
  if (k <= 0) throw new UserError(`--set takes key=value, got '${raw}'`);
  const key = raw.slice(0, k);
  if (Object.prototype.hasOwnProperty.call(acc, key)) throw new UserError(`--set ${key} is given twice`);
  return { ...acc, [raw.slice(0, k)]: raw.slice(k + 1) };
};

/**
 * A sweep scenario: its points in --jobs processes (all, or shard i/N's with --out), then the output
 * through reportSweep, which `gdcheck merge` also uses, so a sharded run merges to this run's output.
 * A Ctrl-C (or SIGTERM, SIGHUP) stops after the points in progress on this thread, or drops those in
 * worker processes: with --out, the finished points are written, marked interrupted; without, nothing
 * is printed (a sweep reports every point or none). A point past --time-limit ends the run in one line.
 */
async function sweep(s: Scenario & { sweep: NonNullable<Scenario['sweep']> }, o: Omit<SimulateOptions, 'settings'>, p: { jobs?: number; shard?: Shard; out?: string; timeLimit?: number }, write: (s: string) => void): Promise<number> {
  if (p.shard && p.out === undefined) throw new UserError('--shard needs --out <file>: the shard\'s results are merged later with gdcheck merge');
  // Everything the user typed is checked before the run: options and settings, then the output paths.
  const opts = scenarioOptions(s, o);
  checkedLabels(s.name, s.sweep, opts); // the scenario's point list, before any point runs
  if (p.out !== undefined) checkOutputPath('--out', p.out);
  if (o.plot !== undefined) checkOutputPath('--plot', o.plot);
  if (o.csv !== undefined) checkOutputPath('--csv', o.csv);
  const line = progressLine();
  const jobs = p.jobs ?? defaultJobs();
  const timeLimit = p.timeLimit ?? defaultTimeLimit(o.budget);
  const interrupt = onInterrupt('point', inChildren(jobs, timeLimit, 2));
  let points: Awaited<ReturnType<typeof runSweepPoints>>;
  try {
    points = await runSweepPoints(s, scenarioFile(s), opts, { jobs, timeLimit, shard: p.shard, signal: interrupt.signal, progress: (m, f) => line.update(`${s.name} ${m}`, f) });
  } finally {
    line.done();
    interrupt.dispose();
  }
  const { labels, results } = points;
  const stopped = interruption(interrupt);
  const interrupted = stopped !== undefined;
  const run = { scenario: s.name, options: recordedOptions(opts) };
  if (p.out !== undefined) {
    const shard = p.shard ?? { index: 0, count: 1 };
    const mine = shardTasks(labels.map((_, index) => ({ index })), shard).length;
    const text = writeShardFile(p.out, sweepShardFile(run, labels, results, shard, runOrigin([scenarioFile(s)], run.options), interrupted));
    // stdout holds only the result: with --json, the shard's JSON, and the note goes to stderr.
    if (o.json) write(text);
    const note = interrupted
      ? `interrupted (${stopped!.by}): shard ${shard.index}/${shard.count} of ${s.name} kept its ${results.size} finished of ${mine} point(s) in ${p.out}, marked interrupted (merge refuses it: run the shard again)`
      : `shard ${shard.index}/${shard.count}: ${results.size} of ${labels.length} points written to ${p.out}`;
    if (o.json) process.stderr.write(`${note}\n`); else write(note);
    return stopped ? stopped.code : 0;
  }
  if (stopped) {
    process.stderr.write(`interrupted (${stopped.by}): ${s.name} stopped after ${results.size} of ${labels.length} point(s); nothing printed, since its report needs every point (--shard 0/1 --out <file> keeps the finished points of a run)\n`);
    return stopped.code;
  }
  return exitCode(s.name, await reportSweep(run, labels.map((_, i) => results.get(i)), { json: o.json, plot: o.plot, csv: o.csv }, write));
}

/**
 * A run of `s`. A sweep point's own failure is the user's error, named with the scenario; when `s` is
 * the project's own scenario, any throw of its code is: one line naming the scenario and its file
 * (exit 2), not an internal error.
 */
async function userScenario<T>(s: Scenario, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (e) {
    if (e instanceof PointError) throw new UserError(`scenario '${s.name}': ${e.message}`);
    const file = projectScenarioFile(s);
    if (file === undefined || e instanceof UserError) throw e;
    throw new UserError(`scenario '${s.name}' (${file}) threw: ${firstLine(e)}`);
  }
}

const add: AddCommand = (program: Command, io) => {
  let help = '';
  const cmd = program.command('simulate')
    .description('run a simulation scenario (see `gdcheck simulate list`), optionally drawing an SVG plot')
    .argument('<scenario>', "scenario name, or 'list'")
    .option('--plot <file>', 'write an SVG plot')
    .option('--steps <n>', 'number of steps', ruleOption('--steps', RUN_OPTIONS.steps))
    .option('--budget <x>', 'size multiplier (1 = default)', ruleOption('--budget', RUN_OPTIONS.simulateBudget), 1)
    .option('--seed <n>', 'random seed', ruleOption('--seed', RUN_OPTIONS.seed))
    .option('--init <name>', 'initialisation (scenario-specific)')
    .option('--set <key=value>', 'scenario setting (repeatable)', collect, {})
    .option('--n <list>', 'sizes, comma-separated (scenario-specific, e.g. lower-bound)')
    .option('--csv <file>', 'write the table as CSV (scenario-specific)')
    .option('--json', 'print JSON')
    .option('--jobs <n>', 'worker processes for the points of a sweep (default: the number of cores; 1 runs in this process)', ruleOption('--jobs', RUN_OPTIONS.jobs))
    .option('--shard <i/N>', 'run only the points i mod N of a sweep; needs --out (merge with gdcheck merge)', shardOption)
    .option('--out <file>', 'write the sweep points\' results to a shard file for gdcheck merge instead of printing');
  timeLimitOption(cmd, 'sweep point')
    .action(async (name: string, o: Omit<SimulateOptions, 'seed' | 'settings'> & { seed?: number; jobs?: number; shard?: Shard; out?: string; timeLimit?: number }) => {
      const scenarios = await loadScenarios();
      if (name === 'list') {
        if (o.json) io.write(JSON.stringify(scenarios.map((s) => ({ name: s.name, description: s.description, usage: s.usage, settings: settingsJson(s) })), null, 2));
        else for (const s of scenarios) io.write(`${s.name.padEnd(24)} ${s.description}\n${' '.repeat(25)}${s.usage}`);
        return;
      }
      const s = scenarios.find((x) => x.name === name);
      if (!s) throw new UserError(`unknown scenario '${name}' (scenarios: ${scenarios.map((x) => x.name).join(', ') || 'none'})`);
      const { jobs, shard, out, timeLimit, ...simulate } = o;
      if (s.sweep) {
        io.setExit(await userScenario(s, () => sweep(s as Scenario & { sweep: NonNullable<Scenario['sweep']> }, { ...simulate, seed: o.seed ?? defaultSeed() }, { jobs, shard, out, timeLimit }, io.write)));
        return;
      }
      // A single run is one long simulation, shown with its progress and estimate; Ctrl-C stops it.
      if (shard !== undefined || out !== undefined || (jobs ?? 1) > 1 || timeLimit !== undefined) throw new UserError(`${s.name} is not a sweep of independent points: --jobs, --shard, --out and --time-limit apply to ${scenarios.filter((x) => x.sweep).map((x) => x.name).join(', ') || 'none'}`);
      // Everything the user typed is checked before the run: settings, then the output path.
      parseSettings(s.name, o.set, s.settings, s.settingsHint);
      if (o.plot !== undefined) checkOutputPath('--plot', o.plot);
      if (o.csv !== undefined) checkOutputPath('--csv', o.csv);
      const line = progressLine();
      let plotted = false;
      const code = await userScenario(s, () => runScenario(s, { ...simulate, seed: o.seed ?? defaultSeed() }, {
        write: io.write,
        progress: (m, f) => line.update(m, f),
        note: (m) => { line.done(); process.stderr.write(`${m}\n`); },
        plot: (svg) => {
          if (o.plot === undefined) return;
          writeFileAtomic('--plot', o.plot, svg);
          plotted = true;
        },
      }));
      line.done();
      // The confirmation goes to stderr: stdout holds only the result (JSON with --json).
      if (plotted) process.stderr.write(`plot written to ${o.plot}\n`);
      io.setExit(exitCode(s.name, code));
    });
  // `simulate <name> --help` ends with that scenario's own help. Discovery imports files (async), so it
  // runs in this hook, before the subcommand parses --help (which prints synchronously).
  cmd.addHelpText('after', () => help);
  program.hook('preSubcommand', async (_program, sub) => {
    if (sub !== cmd) return;
    const name = helpTarget(program.args.slice(1));
    if (name === undefined || name === 'list') return;
    const s = (await loadScenarios()).find((x) => x.name === name);
    help = s ? scenarioHelp(s) : `\nNo scenario is named '${name}' (see gdcheck simulate list).`;
  });
};

export default add;

import { parseSettings, type Setting } from '../cli/options.ts';
import { writeFileAtomic } from '../cli/output.ts';
import { checkKeys, checkNumber, checkOptional, RUN_OPTIONS } from '../core/runOptions.ts';
import { UserError } from '../core/registry.ts';
import { NEVER_SETTLES, settleOrStall } from '../core/stall.ts';
import { withExitGuard } from '../core/exitGuard.ts';
import { exitCode } from './checked.ts';
import { scenarioProblem } from './scenarioSchema.ts';
import type { Sweep } from './sweep.ts';

/**
 * A simulation scenario for `gdcheck simulate <name>`: a long or plotted run of some dynamics. A
 * scenario is paper code: `properties/<paper>/_scenario-<name>.ts` (or a file of that name in a
 * project's claim folders) default-exports a Scenario, imports this engine from 'gdcheck', and is
 * discovered by src/scenarios/discover.ts.
 */
export interface SimulateOptions {
  /** Write an SVG plot here. */
  plot?: string;
  steps?: number;
  budget: number;
  seed: number;
  /** Scenario-specific initialisation name. */
  init?: string;
  json?: boolean;
  /** Sizes, comma-separated (--n 100,500,1000), for scenarios that take a list of n. */
  n?: string;
  /** Write the scenario's table as CSV here. */
  csv?: string;
  /** The raw key=value settings (--set k=v, repeatable), as typed. */
  set: Record<string, string>;
  /** The same settings checked against the scenario's `settings` and parsed (numbers as numbers). */
  settings: Record<string, number | string>;
}

export interface ScenarioIO {
  write: (s: string) => void;
  /**
   * Progress on a terminal (no-op otherwise): call it often on long runs. With `fraction` (0..1 of the
   * run done) the line also shows the time elapsed and an estimate of the time left.
   */
  progress: (message: string, fraction?: number) => void;
  /** A one-line note for the user on stderr (never on stdout, which may be JSON). */
  note: (message: string) => void;
  /** Saves the SVG to the --plot path (checked before the run; written atomically). */
  plot: (svg: string) => void;
}

/** A figure of a short run of the scenario that illustrates some claims (drawn into `gdcheck report`). */
export interface ScenarioFigure {
  /** Ids of the claims it illustrates. */
  claims: readonly string[];
  caption: string;
  /** The short run's options (the report adds the seed). */
  options: { budget?: number; steps?: number; init?: string; set?: Record<string, string> };
}

export interface Scenario {
  name: string;
  description: string;
  /** Which SimulateOptions and --set keys it reads, for `gdcheck simulate --help`. */
  usage: string;
  /** Every --set key it reads and what it accepts: any other key, or a bad value, is exit 2 before the run. */
  settings: Readonly<Record<string, Setting>>;
  /** Appended to the unknown-key message, e.g. 'sizes go in --n'. */
  settingsHint?: string;
  /** The general options it reads besides --budget, --seed, --plot and --json; any other is refused. */
  takes?: readonly ('steps' | 'init')[];
  /** Figures the HTML report draws for the claims they illustrate. */
  figures?: readonly ScenarioFigure[];
  /**
   * Set when the run is a list of independent points (src/scenarios/sweep.ts; `run` is then
   * runSweep(sweep)): `simulate --jobs N` runs the points in N processes, `--shard i/N --out` a slice.
   */
  sweep?: Sweep;
  /** Returns an exit code (0 ok, 1 a check inside the run failed); throw UserError on bad options. */
  run(opts: SimulateOptions, io: ScenarioIO): Promise<number> | number;
}

/**
 * The options a scenario runs with: --steps and --init only where it takes them, and the --set keys
 * checked against its `settings` and parsed. @throws UserError naming the bad option, key or value.
 */
export function scenarioOptions(s: Scenario, opts: Omit<SimulateOptions, 'settings'>): SimulateOptions {
  for (const k of ['steps', 'init'] as const) {
    if (opts[k] !== undefined && !s.takes?.includes(k)) throw new UserError(`${s.name} does not take --${k} (see gdcheck simulate list)`);
  }
  return { ...opts, settings: parseSettings(s.name, opts.set, s.settings, s.settingsHint) };
}

/**
 * runScenario's arguments checked as `gdcheck simulate` checks its flags (core/runOptions.ts): budget
 * and seed required, steps optional, within RUN_OPTIONS; the text options strings; `set` an object of
 * strings (its keys are the scenario's to check); the scenario itself of the declared shape
 * (scenarioSchema.ts). @throws TypeError or RangeError, one line.
 */
function checkSimulateOptions(s: unknown, opts: unknown, io: unknown): void {
  const e = 'runScenario';
  const bad = scenarioProblem(s);
  if (bad) throw new TypeError(`${e}: the first argument is not a valid Scenario: ${bad}`);
  const o = checkKeys(e, 'the options', opts ?? null, ['plot', 'steps', 'budget', 'seed', 'init', 'json', 'n', 'csv', 'set']);
  checkNumber(e, 'budget', o.budget, RUN_OPTIONS.simulateBudget);
  checkNumber(e, 'seed', o.seed, RUN_OPTIONS.seed);
  if (o.steps !== undefined) checkNumber(e, 'steps', o.steps, RUN_OPTIONS.steps);
  for (const k of ['plot', 'init', 'n', 'csv'] as const) checkOptional(e, k, o[k], 'string');
  checkOptional(e, 'json', o.json, 'boolean');
  const set = o.set;
  if (set === null || typeof set !== 'object' || Array.isArray(set) || !Object.values(set).every((v) => typeof v === 'string')) throw new TypeError(`${e}: set must be an object of key=value strings (e.g. { eta: '0.1' }), got ${set === undefined ? 'nothing' : JSON.stringify(set)?.slice(0, 60)}`);
  if (!io || typeof io !== 'object' || typeof (io as ScenarioIO).write !== 'function') throw new TypeError(`${e}: the third argument must have a write(text) function`);
}

/**
 * Runs a scenario as `gdcheck simulate` does: the --set keys are checked against its `settings` first
 * (a UserError names an unknown key or a bad value), and missing IO hooks get quiet defaults (plots
 * written atomically to opts.plot, notes to stderr). A run that awaits a promise that can never
 * settle is a UserError "scenario '<name>' did not finish: …".
 */
export async function runScenario(s: Scenario, opts: Omit<SimulateOptions, 'settings'>, io: Pick<ScenarioIO, 'write'> & Partial<ScenarioIO>): Promise<number> {
  checkSimulateOptions(s, opts, io);
  const run = Promise.resolve().then(() => s.run(scenarioOptions(s, opts), {
    progress: () => {},
    note: (m) => { process.stderr.write(`${m}\n`); },
    plot: (svg) => { if (opts.plot !== undefined) writeFileAtomic('--plot', opts.plot, svg); },
    ...io,
  }));
  // A run that can never finish would end the process silently (exit 13): one line instead, exit 2.
  // One that calls process.exit would end it with the scenario's code and no output: that call throws
  // while the run lasts, and the scenario fails with a line naming it.
  const g = await withExitGuard(() => settleOrStall(run, (): never => { throw new UserError(`scenario '${s.name}' did not finish: its run ${NEVER_SETTLES}`); }));
  if (g.exits.length) throw new UserError(`scenario '${s.name}' called process.exit(${g.exits[0]}); gdcheck stopped the exit (a scenario's run must return its exit code)`);
  if (g.error !== undefined) throw g.error;
  // The API returns what the command line would exit with: an integer 0-255, else a UserError.
  return exitCode(s.name, g.value);
}

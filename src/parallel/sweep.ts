/**
 * The points of a sweep scenario (src/scenarios/sweep.ts) in --jobs processes (pool.ts), all of them
 * or one shard's: the workers load the scenario's file and run points by index, and results come
 * back by index, so the report is the single run's whatever the schedule.
 */
import { overranText, runJobs, type Job } from './pool.ts';
import { buildModuleUrl } from '../core/packageRoot.ts';
import { shardTasks, type Shard } from './shard.ts';
import { fromJsonValue, runPoint, toJsonValue, type Sweep } from '../scenarios/sweep.ts';
import { scenarioOptions, type Scenario, type SimulateOptions } from '../scenarios/scenario.ts';
import { loadScenarios, scenarioFile } from '../scenarios/discover.ts';
import { loadProject } from '../core/config.ts';
import { runOrigin, type Origin } from './origin.ts';
import { UserError } from '../core/errors.ts';
import { checkOutputPath, writeFileAtomic } from '../cli/output.ts';

/** A sweep point as a job: its index in the sweep and its label. */
export interface PointJob extends Job { label: string }

/** What a sweep worker loads: the scenario's file and name, and the run's options. */
export interface SweepInit { file: string; name: string; opts: SimulateOptions }

const WORKER_URL = buildModuleUrl('parallel/sweepWorker');

export interface SweepRun {
  /** Every point's label, in sweep order (a shard file records them all). */
  labels: string[];
  /** The results of the points run (all, or the shard's), by point index, each through JSON. */
  results: Map<number, unknown>;
}

/**
 * Runs the points of `s` (loaded from `file`) with the checked options `opts` in `jobs` processes
 * (1 without a time limit: this thread only), only shard i/N's points when `shard` is given; a point
 * may run `timeLimit` seconds (0 or absent: no limit).
 * @throws Error when a worker fails (its message names the point); UserError when a point overran the
 *   time limit (`scenario 'exo': point 'p = 3': did not finish within 1 s (--time-limit)`).
 */
export async function runSweepPoints(s: Scenario & { sweep: Sweep }, file: string, opts: SimulateOptions, o: { jobs: number; timeLimit?: number; shard?: Shard; signal?: AbortSignal; progress?: (message: string, fraction: number) => void }): Promise<SweepRun> {
  const points = s.sweep.points(opts);
  const all: PointJob[] = points.map((p, index) => ({ index, label: s.sweep.label(p) }));
  const mine = o.shard ? shardTasks(all, o.shard) : all;
  const running = new Map<number, string>();
  let finished = 0;
  const show = () => o.progress?.(`[${finished}/${mine.length}] ${[...running.values()].join(' | ')}`, finished / Math.max(1, mine.length));
  const init: SweepInit = { file, name: s.name, opts };
  // A point's value crosses to this process as its JSON value (a Q or a Decimal would lose its
  // class in a structured clone), and is decoded here, as a shard file's values are.
  const plain = await runJobs<PointJob, unknown>(mine, {
    jobs: o.jobs, entry: WORKER_URL, init, signal: o.signal, timeLimit: o.timeLimit,
    // A sweep's report needs every point: one that overran ends the run, as one that never settles does.
    overran: (j, seconds) => { throw new UserError(`scenario '${s.name}': point '${j.label}': ${overranText(seconds)}`); },
    runHere: async (j) => toJsonValue(await runPoint(s.sweep, opts, points[j.index])),
    label: (j) => `${s.name} ${j.label}`,
    start: (j) => { running.set(j.index, j.label); show(); },
    done: (j) => { running.delete(j.index); finished++; show(); },
  });
  const results = new Map([...plain].map(([i, v]) => [i, fromJsonValue(v)]));
  return { labels: all.map((j) => j.label), results };
}

/** Where scenarios are looked for from the working directory, in words (for a scenario not found). */
async function whereScenariosAre(): Promise<string> {
  const project = await loadProject();
  const own = project.configFile ? `the claim folders of ${project.configFile} (${project.claims.join(', ') || 'none'})` : `no gdcheck.config.json in ${process.cwd()} or above it`;
  return `looked in gdcheck's registry and ${own}`;
}

/** The options that fix a sweep's outcome, as a shard file records them (not where its output goes, nor how many processes). */
export function recordedOptions(opts: SimulateOptions): Record<string, unknown> {
  const { seed, budget, steps, init, n, set } = opts;
  return JSON.parse(JSON.stringify({ seed, budget, steps, init, n, set })) as Record<string, unknown>;
}

/**
 * A sweep's output from every point's result in point order, as `gdcheck simulate` prints it: the
 * scenario (found by name) reports with the recorded options and the given output options. The
 * single run and `gdcheck merge` both end here, so they print the same. From merge, `run.jobs` (the
 * shards' point labels) and `origin` (their code digest) are checked against the scenario found here.
 * @returns the scenario's exit code. @throws UserError when no sweep of that name is found (naming
 * where it looked), its code or points are not the shards', or an output path is bad.
 */
export async function reportSweep(run: { scenario: string; options: Record<string, unknown>; jobs?: string[] }, values: unknown[], out: { json?: boolean; plot?: string; csv?: string }, write: (s: string) => void, origin?: Origin): Promise<number> {
  const scenarios = await loadScenarios();
  const s = scenarios.find((x) => x.name === run.scenario);
  if (!s) throw new UserError(`scenario '${run.scenario}' not found: ${await whereScenariosAre()}; run merge in the project folder the shards were run in`);
  if (!s.sweep) throw new UserError(`scenario '${run.scenario}' (${scenarioFile(s)}) is not a sweep (sweeps: ${scenarios.filter((x) => x.sweep).map((x) => x.name).join(', ') || 'none'})`);
  // The shards' results are that scenario's only if its code is the code they ran.
  if (origin && runOrigin([scenarioFile(s)], run.options).code !== origin.code) throw new UserError(`scenario '${run.scenario}' found here (${scenarioFile(s)}) is not the code the shards ran: it or the scripts beside it differ`);
  const opts = scenarioOptions(s, { ...(run.options as Omit<SimulateOptions, 'settings'>), ...out });
  // The results are the scenario's points at these options, one each, in order (a shard file names them).
  if (run.jobs !== undefined) {
    const labels = s.sweep.points(opts).map((p) => s.sweep!.label(p));
    const k = Array.from({ length: Math.max(labels.length, run.jobs.length) }, (_, i) => i).find((i) => labels[i] !== run.jobs![i]);
    if (k !== undefined) throw new UserError(`the shards' points are not those of '${s.name}' at their options: point ${k} is '${run.jobs[k] ?? 'absent'}' in the shards, '${labels[k] ?? 'absent'}' here (${run.jobs.length} against ${labels.length} points)`);
  }
  if (out.plot !== undefined) checkOutputPath('--plot', out.plot);
  if (out.csv !== undefined) checkOutputPath('--csv', out.csv);
  let plotted = false;
  const code = await s.sweep.report(opts, values, {
    write,
    progress: () => {},
    note: (m) => { process.stderr.write(`${m}\n`); },
    plot: (svg) => { if (out.plot !== undefined) { writeFileAtomic('--plot', out.plot, svg); plotted = true; } },
  });
  // The confirmation goes to stderr: stdout holds only the result (JSON with --json).
  if (plotted) process.stderr.write(`plot written to ${out.plot}\n`);
  return code;
}

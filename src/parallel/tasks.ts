/**
 * The unit of parallel and sharded work: one claim's own run, or one of its mutants. A run of
 * `check` is a fixed, ordered list of tasks; workers and shards run any subset of it, and the
 * reports are assembled in list order, so the output never depends on who ran what or when.
 */
import type { Claim, RunContext } from '../core/claim.ts';
import { fromFile, runMain, runMutant, unfinishedReport, type ClaimReport, type MutantReport } from '../core/runner.ts';
import { fromPlain, toPlain, type Json } from './wire.ts';
import { runWithDb } from '../db/replay.ts';
import { overranText, runJobs } from './pool.ts';
import { buildModuleUrl } from '../core/packageRoot.ts';

export interface Task {
  /** Position in the run's task list. */
  index: number;
  claim: string;
  /** A mutant's short id; absent for the claim's own run. */
  mutant?: string;
  /** The file or folder named on the command line that holds the claim, as typed: its replay lines carry `--file` with it. */
  file?: string;
}

/**
 * A finished task as it crosses processes and shard files: the claim's report (without
 * mutants) or one mutant's report, as plain JSON (wire.ts), by construction.
 */
export interface TaskResult {
  index: number;
  main?: Json;
  mutant?: Json;
}

/** A finished task decoded: the claim's report (without mutants) or one mutant's report. */
export interface TaskReport {
  index: number;
  main?: ClaimReport;
  mutant?: MutantReport;
}

/** @throws NotDecodable when the result holds a malformed value (an edited shard file). */
export function decodeResult(r: TaskResult): TaskReport {
  return r.main !== undefined ? { index: r.index, main: fromPlain<ClaimReport>(r.main) } : { index: r.index, mutant: r.mutant === undefined ? undefined : fromPlain<MutantReport>(r.mutant) };
}

/** Every result decoded, by task index. */
export function decodeResults(results: ReadonlyMap<number, TaskResult>): Map<number, TaskReport> {
  return new Map([...results].map(([i, r]) => [i, decodeResult(r)]));
}

/** What a task needs of the run's context, without the progress callback (it crosses processes and files). */
export type PlainContext = Pick<RunContext, 'seed' | 'runs' | 'digits' | 'budget'> & {
  /** The counterexample database folder (src/db/), absent with --no-db: a claim's own run replays and saves there. */
  db?: string;
};

/**
 * Claims in the given order, each followed by its mutants when `mutants` is set. `files` maps a claim
 * id to the file or folder named on the command line that it came from (its replay lines need it).
 */
export function planTasks(claims: readonly Claim[], mutants: boolean, files: ReadonlyMap<string, string> = new Map()): Task[] {
  const tasks: Task[] = [];
  for (const c of claims) {
    const file = files.get(c.id);
    tasks.push({ index: tasks.length, claim: c.id, ...(file === undefined ? {} : { file }) });
    if (mutants) for (const m of c.mutants) tasks.push({ index: tasks.length, claim: c.id, mutant: m.id });
  }
  return tasks;
}

export function taskLabel(t: Task): string {
  return t.mutant === undefined ? t.claim : `${t.claim}~${t.mutant}`;
}

/** Runs one task in this thread; its result is plain JSON, whatever the claim's values (wire.ts). */
export async function runTask(byId: ReadonlyMap<string, Claim>, t: Task, ctx: RunContext & { db?: string }): Promise<TaskResult> {
  const claim = byId.get(t.claim);
  if (!claim) throw new Error(`task ${taskLabel(t)}: no such claim in this process's registry`);
  const { db, ...run } = ctx;
  if (t.mutant === undefined) {
    const report = db === undefined ? await runMain(claim, run) : (await runWithDb(claim, run, {}, db)).report;
    return { index: t.index, main: toPlain(t.file === undefined ? report : fromFile(report, t.file)) };
  }
  const m = claim.mutants.find((x) => x.id === t.mutant);
  if (!m) throw new Error(`task ${taskLabel(t)}: no such mutant`);
  return { index: t.index, mutant: toPlain(await runMutant(claim, m, run)) };
}

/** The result of a task stopped after `seconds` (--time-limit): inconclusive, never as expected, the reason saying why. */
export function overranResult(byId: ReadonlyMap<string, Claim>, t: Task, seconds: number): TaskResult {
  const claim = byId.get(t.claim);
  if (!claim) throw new Error(`task ${taskLabel(t)}: no such claim in this process's registry`);
  const m = t.mutant === undefined ? undefined : claim.mutants.find((x) => x.id === t.mutant);
  if (t.mutant !== undefined && !m) throw new Error(`task ${taskLabel(t)}: no such mutant`);
  const report = unfinishedReport(claim, m, overranText(seconds), seconds);
  if (m) return { index: t.index, mutant: toPlain(report) };
  return { index: t.index, main: toPlain(t.file === undefined ? report : fromFile(report as ClaimReport, t.file)) };
}

/**
 * The claim reports of a finished task list, in task order: each claim's report with its mutants'
 * reports attached (when the run had mutants). Claims whose own run is missing are left out, so a
 * run cut short (Ctrl-C) reports the claims it finished.
 */
export function assemble(tasks: readonly Task[], results: ReadonlyMap<number, TaskReport>, mutants: boolean): ClaimReport[] {
  const reports: ClaimReport[] = [];
  let current: ClaimReport | undefined;
  let complete = true;
  const flush = () => { if (current && complete) reports.push(current); current = undefined; };
  for (const t of tasks) {
    const r = results.get(t.index);
    if (t.mutant === undefined) {
      flush();
      complete = r?.main !== undefined;
      current = r?.main ? { ...r.main, ...(mutants ? { mutants: [] } : {}) } : undefined;
    } else if (!r?.mutant) {
      complete = false;
    } else if (current) {
      current.mutants!.push(r.mutant);
    }
  }
  flush();
  return reports;
}

// The worker's module, as source or compiled JavaScript, whichever this module is.
const WORKER_URL = buildModuleUrl('parallel/worker');

export interface TaskOptions {
  jobs: number;
  /** The claim files the workers load (those this thread loaded the claims from). */
  files: string[];
  ctx: PlainContext;
  /** Seconds a task may run before it is stopped and reported inconclusive (0 or absent: no limit; pool.ts). */
  timeLimit?: number;
  signal?: AbortSignal;
  start?(t: Task): void;
  sub?(t: Task, message: string): void;
  done?(t: Task, r: TaskResult): void;
}

/** Runs the tasks in --jobs processes (pool.ts): results by task index (a subset when aborted); a task past the time limit is inconclusive. */
export function runTasks(claims: readonly Claim[], tasks: readonly Task[], o: TaskOptions): Promise<Map<number, TaskResult>> {
  const byId = new Map(claims.map((c) => [c.id, c]));
  return runJobs<Task, TaskResult>(tasks, {
    jobs: o.jobs, entry: WORKER_URL, init: { files: o.files, ctx: o.ctx }, signal: o.signal, start: o.start, sub: o.sub, done: o.done,
    runHere: (t, progress) => runTask(byId, t, { ...o.ctx, progress }),
    timeLimit: o.timeLimit,
    overran: (t, seconds) => overranResult(byId, t, seconds),
    label: taskLabel,
    group: (t) => byId.get(t.claim)?.paper ?? t.claim,
  });
}

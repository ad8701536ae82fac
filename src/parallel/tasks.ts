/**
 * The unit of parallel and sharded work: one claim's own run, or one of its mutants. A run of
 * `check` is a fixed, ordered list of tasks; workers and shards run any subset of it, and the
 * reports are assembled in list order, so the output never depends on who ran what or when.
 */
import type { Claim, RunContext } from '../core/claim.ts';
import { runMain, runMutant, type ClaimReport, type MutantReport } from '../core/runner.ts';
import { runWithDb } from '../db/replay.ts';
import { runJobs } from './pool.ts';
import { buildModuleUrl } from '../core/packageRoot.ts';

export interface Task {
  /** Position in the run's task list. */
  index: number;
  claim: string;
  /** A mutant's short id; absent for the claim's own run. */
  mutant?: string;
}

/** A finished task: the claim's report (without mutants) or one mutant's report. */
export interface TaskResult {
  index: number;
  main?: ClaimReport;
  mutant?: MutantReport;
}

/** What a task needs of the run's context, without the progress callback (it crosses threads and files). */
export type PlainContext = Pick<RunContext, 'seed' | 'runs' | 'digits' | 'budget'> & {
  /** The counterexample database folder (src/db/), absent with --no-db: a claim's own run replays and saves there. */
  db?: string;
};

/** Claims in the given order, each followed by its mutants when `mutants` is set. */
export function planTasks(claims: readonly Claim[], mutants: boolean): Task[] {
  const tasks: Task[] = [];
  for (const c of claims) {
    tasks.push({ index: tasks.length, claim: c.id });
    if (mutants) for (const m of c.mutants) tasks.push({ index: tasks.length, claim: c.id, mutant: m.id });
  }
  return tasks;
}

export function taskLabel(t: Task): string {
  return t.mutant === undefined ? t.claim : `${t.claim}~${t.mutant}`;
}

/** Runs one task in this thread. */
export async function runTask(byId: ReadonlyMap<string, Claim>, t: Task, ctx: RunContext & { db?: string }): Promise<TaskResult> {
  const claim = byId.get(t.claim);
  if (!claim) throw new Error(`task ${taskLabel(t)}: no such claim in this process's registry`);
  const { db, ...run } = ctx;
  if (t.mutant === undefined) return { index: t.index, main: db === undefined ? await runMain(claim, run) : (await runWithDb(claim, run, {}, db)).report };
  const m = claim.mutants.find((x) => x.id === t.mutant);
  if (!m) throw new Error(`task ${taskLabel(t)}: no such mutant`);
  return { index: t.index, mutant: await runMutant(claim, m, run) };
}

/**
 * The claim reports of a finished task list, in task order: each claim's report with its mutants'
 * reports attached (when the run had mutants). Claims whose own run is missing are left out, so a
 * run cut short (Ctrl-C) reports the claims it finished.
 */
export function assemble(tasks: readonly Task[], results: ReadonlyMap<number, TaskResult>, mutants: boolean): ClaimReport[] {
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
  signal?: AbortSignal;
  start?(t: Task): void;
  sub?(t: Task, message: string): void;
  done?(t: Task, r: TaskResult): void;
}

/** Runs the tasks on --jobs threads (pool.ts): results by task index (a subset when aborted). */
export function runTasks(claims: readonly Claim[], tasks: readonly Task[], o: TaskOptions): Promise<Map<number, TaskResult>> {
  const byId = new Map(claims.map((c) => [c.id, c]));
  return runJobs<Task, TaskResult>(tasks, {
    jobs: o.jobs, entry: WORKER_URL, init: { files: o.files, ctx: o.ctx }, signal: o.signal, start: o.start, sub: o.sub, done: o.done,
    runHere: (t, progress) => runTask(byId, t, { ...o.ctx, progress }),
    label: taskLabel,
  });
}

/**
 * Sharded runs for a cluster: `gdcheck check ... --shard i/N --out shard-i.json` runs the tasks
 * whose index is i mod N (claims and mutants dealt round-robin, so expensive neighbours spread), and
 * `gdcheck simulate <scenario> ... --shard i/N --out shard-i.json` the sweep points whose index is
 * i mod N; `gdcheck merge shard-*.json` reassembles exactly the output of the single run. A shard
 * file records the run's settings and its whole job list; merge refuses files from different runs,
 * a missing or repeated shard, or a job without its result.
 */
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { UserError } from '../core/registry.ts';
import { taskLabel, type PlainContext, type Task, type TaskResult } from './tasks.ts';
import { fromJsonValue, toJsonValue } from '../scenarios/sweep.ts';

export interface Shard { index: number; count: number }

/** Parses `i/N` (0 ≤ i < N ≤ 100000), as SLURM_ARRAY_TASK_ID/SLURM_ARRAY_TASK_COUNT or JOB_COMPLETION_INDEX/completions give it. */
export function shardOption(raw: string): Shard {
  const m = /^\s*(\d{1,6})\s*\/\s*(\d{1,6})\s*$/.exec(raw);
  if (!m) throw new UserError(`--shard must look like i/N (for example 0/4), got '${raw}'`);
  const index = Number(m[1]);
  const count = Number(m[2]);
  if (count < 1 || count > 100_000 || index >= count) throw new UserError(`--shard i/N needs 0 ≤ i < N ≤ 100000, got '${raw}'`);
  return { index, count };
}

/** This shard's slice of a job list. */
export function shardTasks<J extends { index: number }>(jobs: readonly J[], s: Shard): J[] {
  return jobs.filter((t) => t.index % s.count === s.index);
}

export const SHARD_FORMAT = 'gdcheck-shard/1';
export const SWEEP_SHARD_FORMAT = 'gdcheck-sweep-shard/1';

/** A shard file: `run` (everything that fixes the outcome, identical in every shard of one run, with the job labels) and this shard's results. */
interface AnyShard<F extends string, Run extends { jobs?: string[]; tasks?: string[] }, R extends { index: number }> { format: F; shard: Shard; run: Run; results: R[] }

export type ShardFile = AnyShard<typeof SHARD_FORMAT, { ctx: PlainContext; mutants: boolean; tasks: string[] }, TaskResult>;
/** A sweep's shard: the scenario, its options, the point labels, and each point's result (a JSON value). */
export type SweepShardFile = AnyShard<typeof SWEEP_SHARD_FORMAT, { scenario: string; options: Record<string, unknown>; jobs: string[] }, { index: number; value: unknown }>;

export function shardFile(tasks: readonly Task[], results: ReadonlyMap<number, TaskResult>, shard: Shard, o: PlainContext & { mutants?: boolean }): ShardFile {
  return {
    format: SHARD_FORMAT,
    shard,
    run: { ctx: { seed: o.seed, runs: o.runs, digits: o.digits, budget: o.budget }, mutants: !!o.mutants, tasks: tasks.map(taskLabel) },
    results: [...results.values()].sort((a, b) => a.index - b.index),
  };
}

/** A sweep's shard file: the run (scenario and recorded options), every point's label, this shard's results as JSON values. */
export function sweepShardFile(run: { scenario: string; options: Record<string, unknown> }, labels: string[], results: ReadonlyMap<number, unknown>, shard: Shard): SweepShardFile {
  return {
    format: SWEEP_SHARD_FORMAT,
    shard,
    run: { ...run, jobs: labels },
    results: [...results].sort(([a], [b]) => a - b).map(([index, value]) => ({ index, value: toJsonValue(value) })),
  };
}

/** Writes through a temporary file and a rename, so a file is never left half written. `null` only checks the path is writable. */
export function writeShardFile(file: string, content: object | null): void {
  const tmp = `${file}.${process.pid}.tmp`;
  try {
    writeFileSync(tmp, content === null ? '' : JSON.stringify(content) + '\n');
    renameSync(tmp, file);
  } catch (e) {
    throw new UserError(`cannot write ${file}: ${(e as Error).message.split('\n')[0]}`);
  }
}

/** The shard format of a file (check or sweep), or a one-line UserError. */
export function readShard(file: string): ShardFile | SweepShardFile {
  let text: string;
  try { text = readFileSync(file, 'utf8'); } catch (e) { throw new UserError(`cannot read ${file}: ${(e as Error).message.split('\n')[0]}`); }
  let f: { format?: unknown; shard?: unknown; run?: { tasks?: unknown; jobs?: unknown }; results?: unknown } | null;
  try { f = JSON.parse(text) as typeof f; } catch { throw new UserError(`${file}: not a shard file (not JSON${text.trim() === '' ? ': empty, was its run cut short?' : ''})`); }
  const labels = f?.format === SHARD_FORMAT ? f.run?.tasks : f?.format === SWEEP_SHARD_FORMAT ? f.run?.jobs : undefined;
  if (!f?.shard || !f.run || !Array.isArray(f.results) || !Array.isArray(labels)) throw new UserError(`${file}: not a ${SHARD_FORMAT} or ${SWEEP_SHARD_FORMAT} file`);
  return f as ShardFile | SweepShardFile;
}

/** The shards of one run, checked: same format and settings, every shard exactly once, every job's result present. */
function mergeAny<S extends ShardFile | SweepShardFile>(files: readonly string[]): { run: S['run']; labels: string[]; results: Map<number, S['results'][number]> } {
  if (files.length === 0) throw new UserError('merge needs the shard files of one run');
  const shards = files.map((f) => [f, readShard(f) as S] as const);
  const [first, head] = shards[0]!;
  const key = JSON.stringify([head.format, head.run]);
  const [noun, list] = head.format === SHARD_FORMAT ? ['task', 'claim list'] : ['point', 'scenario or point list'];
  const count = head.shard.count;
  const seen = new Map<number, string>();
  for (const [file, s] of shards) {
    if (JSON.stringify([s.format, s.run]) !== key) throw new UserError(`${file} is from a different run than ${first} (settings or ${list} differ)`);
    if (s.shard.count !== count) throw new UserError(`${file} is shard ${s.shard.index}/${s.shard.count}, but ${first} is one of ${count}`);
    const prev = seen.get(s.shard.index);
    if (prev) throw new UserError(`shard ${s.shard.index}/${count} given twice: ${prev} and ${file}`);
    seen.set(s.shard.index, file);
  }
  const missing = Array.from({ length: count }, (_, i) => i).filter((i) => !seen.has(i));
  if (missing.length) throw new UserError(`missing shard(s) ${missing.map((i) => `${i}/${count}`).join(', ')} of this run`);
  const labels = (head.format === SHARD_FORMAT ? (head.run as ShardFile['run']).tasks : (head.run as SweepShardFile['run']).jobs);
  const results = new Map<number, S['results'][number]>();
  for (const [file, s] of shards) {
    for (const r of s.results) {
      if (!Number.isInteger(r.index) || r.index < 0 || r.index >= labels.length || r.index % count !== s.shard.index) throw new UserError(`${file}: a result for ${noun} ${r.index}, which is not in shard ${s.shard.index}/${count}`);
      results.set(r.index, r);
    }
  }
  const absent = labels.findIndex((_, i) => !results.has(i));
  if (absent >= 0) throw new UserError(`no result for ${labels.length - results.size} ${noun}(s), first ${labels[absent]} (shard ${absent % count}/${count}: was its run cut short?)`);
  return { run: head.run, labels, results };
}

/** The settings, the full task list and every task's result, from the shard files of one check run. */
export function mergeShards(files: readonly string[]): { run: ShardFile['run']; tasks: Task[]; results: Map<number, TaskResult> } {
  const { run, labels, results } = mergeAny<ShardFile>(files);
  const tasks: Task[] = labels.map((label, index) => {
    const k = label.indexOf('~');
    return k < 0 ? { index, claim: label } : { index, claim: label.slice(0, k), mutant: label.slice(k + 1) };
  });
  return { run, tasks, results };
}

/** The scenario, its options and every point's result in point order, from the shard files of one sweep. */
export function mergeSweepShards(files: readonly string[]): { run: SweepShardFile['run']; values: unknown[] } {
  const { run, labels, results } = mergeAny<SweepShardFile>(files);
  return { run, values: labels.map((_, i) => fromJsonValue(results.get(i)!.value)) };
}

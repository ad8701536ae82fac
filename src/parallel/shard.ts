/**
 * Sharded runs for a cluster: `gdcheck check ... --shard i/N --out shard-i.json` runs the tasks
 * whose index is i mod N (claims and mutants dealt round-robin, so expensive neighbours spread),
 * and `gdcheck merge shard-*.json` reassembles exactly the reports of the single run. A shard file
 * records the whole task list and the run's settings; merge refuses files from different runs,
 * a missing or repeated shard, or a task without its result.
 */
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { UserError } from '../core/registry.ts';
import { taskLabel, type PlainContext, type Task, type TaskResult } from './tasks.ts';

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

/** This shard's slice of the task list. */
export function shardTasks(tasks: readonly Task[], s: Shard): Task[] {
  return tasks.filter((t) => t.index % s.count === s.index);
}

export const SHARD_FORMAT = 'gdcheck-shard/1';

export interface ShardFile {
  format: typeof SHARD_FORMAT;
  shard: Shard;
  /** Everything that fixes the outcome: identical in every shard of one run. */
  run: { ctx: PlainContext; mutants: boolean; tasks: string[] };
  results: TaskResult[];
}

export function shardFile(tasks: readonly Task[], results: ReadonlyMap<number, TaskResult>, shard: Shard, o: PlainContext & { mutants?: boolean }): ShardFile {
  return {
    format: SHARD_FORMAT,
    shard,
    run: { ctx: { seed: o.seed, runs: o.runs, digits: o.digits, budget: o.budget }, mutants: !!o.mutants, tasks: tasks.map(taskLabel) },
    results: [...results.values()].sort((a, b) => a.index - b.index),
  };
}

/** Writes through a temporary file and a rename, so a file is never left half written. `null` only checks the path is writable. */
export function writeShardFile(file: string, content: ShardFile | null): void {
  const tmp = `${file}.${process.pid}.tmp`;
  try {
    writeFileSync(tmp, content === null ? '' : JSON.stringify(content) + '\n');
    renameSync(tmp, file);
  } catch (e) {
    throw new UserError(`cannot write ${file}: ${(e as Error).message.split('\n')[0]}`);
  }
}

function readShard(file: string): ShardFile {
  let text: string;
  try { text = readFileSync(file, 'utf8'); } catch (e) { throw new UserError(`cannot read ${file}: ${(e as Error).message.split('\n')[0]}`); }
  let f: ShardFile;
  try { f = JSON.parse(text) as ShardFile; } catch { throw new UserError(`${file}: not a shard file (not JSON${text.trim() === '' ? ': empty, was its run cut short?' : ''})`); }
  if (f?.format !== SHARD_FORMAT || !f.shard || !f.run || !Array.isArray(f.results) || !Array.isArray(f.run.tasks)) throw new UserError(`${file}: not a ${SHARD_FORMAT} file`);
  return f;
}

/** The settings, the full task list and every task's result, from the shard files of one run. */
export function mergeShards(files: readonly string[]): { run: ShardFile['run']; tasks: Task[]; results: Map<number, TaskResult> } {
  if (files.length === 0) throw new UserError('merge needs the shard files of one run');
  const shards = files.map((f) => [f, readShard(f)] as const);
  const [first, head] = shards[0]!;
  const key = JSON.stringify(head.run);
  const count = head.shard.count;
  const seen = new Map<number, string>();
  for (const [file, s] of shards) {
    if (JSON.stringify(s.run) !== key) throw new UserError(`${file} is from a different run than ${first} (settings or claim list differ)`);
    if (s.shard.count !== count) throw new UserError(`${file} is shard ${s.shard.index}/${s.shard.count}, but ${first} is one of ${count}`);
    const prev = seen.get(s.shard.index);
    if (prev) throw new UserError(`shard ${s.shard.index}/${count} given twice: ${prev} and ${file}`);
    seen.set(s.shard.index, file);
  }
  const missing = Array.from({ length: count }, (_, i) => i).filter((i) => !seen.has(i));
  if (missing.length) throw new UserError(`missing shard(s) ${missing.map((i) => `${i}/${count}`).join(', ')} of this run`);
  const tasks: Task[] = head.run.tasks.map((label, index) => {
    const k = label.indexOf('~');
    return k < 0 ? { index, claim: label } : { index, claim: label.slice(0, k), mutant: label.slice(k + 1) };
  });
  const results = new Map<number, TaskResult>();
  for (const [file, s] of shards) {
    for (const r of s.results) {
      if (!Number.isInteger(r.index) || r.index < 0 || r.index >= tasks.length || r.index % count !== s.shard.index) throw new UserError(`${file}: a result for task ${r.index}, which is not in shard ${s.shard.index}/${count}`);
      results.set(r.index, r);
    }
  }
  const absent = tasks.filter((t) => !results.has(t.index));
  if (absent.length) throw new UserError(`no result for ${absent.length} task(s), first ${taskLabel(absent[0]!)} (shard ${absent[0]!.index % count}/${count}: was its run cut short?)`);
  return { run: head.run, tasks, results };
}

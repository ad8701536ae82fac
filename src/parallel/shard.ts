/**
 * Sharded runs for a cluster: `gdcheck check ... --shard i/N --out shard-i.json` runs the tasks
 * whose index is i mod N (claims and mutants dealt round-robin, so expensive neighbours spread), and
 * `gdcheck simulate <scenario> ... --shard i/N --out shard-i.json` the sweep points whose index is
 * i mod N; `gdcheck merge shard-*.json` reassembles exactly the output of the single run. A shard
 * file records the run's settings, its whole job list, its origin (gdcheck and a digest of the code,
 * origin.ts) and whether a Ctrl-C or a signal (SIGTERM, SIGHUP) cut it short; its results are plain JSON with an explicit encoding
 * of every value (wire.ts). Merge checks each file whole (shardSchema.ts) and refuses files of
 * different runs or code, a missing, repeated or interrupted shard, or a job without its result.
 */
import { readFileSync, statSync } from 'node:fs';
import { UserError } from '../core/registry.ts';
import type { LoadError } from '../core/loadError.ts';
import { taskLabel, type PlainContext, type Task, type TaskReport, type TaskResult } from './tasks.ts';
import { fromJsonValue, toJsonValue } from '../scenarios/sweep.ts';
import { writeFileAtomic } from '../cli/output.ts';
import { printable } from '../core/printable.ts';
import { reportFromHere } from './fileFromHere.ts';
import { isAbsolute } from 'node:path';
import { originMismatch, type Origin } from './origin.ts';
import { checkClaimReport, checkMutantReport, checkOrigin, checkResults, checkShardPosition, checkSweepOptions, decoded, decodeReport, FieldCheck } from './shardSchema.ts';
import { RUN_OPTIONS } from '../core/runOptions.ts';

export interface Shard { index: number; count: number }

/** Parses `i/N` (0 ≤ i < N ≤ 100000), as SLURM_ARRAY_TASK_ID/SLURM_ARRAY_TASK_COUNT or JOB_COMPLETION_INDEX/completions give it. */
export function shardOption(raw: string): Shard {
  const m = /^(\d+)\/(\d+)$/.exec(raw);
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

export const SHARD_FORMAT = 'gdcheck-shard/2';
export const SWEEP_SHARD_FORMAT = 'gdcheck-sweep-shard/2';
/** Formats of earlier gdcheck versions: no origin, no interrupted flag. */
const OLD_FORMATS = ['gdcheck-shard/1', 'gdcheck-sweep-shard/1'];

/**
 * A shard file: `run` (everything that fixes the outcome, identical in every shard of one run, with
 * the job labels), where it was run (`origin`: gdcheck and the code's digest), whether a Ctrl-C or
 * a signal cut it short (`interrupted`: then `results` holds only the jobs finished), and this shard's results.
 */
interface AnyShard<F extends string, Run, R extends { index: number }> { format: F; shard: Shard; origin: Origin; interrupted: boolean; run: Run; results: R[] }

/** A check shard's run also records the files that failed to load (the same in every shard), so merge shows them and exits 2 as the single run does; `db` is where counterexamples were saved. */
export type ShardFile = AnyShard<typeof SHARD_FORMAT, { ctx: PlainContext; mutants: boolean; tasks: string[]; errors: LoadError[] }, TaskResult> & {
  db: string | null;
  /** The absolute working directory of the shard's run: the claims' files (replay lines' --file) are relative to it. */
  cwd?: string;
};
/** A sweep's shard: the scenario, its options, the point labels, and each point's result (a JSON value). */
export type SweepShardFile = AnyShard<typeof SWEEP_SHARD_FORMAT, { scenario: string; options: Record<string, unknown>; jobs: string[] }, { index: number; value: unknown }>;

/** A check shard file: the run's settings and task labels, and this shard's results (plain JSON already, tasks.ts). */
export function shardFile(tasks: readonly Task[], results: ReadonlyMap<number, TaskResult>, shard: Shard, o: PlainContext & { mutants?: boolean }, more: { origin: Origin; interrupted: boolean; errors: readonly LoadError[] }): ShardFile {
  const errors = more.errors.map((e) => ({ file: e.file, ...(e.line === undefined ? {} : { line: e.line }), ...(e.column === undefined ? {} : { column: e.column }), message: e.message }));
  return {
    format: SHARD_FORMAT,
    shard,
    origin: more.origin,
    interrupted: more.interrupted,
    db: o.db ?? null,
    cwd: process.cwd(),
    run: { ctx: { seed: o.seed, runs: o.runs, digits: o.digits, budget: o.budget }, mutants: !!o.mutants, tasks: tasks.map(taskLabel), errors },
    results: [...results.values()].sort((a, b) => a.index - b.index),
  };
}

/** A sweep's shard file: the run (scenario and recorded options), every point's label, this shard's results as JSON values. */
export function sweepShardFile(run: { scenario: string; options: Record<string, unknown> }, labels: string[], results: ReadonlyMap<number, unknown>, shard: Shard, origin: Origin, interrupted: boolean): SweepShardFile {
  return {
    format: SWEEP_SHARD_FORMAT,
    shard,
    origin,
    interrupted,
    run: { ...run, jobs: labels },
    results: [...results].sort(([a], [b]) => a - b).map(([index, value]) => ({ index, value: toJsonValue(value) })),
  };
}

/** The shard (`i/N`) of the same run, but another index, that `file` already holds; undefined when it holds anything else. */
function otherShardOfRun(file: string, content: ShardFile | SweepShardFile): string | undefined {
  let old: { format?: unknown; shard?: { index?: unknown; count?: unknown }; run?: unknown } | null;
  try { old = JSON.parse(readFileSync(file, 'utf8')) as typeof old; } catch { return undefined; }
  if (old?.format !== content.format || old.shard?.count !== content.shard.count || old.shard.index === content.shard.index) return undefined;
  return JSON.stringify(old.run) === JSON.stringify(content.run) ? `${String(old.shard.index)}/${content.shard.count}` : undefined;
}

/**
 * Writes a shard file through a temporary file and a rename (src/cli/output.ts), so it is never left
 * half written. Returns the JSON written (what `--json` prints). @throws UserError naming the file,
 * also when it holds another shard of the same run (two shards given one --out would lose one).
 */
export function writeShardFile(file: string, content: ShardFile | SweepShardFile): string {
  const other = otherShardOfRun(file, content);
  if (other !== undefined) throw new UserError(`--out ${file} holds shard ${other} of this run: give each shard its own --out file (shard ${content.shard.index}/${content.shard.count} not written)`);
  const text = JSON.stringify(content);
  writeFileAtomic('--out', file, text + '\n');
  return text;
}

/** A shard file read and checked whole (shardSchema.ts), its results decoded by job index. */
export type ReadShard =
  | { file: string; format: typeof SHARD_FORMAT; shard: Shard; origin: Origin; interrupted: boolean; run: ShardFile['run']; db?: string; labels: string[]; results: Map<number, TaskReport> }
  | { file: string; format: typeof SWEEP_SHARD_FORMAT; shard: Shard; origin: Origin; interrupted: boolean; run: SweepShardFile['run']; labels: string[]; results: Map<number, unknown> };

/** The labels of a run: strings, none empty, none repeated (a label names one job). A run whose files all failed to load has none. */
function checkLabels(c: FieldCheck, v: unknown, field: string): string[] {
  const labels = c.strings(v, field);
  const seen = new Set<string>();
  labels.forEach((l, k) => {
    if (l === '') c.fail(`${field}[${k}]`, 'must not be empty');
    if (printable(l) !== l) c.fail(`${field}[${k}]`, 'must not hold control characters', l);
    if (seen.has(l)) c.fail(`${field}[${k}]`, `repeats '${l}'`);
    seen.add(l);
  });
  return labels;
}

/** A check shard's run and results. */
function checkTaskShard(c: FieldCheck, f: Record<string, unknown>, shard: Shard, interrupted: boolean): Pick<Extract<ReadShard, { format: typeof SHARD_FORMAT }>, 'run' | 'db' | 'labels' | 'results'> {
  const run = c.obj(f.run, 'run');
  const ctx = c.obj(run.ctx, 'run.ctx');
  for (const k of ['seed', 'runs', 'digits', 'budget'] as const) c.rule(ctx[k], `run.ctx.${k}`, RUN_OPTIONS[k]);
  c.bool(run.mutants, 'run.mutants');
  const labels = checkLabels(c, run.tasks, 'run.tasks');
  if (!Array.isArray(run.errors)) c.fail('run.errors', 'must be an array', run.errors);
  run.errors.forEach((e, k) => {
    const x = c.obj(e, `run.errors[${k}]`);
    x.file = printable(c.str(x.file, `run.errors[${k}].file`)); x.message = printable(c.str(x.message, `run.errors[${k}].message`));
    for (const n of ['line', 'column']) if (x[n] !== undefined) c.int(x[n], `run.errors[${k}].${n}`, 0, 1e9);
  });
  const db = f.db === null ? undefined : printable(c.str(f.db, 'db'));
  const cwd = f.cwd === undefined ? undefined : c.str(f.cwd, 'cwd');
  if (cwd !== undefined && (!isAbsolute(cwd) || printable(cwd) !== cwd)) c.fail('cwd', 'must be an absolute path without control characters', cwd);
  const results = checkResults(c, f.results, labels, shard, interrupted, 'task', (r, field, label): TaskReport => {
    const index = r.index as number;
    const k = label.indexOf('~');
    if (k >= 0) {
      if (r.main !== undefined) c.fail(`${field}.main`, `must be absent: task ${index} is the mutant ${label}`);
      return { index, mutant: checkMutantReport(c, decodeReport(c, r.mutant, `${field}.mutant`), `${field}.mutant`, label) };
    }
    if (r.mutant !== undefined) c.fail(`${field}.mutant`, `must be absent: task ${index} is the claim ${label}`);
    return { index, main: reportFromHere(checkClaimReport(c, decodeReport(c, r.main, `${field}.main`), `${field}.main`, label), cwd) };
  });
  return { run: run as unknown as ShardFile['run'], db, labels, results };
}

/** A sweep shard's run and results. */
function checkSweepShard(c: FieldCheck, f: Record<string, unknown>, shard: Shard, interrupted: boolean): Pick<Extract<ReadShard, { format: typeof SWEEP_SHARD_FORMAT }>, 'run' | 'labels' | 'results'> {
  const run = c.obj(f.run, 'run');
  c.str(run.scenario, 'run.scenario');
  checkSweepOptions(c, run.options);
  const labels = c.strings(run.jobs, 'run.jobs');
  const results = checkResults(c, f.results, labels, shard, interrupted, 'point', (r, field) => {
    if (!('value' in r)) c.fail(`${field}.value`, 'is missing');
    return decoded(c, `${field}.value`, () => fromJsonValue(r.value));
  });
  return { run: run as unknown as SweepShardFile['run'], labels, results };
}

/** The largest shard file merge reads (1 GiB; a whole registry run with --mutants is about 1 MB). */
const MAX_SHARD_BYTES = 2 ** 30;

/** A shard file (check or sweep), read and checked whole, or a one-line UserError naming the file and the field. */
export function readShard(file: string): ReadShard {
  let text: string;
  // Only a regular file of a sane size: /dev/zero or a FIFO would be read forever (a hang).
  let st;
  try { st = statSync(file); } catch (e) { throw new UserError(`cannot read ${file}: ${(e as Error).message.split('\n')[0]}`); }
  if (!st.isFile()) throw new UserError(`${file}: not a regular file (a shard file is what check or simulate --out wrote)`);
  if (st.size > MAX_SHARD_BYTES) throw new UserError(`${file}: ${st.size} bytes, more than a shard file may hold (${MAX_SHARD_BYTES})`);
  try { text = readFileSync(file, 'utf8'); } catch (e) { throw new UserError(`cannot read ${file}: ${(e as Error).message.split('\n')[0]}`); }
  let f: unknown;
  try { f = JSON.parse(text); } catch { throw new UserError(`${file}: not a shard file (not JSON${text.trim() === '' ? ': empty, was its run cut short?' : ''})`); }
  const c = new FieldCheck(file);
  const format = (f as { format?: unknown } | null)?.format;
  if (OLD_FORMATS.includes(format as string)) throw new UserError(`${file}: a shard file of an earlier gdcheck (${String(format)}): run that shard again with this one`);
  if (format !== SHARD_FORMAT && format !== SWEEP_SHARD_FORMAT) throw new UserError(`${file}: not a ${SHARD_FORMAT} or ${SWEEP_SHARD_FORMAT} file${typeof format === 'string' ? ` (format '${format.slice(0, 40)}')` : ''}`);
  const o = c.obj(f, 'the file');
  const shard = checkShardPosition(c, o.shard);
  const origin = checkOrigin(c, o.origin);
  const interrupted = c.bool(o.interrupted, 'interrupted');
  const head = { file, shard, origin, interrupted };
  return format === SHARD_FORMAT ? { ...head, format, ...checkTaskShard(c, o, shard, interrupted) } : { ...head, format, ...checkSweepShard(c, o, shard, interrupted) };
}

/**
 * The shards of one run, checked: each file whole, then together: one format, one origin (gdcheck
 * and code), one run (settings and labels), every shard exactly once and none interrupted.
 */
function mergeAny(files: readonly string[]): ReadShard[] {
  if (files.length === 0) throw new UserError('merge needs the shard files of one run');
  const shards = files.map(readShard);
  const [noun, list, code] = shards[0]!.format === SHARD_FORMAT ? ['task', 'claim list', 'claim files'] : ['point', 'scenario or point list', 'scenario file'];
  // The run as text, to compare shards; a run too deep to write (an edited file) is that file's error.
  const runKey = (s: ReadShard): string => { try { return JSON.stringify(s.run); } catch { throw new UserError(`${s.file}: run is nested too deeply to compare`); } };
  // The shard the others are compared with: of the most common format, origin and run (the first on a
  // tie), so that the shard named as differing is the odd one out, not the first file given.
  const keyOf = (s: ReadShard) => JSON.stringify([s.format, s.origin, runKey(s)]);
  const votes = new Map<string, number>();
  for (const s of shards) votes.set(keyOf(s), (votes.get(keyOf(s)) ?? 0) + 1);
  const head = shards.reduce((best, s) => (votes.get(keyOf(s))! > votes.get(keyOf(best))! ? s : best), shards[0]!);
  const key = runKey(head);
  const count = head.shard.count;
  const seen = new Map<number, string>();
  for (const s of shards) {
    if (s.format !== head.format) throw new UserError(`${s.file} is a ${s.format} file, but ${head.file} is a ${head.format} file`);
    const mismatch = originMismatch(s, head, code);
    if (mismatch) throw new UserError(mismatch);
    if (runKey(s) !== key) throw new UserError(`${s.file} is from a different run than ${head.file} (settings or ${list} differ)`);
    if (s.shard.count !== count) throw new UserError(`${s.file} is shard ${s.shard.index}/${s.shard.count}, but ${head.file} is one of ${count}`);
    if (s.interrupted) throw new UserError(`${s.file}: shard ${s.shard.index}/${count} was interrupted (Ctrl-C or a signal) after ${s.results.size} of ${s.labels.filter((_, i) => i % count === s.shard.index).length} ${noun}(s): run it again`);
    const prev = seen.get(s.shard.index);
    if (prev) throw new UserError(`shard ${s.shard.index}/${count} given twice: ${prev} and ${s.file}`);
    seen.set(s.shard.index, s.file);
  }
  const missing = Array.from({ length: count }, (_, i) => i).filter((i) => !seen.has(i));
  if (missing.length) throw new UserError(`missing shard(s) ${missing.map((i) => `${i}/${count}`).join(', ')} of this run`);
  return shards;
}

/** The settings, the full task list and every task's report, from the shard files of one check run. */
export function mergeShards(files: readonly string[]): { run: ShardFile['run']; db?: string; tasks: Task[]; results: Map<number, TaskReport> } {
  const shards = mergeAny(files) as Extract<ReadShard, { format: typeof SHARD_FORMAT }>[];
  const { run, labels, db } = shards[0]!;
  const tasks: Task[] = labels.map((label, index) => {
    const k = label.indexOf('~');
    return k < 0 ? { index, claim: label } : { index, claim: label.slice(0, k), mutant: label.slice(k + 1) };
  });
  return { run, db, tasks, results: new Map(shards.flatMap((s) => [...s.results])) };
}

/** The scenario, its options, the origin and every point's result in point order, from the shard files of one sweep. */
export function mergeSweepShards(files: readonly string[]): { run: SweepShardFile['run']; origin: Origin; values: unknown[] } {
  const shards = mergeAny(files) as Extract<ReadShard, { format: typeof SWEEP_SHARD_FORMAT }>[];
  const { run, labels, origin } = shards[0]!;
  const results = new Map(shards.flatMap((s) => [...s.results]));
  return { run, origin, values: labels.map((_, i) => results.get(i)) };
}
